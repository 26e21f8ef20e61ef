// Hand-written declaration-only stand-in for dropbox/json11's json11.hpp (not packaged in Debian 12): the Json value
// class with its constructors, accessors and parse/dump.
#pragma once
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace json11 {

enum JsonParse { STANDARD, COMMENTS };

class JsonValue;

class Json final {
public:
    enum Type { NUL, NUMBER, BOOL, STRING, ARRAY, OBJECT };
    typedef std::vector<Json> array;
    typedef std::map<std::string, Json> object;

    Json() noexcept;
    Json(std::nullptr_t) noexcept;
    Json(double value);
    Json(int value);
    Json(bool value);
    Json(const std::string &value);
    Json(std::string &&value);
    Json(const char *value);
    Json(const array &values);
    Json(array &&values);
    Json(const object &values);
    Json(object &&values);
    template <class T, class = decltype(&T::to_json)> Json(const T &t) : Json(t.to_json()) {}
    Json(void *) = delete;

    Type type() const;
    bool is_null() const { return type() == NUL; }
    bool is_number() const { return type() == NUMBER; }
    bool is_bool() const { return type() == BOOL; }
    bool is_string() const { return type() == STRING; }
    bool is_array() const { return type() == ARRAY; }
    bool is_object() const { return type() == OBJECT; }

    double number_value() const;
    int int_value() const;
    bool bool_value() const;
    const std::string &string_value() const;
    const array &array_items() const;
    const object &object_items() const;
    const Json &operator[](size_t i) const;
    const Json &operator[](const std::string &key) const;

    void dump(std::string &out) const;
    std::string dump() const;

    static Json parse(const std::string &in, std::string &err, JsonParse strategy = JsonParse::STANDARD);
    static Json parse(const char *in, std::string &err, JsonParse strategy = JsonParse::STANDARD);
    static std::vector<Json> parse_multi(const std::string &in, std::string::size_type &parser_stop_pos,
                                         std::string &err, JsonParse strategy = JsonParse::STANDARD);

    bool operator==(const Json &rhs) const;
    bool operator<(const Json &rhs) const;
    bool operator!=(const Json &rhs) const { return !(*this == rhs); }
    bool operator<=(const Json &rhs) const { return !(rhs < *this); }
    bool operator>(const Json &rhs) const { return (rhs < *this); }
    bool operator>=(const Json &rhs) const { return !(*this < rhs); }

    typedef std::initializer_list<std::pair<std::string, Type>> shape;
    bool has_shape(const shape &types, std::string &err) const;

private:
    std::shared_ptr<JsonValue> m_ptr;
};

} // namespace json11
