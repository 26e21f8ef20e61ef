// Hand-written stand-in for the ESP32 Arduino core's MD5Builder.h (declarations only).
#pragma once
#include <stdint.h>
class MD5Builder {
public:
  void begin();
  void add(const uint8_t* data, uint16_t len);
  void calculate();
  void getChars(char* output);
};
