// Hand-written declaration-only stand-in for ESPAsyncWebServer.h (ESP32Async / me-no-dev API): server, request,
// response and handler classes with the members the corpus sources call.
#pragma once
#include <Arduino.h>
#include <functional>
#include "FS.h"

typedef enum {
    HTTP_GET = 0b00000001, HTTP_POST = 0b00000010, HTTP_DELETE = 0b00000100, HTTP_PUT = 0b00001000,
    HTTP_PATCH = 0b00010000, HTTP_HEAD = 0b00100000, HTTP_OPTIONS = 0b01000000, HTTP_ANY = 0b01111111
} WebRequestMethod;
typedef uint8_t WebRequestMethodComposite;

class AsyncWebServer;
class AsyncWebServerRequest;
class AsyncWebServerResponse;

class AsyncWebParameter {
public:
    const String &name() const;
    const String &value() const;
    size_t size() const;
    bool isPost() const;
    bool isFile() const;
};
typedef AsyncWebParameter AsyncWebHeader;

class AsyncWebServerResponse {
public:
    virtual ~AsyncWebServerResponse();
    void setCode(int code);
    void setContentLength(size_t len);
    void setContentType(const String &type);
    void addHeader(const String &name, const String &value);
    void addHeader(const char *name, const char *value);
};

class AsyncResponseStream : public AsyncWebServerResponse, public Print {
public:
    AsyncResponseStream(const String &contentType, size_t bufferSize);
    size_t write(const uint8_t *data, size_t len) override;
    size_t write(uint8_t data) override;
    using Print::write;
};

typedef std::function<size_t(uint8_t *, size_t, size_t)> AwsResponseFiller;
typedef std::function<String(const String &)> AwsTemplateProcessor;

class AsyncWebServerRequest {
public:
    AsyncWebServer *server() const;
    WebRequestMethodComposite method() const;
    const String &url() const;
    const String &host() const;
    const String &contentType() const;
    size_t contentLength() const;
    bool multipart() const;
    const char *methodToString() const;
    void *_tempObject;

    bool authenticate(const char *username, const char *password, const char *realm = nullptr,
                      bool passwordIsHash = false);
    void requestAuthentication(const char *realm = nullptr, bool isDigest = true);
    void redirect(const String &url);

    void send(AsyncWebServerResponse *response);
    void send(int code, const String &contentType = String(), const String &content = String());
    void send(int code, const char *contentType, const char *content);
    void send(FS &fs, const String &path, const String &contentType = String(), bool download = false);
    AsyncWebServerResponse *beginResponse(int code, const String &contentType = String(),
                                          const String &content = String());
    AsyncWebServerResponse *beginResponse(int code, const char *contentType, const uint8_t *content, size_t len);
    AsyncWebServerResponse *beginResponse(FS &fs, const String &path, const String &contentType = String(),
                                          bool download = false);
    AsyncWebServerResponse *beginResponse_P(int code, const String &contentType, const uint8_t *content, size_t len);
    AsyncResponseStream *beginResponseStream(const String &contentType, size_t bufferSize = 1460);

    size_t headers() const;
    bool hasHeader(const String &name) const;
    bool hasHeader(const char *name) const;
    AsyncWebHeader *getHeader(const String &name) const;
    AsyncWebHeader *getHeader(const char *name) const;
    AsyncWebHeader *getHeader(size_t num) const;
    const String &header(const char *name) const;
    size_t params() const;
    bool hasParam(const String &name, bool post = false, bool file = false) const;
    bool hasParam(const char *name, bool post = false, bool file = false) const;
    AsyncWebParameter *getParam(const String &name, bool post = false, bool file = false) const;
    AsyncWebParameter *getParam(const char *name, bool post = false, bool file = false) const;
    AsyncWebParameter *getParam(size_t num) const;
    const String &arg(const String &name) const;
    const String &arg(const char *name) const;
    const String &arg(size_t i) const;
    bool hasArg(const char *name) const;
    const String &pathArg(size_t i) const;
};

typedef std::function<void(AsyncWebServerRequest *request)> ArRequestHandlerFunction;
typedef std::function<void(AsyncWebServerRequest *request, const String &filename, size_t index, uint8_t *data,
                           size_t len, bool final)> ArUploadHandlerFunction;
typedef std::function<void(AsyncWebServerRequest *request, uint8_t *data, size_t len, size_t index, size_t total)>
    ArBodyHandlerFunction;

class AsyncWebHandler {
public:
    virtual ~AsyncWebHandler() {}
    AsyncWebHandler &setFilter(std::function<bool(AsyncWebServerRequest *)> fn);
    AsyncWebHandler &setAuthentication(const char *username, const char *password);
    virtual bool canHandle(AsyncWebServerRequest *request) { return false; }
    virtual void handleRequest(AsyncWebServerRequest *request) {}
    virtual void handleUpload(AsyncWebServerRequest *request, const String &filename, size_t index, uint8_t *data,
                              size_t len, bool final) {}
    virtual void handleBody(AsyncWebServerRequest *request, uint8_t *data, size_t len, size_t index, size_t total) {}
    virtual bool isRequestHandlerTrivial() { return true; }
};

class AsyncCallbackWebHandler : public AsyncWebHandler {
public:
    void setUri(const String &uri);
    void setMethod(WebRequestMethodComposite method);
    void onRequest(ArRequestHandlerFunction fn);
    void onUpload(ArUploadHandlerFunction fn);
    void onBody(ArBodyHandlerFunction fn);
};

class AsyncStaticWebHandler : public AsyncWebHandler {
public:
    AsyncStaticWebHandler &setIsDir(bool isDir);
    AsyncStaticWebHandler &setDefaultFile(const char *filename);
    AsyncStaticWebHandler &setCacheControl(const char *cache_control);
    AsyncStaticWebHandler &setLastModified(const char *last_modified);
    AsyncStaticWebHandler &setTemplateProcessor(AwsTemplateProcessor newCallback);
};

class AsyncWebServer {
public:
    AsyncWebServer(uint16_t port);
    ~AsyncWebServer();
    void begin();
    void end();
    AsyncWebHandler &addHandler(AsyncWebHandler *handler);
    bool removeHandler(AsyncWebHandler *handler);
    AsyncCallbackWebHandler &on(const char *uri, ArRequestHandlerFunction onRequest);
    AsyncCallbackWebHandler &on(const char *uri, WebRequestMethodComposite method, ArRequestHandlerFunction onRequest);
    AsyncCallbackWebHandler &on(const char *uri, WebRequestMethodComposite method, ArRequestHandlerFunction onRequest,
                                ArUploadHandlerFunction onUpload);
    AsyncCallbackWebHandler &on(const char *uri, WebRequestMethodComposite method, ArRequestHandlerFunction onRequest,
                                ArUploadHandlerFunction onUpload, ArBodyHandlerFunction onBody);
    AsyncStaticWebHandler &serveStatic(const char *uri, fs::FS &fs, const char *path,
                                       const char *cache_control = nullptr);
    void onNotFound(ArRequestHandlerFunction fn);
    void onFileUpload(ArUploadHandlerFunction fn);
    void onRequestBody(ArBodyHandlerFunction fn);
    void reset();
};

class DefaultHeaders {
public:
    void addHeader(const String &name, const String &value);
    static DefaultHeaders &Instance();
};
