// Routing daemons checking a packet's password: IS-IS compares the
// password TLV of the PDU (`remote`) with the configured one (`local`), two
// records of one type whose names say whose. Not secrets: a comparer of two
// records named neutrally (judged at its calls), and the bytes of a user's
// name reached through its parts (`_username->whole.s`).
// RUN: %tidy %s -- 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <string.h>
#include <strings.h>

struct isis_passwd {
  unsigned char len;
  unsigned char type;
  unsigned char passwd[255];
};

int authentication_check(struct isis_passwd *remote, struct isis_passwd *local) {
  if (remote->type != local->type)
    return 1;
  if (remote->len != local->len)
    return 1;
  return memcmp(local->passwd, remote->passwd, local->len);
  // CHECK: :[[@LINE-1]]:10: warning: the secret 'passwd' is compared with 'memcmp'
}

int passwd_equal(const struct isis_passwd *a, const struct isis_passwd *b) {
  return a->len == b->len && memcmp(a->passwd, b->passwd, a->len) == 0;
}

typedef struct {
  char *s;
  int len;
} str;
struct username {
  str whole;
  str user;
};
typedef struct {
  struct username username;
  str response;
} dig_cred_t;

int same_user(dig_cred_t *digest, const str *given) {
  struct username *_username = &digest->username;
  return given->len == _username->whole.len &&
         strncasecmp(given->s, _username->whole.s, given->len) == 0;
}
