// Values that reach a comparison through what a call hands back: a pointer
// into a request's keys (a Redis proxy's AUTH), a pointer a call sets
// through its address (a MUD's stored hash cut from the saved password),
// the bytes of a buffer object a keyed digest finished into (an IKE
// daemon's integrity check through `ibuf_data`), a member array a MAC call
// fills (a Bluetooth mesh provisioner's expected confirmation).
// Not secrets: a key prefix the proxy keeps, a digest no key went into (a
// checksum), a password scheme's version and algorithm names.
// RUN: %tidy %s -- -std=c11 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* twemproxy: the password of the client's AUTH command against the
 * pool's `redis_auth`. */
struct string {
  uint32_t len;
  uint8_t *data;
};
struct keypos {
  uint8_t *start;
  uint8_t *end;
};
struct array;
struct msg {
  struct array *keys;
};
struct server_pool {
  struct string redis_auth;
  struct string key_prefix;
  int require_auth;
};
void *array_get(struct array *a, uint32_t idx);
int msg_reply(struct msg *rsp, const char *text);

int redis_handle_auth_req(const struct server_pool *pool, struct msg *req,
                          struct msg *rsp) {
  const struct keypos *kpos;
  const uint8_t *key;
  uint32_t keylen;
  if (!pool->require_auth)
    return msg_reply(rsp, "-ERR no password is set");
  kpos = array_get(req->keys, 0);
  key = kpos->start;
  keylen = (uint32_t)(kpos->end - kpos->start);
  if (keylen == pool->redis_auth.len &&
      memcmp(pool->redis_auth.data, key, keylen) == 0)
    // CHECK: :[[@LINE-1]]:7: warning: {{.*}} is compared with 'memcmp'
    return msg_reply(rsp, "+OK");
  return msg_reply(rsp, "-ERR invalid password");
}

/* The same proxy routing a key by the pool's prefix: no secret. */
int redis_key_in_pool(const struct server_pool *pool, struct msg *req) {
  const struct keypos *kpos = array_get(req->keys, 0);
  const uint8_t *key;
  key = kpos->start;
  return memcmp(pool->key_prefix.data, key, pool->key_prefix.len) == 0;
}

/* PennMUSH: the stored hash, cut from the saved password by a call that
 * sets a pointer, against the hash of the typed password. */
struct match_data;
int substring_get(struct match_data *md, int n, char **out, size_t *len);
int hash_byname(const char *algo, const char *text, size_t len, char *out);

int password_comp(struct match_data *md, const char *pass) {
  char *version = NULL, *algo = NULL, *shash = NULL;
  size_t versionlen, algolen, shashlen;
  char buff[128];
  substring_get(md, 1, &version, &versionlen);
  substring_get(md, 2, &algo, &algolen);
  substring_get(md, 3, &shash, &shashlen);
  if (strcmp(version, "1") != 0)
    return 0;
  if (hash_byname(algo, pass, strlen(pass), buff))
    return 0;
  return strcmp(shash, buff) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: {{.*}} is compared with 'strcmp'
}

/* The scheme's algorithm against the one the server prefers. */
int password_needs_rehash(struct match_data *md, const char *preferred) {
  char *algo = NULL;
  size_t algolen;
  substring_get(md, 2, &algo, &algolen);
  return strcmp(algo, preferred) != 0;
}

/* openiked: the integrity checksum of a message, keyed with the SA's
 * integrity key, finished into a buffer object. */
struct ibuf;
struct iked_hash;
struct ibuf *ibuf_new(const void *data, size_t len);
uint8_t *ibuf_data(struct ibuf *buf);
size_t ibuf_size(struct ibuf *buf);
void *ibuf_seek(struct ibuf *buf, size_t off, size_t len);
void hash_setkey(struct iked_hash *hash, void *key, size_t keylen);
void hash_init(struct iked_hash *hash);
void hash_update(struct iked_hash *hash, void *data, size_t len);
void hash_final(struct iked_hash *hash, void *out, size_t *outlen);
struct iked_sa {
  struct iked_hash *sa_integr;
  struct ibuf *sa_key_iauth;
};

int ikev2_msg_integr(struct iked_sa *sa, struct ibuf *src, size_t integrlen) {
  struct ibuf *tmp = ibuf_new(NULL, 32);
  size_t tmplen;
  size_t integroff = ibuf_size(src) - integrlen;
  hash_setkey(sa->sa_integr, ibuf_data(sa->sa_key_iauth),
              ibuf_size(sa->sa_key_iauth));
  hash_init(sa->sa_integr);
  hash_update(sa->sa_integr, ibuf_data(src), integroff);
  hash_final(sa->sa_integr, ibuf_data(tmp), &tmplen);
  void *integrdata = ibuf_seek(src, integroff, integrlen);
  if (memcmp(ibuf_data(tmp), integrdata, integrlen) != 0)
    // CHECK: :[[@LINE-1]]:7: warning: {{.*}} is compared with 'memcmp'
    return -1;
  return 0;
}

/* A digest no key went into: a checksum of the payload, public. */
int payload_checksum_ok(struct iked_hash *hash, struct ibuf *src,
                        size_t sumlen) {
  struct ibuf *tmp = ibuf_new(NULL, 32);
  size_t tmplen;
  size_t off = ibuf_size(src) - sumlen;
  hash_init(hash);
  hash_update(hash, ibuf_data(src), off);
  hash_final(hash, ibuf_data(tmp), &tmplen);
  return memcmp(ibuf_data(tmp), ibuf_seek(src, off, sumlen), sumlen) == 0;
}

// A member array a MAC call fills (BlueZ mesh provisioning: the confirmation
// expected from the peer, computed with AES-CMAC into the record's own
// `calc_key`) against the one the peer sent.
struct mesh_prov {
  uint8_t calc_key[16];
  uint8_t confirm[16];
  uint8_t rand_auth_workspace[48];
};
int mesh_crypto_aes_cmac(const uint8_t key[16], const uint8_t *msg,
                         size_t msg_len, uint8_t res[16]);
int prov_confirm(struct mesh_prov *prov, const uint8_t *data) {
  memcpy(prov->rand_auth_workspace + 16, data, 16);
  mesh_crypto_aes_cmac(prov->calc_key, prov->rand_auth_workspace + 16, 32,
                       prov->calc_key);
  if (memcmp(prov->calc_key, prov->confirm, 16))
    // CHECK: :[[@LINE-1]]:7: warning: {{.*}}[integration-timing-unsafe-compare]
    return -1;
  return 0;
}
