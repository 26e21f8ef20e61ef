/* Hand-written, declaration-only stand-in for the Arduino-ESP32 core's Arduino.h (webhook97 corpus): only the
 * names HomeSpan's Utils.h / SRP.h / SRP.cpp use. Not the real core (not packaged by Debian). */
#pragma once
#include <stdint.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>
#include <stdio.h>
#include <new>
typedef bool boolean;
typedef uint8_t byte;
typedef uint16_t touch_value_t;
#define HIGH 1
#define LOW 0
#define INPUT 0x01
#define OUTPUT 0x03
#define INPUT_PULLUP 0x05
#define INPUT_PULLDOWN 0x09
class String {
 public:
  String(const char* s = "");
  String(const String& s);
  String& operator=(const String& s);
  ~String();
  const char* c_str() const;
  unsigned int length() const;
};
class HardwareSerial {
 public:
  int printf(const char* fmt, ...);
  size_t print(const char* s);
  size_t println(const char* s = "");
};
extern HardwareSerial Serial;
unsigned long millis(void);
void delay(uint32_t ms);
void pinMode(uint8_t pin, uint8_t mode);
int digitalRead(uint8_t pin);
void digitalWrite(uint8_t pin, uint8_t val);
touch_value_t touchRead(uint8_t pin);
void* ps_malloc(size_t n);
void* ps_calloc(size_t n, size_t s);
void* ps_realloc(void* p, size_t n);
