// Stand-in for libcpr (C++ Requests), which Debian 12 does not ship: only the declarations
// the listed files use. Real cpr: a plain cpr::Get(cpr::Url) has no timeout unless a
// cpr::Timeout / cpr::ConnectTimeout argument is given (libcurl defaults apply).
#pragma once
#include <string>
#include <cstdint>
namespace cpr {
struct Url : std::string { using std::string::string; Url(std::string s) : std::string(std::move(s)) {} };
struct Body : std::string { using std::string::string; Body(std::string s) : std::string(std::move(s)) {} };
struct Timeout { explicit Timeout(std::int32_t ms) : ms(ms) {} std::int32_t ms; };
struct Response { long status_code = 0; std::string text; };
template <typename... Ts> Response Get(Ts&&...) { return {}; }
template <typename... Ts> Response Post(Ts&&...) { return {}; }
}
