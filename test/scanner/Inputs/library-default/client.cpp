#include <cpprest/http_client.h>

web::http::client::http_client_config make_config(const char *profile);

// The config comes from another TU, which never sets a timeout: the
// library's 30 s default applies, so nothing is missing.
class Uploader {
public:
  explicit Uploader(const char *url)
      : impl_(url, make_config("upload")) {}
  void send() { impl_.request(web::http::methods::POST); }

private:
  web::http::client::http_client impl_;
};

void run() { Uploader("https://example.com").send(); }
