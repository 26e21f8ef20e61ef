// Mock of cpprestsdk's HTTP client.
#pragma once
namespace web { namespace http {
struct method { const char *name; };
namespace methods { extern const method GET, POST; }
namespace client {
class http_client_config {
public:
  template <class D> void set_timeout(const D &);
};
class http_client {
public:
  explicit http_client(const char *base);
  http_client(const char *base, const http_client_config &config);
  int request(const method &m);
};
} } } // namespace web::http::client
