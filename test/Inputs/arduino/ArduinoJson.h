// Mock of ArduinoJson 6 (declarations only): a document filled from text,
// read by key.
#pragma once
#include <WebServer.h>
#include <cstddef>

class JsonVariant {
public:
  template <typename T> T as() const;
  JsonVariant operator[](const char *key) const;
};
class JsonObject : public JsonVariant {};
class JsonDocument : public JsonVariant {};
class DynamicJsonDocument : public JsonDocument {
public:
  explicit DynamicJsonDocument(size_t capacity);
};
class DeserializationError {
public:
  explicit operator bool() const;
};
DeserializationError deserializeJson(JsonDocument &doc, const String &input);
