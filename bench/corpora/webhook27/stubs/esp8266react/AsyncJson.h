// Hand-written declaration-only stand-in for ESPAsyncWebServer's AsyncJson.h: the JSON request handler and response.
#pragma once
#include <ESPAsyncWebServer.h>
#include <ArduinoJson.h>

typedef std::function<void(AsyncWebServerRequest *request, JsonVariant &json)> ArJsonRequestHandlerFunction;

class AsyncCallbackJsonWebHandler : public AsyncWebHandler {
public:
    AsyncCallbackJsonWebHandler(const String &uri, ArJsonRequestHandlerFunction onRequest = nullptr);
    void setMethod(WebRequestMethodComposite method);
    void setMaxContentLength(int maxContentLength);
    void onRequest(ArJsonRequestHandlerFunction fn);
};

class AsyncJsonResponse : public AsyncWebServerResponse {
public:
    AsyncJsonResponse(bool isArray = false);
    JsonVariant &getRoot();
    size_t setLength();
};
