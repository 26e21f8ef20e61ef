// Signed download links and edge tokens: an MD5 computed with libmhash
// over text the link's secret was copied into, against the hash the link
// carries. Not reported: an edge token's access list and client address
// (what it grants, sent in clear).
// RUN: %tidy %s -- 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <stddef.h>
#include <string.h>

typedef struct mhash_state *MHASH;
MHASH mhash_init(int type);
int mhash(MHASH td, const void *data, size_t n);
void mhash_deinit(MHASH td, void *result);
#define MHASH_MD5 1

typedef struct {
  size_t len;
  unsigned char *data;
} str_t;

int secure_link_ok(const str_t *secret, const char *path, size_t path_len,
                   const char *link_md5) {
  char text[512];
  unsigned char generated_hash[16];
  char hash[33];
  static const char xtoc[] = "0123456789abcdef";
  if (path_len + secret->len + 1 > sizeof(text))
    return 0;
  memcpy(text, path, path_len);
  memcpy(text + path_len, secret->data, secret->len);
  MHASH td = mhash_init(MHASH_MD5);
  mhash(td, text, path_len + secret->len);
  mhash_deinit(td, generated_hash);
  for (int i = 0; i < 16; ++i) {
    hash[2 * i] = xtoc[generated_hash[i] >> 4];
    hash[2 * i + 1] = xtoc[generated_hash[i] & 0xf];
  }
  hash[32] = 0;
  return memcmp(hash, link_md5, 32) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the computed MAC 'hash' is compared with 'memcmp'
}

struct edge_token {
  str_t acl;
  str_t ip;
  str_t hmac;
};
typedef struct {
  str_t uri;
  str_t args;
} http_request_t;
int parse_edge_token(const str_t *args, struct edge_token *token);

int edge_token_grants(http_request_t *r, const str_t *addr_text) {
  struct edge_token parsed_token;
  if (!parse_edge_token(&r->args, &parsed_token))
    return 0;
  if (parsed_token.acl.len > r->uri.len ||
      memcmp(r->uri.data, parsed_token.acl.data, parsed_token.acl.len) != 0)
    return 0;
  return parsed_token.ip.len == addr_text->len &&
         memcmp(parsed_token.ip.data, addr_text->data, addr_text->len) == 0;
}

// The same token parsed with the key in hand (the parser is given it): its
// access list and address are still what it grants, in clear.
int parse_token_with_key(const str_t *token, const str_t *key,
                         struct edge_token *out);

int edge_token_valid(http_request_t *r, str_t *token, str_t *key) {
  struct edge_token parsed_token;
  if (!parse_token_with_key(token, key, &parsed_token))
    return 0;
  if (r->uri.len != parsed_token.acl.len ||
      memcmp(r->uri.data, parsed_token.acl.data, parsed_token.acl.len) != 0)
    return 0;
  return 1;
}
