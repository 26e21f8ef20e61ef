// Hand-written stub (webhook67): stands in for jsoncpp's json/json.h (domoticz's extern/jsoncpp submodule, not
// materialized). Declarations only: the Json::Value members that webserver/ and main/ headers use.
#pragma once
#include <string>
#include <vector>
namespace Json {
enum ValueType { nullValue = 0, intValue, uintValue, realValue, stringValue, booleanValue, arrayValue, objectValue };
typedef long long Int64;
typedef unsigned long long UInt64;
class Value {
public:
  typedef std::vector<std::string> Members;
  typedef const Value *const_iterator;
  Value();
  Value(const char *s);
  Value(const std::string &s);
  Value(int v);
  Value(unsigned int v);
  Value(long v);
  Value(unsigned long v);
  Value(long long v);
  Value(unsigned long long v);
  Value(ValueType t);
  Value(double v);
  Value(bool v);
  bool empty() const;
  bool isNull() const;
  bool isNumeric() const;
  bool isString() const;
  bool isArray() const;
  bool isObject() const;
  bool isMember(const std::string &key) const;
  bool asBool() const;
  float asFloat() const;
  unsigned int asUInt() const;
  Int64 asInt64() const;
  UInt64 asUInt64() const;
  std::string toStyledString() const;
  Value &append(const Value &v);
  void clear();
  unsigned size() const;
  double asDouble() const;
  int asInt() const;
  std::string asString() const;
  Members getMemberNames() const;
  const_iterator begin() const;
  const_iterator end() const;
  const Value &operator[](const std::string &key) const;
  Value &operator[](const std::string &key);
  const Value &operator[](const char *key) const;
  Value &operator[](const char *key);
  Value &operator[](int index);
};
} // namespace Json
