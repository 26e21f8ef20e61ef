// Mock of ESPAsyncWebServer.h (not packaged by Debian).
#ifndef MOCK_ESPASYNCWEBSERVER_H
#define MOCK_ESPASYNCWEBSERVER_H
#include <functional>
#include <stddef.h>
#include <stdint.h>
#include <string>

typedef std::string String;
typedef enum {
  HTTP_GET = 0b00000001,
  HTTP_POST = 0b00000010,
  HTTP_DELETE = 0b00000100,
  HTTP_PUT = 0b00001000,
  HTTP_PATCH = 0b00010000,
  HTTP_ANY = 0b01111111
} WebRequestMethod;
typedef uint8_t WebRequestMethodComposite;

class AsyncWebHeader {
public:
  const String &value() const;
};

class AsyncWebServerRequest {
public:
  bool hasHeader(const char *name) const;
  AsyncWebHeader *getHeader(const char *name) const;
  void send(int code, const String &contentType = String(),
            const String &content = String());
};

typedef std::function<void(AsyncWebServerRequest *request)>
    ArRequestHandlerFunction;
typedef std::function<void(AsyncWebServerRequest *request, uint8_t *data,
                           size_t len, size_t index, size_t total)>
    ArBodyHandlerFunction;
typedef std::function<void(AsyncWebServerRequest *request,
                           const String &filename, size_t index, uint8_t *data,
                           size_t len, bool final)>
    ArUploadHandlerFunction;

class AsyncCallbackWebHandler {};

class AsyncWebServer {
public:
  explicit AsyncWebServer(uint16_t port);
  void begin();
  AsyncCallbackWebHandler &on(const char *uri,
                              ArRequestHandlerFunction onRequest);
  AsyncCallbackWebHandler &on(const char *uri, WebRequestMethodComposite method,
                              ArRequestHandlerFunction onRequest,
                              ArUploadHandlerFunction onUpload = nullptr,
                              ArBodyHandlerFunction onBody = nullptr);
};
#endif
