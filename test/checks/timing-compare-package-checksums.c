// Package and file verifiers compare checksums of public bytes: a digest a
// finishing step returns, a one-shot checksum, a digest record's context,
// two chunks' digest fields. Not reported. Reported: password check values
// (a key derived from a padded `pswd`, a user key decrypted with it, a MIC
// over a decrypted key, a MySQL scramble's stage-2 hash).
// RUN: %tidy %s -- 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <stddef.h>
#include <string.h>

typedef struct chunk_hash chunk_hash;
typedef struct {
  chunk_hash *check_hash;
  char *digest;
  size_t digest_size;
  int valid;
} chunk;

char *hash_finalize(void *ctx, chunk_hash *hash);
int hash_update(void *ctx, chunk_hash *hash, const char *data, size_t n);

int validate_chunk(void *ctx, chunk *idx) {
  char *digest = hash_finalize(ctx, idx->check_hash);
  if (!digest)
    return 0;
  return memcmp(digest, idx->digest, idx->digest_size) == 0;
}

int reuse_chunk(chunk *chk, chunk *src) {
  return memcmp(chk->digest, src->digest, chk->digest_size) == 0;
}

typedef enum { CHECKSUM_SHA1 } checksum_type;
char *compute_checksum_for_data(checksum_type t, const unsigned char *data,
                                size_t n);
int read_value(void *file, unsigned long id, void **value, size_t *n);

int check_object_hash(void *file, unsigned long id, const unsigned char *data,
                      size_t n) {
  void *value;
  size_t n_value;
  char *digest = compute_checksum_for_data(CHECKSUM_SHA1, data, n);
  if (!digest || read_value(file, id, &value, &n_value))
    return 0;
  return strlen(digest) == n_value && memcmp(digest, value, n_value) == 0;
}

struct pkg_digest {
  unsigned char alg, len;
  unsigned char data[64];
};
struct pkg_digest_ctx {
  void *md;
};
struct sign_ctx {
  struct pkg_digest_ctx digest_ctx;
  struct pkg_digest data_hash;
};
int pkg_digest_ctx_final(struct pkg_digest_ctx *ctx, struct pkg_digest *out);

int data_block_ok(struct sign_ctx *sctx) {
  struct pkg_digest calculated;
  pkg_digest_ctx_final(&sctx->digest_ctx, &calculated);
  return memcmp(calculated.data, sctx->data_hash.data, calculated.len) == 0;
}

typedef struct md_handle *md_hd_t;
unsigned char *md_read(md_hd_t md, int algo);

int signed_attribute_ok(md_hd_t data_md, int algo,
                        const unsigned char *msgdigest, size_t len) {
  unsigned char *s = md_read(data_md, algo);
  return s && memcmp(s, msgdigest, len) == 0;
}

void compute_encryption_key(const unsigned char *pswd, const unsigned char *o,
                            unsigned char user_key[32],
                            unsigned char file_key[32]);
const unsigned char *stored_u_value(void);

int authenticate(const unsigned char pswd[32]) {
  unsigned char user_key[32], file_key[32];
  compute_encryption_key(pswd, stored_u_value(), user_key, file_key);
  return memcmp(user_key, stored_u_value(), 16) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the key derived from a password 'user_key' is compared with 'memcmp'
}

void decrypt_with(const unsigned char *key, unsigned char *in_out);
void make_user_key(const unsigned char *file_id, unsigned char *out);

int test_password(const unsigned char *file_id, const unsigned char *u_value,
                  const unsigned char file_key[16]) {
  unsigned char pdf_user_key[32], own_user_key[32];
  memcpy(pdf_user_key, u_value, sizeof(pdf_user_key));
  decrypt_with(file_key, pdf_user_key);
  make_user_key(file_id, own_user_key);
  return !memcmp(pdf_user_key, own_user_key, 16);
  // CHECK: :[[@LINE-1]]:11: warning: {{.*}}'memcmp'
}

int calculate_mic(const unsigned char *key_sexp, unsigned char *sha1hash);

int unprotect(const unsigned char *final, const unsigned char *sha1hash) {
  unsigned char sha1hash2[20];
  int rc = calculate_mic(final, sha1hash2);
  if (!rc && memcmp(sha1hash, sha1hash2, 20))
    // CHECK: :[[@LINE-1]]:14: warning: {{.*}}'memcmp'
    return -1;
  return rc;
}

void sha1_hash_multi(unsigned char *out, const char *a, size_t na,
                     const char *b, size_t nb);
void sha1_hash(unsigned char *out, const char *a, size_t na);
void xor_crypt(unsigned char *to, const unsigned char *s1,
               const unsigned char *s2, size_t n);

int check_scramble_sha1(const unsigned char *reply, const char *message,
                        const unsigned char *hash_stage2) {
  unsigned char buf[20];
  unsigned char hash_stage2_reassured[20];
  sha1_hash_multi(buf, message, 20, (const char *)hash_stage2, 20);
  xor_crypt(buf, buf, reply, 20);
  sha1_hash(hash_stage2_reassured, (const char *)buf, 20);
  return memcmp(hash_stage2, hash_stage2_reassured, 20);
  // CHECK: :[[@LINE-1]]:10: warning: {{.*}}'memcmp'
}

// A salt handed to a password check is no check value.
int check_password_salt(const unsigned char *salt) {
  unsigned char fresh_salt[16];
  memset(fresh_salt, 0, sizeof(fresh_salt));
  return memcmp(salt, fresh_salt, 16);
}
