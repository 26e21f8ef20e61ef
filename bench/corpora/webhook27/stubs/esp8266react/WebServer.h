// Hand-written declaration-only stand-in for the ESP32 core's synchronous WebServer.h.
#pragma once
#include <Arduino.h>
#include <functional>
#include "FS.h"
#include "IPAddress.h"
enum HTTPMethod { HTTP_ANY, HTTP_GET, HTTP_HEAD, HTTP_POST, HTTP_PUT, HTTP_PATCH, HTTP_DELETE, HTTP_OPTIONS };
enum HTTPUploadStatus { UPLOAD_FILE_START, UPLOAD_FILE_WRITE, UPLOAD_FILE_END, UPLOAD_FILE_ABORTED };
typedef struct {
    HTTPUploadStatus status;
    String filename;
    String name;
    String type;
    size_t totalSize;
    size_t currentSize;
    uint8_t buf[1436];
} HTTPUpload;
class WebServer {
public:
    typedef std::function<void(void)> THandlerFunction;
    WebServer(int port = 80);
    WebServer(IPAddress addr, int port = 80);
    virtual ~WebServer();
    virtual void begin();
    virtual void handleClient();
    void close();
    void stop();
    void on(const String &uri, THandlerFunction fn);
    void on(const String &uri, HTTPMethod method, THandlerFunction fn);
    void on(const String &uri, HTTPMethod method, THandlerFunction fn, THandlerFunction ufn);
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
    bool authenticate(const char *username, const char *password);
    void requestAuthentication();
    void sendHeader(const String &name, const String &value, bool first = false);
    void setContentLength(const size_t contentLength);
    void send(int code, const char *content_type = nullptr, const String &content = String(""));
    void send(int code, char *content_type, const String &content);
    void send(int code, const String &content_type, const String &content);
    void send_P(int code, const char *content_type, const char *content);
    void sendContent(const String &content);
    template <typename T> size_t streamFile(T &file, const String &contentType);
};
