// Hand-written declaration-only stand-in for the Arduino core's Arduino.h (kept from webhook28's stubs): the C library
// headers it reaches, the integer helpers, String, Print/Stream and Serial.
#pragma once
#include <stdint.h>
#include <stddef.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <math.h>
#include <time.h>
#include <functional>

typedef uint8_t byte;
typedef bool boolean;
typedef unsigned int word;

#define HIGH 0x1
#define LOW 0x0
#define INPUT 0x01
#define OUTPUT 0x03
#define INPUT_PULLUP 0x05

void pinMode(uint8_t pin, uint8_t mode);
void digitalWrite(uint8_t pin, uint8_t val);
int digitalRead(uint8_t pin);
int analogRead(uint8_t pin);
unsigned long millis(void);
unsigned long micros(void);
void delay(unsigned long ms);
void yield(void);
long random(long howbig);
long random(long howsmall, long howbig);

class __FlashStringHelper;
#define F(string_literal) (reinterpret_cast<const __FlashStringHelper *>(string_literal))
#define PROGMEM

class String {
public:
    String(const char *cstr = "");
    String(const String &str);
    String(String &&rval);
    String(const __FlashStringHelper *str);
    explicit String(char c);
    explicit String(unsigned char value, unsigned char base = 10);
    explicit String(int value, unsigned char base = 10);
    explicit String(unsigned int value, unsigned char base = 10);
    explicit String(long value, unsigned char base = 10);
    explicit String(unsigned long value, unsigned char base = 10);
    explicit String(long long value, unsigned char base = 10);
    explicit String(unsigned long long value, unsigned char base = 10);
    explicit String(float value, unsigned int decimalPlaces = 2);
    explicit String(double value, unsigned int decimalPlaces = 2);
    ~String();
    String &operator=(const String &rhs);
    String &operator=(const char *cstr);
    String &operator=(String &&rval);
    bool reserve(unsigned int size);
    unsigned int length(void) const;
    bool isEmpty(void) const;
    const char *c_str() const;
    String &operator+=(const String &rhs);
    String &operator+=(const char *cstr);
    String &operator+=(char c);
    String &operator+=(int num);
    String &operator+=(unsigned int num);
    String &operator+=(long num);
    String &operator+=(unsigned long num);
    String &operator+=(float num);
    String &operator+=(double num);
    bool concat(const String &str);
    bool concat(const char *cstr);
    int compareTo(const String &s) const;
    bool equals(const String &s) const;
    bool equals(const char *cstr) const;
    bool equalsIgnoreCase(const String &s) const;
    bool startsWith(const String &prefix) const;
    bool endsWith(const String &suffix) const;
    bool operator==(const String &rhs) const;
    bool operator==(const char *cstr) const;
    bool operator!=(const String &rhs) const;
    bool operator!=(const char *cstr) const;
    bool operator<(const String &rhs) const;
    char charAt(unsigned int index) const;
    void setCharAt(unsigned int index, char c);
    char operator[](unsigned int index) const;
    char &operator[](unsigned int index);
    void toCharArray(char *buf, unsigned int bufsize, unsigned int index = 0) const;
    int indexOf(char ch, unsigned int fromIndex = 0) const;
    int indexOf(const String &str, unsigned int fromIndex = 0) const;
    int lastIndexOf(char ch) const;
    int lastIndexOf(const String &str) const;
    String substring(unsigned int beginIndex) const;
    String substring(unsigned int beginIndex, unsigned int endIndex) const;
    void replace(const String &find, const String &replace);
    void remove(unsigned int index);
    void remove(unsigned int index, unsigned int count);
    void toLowerCase(void);
    void toUpperCase(void);
    void trim(void);
    long toInt(void) const;
    float toFloat(void) const;
    double toDouble(void) const;
};
String operator+(const String &lhs, const String &rhs);
String operator+(const String &lhs, const char *rhs);
String operator+(const char *lhs, const String &rhs);
String operator+(const String &lhs, char rhs);
String operator+(const String &lhs, int rhs);
String operator+(const String &lhs, unsigned int rhs);
String operator+(const String &lhs, long rhs);
String operator+(const String &lhs, unsigned long rhs);
String operator+(const String &lhs, double rhs);

class Print {
public:
    virtual ~Print() {}
    virtual size_t write(uint8_t c) = 0;
    virtual size_t write(const uint8_t *buffer, size_t size);
    size_t write(const char *str);
    size_t printf(const char *format, ...) __attribute__((format(printf, 2, 3)));
    size_t print(const String &s);
    size_t print(const char *s);
    size_t print(const __FlashStringHelper *s);
    size_t print(char c);
    size_t print(int n, int base = 10);
    size_t print(unsigned int n, int base = 10);
    size_t print(long n, int base = 10);
    size_t print(unsigned long n, int base = 10);
    size_t print(double n, int digits = 2);
    size_t println(const String &s);
    size_t println(const char *s);
    size_t println(const __FlashStringHelper *s);
    size_t println(char c);
    size_t println(int n, int base = 10);
    size_t println(unsigned int n, int base = 10);
    size_t println(long n, int base = 10);
    size_t println(unsigned long n, int base = 10);
    size_t println(double n, int digits = 2);
    size_t println(void);
};

class Stream : public Print {
public:
    virtual int available() = 0;
    virtual int read() = 0;
    virtual int peek() = 0;
    String readString();
    String readStringUntil(char terminator);
};

class HardwareSerial : public Stream {
public:
    void begin(unsigned long baud);
    int available() override;
    int read() override;
    int peek() override;
    size_t write(uint8_t c) override;
    using Print::write;
};
extern HardwareSerial Serial;
