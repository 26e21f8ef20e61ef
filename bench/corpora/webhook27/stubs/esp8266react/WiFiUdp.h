// Hand-written declaration-only stand-in for the ESP32 core's WiFiUdp.h.
#pragma once
#include <Arduino.h>
#include "IPAddress.h"
#define UDP_TX_PACKET_MAX_SIZE 8192
class WiFiUDP : public Stream {
public:
    WiFiUDP();
    uint8_t begin(uint16_t port);
    uint8_t begin(IPAddress ip, uint16_t port);
    uint8_t beginMulticast(IPAddress multicast, uint16_t port);
    uint8_t beginMulticast(IPAddress interfaceAddr, IPAddress multicast, uint16_t port);
    void stop();
    int beginPacket(IPAddress ip, uint16_t port);
    int beginPacket(const char *host, uint16_t port);
    int endPacket();
    size_t write(uint8_t c) override;
    size_t write(const uint8_t *buffer, size_t size) override;
    using Print::write;
    int parsePacket();
    int available() override;
    int read() override;
    int read(unsigned char *buffer, size_t len);
    int read(char *buffer, size_t len);
    int peek() override;
    void flush();
    IPAddress remoteIP();
    uint16_t remotePort();
};
