/* Hand-written, declaration-only stand-in for a header of couchbase/platform (or gsl-lite), which Debian 12 does
 * not package: only what the kv_engine cbsasl files of the webhook107 corpus name. Not the real header. */
#pragma once
#include <cstddef>
#include <span>
#include <stdexcept>
#include <utility>
namespace gsl {
template <class T, class U>
constexpr T narrow_cast(U&& u) noexcept { return static_cast<T>(std::forward<U>(u)); }
template <class T, class U>
constexpr T narrow(U u) { return static_cast<T>(u); }
template <class T, std::size_t E = std::dynamic_extent>
using span = std::span<T, E>;
template <class T>
using not_null = T;
} // namespace gsl
#define Expects(x) ((x) ? (void)0 : throw std::logic_error("Expects"))
#define Ensures(x) ((x) ? (void)0 : throw std::logic_error("Ensures"))
