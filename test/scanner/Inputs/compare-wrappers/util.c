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
