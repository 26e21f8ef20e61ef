// Hand-written declaration-only stand-in for the ESP32 core's Update.h (OTA firmware writer).
#pragma once
#include <Arduino.h>
#define UPDATE_SIZE_UNKNOWN 0xFFFFFFFF
#define U_FLASH 0
class UpdateClass {
public:
    bool begin(size_t size = UPDATE_SIZE_UNKNOWN, int command = U_FLASH, int ledPin = -1, uint8_t ledOn = 0,
               const char *label = nullptr);
    size_t write(uint8_t *data, size_t len);
    bool end(bool evenIfRemaining = false);
    void abort();
    void printError(Print &out);
    bool hasError();
    bool isRunning();
    bool isFinished();
    void runAsync(bool async);
    const char *errorString();
};
extern UpdateClass Update;
