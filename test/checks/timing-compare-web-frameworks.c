// Web frameworks' own credential checks: kcgi's Basic check encodes the
// expected `user:pass` in base64 into a heap buffer and compares it with
// the request's; its Digest check hashes the stored H(A1) (`skey4`) with
// the nonce into the response expected. Not secrets: the authorization
// scheme's name.
// RUN: %tidy %s -checks='-*,integration-timing-unsafe-compare' -- 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct basic_auth {
  const char *response;
};
struct digest_auth {
  const char *nonce, *response;
};
struct kreq {
  int authorised;
  const char *scheme;
  struct basic_auth basic;
  struct digest_auth digest;
};

size_t base64len(size_t len);
size_t base64buf(char *enc, const char *str, size_t len);

int khttpbasic_validate(const struct kreq *req, const char *user,
                        const char *pass) {
  size_t sz = strlen(user) + 1 + strlen(pass) + 1;
  char *buf = malloc(sz), *enc;
  int rc;
  if (!buf)
    return -1;
  sz = snprintf(buf, sz, "%s:%s", user, pass);
  if ((enc = malloc(base64len(sz))) == NULL) {
    free(buf);
    return -1;
  }
  base64buf(enc, buf, sz);
  rc = strcmp(enc, req->basic.response) == 0;
  // CHECK: :[[@LINE-1]]:8: warning: the secret 'enc'{{.*}}[integration-timing-unsafe-compare]
  free(enc);
  free(buf);
  return rc;
}

typedef struct {
  unsigned int state[4];
} MD5_CTX;
void MD5Init(MD5_CTX *ctx);
void MD5Update(MD5_CTX *ctx, const unsigned char *data, size_t len);
void MD5Final(unsigned char digest[16], MD5_CTX *ctx);

int khttpdigest_validatehash(const struct kreq *req, const char *skey4) {
  MD5_CTX ctx;
  unsigned char ha3[16];
  char skey3[33];
  size_t i;
  if (strcmp(req->scheme, "Digest") != 0)
    return -1;
  MD5Init(&ctx);
  MD5Update(&ctx, (const unsigned char *)skey4, 32);
  MD5Update(&ctx, (const unsigned char *)":", 1);
  MD5Update(&ctx, (const unsigned char *)req->digest.nonce,
            strlen(req->digest.nonce));
  MD5Final(ha3, &ctx);
  for (i = 0; i < 16; i++)
    snprintf(&skey3[i * 2], 3, "%02x", ha3[i]);
  return 0 == strcmp(req->digest.response, skey3);
  // CHECK: :[[@LINE-1]]:15: warning: {{.*}}{{.*}}[integration-timing-unsafe-compare]
}
