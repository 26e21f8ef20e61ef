// webhook76 stub (hand-written, declaration-only): the subset of Boost.JSON that hps2002/wechat-pay names
// (value, object, parse, serialize, value_to). Boost.JSON first shipped in Boost 1.75; Debian 12 has 1.74.
#pragma once
#include <cstdint>
#include <ostream>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace boost {
namespace json {

class object;

class value {
public:
	value();
	value(const value &);
	value(std::nullptr_t);
	value(bool);
	value(int);
	value(std::int64_t);
	value(double);
	value(const char *);
	value(const std::string &);
	value(const object &);
	value &operator=(const value &);
	~value();
	object &as_object();
	const object &as_object() const;
	bool is_object() const;
	bool is_string() const;
	const std::string &as_string() const;
};

class object {
public:
	object();
	object(const object &);
	object(std::initializer_list<std::pair<std::string_view, value>> init);
	object &operator=(const object &);
	~object();
	value &operator[](std::string_view key);
	value &at(std::string_view key);
	const value &at(std::string_view key) const;
	bool contains(std::string_view key) const;
};

value parse(std::string_view s);
std::string serialize(const value &v);
std::string serialize(const object &o);

template <class T> T value_to(const value &v);
std::ostream &operator<<(std::ostream &os, const value &v);

} // namespace json
} // namespace boost
