// Hand-written declaration-only stand-in for Links2004/arduinoWebSockets' WebSocketsClient.h (version 2.4.1).
#pragma once
#include <Arduino.h>
#include <functional>
#define WEBSOCKETS_VERSION "2.4.1"
#define WEBSOCKETS_VERSION_MAJOR 2
#define WEBSOCKETS_VERSION_MINOR 4
#define WEBSOCKETS_VERSION_PATCH 1
#define WEBSOCKETS_VERSION_INT 2004001
typedef enum {
    WStype_ERROR, WStype_DISCONNECTED, WStype_CONNECTED, WStype_TEXT, WStype_BIN, WStype_FRAGMENT_TEXT_START,
    WStype_FRAGMENT_BIN_START, WStype_FRAGMENT, WStype_FRAGMENT_FIN, WStype_PING, WStype_PONG
} WStype_t;
class WebSocketsClient {
public:
    typedef std::function<void(WStype_t type, uint8_t *payload, size_t length)> WebSocketClientEvent;
    WebSocketsClient(void);
    virtual ~WebSocketsClient(void);
    void begin(const char *host, uint16_t port, const char *url = "/", const char *protocol = "arduino");
    void begin(String host, uint16_t port, String url = "/", String protocol = "arduino");
    void beginSSL(const char *host, uint16_t port, const char *url = "/", const char *fingerprint = "",
                  const char *protocol = "arduino");
    void loop(void);
    void onEvent(WebSocketClientEvent cbEvent);
    bool sendTXT(uint8_t *payload, size_t length = 0, bool headerToPayload = false);
    bool sendTXT(const uint8_t *payload, size_t length = 0);
    bool sendTXT(char *payload, size_t length = 0, bool headerToPayload = false);
    bool sendTXT(const char *payload, size_t length = 0);
    bool sendTXT(String &payload);
    bool sendTXT(char payload);
    bool sendBIN(uint8_t *payload, size_t length, bool headerToPayload = false);
    bool sendPing(uint8_t *payload = NULL, size_t length = 0);
    void disconnect(void);
    void setAuthorization(const char *user, const char *password);
    void setExtraHeaders(const char *extraHeaders = NULL);
    void setReconnectInterval(unsigned long time);
    void enableHeartbeat(uint32_t pingInterval, uint32_t pongTimeout, uint8_t disconnectTimeoutCount);
    void disableHeartbeat();
    bool isConnected(void);

protected:
    struct WSclient_t { bool isSSL; unsigned long lastPing; uint8_t pongTimeoutCount; };
    WSclient_t _client;
    virtual void runCbEvent(WStype_t type, uint8_t *payload, size_t length);
    void stop(void) {}
};
