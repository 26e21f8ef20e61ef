// Mock of cpr (C++ Requests).
#pragma once
#include <string>
namespace cpr {
struct Url { Url(const char *); };
struct Timeout { Timeout(long ms); };
struct Header { Header(); };
struct Response { int status_code; };
template <typename... Ts> Response Get(Ts &&...ts);
template <typename... Ts> Response Post(Ts &&...ts);
class Session {
public:
  void SetUrl(const Url &);
  void SetTimeout(const Timeout &);
  Response Get();
  Response Post();
};
} // namespace cpr
