// Mock of libhv's HTTP server API (hv/HttpService.h, hv/HttpContext.h):
// the declarations the tests use, by their real names and shapes.
#pragma once
#include <functional>
#include <memory>
#include <string>

struct HttpRequest {
  std::string body;
  std::string GetHeader(const char *key, const std::string &def = "");
  std::string GetParam(const char *key, const std::string &def = "");
};
struct HttpResponse {
  int status_code;
  std::string body;
};

namespace hv {
struct HttpContext {
  std::shared_ptr<HttpRequest> request;
  std::shared_ptr<HttpResponse> response;
  std::string header(const char *key, const std::string &def = "");
  std::string param(const char *key, const std::string &def = "");
  std::string get(const char *key, const std::string &def = "");
  std::string body();
  int send(const std::string &str);
};
} // namespace hv
typedef std::shared_ptr<hv::HttpContext> HttpContextPtr;
typedef std::function<int(const HttpContextPtr &ctx)> http_ctx_handler;

namespace hv {
struct HttpService {
  void GET(const char *relativePath, http_ctx_handler handlerFunc);
  void POST(const char *relativePath, http_ctx_handler handlerFunc);
  void PUT(const char *relativePath, http_ctx_handler handlerFunc);
  void Delete(const char *relativePath, http_ctx_handler handlerFunc);
  void PATCH(const char *relativePath, http_ctx_handler handlerFunc);
  void Any(const char *relativePath, http_ctx_handler handlerFunc);
  void Handle(const char *httpMethod, const char *relativePath,
              http_ctx_handler handlerFunc);
};
} // namespace hv
