// C readers of encrypted documents and archives: a PDF's owner password,
// hashed by a helper that writes the hash into a pointer it was given
// (the password, in C, a writable pointer too), against the stored O
// entry; a ZIP entry's HMAC finished through a crypto backend's table of
// function pointers, against the code stored after the data. Not secrets:
// the backend's update step, and the entry's plain CRC.
// RUN: %tidy %s -- 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef struct {
  unsigned char o[48], u[48];
} pdf_crypt;
void sha256_digest(const unsigned char *data, size_t n, unsigned char *out);

static void compute_hardened_hash_r6(unsigned char *password, size_t pwlen,
                                     const unsigned char *salt,
                                     unsigned char hash[32]) {
  unsigned char block[200];
  memcpy(block, password, pwlen);
  memcpy(block + pwlen, salt, 8);
  sha256_digest(block, pwlen + 8, hash);
}

static void compute_encryption_key_r6(pdf_crypt *crypt,
                                      unsigned char *password, size_t pwlen,
                                      unsigned char *validationkey) {
  compute_hardened_hash_r6(password, pwlen, crypt->o + 32, validationkey);
}

int authenticate_owner_password(pdf_crypt *crypt, unsigned char *ownerpass,
                                size_t pwlen) {
  unsigned char key[32];
  compute_encryption_key_r6(crypt, ownerpass, pwlen, key);
  return !memcmp(key, crypt->o, 32);
  // CHECK: :[[@LINE-1]]:11: warning: the computed MAC 'key' is compared with 'memcmp'
}

struct archive_hmac {
  int (*__hmac_sha1_init)(void *ctx, const uint8_t *key, size_t len);
  void (*__hmac_sha1_update)(void *ctx, const uint8_t *data, size_t len);
  void (*__hmac_sha1_final)(void *ctx, uint8_t *out, size_t *len);
};
extern const struct archive_hmac __archive_hmac;
const void *read_ahead(size_t n);
uint32_t crc32_of(const void *p, size_t n);

int check_authentication_code(void *hctx, const uint8_t *data, size_t n,
                              uint32_t stored_crc) {
  uint8_t hmac[20];
  size_t hmac_len = 20;
  uint8_t tail[4];
  __archive_hmac.__hmac_sha1_update(hctx, data, n);
  __archive_hmac.__hmac_sha1_final(hctx, hmac, &hmac_len);
  const void *p = read_ahead(10);
  if (memcmp(hmac, p, 10) != 0)
    // CHECK: :[[@LINE-1]]:7: warning: the computed MAC 'hmac' is compared with 'memcmp'
    return -1;
  memcpy(tail, data, sizeof(tail));
  return memcmp(tail, &stored_crc, 4) == 0 && crc32_of(data, n) == stored_crc;
}

// A one-shot hash into `digest` of gathered buffers, one of them the
// password: a CHAP response the server expects (tac_plus-ng's `md5v`).
struct iovec_ {
  void *iov_base;
  size_t iov_len;
};
void md5v(unsigned char *digest, size_t n, struct iovec_ *iov, int count);
int chap_ok(char *clear_password, unsigned char *challenge, size_t len,
            const unsigned char *chap_response, unsigned char id) {
  struct iovec_ iov[3] = {
      {.iov_base = &id, .iov_len = 1},
      {.iov_base = clear_password, .iov_len = strlen(clear_password)},
      {.iov_base = challenge, .iov_len = len},
  };
  unsigned char digest[16];
  md5v(digest, 16, iov, 3);
  return memcmp(digest, chap_response, 16) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the computed MAC 'digest' is compared with 'memcmp'
}
