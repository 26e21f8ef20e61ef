// Hand-written declaration-only stand-in for ArduinoJson 7 (and the v6 names still accepted by it): one variant type
// for documents, objects, arrays and values, with the members the corpus sources call.
#pragma once
#include <Arduino.h>
#include <stddef.h>

class JsonArray;
class JsonObject;
class JsonVariantConst;

class JsonVariant {
public:
    JsonVariant();
    template <typename T> JsonVariant &operator=(const T &value);
    JsonVariant &operator=(const JsonVariant &other);
    JsonVariant operator[](const char *key) const;
    JsonVariant operator[](const String &key) const;
    JsonVariant operator[](int index) const;
    JsonVariant operator[](size_t index) const;
    template <typename T> T as() const;
    template <typename T> bool is() const;
    template <typename T> T to();
    template <typename T> T add();
    template <typename T> bool add(const T &value);
    bool set(const JsonVariant &value);
    template <typename T> bool set(const T &value);
    bool isNull() const;
    bool containsKey(const char *key) const;
    bool containsKey(const String &key) const;
    size_t size() const;
    void clear();
    void remove(const char *key);
    void remove(size_t index);
    explicit operator bool() const;
    template <typename T> operator T() const;
    template <typename T> bool operator==(const T &rhs) const;
    template <typename T> bool operator!=(const T &rhs) const;
    template <typename T> T operator|(const T &defaultValue) const;
    const char *operator|(const char *defaultValue) const;
};

class JsonVariantConst : public JsonVariant {};

class JsonPair {
public:
    const char *key() const;
    JsonVariant value() const;
};

class JsonObject : public JsonVariant {
public:
    JsonObject();
    JsonObject(const JsonVariant &v);
    const JsonPair *begin() const;
    const JsonPair *end() const;
    JsonObject createNestedObject(const char *key);
    JsonArray createNestedArray(const char *key);
};

class JsonArray : public JsonVariant {
public:
    JsonArray();
    JsonArray(const JsonVariant &v);
    const JsonVariant *begin() const;
    const JsonVariant *end() const;
    JsonObject createNestedObject();
    JsonArray createNestedArray();
};

typedef JsonObject JsonObjectConst;
typedef JsonArray JsonArrayConst;

class JsonDocument : public JsonVariant {
public:
    JsonDocument();
    explicit JsonDocument(size_t capacity);
    JsonObject as_object();
    JsonVariant as_variant();
    bool overflowed() const;
    size_t memoryUsage() const;
    void shrinkToFit();
    void garbageCollect();
    operator JsonVariant();
};
typedef JsonDocument DynamicJsonDocument;
template <size_t N> class StaticJsonDocument : public JsonDocument {};

class DeserializationError {
public:
    enum Code { Ok, EmptyInput, IncompleteInput, InvalidInput, NoMemory, TooDeep };
    DeserializationError();
    DeserializationError(Code c);
    explicit operator bool() const;
    bool operator==(Code c) const;
    bool operator!=(Code c) const;
    Code code() const;
    const char *c_str() const;
};

DeserializationError deserializeJson(JsonDocument &doc, const char *input);
DeserializationError deserializeJson(JsonDocument &doc, const char *input, size_t inputSize);
DeserializationError deserializeJson(JsonDocument &doc, const uint8_t *input, size_t inputSize);
DeserializationError deserializeJson(JsonDocument &doc, const String &input);
DeserializationError deserializeJson(JsonDocument &doc, Stream &input);
size_t serializeJson(const JsonVariant &source, char *output, size_t size);
size_t serializeJson(const JsonVariant &source, String &output);
size_t serializeJson(const JsonVariant &source, Print &output);
size_t serializeJsonPretty(const JsonVariant &source, Print &output);
size_t serializeJsonPretty(const JsonVariant &source, String &output);
size_t measureJson(const JsonVariant &source);
