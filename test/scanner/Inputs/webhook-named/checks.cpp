#include "verifiers.h"
#include <httplib.h>

std::string hmac_sha256_hex(const std::string &key, const std::string &data);
bool constant_time_equal(const std::string &a, const std::string &b);
extern const std::string github_secret;

bool verify_github_signature(const std::string &body, const std::string &sig) {
  return constant_time_equal("sha256=" + hmac_sha256_hex(github_secret, body),
                             sig);
}

void webhooks_page(const httplib::Request &req, httplib::Response &res) {
  res.set_content("<html><body>hooks</body></html>", "text/html");
}
