// Hand-written declaration-only stand-in for the ESP8266 Arduino core's ESP8266WebServer.h: route registration
// (on / onNotFound), the request accessors and send() the corpus sketches use.
#pragma once
#include <Arduino.h>
#include <ESP8266WiFi.h>
#include <functional>

enum HTTPMethod { HTTP_ANY, HTTP_GET, HTTP_HEAD, HTTP_POST, HTTP_PUT, HTTP_PATCH, HTTP_DELETE, HTTP_OPTIONS };

class ESP8266WebServer {
public:
    typedef std::function<void(void)> THandlerFunction;
    explicit ESP8266WebServer(int port = 80);
    ~ESP8266WebServer();
    void begin();
    void handleClient();
    void close();
    void on(const String &uri, THandlerFunction handler);
    void on(const String &uri, HTTPMethod method, THandlerFunction fn);
    void on(const String &uri, HTTPMethod method, THandlerFunction fn, THandlerFunction ufn);
    void onNotFound(THandlerFunction fn);
    String uri() const;
    HTTPMethod method() const;
    String arg(const String &name) const;
    String arg(int i) const;
    String argName(int i) const;
    int args() const;
    bool hasArg(const String &name) const;
    String header(const String &name) const;
    String header(int i) const;
    String headerName(int i) const;
    int headers() const;
    bool hasHeader(const String &name) const;
    void send(int code, const char *content_type = nullptr, const String &content = String(""));
    void send(int code, const String &content_type, const String &content);
    void sendHeader(const String &name, const String &value, bool first = false);
};
