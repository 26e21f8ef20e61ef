/* Hand-written stand-in for the Arduino core's Arduino.h (Beelan-LoRaWAN is an Arduino library; no Arduino core is
 * installed). Declarations only, for what src/arduino-rfm names. */
#ifndef WH89_ARDUINO_H
#define WH89_ARDUINO_H
#include <stdint.h>
#include <stddef.h>
#include <string.h>
#include <stdlib.h>
typedef uint8_t byte;
typedef bool boolean;
#define HIGH 0x1
#define LOW 0x0
#define INPUT 0x0
#define OUTPUT 0x1
#define INPUT_PULLUP 0x2
#define RISING 3
#define FALLING 2
#define CHANGE 1
#define DEC 10
#define HEX 16
#define MSBFIRST 1
#define LSBFIRST 0
#define F(s) (s)
#define digitalPinToInterrupt(p) (p)
void pinMode(uint8_t pin, uint8_t mode);
void digitalWrite(uint8_t pin, uint8_t val);
int digitalRead(uint8_t pin);
unsigned long millis(void);
unsigned long micros(void);
void delay(unsigned long ms);
void delayMicroseconds(unsigned int us);
void yield(void);
long random(long howbig);
long random(long howsmall, long howbig);
void randomSeed(unsigned long seed);
int analogRead(uint8_t pin);
void attachInterrupt(uint8_t interruptNum, void (*userFunc)(void), int mode);
void detachInterrupt(uint8_t interruptNum);
void noInterrupts(void);
void interrupts(void);
class HardwareSerial {
public:
  void begin(unsigned long baud);
  size_t print(const char *s);
  size_t print(char c);
  size_t print(int n, int base = DEC);
  size_t print(unsigned int n, int base = DEC);
  size_t print(long n, int base = DEC);
  size_t print(unsigned long n, int base = DEC);
  size_t println(const char *s);
  size_t println(int n, int base = DEC);
  size_t println(unsigned int n, int base = DEC);
  size_t println(long n, int base = DEC);
  size_t println(unsigned long n, int base = DEC);
  size_t println(void);
  int available(void);
  int read(void);
};
extern HardwareSerial Serial;
#endif
