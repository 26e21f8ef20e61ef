// Hand-written, declaration-only stand-in for <seastar/core/sstring.hh> (Seastar is not installed).
// Only the members auth/passwords.{hh,cc} use; the real sstring is basic_sstring<char, uint32_t, 15>,
// whose operator== compares the sizes and then the bytes (memcmp).
#pragma once
#include <cstddef>
#include <string_view>

namespace seastar {

class sstring {
public:
    using value_type = char;
    using size_type = std::size_t;
    sstring();
    sstring(const char* s);
    sstring(size_type n, char c);
    explicit sstring(std::string_view v);
    sstring(const sstring& other);
    sstring& operator=(const sstring& other);
    const char* c_str() const noexcept;
    size_type size() const noexcept;
    char* begin() noexcept;
    char* end() noexcept;
    const char* begin() const noexcept;
    const char* end() const noexcept;
    char& operator[](size_type pos) noexcept;
    const char& operator[](size_type pos) const noexcept;
    bool starts_with(std::string_view prefix) const noexcept;
    sstring operator+(const sstring& other) const;
    bool operator==(const sstring& other) const noexcept;
    bool operator!=(const sstring& other) const noexcept;
};

}
