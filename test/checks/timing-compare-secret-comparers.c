// A project comparer named for what only secrets are (a password hash, a
// digest) is reported inside as well as at the calls that hand it
// secrets: the fix goes in its body. One walking two pointers to the first
// difference compares in variable time like an indexed loop. A general
// comparer (`str_cmp`) is reported only at its calls, and one named for
// secrets but only ever given public values, not at all.
// RUN: %tidy %s -- 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <string.h>

char *crypt(const char *key, const char *salt);
#define LOWER(c) ((c) >= 'A' && (c) <= 'Z' ? (c) + 'a' - 'A' : (c))

struct player {
  const char *name;
  const char *pwd;
};

struct login_packet {
  const char *user;
  unsigned char pass_hash[20];
};
const unsigned char *account_get_pass_hash(const char *user);

struct package {
  const unsigned char *checksum;
  const unsigned char *listed_checksum;
};

int pwdcompare(const char *p1, const char *p2) {
  for (; *p1 || *p2; p1++, p2++)
    if (*p1 != *p2)
      // CHECK: :[[@LINE-1]]:13: warning: the secret its callers hand 'pwdcompare' as 'p1' is compared with '!=', which stops at the first differing byte
      return 1;
  return 0;
}

int hash_equal(const unsigned char *h1, const unsigned char *h2) {
  while (*h1 == *h2) {
    // CHECK: :[[@LINE-1]]:14: warning: the secret its callers hand 'hash_equal' as 'h1' is compared with '=='
    if (!*h1)
      return 1;
    h1++;
    h2++;
  }
  return 0;
}

// Named for digests, but given file checksums alone.
int digest_same(const unsigned char *a, const unsigned char *b) {
  for (int i = 0; i < 16; i++)
    if (a[i] != b[i])
      return 0;
  return 1;
}

// A general text comparison, case-folded: names as often as secrets.
int str_cmp(const char *astr, const char *bstr) {
  for (; *astr || *bstr; astr++, bstr++)
    if (LOWER(*astr) != LOWER(*bstr))
      return 1;
  return 0;
}

// Not a comparison of the two: it only finds where the first ends.
int common_prefix(const char *a, const char *b) {
  int n = 0;
  while (*a && *a == 'x') {
    a++;
    n++;
  }
  return n + (b != 0);
}

int login(const struct player *pl, const char *typed) {
  if (str_cmp(pl->name, "guest") == 0)
    return 0;
  return pwdcompare(crypt(typed, pl->pwd), pl->pwd) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the password hash 'pwd' is compared with 'pwdcompare', which uses '!=' and stops at the first differing byte
}

int handle_login_packet(const struct login_packet *pkt) {
  const unsigned char *stored = account_get_pass_hash(pkt->user);
  return hash_equal(stored, pkt->pass_hash);
  // CHECK: :[[@LINE-1]]:10: warning: the secret 'pass_hash' is compared with 'hash_equal', which uses '=='
}

int login_plain(const struct player *pl, const char *password) {
  return str_cmp(password, pl->pwd) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the secret 'pwd' is compared with 'str_cmp', which uses '!='
}

int same_package(const struct package *p) {
  return digest_same(p->checksum, p->listed_checksum);
}
