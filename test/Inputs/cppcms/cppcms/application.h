// Mock of CppCMS's application and dispatcher (CppCMS is not packaged by
// Debian 12): the declarations the model and the tests use.
#ifndef MOCK_CPPCMS_APPLICATION_H
#define MOCK_CPPCMS_APPLICATION_H
#include <string>

namespace cppcms {
class service;
namespace http {
class request {
public:
  std::string request_method();
  std::string getenv(const std::string &name);
  std::string post(const std::string &name);
  std::pair<void *, size_t> raw_post_data();
};
class response {
public:
  void make_error_response(int status, const std::string &message = "");
  void status(int code);
  std::ostream &out();
};
} // namespace http

class application;
class url_dispatcher {
public:
  template <typename C>
  void assign(const std::string &regex, void (C::*member)(), C *object);
  template <typename C>
  void assign(const std::string &regex, void (C::*member)(std::string),
              C *object, int exp1);
};

class application {
public:
  explicit application(service &srv);
  virtual ~application();
  http::request &request();
  http::response &response();
  url_dispatcher &dispatcher();
};
} // namespace cppcms
#endif
