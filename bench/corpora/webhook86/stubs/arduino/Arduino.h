// Stand-in for the Arduino core's <Arduino.h> (hand-written, declaration-only): the types, timing functions and
// the String / Print / Stream members that the corpus TUs use.
#ifndef W86_ARDUINO_H
#define W86_ARDUINO_H
#include <stdint.h>
#include <stddef.h>
#include <string.h>
#include <stdlib.h>
typedef uint8_t byte;
typedef bool boolean;
unsigned long millis(void);
void delay(unsigned long ms);
class __FlashStringHelper;
#define F(s) (reinterpret_cast<const __FlashStringHelper *>(s))
class String {
public:
  String(const char *cstr = "");
  String(const String &str);
  explicit String(char c);
  explicit String(int value, unsigned char base = 10);
  explicit String(unsigned int value, unsigned char base = 10);
  explicit String(long value, unsigned char base = 10);
  explicit String(unsigned long value, unsigned char base = 10);
  ~String();
  String &operator=(const String &rhs);
  String &operator=(const char *cstr);
  unsigned char reserve(unsigned int size);
  unsigned int length(void) const;
  const char *c_str() const;
  char charAt(unsigned int index) const;
  char operator[](unsigned int index) const;
  String &operator+=(const String &rhs);
  String &operator+=(const char *cstr);
  String &operator+=(char c);
  friend String operator+(const String &lhs, const String &rhs);
  friend String operator+(const String &lhs, const char *cstr);
  friend String operator+(const char *cstr, const String &rhs);
  unsigned char equals(const String &s) const;
  unsigned char equals(const char *cstr) const;
  unsigned char equalsIgnoreCase(const String &s) const;
  unsigned char equalsConstantTime(const String &s) const;
  unsigned char operator==(const String &rhs) const;
  unsigned char operator==(const char *cstr) const;
  unsigned char operator!=(const String &rhs) const;
  unsigned char operator!=(const char *cstr) const;
  unsigned char startsWith(const String &prefix) const;
  unsigned char startsWith(const char *prefix) const;
  unsigned char endsWith(const String &suffix) const;
  int indexOf(char ch) const;
  int indexOf(const String &str) const;
  String substring(unsigned int beginIndex) const;
  String substring(unsigned int beginIndex, unsigned int endIndex) const;
  void trim(void);
  void remove(unsigned int index);
  void remove(unsigned int index, unsigned int count);
  void toLowerCase(void);
  long toInt(void) const;
};
class Print {
public:
  virtual size_t write(uint8_t) = 0;
  virtual size_t write(const uint8_t *buffer, size_t size);
  size_t print(const char *);
  size_t print(const String &);
  size_t print(int, int = 10);
  size_t println(const char *);
  size_t println(const String &);
  size_t println(int, int = 10);
  size_t println(void);
};
class Stream : public Print {
public:
  virtual int available() = 0;
  virtual int read() = 0;
  virtual int peek() = 0;
  String readStringUntil(char terminator);
};
#endif
