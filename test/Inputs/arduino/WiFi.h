// Mock of the Arduino cores' WiFi.h (not packaged by Debian): the TCP
// server hands out connections as clients.
#ifndef MOCK_WIFI_H
#define MOCK_WIFI_H
#include <WebServer.h>

class WiFiClient {
public:
  explicit operator bool() const;
  int available();
  int read();
  String readStringUntil(char terminator);
  void print(const char *text);
  void stop();
};

class WiFiServer {
public:
  explicit WiFiServer(int port = 80);
  void begin();
  WiFiClient available();
  WiFiClient accept();
};
#endif
