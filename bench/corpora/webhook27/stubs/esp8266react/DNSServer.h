// Hand-written declaration-only stand-in for the ESP32 core's DNSServer.h (captive-portal DNS).
#pragma once
#include <Arduino.h>
#include "IPAddress.h"
class DNSServer {
public:
    DNSServer();
    ~DNSServer();
    bool start(const uint16_t &port, const String &domainName, const IPAddress &resolvedIP);
    void stop();
    void processNextRequest();
};
