// net40 stub of stephenberry/glaze (not packaged by Debian 12): declarations only, the subset named by
// coincenter's cct_json.hpp / cct_log.hpp / enum-string.hpp / request-retry.hpp.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>
namespace glz {
template <class T>
struct meta;
template <class... Args>
constexpr auto enumerate(Args &&...args) {
  return std::tuple<Args...>{args...};
}
enum class error_code : uint32_t { none, parse_error };
struct error_ctx {
  error_code ec{};
  std::size_t location{};
  constexpr explicit operator bool() const { return ec != error_code::none; }
};
struct opts {
  uint32_t format = 10;
  bool null_terminated = true;
  bool comments = false;
  bool error_on_unknown_keys = true;
  bool skip_null_members = true;
  bool prettify = false;
  uint8_t indentation_width = 3;
  char indentation_char = ' ';
  bool minified = false;
  bool error_on_missing_keys = false;
  bool error_on_const_read = false;
  bool raw_string = false;
  bool quoted_num = false;
  bool number = false;
  bool raw = false;
};
struct opts_csv {
  uint32_t format = 10000;
  bool null_terminated = true;
  uint8_t layout = 0;
  bool use_headers = true;
  bool raw_string = false;
  bool skip_header_row = false;
  bool validate_rectangular = false;
};
inline constexpr uint8_t colwise = 1;
inline constexpr uint32_t CSV = 10000;
template <class T>
struct reflect {
  static constexpr std::array<std::string_view, 1> keys{};
  static constexpr std::size_t size = 1;
};
template <auto Opts, class T, class Buffer>
error_ctx read(T &&value, Buffer &&buffer);
template <auto Opts, class T, class Buffer>
error_ctx write(T &&value, Buffer &&buffer);
std::string format_error(const error_ctx &ec, std::string_view buffer);
}  // namespace glz
