// Mock of Drogon: handlers registered with registerHandler.
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <vector>
namespace drogon {
enum HttpMethod { Get, Post };
class HttpRequest {
public:
  const std::string &getHeader(const std::string &key) const;
  const std::string &getParameter(const std::string &key) const;
  std::string body() const;
};
using HttpRequestPtr = std::shared_ptr<HttpRequest>;
class HttpResponse {};
using HttpResponsePtr = std::shared_ptr<HttpResponse>;
class HttpAppFramework {
public:
  template <typename Func>
  HttpAppFramework &registerHandler(const std::string &path, Func &&f,
                                    const std::vector<int> &methods = {}) {
    return *this;
  }
};
HttpAppFramework &app();
template <typename T> class HttpController {
protected:
  template <typename Function>
  static void registerMethod(Function &&function, const std::string &pattern,
                             const std::vector<int> &methods = {},
                             bool classFlag = false,
                             const std::string &handlerName = "") {}
};
} // namespace drogon
#define METHOD_LIST_BEGIN static void initPathRouting() {
#define ADD_METHOD_TO(method, pattern, ...)                                    \
  registerMethod(&method, pattern, {__VA_ARGS__}, false, #method)
#define METHOD_LIST_END }
