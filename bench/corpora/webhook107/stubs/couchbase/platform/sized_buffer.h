/* Hand-written, declaration-only stand-in for a header of couchbase/platform (or gsl-lite), which Debian 12 does
 * not package: only what the kv_engine cbsasl files of the webhook107 corpus name. Not the real header. */
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>
namespace cb {
template <typename T>
struct sized_buffer {
    sized_buffer() = default;
    sized_buffer(T* b, std::size_t l) : buf(b), len(l) {}
    T* begin() const { return buf; }
    T* end() const { return buf + len; }
    T* data() const { return buf; }
    std::size_t size() const { return len; }
    int compare(const sized_buffer& other) const;
    bool operator==(const sized_buffer& other) const;
    bool operator!=(const sized_buffer& other) const;
    T* buf = nullptr;
    std::size_t len = 0;
};
using char_buffer = sized_buffer<char>;
using byte_buffer = sized_buffer<uint8_t>;
using const_char_buffer = sized_buffer<const char>;
using const_byte_buffer = sized_buffer<const uint8_t>;
} // namespace cb
