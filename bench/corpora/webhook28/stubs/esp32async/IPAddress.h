// Hand-written declaration-only stand-in for the Arduino core's IPAddress.h.
#pragma once
#include <Arduino.h>
class IPAddress {
public:
    IPAddress();
    IPAddress(uint8_t a, uint8_t b, uint8_t c, uint8_t d);
    IPAddress(uint32_t address);
    operator uint32_t() const;
    uint8_t operator[](int index) const;
    bool fromString(const char *address);
    String toString() const;
};
