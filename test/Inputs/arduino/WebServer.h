// Mock of the ESP32 Arduino core's WebServer.h (not packaged by Debian).
#ifndef MOCK_WEBSERVER_H
#define MOCK_WEBSERVER_H
#include <functional>
#include <string>

// Arduino's String, with its comparisons by name.
class String : public std::string {
public:
  using std::string::string;
  String(const std::string &s);
  bool equals(const String &s) const;
  bool equalsIgnoreCase(const String &s) const;
};
enum HTTPMethod {
  HTTP_ANY,
  HTTP_GET,
  HTTP_HEAD,
  HTTP_POST,
  HTTP_PUT,
  HTTP_PATCH,
  HTTP_DELETE,
  HTTP_OPTIONS
};

class WebServer {
public:
  typedef std::function<void(void)> THandlerFunction;
  explicit WebServer(int port = 80);
  void begin();
  void handleClient();
  void on(const String &uri, THandlerFunction handler);
  void on(const String &uri, HTTPMethod method, THandlerFunction fn);
  void on(const String &uri, HTTPMethod method, THandlerFunction fn,
          THandlerFunction ufn);
  String arg(const String &name);
  bool hasArg(const String &name);
  String header(const String &name);
  void send(int code, const char *content_type = nullptr,
            const String &content = String());
};
#endif
