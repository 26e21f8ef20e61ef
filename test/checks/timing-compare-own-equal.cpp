// A project's own function named `equal`, like std::equal: its body, in
// view, decides. cppcms's `hmac_cipher::equal(a, b, n)` counts the
// differing bytes to the end (no early exit): not reported. A project
// `equal(a, b, n)` that stops at the first difference is a plain
// comparison of its first two arguments (not std::equal's first and
// third): reported.
// RUN: %tidy %s -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <cstddef>
#include <cstring>
#include <string>
#include <vector>

namespace crypto {
class hmac {
public:
  hmac(const std::string &hash, const std::string &key);
  void append(const void *p, size_t n);
  size_t digest_size() const;
  void readout(void *out);
};
} // namespace crypto

class hmac_cipher {
public:
  bool decrypt(const std::string &cipher, std::string &plain);
  bool decrypt_fast(const std::string &cipher, std::string &plain);

private:
  static bool equal(const void *a, const void *b, size_t n);
  static bool equal_fast(const void *a, const void *b, size_t n);
  std::string hash_, key_;
};

bool hmac_cipher::equal(const void *a, const void *b, size_t n) {
  const char *left = static_cast<const char *>(a);
  const char *right = static_cast<const char *>(b);
  size_t diff = 0;
  for (size_t i = 0; i < n; i++) {
    if (left[i] != right[i])
      diff++;
  }
  return diff == 0;
}

bool hmac_cipher::decrypt(const std::string &cipher, std::string &plain) {
  crypto::hmac md(hash_, key_);
  size_t digest_size = md.digest_size();
  if (cipher.size() < digest_size)
    return false;
  size_t message_size = cipher.size() - digest_size;
  md.append(cipher.c_str(), message_size);
  std::vector<char> mac(digest_size, 0);
  md.readout(&mac[0]);
  bool ok = equal(&mac[0], cipher.c_str() + message_size, digest_size);
  if (ok)
    plain = cipher.substr(0, message_size);
  return ok;
}

// Stops at the first differing byte.
static bool equal(const unsigned char *a, const unsigned char *b, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (a[i] != b[i])
      return false;
  return true;
}

bool check_cookie(const std::string &key, const unsigned char *cookie_mac,
                  const std::string &cookie) {
  crypto::hmac md("sha256", key);
  md.append(cookie.data(), cookie.size());
  unsigned char mac[32];
  md.readout(mac);
  return equal(mac, cookie_mac, sizeof(mac));
  // CHECK: :[[@LINE-1]]:10: warning: the computed MAC 'mac' is compared with 'equal'
}
