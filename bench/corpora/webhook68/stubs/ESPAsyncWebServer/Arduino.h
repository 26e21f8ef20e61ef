// Hand-written stand-in for the Arduino core's Arduino.h / WString.h: declarations only (the String class
// interface used by WebAuthentication.cpp), not the core's code.
#pragma once
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define PSTR(s) (s)
#define sprintf_P sprintf
class String {
public:
  String();
  String(const char* cstr);
  String(const String& other);
  explicit String(char c);
  ~String();
  String& operator=(const String& rhs);
  String& operator=(const char* cstr);
  String& operator+=(char c);
  String& operator+=(const String& rhs);
  bool reserve(unsigned int size);
  bool concat(const char* cstr);
  bool concat(char c);
  unsigned int length() const;
  const char* c_str() const;
  bool equals(const String& s) const;
  bool equals(const char* cstr) const;
  bool equalsIgnoreCase(const String& s) const;
  bool startsWith(const String& prefix) const;
  int indexOf(char ch) const;
  String substring(unsigned int beginIndex) const;
  String substring(unsigned int beginIndex, unsigned int endIndex) const;
  void trim();
};
String operator+(const String& lhs, const String& rhs);
String operator+(const String& lhs, const char* rhs);
String operator+(const String& lhs, char rhs);
extern const String emptyString;
