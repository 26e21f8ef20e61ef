#include "verifier.h"
#include <httplib.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

bool Verifier::check(const httplib::Request &req) {
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned len = 0;
  HMAC(EVP_sha256(), "k", 1, (const unsigned char *)req.body.data(),
       req.body.size(), mac, &len);
  std::string got = req.get_header_value("X-Hub-Signature-256");
  return got.size() == len && CRYPTO_memcmp(got.data(), mac, len) == 0;
}

// Registered by name in routes.cpp: verifies here.
void gitlab_hook(const httplib::Request &req, httplib::Response &res) {
  if (!Verifier::check(req)) {
    res.status = 401;
    return;
  }
}

// Registered by name in routes.cpp: never verifies.
void paypal_ipn(const httplib::Request &req, httplib::Response &res) {
  res.status = req.body.empty() ? 400 : 200;
}

void github_events(const httplib::Request &req, httplib::Response &res) {
  if (req.get_header_value("X-GitHub-Event") == "push")
    res.status = 202;
}
