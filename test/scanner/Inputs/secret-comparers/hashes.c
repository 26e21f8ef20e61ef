#include "hashes.h"

int hash_eq(const t_hash h1, const t_hash h2) {
  for (int i = 0; i < 5; i++)
    if (h1[i] != h2[i])
      return 0;
  return 1;
}

int pwdcompare(const char *p1, const char *p2) {
  while (*p1 && *p2) {
    if (*p1 != *p2)
      return 0;
    p1++;
    p2++;
  }
  return *p1 == *p2;
}

/* Only ever given file checksums: public values. */
int digest_equal(const unsigned char *a, const unsigned char *b) {
  for (int i = 0; i < 16; i++)
    if (a[i] != b[i])
      return 0;
  return 1;
}

/* A general comparison of text: names as often as secrets. */
int str_eq(const char *a, const char *b) {
  while (*a && *a == *b) {
    a++;
    b++;
  }
  return *a == *b;
}
