// Hand-written declaration-only stand-in for AsyncTCP.h (ESP32): client and server classes.
#pragma once
#include <Arduino.h>
#include <functional>
#include "IPAddress.h"
class AsyncClient;
typedef std::function<void(void *, AsyncClient *)> AcConnectHandler;
typedef std::function<void(void *, AsyncClient *, void *data, size_t len)> AcDataHandler;
typedef std::function<void(void *, AsyncClient *, size_t len, uint32_t time)> AcAckHandler;
typedef std::function<void(void *, AsyncClient *, int8_t error)> AcErrorHandler;
typedef std::function<void(void *, AsyncClient *, uint32_t time)> AcTimeoutHandler;
class AsyncClient {
public:
    AsyncClient();
    bool connect(IPAddress ip, uint16_t port);
    bool connect(const char *host, uint16_t port);
    void close(bool now = false);
    int8_t abort();
    bool free();
    bool canSend();
    size_t space();
    size_t add(const char *data, size_t size, uint8_t apiflags = 0);
    bool send();
    size_t write(const char *data);
    size_t write(const char *data, size_t size, uint8_t apiflags = 0);
    bool connected();
    bool disconnected();
    IPAddress remoteIP();
    uint16_t remotePort();
    IPAddress localIP();
    uint16_t localPort();
    void setRxTimeout(uint32_t timeout);
    void setAckTimeout(uint32_t timeout);
    void setNoDelay(bool nodelay);
    void onConnect(AcConnectHandler cb, void *arg = 0);
    void onDisconnect(AcConnectHandler cb, void *arg = 0);
    void onAck(AcAckHandler cb, void *arg = 0);
    void onError(AcErrorHandler cb, void *arg = 0);
    void onData(AcDataHandler cb, void *arg = 0);
    void onTimeout(AcTimeoutHandler cb, void *arg = 0);
    void onPoll(AcConnectHandler cb, void *arg = 0);
};
class AsyncServer {
public:
    AsyncServer(IPAddress addr, uint16_t port);
    AsyncServer(uint16_t port);
    ~AsyncServer();
    void onClient(AcConnectHandler cb, void *arg);
    void begin();
    void end();
    void setNoDelay(bool nodelay);
    uint8_t status();
};
