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
