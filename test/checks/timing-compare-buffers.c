// Values a call writes into a local buffer: what a request accessor
// fills (`get_creds(req, user, pass)`) is request data, what a MAC
// function fills and what an encoder writes from it is a MAC; a function
// named like an HMAC computation computes one whatever its body. A short
// `pass` is a password.
// RUN: %tidy %s -- -std=c11 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <stddef.h>
#include <stdint.h>
#include <string.h>

struct http_message {
  const char *body, *uri;
  size_t body_len;
};
struct user {
  const char *name, *pass, *access_token;
};

void get_creds(struct http_message *hm, char *user, size_t ulen, char *pass,
               size_t plen);
void platform_hmac_sha256(const char *key, size_t klen, const char *data,
                          size_t dlen, uint8_t out[32]);
void b64url_encode(const uint8_t *in, size_t len, char *out);
extern struct user users[];
extern const char *s_pass;

struct user *authenticate(struct http_message *hm) {
  char user[64], pass[64];
  get_creds(hm, user, sizeof(user), pass, sizeof(pass));
  for (struct user *u = users; u->name != NULL; u++) {
    // The user's name is not a secret; the password and the token are.
    if (strcmp(user, u->name) == 0 && strcmp(pass, u->pass) == 0)
      // CHECK: :[[@LINE-1]]:39: warning: the secret 'pass' is compared with
      // 'strcmp'{{.*}} [integration-timing-unsafe-compare]
      return u;
    if (user[0] == '\0' && strcmp(pass, u->access_token) == 0)
      // CHECK: :[[@LINE-1]]:28: warning: the secret 'access_token' is compared
      // with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
      return u;
  }
  if (strcmp(pass, s_pass) == 0)
    // CHECK: :[[@LINE-1]]:7: warning: the secret 's_pass' is compared with
    // 'strcmp'{{.*}} [integration-timing-unsafe-compare]
    return &users[0];
  return NULL;
}

long jwt_verify(const char *token, const char *secret) {
  const char *dot = strrchr(token, '.');
  if (!dot)
    return -1;
  uint8_t mac[32];
  platform_hmac_sha256(secret, strlen(secret), token, (size_t)(dot - token),
                       mac);
  char expected[64];
  b64url_encode(mac, 32, expected);
  if (strcmp(expected, dot + 1) != 0)
    // CHECK: :[[@LINE-1]]:7: warning: the computed MAC 'expected' is compared
    // with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
    return -1;
  return 0;
}
