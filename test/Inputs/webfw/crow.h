// Mock of Crow: routes take their handler through operator().
#pragma once
#include <cstdint>
#include <string>
namespace crow {
// A route answers GET only, unless methods() names its verbs.
enum class HTTPMethod { Get, Post, Put, Patch, Delete };
struct query_string {
  char *get(const std::string &name) const;
};
struct request {
  HTTPMethod method;
  std::string body;
  query_string url_params;
  std::string get_header_value(const std::string &key) const;
};
struct response {
  response(int code);
  response(int code, std::string body);
  response(std::string body);
};
class TaggedRule {
public:
  template <typename Func> void operator()(Func &&f) {}
  template <typename... M> TaggedRule &methods(M... verbs);
};
class SimpleApp {
public:
  template <uint64_t Tag> TaggedRule &route(const std::string &rule);
};
} // namespace crow
#define CROW_ROUTE(app, url) app.route<0>(url)
