// Storage and desktop protocols: an SMB2 client checks a signature it
// recomputes in place over the received one; an AES-CCM decryptor compares
// the tag it generates (SP 800-38C's T); a sound server compares the auth
// cookie it read from its settings with the client's. Not secrets: an
// iSCSI target's check that the initiator did not reflect its challenge
// (the challenge is an input of the digest, not an output).
// RUN: %tidy %s -- -std=c11 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <stddef.h>
#include <stdint.h>
#include <string.h>

struct iovec_bytes {
  uint8_t *buf;
  size_t len;
};
struct smb_context {
  struct iovec_bytes iov[4];
  int niov;
};
int smb_calc_signature(struct smb_context *smb, uint8_t *signature,
                       struct iovec_bytes *iov, int niov);
void smb_set_error(struct smb_context *smb, const char *text);

int smb_check_signature(struct smb_context *smb) {
  uint8_t signature[16];
  memcpy(&signature[0], &smb->iov[1].buf[48], 16);
  if (smb_calc_signature(smb, &smb->iov[1].buf[48], &smb->iov[1],
                         smb->niov - 1) < 0)
    return -1;
  if (memcmp(&signature[0], &smb->iov[1].buf[48], 16)) {
    // CHECK: :[[@LINE-1]]:7: warning: the computed MAC is compared with 'memcmp'{{.*}} [integration-timing-unsafe-compare]
    smb_set_error(smb, "Wrong signature");
    return -1;
  }
  return 0;
}
// Negative: the header's protocol id at the same place is no MAC.
int smb_check_magic(struct smb_context *smb) {
  static const uint8_t magic[4] = {0xfe, 'S', 'M', 'B'};
  return memcmp(&smb->iov[1].buf[0], magic, 4) == 0;
}

void ccm_generate_T(unsigned char *key, unsigned char *nonce, size_t nlen,
                    unsigned char *aad, size_t alen, unsigned char *p,
                    size_t plen, unsigned char *t, size_t mlen);
void ccm_generate_s(unsigned char *key, unsigned char *nonce, size_t nlen,
                    size_t plen, int i, unsigned char *s);
void aes_ccm_crypt(unsigned char *key, unsigned char *nonce, size_t nlen,
                   unsigned char *p, size_t plen);
static void xor_into(unsigned char *b, const unsigned char *y, size_t n) {
  for (size_t i = 0; i < n; i++)
    b[i] ^= y[i];
}
int aes128ccm_decrypt(unsigned char *key, unsigned char *nonce, size_t nlen,
                      unsigned char *aad, size_t alen, unsigned char *p,
                      size_t plen, unsigned char *m, size_t mlen) {
  unsigned char s[16];
  unsigned char tmp[16];
  aes_ccm_crypt(key, nonce, nlen, p, plen);
  ccm_generate_T(key, nonce, nlen, aad, alen, p, plen, tmp, mlen);
  ccm_generate_s(key, nonce, nlen, plen, 0, &s[0]);
  xor_into(tmp, &s[0], mlen);
  return memcmp(tmp, m, mlen);
  // CHECK: :[[@LINE-1]]:10: warning: the computed MAC 'tmp' is compared with 'memcmp'{{.*}} [integration-timing-unsafe-compare]
}

typedef struct auth_cookie auth_cookie;
const uint8_t *auth_cookie_read(auth_cookie *c, size_t length);
struct server_options {
  auth_cookie *auth_cookie;
};
struct connection {
  struct server_options *options;
  int authorized;
};
void log_warn(const char *text);

// The cookie read out of the settings, set inside the condition.
int native_auth(struct connection *c, const uint8_t *cookie) {
  int success = 0;
  if (c->options->auth_cookie) {
    const uint8_t *ac;
    if ((ac = auth_cookie_read(c->options->auth_cookie, 256)))
      if (memcmp(ac, cookie, 256) == 0)
        // CHECK: :[[@LINE-1]]:11: warning: the secret 'ac' is compared with 'memcmp'{{.*}} [integration-timing-unsafe-compare]
        success = 1;
  }
  if (!success)
    log_warn("Denied access to client with invalid authentication data.");
  return success;
}
// ... against the bytes the handler was handed.
int esd_connect(struct connection *c, const void *data, size_t length) {
  if (!c->authorized && c->options->auth_cookie) {
    const uint8_t *key;
    if ((key = auth_cookie_read(c->options->auth_cookie, 16)))
      if (memcmp(data, key, 16) == 0)
        // CHECK: :[[@LINE-1]]:11: warning: the secret 'key' is compared with 'memcmp'{{.*}} [integration-timing-unsafe-compare]
        c->authorized = 1;
  }
  return c->authorized;
}

// iSCSI CHAP on the target: the digest names its output, so the challenge
// it reads is no MAC; the check that the initiator did not send our own
// challenge back compares two public values.
struct chap_state {
  unsigned char challenge[16];
  int challenge_size;
};
void chap_calc_digest_md5(char chap_id, char *secret, int secret_len,
                          uint8_t *challenge, int challenge_len,
                          uint8_t *digest);
int chap_decode(const char *value, uint8_t *out, int n);
int chap_target_response(struct chap_state *chap, const char *value,
                         char *pass, char id, uint8_t *digest) {
  uint8_t challenge[16];
  int challenge_len = chap_decode(value, challenge, 16);
  if (challenge_len == chap->challenge_size &&
      !memcmp(challenge, chap->challenge, challenge_len))
    return -1;
  chap_calc_digest_md5(id, pass, (int)strlen(pass), challenge, challenge_len,
                       digest);
  return 0;
}
