// Middleware and firmware: an obfuscating proxy's plugins call their HMAC
// through a function pointer; a Kafka client's SCRAM check of the broker's
// ServerSignature; a ZAP handler's PLAIN password found in its table by the
// user's name, compared through a macro; an authenticating AES engine's
// tag read out; an AEAD cipher's tag; a CHAP initiator checking the
// target's answer; an OTA server's expected Authorization. Not reported: a
// constant-time comparer of the kernel's kind (crypto_memneq), a content
// digest of a hash context.
// RUN: %tidy %s -- -std=c11 -I %inputs/firmware 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "crypto.h"

struct buffer;
struct buffer *buffer_from(const uint8_t *data, size_t n);
struct obfs_local {
  void (*hmac)(uint8_t *out, const struct buffer *msg,
               const struct buffer *key);
};
int obfs_check(struct obfs_local *local, const uint8_t *recv, size_t length,
               const uint8_t *key, size_t key_len) {
  uint8_t hash[21] = {0};
  local->hmac(hash, buffer_from(recv, length - 4), buffer_from(key, key_len));
  if (memcmp(hash, recv + length - 4, 4))
    // CHECK: :[[@LINE-1]]:7: warning: the computed MAC 'hash' is compared with 'memcmp'{{.*}} [integration-timing-unsafe-compare]
    return -1;
  return 0;
}

struct scram_state {
  char *ServerSignatureB64;
};
char *scram_get_attr(const char *in, char attr, const char *description);
int scram_final(struct scram_state *state, const char *in) {
  char *attr_v = scram_get_attr(in, 'v', "verifier in server-final-message");
  if (attr_v && strcmp(attr_v, state->ServerSignatureB64))
    // CHECK: :[[@LINE-1]]:17: warning: the secret 'ServerSignatureB64' is compared with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
    return -1;
  return 0;
}

#define streq(s1, s2) (!strcmp((s1), (s2)))
typedef struct zhashx zhashx_t;
void *zhashx_lookup(zhashx_t *self, const char *key);
typedef struct {
  zhashx_t *passwords;
} auth_self_t;
typedef struct {
  char *username;
  char *password;
} zap_request_t;
int authenticate_plain(auth_self_t *self, zap_request_t *request) {
  char *password = (char *)zhashx_lookup(self->passwords, request->username);
  if (password && streq(password, request->password))
    // CHECK: :[[@LINE-1]]:19: warning: the secret 'password' is compared with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
    return 1;
  return 0;
}

uint8_t aes_auth_crypt_get_result(void *iv, void *tag);
typedef struct {
  int (*memcmp)(const void *, const void *, size_t);
} rom_api_t;
#define ROM_API ((const rom_api_t *)0x00000048)
int gcm_check(const uint8_t *tag_in) {
  uint8_t tag[16];
  if (aes_auth_crypt_get_result(NULL, tag))
    return -1;
  if (ROM_API->memcmp(tag, tag_in, 16))
    // CHECK: :[[@LINE-1]]:7: warning: the computed MAC 'tag' is compared with 'memcmp'{{.*}} [integration-timing-unsafe-compare]
    return -2;
  return 0;
}

struct cipher_algorithm {
  size_t authsize;
};
void cipher_auth(struct cipher_algorithm *cipher, void *ctx, void *auth);
struct mac_value {
  uint8_t *data;
  size_t len;
};
int cms_check_tag(struct cipher_algorithm *cipher, void *ctx,
                  struct mac_value *mac) {
  uint8_t auth[16];
  cipher_auth(cipher, ctx, auth);
  if (mac->len != cipher->authsize || memcmp(mac->data, auth, cipher->authsize))
    // CHECK: :[[@LINE-1]]:39: warning: the computed MAC 'auth' is compared with 'memcmp'{{.*}} [integration-timing-unsafe-compare]
    return -1;
  return 0;
}

struct chap_response {
  uint8_t *response;
  size_t response_len;
};
struct iscsi_session {
  struct chap_response chap;
};
int decode_hex(const char *text, uint8_t *out, size_t n);
int iscsi_check_target_answer(struct iscsi_session *iscsi, const char *value) {
  uint8_t buf[64];
  int len = decode_hex(value, buf, sizeof(buf));
  if (len != (int)iscsi->chap.response_len)
    return -1;
  if (memcmp(buf, iscsi->chap.response, len) != 0)
    // CHECK: :[[@LINE-1]]:7: warning: the secret 'response' is compared with 'memcmp'{{.*}} [integration-timing-unsafe-compare]
    return -1;
  return 0;
}

struct ota_server {
  char *expected_authorization;
};
int read_header(char *out, size_t n);
int ota_check(struct ota_server *ota) {
  char authorization[128];
  read_header(authorization, sizeof(authorization));
  return strcmp(ota->expected_authorization, authorization) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the secret 'expected_authorization' is compared with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
}

// Negatives.
int pbkdf2_hmac_sha1(const char *pass, size_t n, const char *salt, size_t sn,
                     int count, int keylen, unsigned char *out);
int check_passwd(const char *passwd, size_t length, char *passwd2_sum) {
  unsigned char passwd1_sum[32];
  char *key = passwd2_sum + 8;
  if (pbkdf2_hmac_sha1(passwd, length, passwd2_sum, 8, 10000, 24, passwd1_sum))
    return -1;
  return !crypto_memneq(passwd1_sum, key, 24);
}
typedef struct nats_hash nats_hash;
int get_digest_value(char **digest, nats_hash *h);
struct object_info {
  char *Digest;
};
int object_done(nats_hash *digest_ctx, struct object_info *info) {
  char *digest = NULL;
  (void)digest_ctx;
  if (get_digest_value(&digest, digest_ctx))
    return -1;
  (void)info;
  return 0;
}

// A batch system's job cookie, an attribute of the job read by its key
// constant, also through a pointer to the attribute; a cluster key.
enum job_atr { JOB_ATR_Cookie, JOB_ATR_Owner, JOB_ATR_LAST };
struct attribute {
  struct {
    char *at_str;
  } at_val;
};
struct job {
  struct attribute ji_wattr[JOB_ATR_LAST];
};
int mom_request(struct job *pjob, const char *cookie) {
  char *oreo;
  oreo = pjob->ji_wattr[JOB_ATR_Cookie].at_val.at_str;
  if (strcmp(oreo, cookie) != 0)
    // CHECK: :[[@LINE-1]]:7: warning: the secret 'oreo' is compared with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
    return -1;
  return 0;
}
int mom_adopt(struct job *pjob, const char *cookie) {
  struct attribute *at;
  char *oreo;
  at = &pjob->ji_wattr[JOB_ATR_Cookie];
  oreo = at->at_val.at_str;
  if (strcmp(oreo, cookie) != 0)
    // CHECK: :[[@LINE-1]]:7: warning: the secret 'oreo' is compared with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
    return -1;
  return 0;
}
// Negative: the owner's name, read the same way.
int mom_owner(struct job *pjob, const char *user) {
  return strcmp(pjob->ji_wattr[JOB_ATR_Owner].at_val.at_str, user) == 0;
}
int validate_hostkey(const char *ck, char **cluster_key) {
  if (cluster_key && *cluster_key && strcmp(ck, *cluster_key) != 0)
    // CHECK: :[[@LINE-1]]:38: warning: the secret 'cluster_key' is compared with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
    return -1;
  return 0;
}

// A PDF reader's owner password: the key a project function computes from
// it against the document's O entry.
struct pdf_crypt {
  unsigned char o[48];
};
void compute_encryption_key_r5(struct pdf_crypt *crypt, unsigned char *password,
                               size_t pwlen, int ownerkey,
                               unsigned char *validationkey);
int authenticate_owner_password(struct pdf_crypt *crypt,
                                unsigned char *ownerpass, size_t pwlen) {
  unsigned char key[32];
  compute_encryption_key_r5(crypt, ownerpass, pwlen, 1, key);
  return !memcmp(key, crypt->o, 32);
  // CHECK: :[[@LINE-1]]:11: warning: the key derived from a password 'key' is compared with 'memcmp'{{.*}} [integration-timing-unsafe-compare]
}
