// Hand-written declaration-only stand-in for the Arduino core's MD5Builder.h.
#pragma once
#include <Arduino.h>
class MD5Builder {
public:
    void begin(void);
    void add(const uint8_t *data, uint16_t len);
    void add(const char *data);
    void add(const String &data);
    void addHexString(const char *data);
    bool addStream(Stream &stream, const size_t maxLen);
    void calculate(void);
    void getBytes(uint8_t *output);
    void getChars(char *output);
    String toString(void);
};
