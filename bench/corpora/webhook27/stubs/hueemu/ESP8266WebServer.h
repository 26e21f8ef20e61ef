// Hand-written declaration-only stand-in for the ESP8266 core's ESP8266WebServer.h (with its RequestHandler base class).
#pragma once
#include <Arduino.h>
#include <functional>
#include <FS.h>
#include "ESP8266WiFi.h"
enum HTTPMethod { HTTP_ANY, HTTP_GET, HTTP_HEAD, HTTP_POST, HTTP_PUT, HTTP_PATCH, HTTP_DELETE, HTTP_OPTIONS };
enum HTTPUploadStatus { UPLOAD_FILE_START, UPLOAD_FILE_WRITE, UPLOAD_FILE_END, UPLOAD_FILE_ABORTED };
typedef struct {
    HTTPUploadStatus status;
    String filename;
    String name;
    String type;
    size_t totalSize;
    size_t currentSize;
    uint8_t buf[2048];
} HTTPUpload;
class ESP8266WebServer;
class RequestHandler {
public:
    virtual ~RequestHandler() {}
    virtual bool canHandle(HTTPMethod method, String uri) { return false; }
    virtual bool canUpload(String uri) { return false; }
    virtual bool handle(ESP8266WebServer &server, HTTPMethod requestMethod, String requestUri) { return false; }
    virtual void upload(ESP8266WebServer &server, String requestUri, HTTPUpload &upload) {}
    RequestHandler *next() { return _next; }
    void next(RequestHandler *r) { _next = r; }

private:
    RequestHandler *_next = nullptr;
};
class ESP8266WebServer {
public:
    typedef std::function<void(void)> THandlerFunction;
    ESP8266WebServer(int port = 80);
    ESP8266WebServer(IPAddress addr, int port = 80);
    virtual ~ESP8266WebServer();
    virtual void begin();
    virtual void handleClient();
    void close();
    void stop();
    void on(const String &uri, THandlerFunction handler);
    void on(const String &uri, HTTPMethod method, THandlerFunction fn);
    void on(const String &uri, HTTPMethod method, THandlerFunction fn, THandlerFunction ufn);
    void addHandler(RequestHandler *handler);
    void serveStatic(const char *uri, fs::FS &fs, const char *path, const char *cache_header = nullptr);
    void onNotFound(THandlerFunction fn);
    void onFileUpload(THandlerFunction fn);
    String uri();
    HTTPMethod method();
    HTTPUpload &upload();
    String arg(String name);
    String arg(int i);
    String argName(int i);
    int args();
    bool hasArg(String name);
    String header(String name);
    bool hasHeader(String name);
    String hostHeader();
    void sendHeader(const String &name, const String &value, bool first = false);
    void setContentLength(size_t contentLength);
    void send(int code, const char *content_type = nullptr, const String &content = String(""));
    void send(int code, char *content_type, const String &content);
    void send(int code, const String &content_type, const String &content);
    void send_P(int code, const char *content_type, const char *content);
    void sendContent(const String &content);
    template <typename T> size_t streamFile(T &file, const String &contentType);
};
