// Hand-written declaration-only stand-in for the ESP8266 Arduino core's ESP8266WiFi.h: the WiFi station calls the
// corpus sketches make (begin, status, localIP) and IPAddress.
#pragma once
#include <Arduino.h>

typedef enum {
    WL_IDLE_STATUS = 0,
    WL_NO_SSID_AVAIL = 1,
    WL_CONNECTED = 3,
    WL_CONNECT_FAILED = 4,
    WL_DISCONNECTED = 6
} wl_status_t;

class IPAddress {
public:
    IPAddress();
    IPAddress(uint8_t a, uint8_t b, uint8_t c, uint8_t d);
    String toString() const;
    operator uint32_t() const;
};
size_t printIPAddress(Print &p, const IPAddress &ip);

class ESP8266WiFiClass {
public:
    wl_status_t begin(const char *ssid, const char *passphrase = nullptr);
    wl_status_t status();
    IPAddress localIP();
    String macAddress();
};
extern ESP8266WiFiClass WiFi;

// Print overloads for IPAddress (the core's IPAddress is Printable)
size_t operator<<(Print &p, const IPAddress &ip);
