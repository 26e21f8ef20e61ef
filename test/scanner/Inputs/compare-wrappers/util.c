#include "util.h"
#include <string.h>

/* Length, then memcmp: stops at the first differing byte. */
int val_cmp_n2(const void *a, size_t a_len, const void *b, size_t b_len) {
  if (a_len != b_len)
    return 1;
  return memcmp(a, b, a_len);
}

/* Accumulates XORs: constant time, whatever its name says. */
int tokens_equal(const char *a, const char *b) {
  size_t n = strlen(a);
  unsigned char diff = (unsigned char)(n ^ strlen(b));
  for (size_t i = 0; i < n && b[i]; i++)
    diff |= (unsigned char)(a[i] ^ b[i]);
  return diff == 0;
}

void hmac_sha256(const unsigned char *key, size_t key_len,
                 const unsigned char *data, size_t len, unsigned char *out);

/* Computes the MAC, then memcmp: a check that leaks. */
int mac_verify(const unsigned char *key, size_t key_len,
               const unsigned char *data, size_t len,
               const unsigned char *mac) {
  unsigned char expected[32];
  hmac_sha256(key, key_len, data, len, expected);
  return memcmp(expected, mac, sizeof(expected)) == 0;
}

/* The same check in constant time. */
int digest_check(const unsigned char *key, size_t key_len,
                 const unsigned char *data, size_t len,
                 const unsigned char *mac) {
  unsigned char expected[32], diff = 0;
  hmac_sha256(key, key_len, data, len, expected);
  for (size_t i = 0; i < sizeof(expected); i++)
    diff |= (unsigned char)(expected[i] ^ mac[i]);
  return diff == 0;
}

/* Compares its two arguments with strcmp: a check that leaks. */
int key_check(const char *expected, const char *given) {
  return strcmp(expected, given) == 0;
}
