// Secrets compared through the project's own comparison functions: a
// wrapper whose body compares two of its parameters in variable time
// (memcmp, strcmp, also through another wrapper) is judged at its call,
// where the secret is in view. With no body in view, a function named like
// a comparison (`val_cmp_n2`) is trusted by its name; one named like a
// constant-time comparison is not reported, nor is a wrapper whose body
// accumulates XORs.
// RUN: %tidy %s -- -std=c11 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <stddef.h>
#include <string.h>

struct config {
  const char *api_secret;
  size_t api_secret_len;
  const char *hook_path;
};

struct header {
  const char *name, *value;
  size_t name_len, value_len;
};

struct http_request {
  const char *path, *authorization;
  struct header headers[16];
};

extern const char *api_token;

void process(const char *body);

static int mem_equal(const void *a, size_t a_len, const void *b, size_t b_len) {
  // Lengths are not what it compares.
  if (a_len != b_len)
    return 0;
  return memcmp(a, b, a_len) == 0;
}

static int str_same(const char *left, const char *right) {
  return mem_equal(left, strlen(left), right, strlen(right));
}

static int ct_equal(const unsigned char *a, const unsigned char *b, size_t n) {
  unsigned char diff = 0;
  for (size_t i = 0; i < n; i++)
    diff |= a[i] ^ b[i];
  return diff == 0;
}

// Defined in another file.
int val_cmp_n2(const void *a, size_t a_len, const void *b, size_t b_len);
int secure_compare(const char *a, const char *b);

int check_secret(const struct config *cfg, const struct http_request *req) {
  const struct header *hdr = &req->headers[0];
  if (!mem_equal(cfg->api_secret, cfg->api_secret_len, hdr->value,
                 hdr->value_len))
    return -1;
  // CHECK: :[[@LINE-3]]:8: warning: the secret 'api_secret' is compared with
  // 'mem_equal', which uses 'memcmp' and stops at the first differing
  // byte{{.*}} [integration-timing-unsafe-compare]
  if (val_cmp_n2(cfg->api_secret, cfg->api_secret_len, hdr->value,
                 hdr->value_len) == 0)
    return -1;
  // CHECK: :[[@LINE-3]]:7: warning: the secret 'api_secret' is compared with
  // 'val_cmp_n2', a plain comparison by its name, which stops{{.*}}
  // [integration-timing-unsafe-compare]
  return 0;
}

int check_token(const struct http_request *req) {
  return str_same(api_token, req->authorization);
  // CHECK: :[[@LINE-1]]:10: warning: the secret 'api_token' is compared with
  // 'str_same', which uses 'mem_equal' and stops{{.*}}
  // [integration-timing-unsafe-compare]
}

// Not reported: constant-time comparisons, by body or by name; a route,
// a header's name and a length compared through the same wrappers.
int check_quietly(const struct config *cfg, const struct http_request *req) {
  const struct header *hdr = &req->headers[0];
  if (!ct_equal((const unsigned char *)cfg->api_secret,
                (const unsigned char *)hdr->value, hdr->value_len))
    return -1;
  if (!secure_compare(cfg->api_secret, hdr->value))
    return -1;
  if (!str_same(req->path, cfg->hook_path))
    return -1;
  if (!mem_equal(hdr->name, hdr->name_len, "X-Api-Key", 9))
    return -1;
  process(hdr->value);
  return 0;
}

// A check that compares what it copies or computes from some parameters
// with another (BIRD's `password_verify` copying the stored password into
// a buffer; `mac_verify` computing the MAC with `mac_compute`, a MAC by
// its name and its key) is reported inside, where its compare is, not at
// its calls. A reading call (`memcmp(buf, ...)`) puts nothing into the
// buffer.
typedef unsigned int uint;
struct password_item {
  char *password;
  uint length;
};
struct auth_header {
  char password[16];
  unsigned char mac[32];
};
static inline int password_verify(const struct password_item *p1,
                                  const char *p2, uint size) {
  char buf[64];
  memcpy(buf, p1->password, p1->length < size ? p1->length : size);
  return !memcmp(buf, p2, size);
  // CHECK: :[[@LINE-1]]:11: warning: the secret 'buf' is compared with 'memcmp'{{.*}} [integration-timing-unsafe-compare]
}
struct password_item *password_find(void *list, int first);
int ospf_check(void *list, struct auth_header *auth) {
  struct password_item *pass = password_find(list, 1);
  if (!pass)
    return 0;
  return password_verify(pass, auth->password, sizeof(auth->password));
}
void mac_compute(const unsigned char *key, uint key_len,
                 const unsigned char *data, uint len, unsigned char *out);
static int mac_verify(uint alg, const unsigned char *key, uint key_len,
                      const unsigned char *data, uint len,
                      const unsigned char *mac) {
  unsigned char computed[32];
  mac_compute(key, key_len, data, len, computed);
  return !memcmp(mac, computed, sizeof(computed));
  // CHECK: :[[@LINE-1]]:11: warning: the computed MAC 'computed' is compared with 'memcmp'{{.*}} [integration-timing-unsafe-compare]
}
int rip_check(struct password_item *pass, const unsigned char *pkt, uint len,
              struct auth_header *auth) {
  return mac_verify(1, (const unsigned char *)pass->password, pass->length,
                    pkt, len, auth->mac);
}

// SRP's proofs (csrp and its copies) against what the peer sent.
struct SRPVerifier {
  int authenticated;
  unsigned char M[64];
  unsigned char H_AMK[64];
};
void srp_verifier_verify_session(struct SRPVerifier *ver,
                                 const unsigned char *user_M, size_t len) {
  if (memcmp(ver->M, user_M, len) == 0)
    // CHECK: :[[@LINE-1]]:7: warning: the secret 'M' is compared with 'memcmp'{{.*}} [integration-timing-unsafe-compare]
    ver->authenticated = 1;
}

// Not secrets: a four-byte tag named like a signature; a digest scheme's
// nonce read from a record of credentials (sent in clear).
struct async_token {
  char signature[4];
};
int token_intact(const struct async_token *t) {
  return memcmp(t->signature, "AUTH", 4) == 0;
}
struct digest_credential {
  const char *nonce;
  const char *response;
};
struct sent_auth {
  struct {
    struct digest_credential digest;
  } credential;
};
int nonce_changed(const char *challenge_nonce, const struct sent_auth *sent) {
  return strcmp(challenge_nonce, sent->credential.digest.nonce) != 0;
}

/* polipo: a comparer that encodes one of its values into a buffer first
 * (`b64cpy(buf, b, bn)`, then `memcmp(buf, a, an)`) still compares the two
 * it was given; the proxy's configured credentials against the client's
 * Authorization value are secrets, two content types are not. */
#include <stdlib.h>
typedef struct {
  int length;
  char string[256];
} atom_t;
extern atom_t *authCredentials;
void b64cpy(char *dst, const char *src, int n, int fss);
int b64cmp(const char *a, int an, const char *b, int bn) {
  char *buf = malloc(an);
  int r;
  b64cpy(buf, b, bn, 0);
  r = memcmp(buf, a, an);
  free(buf);
  return r;
}
int check_proxy_auth(atom_t *auth) {
  return b64cmp(auth->string + 6, auth->length - 6, authCredentials->string,
                authCredentials->length) == 0;
  // CHECK: :[[@LINE-2]]:10: warning: the secret 'authCredentials->string' is compared with 'b64cmp', which uses 'memcmp'
}
int same_type(atom_t *type, atom_t *expected) {
  return b64cmp(type->string, type->length, expected->string,
                expected->length) == 0;
}

/* OpenSIPS: a comparer that turns one value into hex step by step (`inws`
 * copied from `bin`, `outw[i]` computed from it) before comparing it with
 * the other still compares the two it was given: the stored digest response
 * against the one the client sent is a secret compare, at the call. */
#include <stdint.h>
static inline int bcmp_hex128(const char *bin, const char *hex, int hashlen) {
  uint64_t inws[2];
  for (int i = 0; i < hashlen; i += sizeof(inws)) {
    uint64_t outw[4];
    memcpy(&inws, bin + i, sizeof(inws));
    for (int ib = 0; ib < 2; ib++) {
      uint64_t inw = inws[ib] >> 4;
      outw[ib * 2] = inw & 0x0f0f0f0f;
      outw[ib * 2 + 1] = (inw >> 32) & 0x0f0f0f0f;
    }
    if (memcmp(hex + (i * 2), &outw, sizeof(outw)) != 0)
      return 1;
  }
  return 0;
}
struct digest_credentials {
  char response_hash[16];
  char username[32];
};
int check_digest_response(const struct digest_credentials *stored,
                          const char *client_response) {
  return bcmp_hex128(stored->response_hash, client_response, 16) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the secret 'response_hash' is compared with 'bcmp_hex128'
}
int same_user(const struct digest_credentials *stored, const char *user) {
  return bcmp_hex128(stored->username, user, 16) == 0;
}
