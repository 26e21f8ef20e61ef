// Answers a server expects, built where the compare cannot see a secret by
// name: an HTTP Digest response hashed from text the configured password
// was concatenated into (beside the client's user name and nonce), and an
// IRC operator challenge whose expected SHA-1 answer a helper wrote into
// the client's record through its `r_response` parameter; a hash of the
// request's user and password written into a member array and matched
// against a cache of logins. Not reported:
// the nonce echoed back (public), and a challenge field filled through a
// parameter named for the challenge itself.
// RUN: %tidy %s -- 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <stdlib.h>
#include <string.h>

char *get_md5(char *text);
char *get_token(char **cursor, const char *name, char open, char close);

int digest_verify(const char *method, const char *authorization,
                  const char *password) {
  char *cursor = strdup(authorization);
  const char *pwd = password;
  char *username = get_token(&cursor, "username", '"', '"');
  char *realm = get_token(&cursor, "realm", '"', '"');
  char *nonce = get_token(&cursor, "nonce", '"', '"');
  char *uri = get_token(&cursor, "uri", '"', '"');
  char *response = get_token(&cursor, "response", '"', '"');
  size_t len = strlen(username) + strlen(realm) + strlen(pwd) + 3;
  char *raw = calloc(len, 1);
  strcat(raw, username);
  strcat(raw, ":");
  strcat(raw, realm);
  strcat(raw, ":");
  strcat(raw, pwd);
  char *hash1 = get_md5(raw);
  free(raw);
  len = strlen(method) + strlen(uri) + 2;
  raw = calloc(len, 1);
  strcat(raw, method);
  strcat(raw, ":");
  strcat(raw, uri);
  char *hash2 = get_md5(raw);
  free(raw);
  len = strlen(hash1) + strlen(nonce) + strlen(hash2) + 3;
  raw = calloc(len, 1);
  strncat(raw, hash1, len - strlen(raw) - 1);
  strncat(raw, ":", len - strlen(raw) - 1);
  strncat(raw, nonce, len - strlen(raw) - 1);
  strncat(raw, ":", len - strlen(raw) - 1);
  strncat(raw, hash2, len - strlen(raw) - 1);
  char *result = get_md5(raw);
  free(raw);
  return strcmp(result, response) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the secret 'result' is compared with 'strcmp'
}

// The nonce the server handed out, echoed back: public.
int nonce_echoed(const char *authorization, const char *issued_nonce) {
  char *cursor = strdup(authorization);
  char *nonce = get_token(&cursor, "nonce", '"', '"');
  return strcmp(nonce, issued_nonce) == 0;
}

struct local_client {
  char *challenge;
  char *last_challenge_sent;
  long chal_time;
};
struct client {
  struct local_client *local;
};

unsigned char *base64_decode(const unsigned char *in, size_t n, int *len);
int generate_challenge(char **r_challenge, char **r_response, void *rsa);
int send_challenge(char **r_challenge, void *rsa);

void challenge_start(struct client *source_p, void *rsa) {
  char *challenge = NULL;
  generate_challenge(&challenge, &(source_p->local->challenge), rsa);
  send_challenge(&(source_p->local->last_challenge_sent), rsa);
}

int challenge_answer(struct client *source_p, const char *parv[]) {
  int len = 0;
  unsigned char *b_response =
      base64_decode((const unsigned char *)parv[1], strlen(parv[1]), &len);
  if (len != 20 || memcmp(source_p->local->challenge, b_response, 20))
    // CHECK: :[[@LINE-1]]:20: warning: the secret 'challenge' is compared with 'memcmp'
    return 0;
  return 1;
}

// The challenge the server sent, echoed: filled through `r_challenge`.
int challenge_echoed(struct client *source_p, const char *parv[]) {
  return strcmp(source_p->local->last_challenge_sent, parv[1]) == 0;
}

// A cache of logins keyed by a hash of the user's name and password: the
// hash of the request's credentials, written into a member array, against
// a cached entry's.
typedef struct {
  unsigned char state[88];
} md5_ctx_t;
void md5_ctx_init(md5_ctx_t *ctx);
void md5_ctx_update(md5_ctx_t *ctx, const void *data, size_t n);
void md5_ctx_final(unsigned char digest[16], md5_ctx_t *ctx);

typedef struct {
  size_t len;
  unsigned char *data;
} text_t;
typedef struct {
  struct {
    text_t user;
    text_t passwd;
  } headers_in;
} http_request_t;

struct login_cache_elt {
  unsigned char big_hash[16];
  int outcome;
};
struct login_ctx {
  unsigned char cache_big_hash[16];
  unsigned char etag[16];
};

int login_cache_check(http_request_t *r, struct login_ctx *ctx,
                      struct login_cache_elt *elt, const unsigned char *etag) {
  md5_ctx_t md5ctx;
  md5_ctx_init(&md5ctx);
  md5_ctx_update(&md5ctx, r->headers_in.user.data, r->headers_in.user.len);
  md5_ctx_update(&md5ctx, r->headers_in.passwd.data, r->headers_in.passwd.len);
  md5_ctx_final(ctx->cache_big_hash, &md5ctx);
  if (memcmp(ctx->etag, etag, 16) == 0)
    return 0;
  if (memcmp(elt->big_hash, ctx->cache_big_hash, 16) == 0)
    // CHECK: :[[@LINE-1]]:7: warning: the secret 'cache_big_hash' is compared with 'memcmp'
    return elt->outcome;
  return -1;
}
