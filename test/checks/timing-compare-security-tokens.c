// Security tokens: a FIDO key's credential tag, made by a MAC function from
// the relying party's hash, against the tag inside the credential id; an
// OpenPGP card's admin PIN turned by string-to-key and compared with the
// stored keystring. Not secrets: the relying party's hash inside the
// credential id against SHA-256 of its id (hashed before it is given to the
// MAC function), an HSM's audit log, each entry's digest chained into the
// next hash, and a TPM's endorsement key checksum: a hash of the public key
// and a nonce, held in the one field of a digest type.
// RUN: %tidy %s -- 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <stddef.h>
#include <stdint.h>
#include <string.h>

void crypto_sha256_init(void);
void crypto_sha256_update(const uint8_t *data, size_t len);
void crypto_sha256_final(uint8_t *hash);
void crypto_sha256_hmac_init(uint8_t *key, uint32_t klen, uint8_t *hmac);
void crypto_sha256_hmac_final(uint8_t *key, uint32_t klen, uint8_t *hmac);
#define CRYPTO_TRANSPORT_KEY ((uint8_t *)1)

void make_auth_tag(uint8_t *rpIdHash, uint8_t *nonce, uint32_t count,
                   uint8_t *tag) {
  uint8_t hashbuf[32];
  memset(hashbuf, 0, sizeof(hashbuf));
  crypto_sha256_hmac_init(CRYPTO_TRANSPORT_KEY, 0, hashbuf);
  crypto_sha256_update(rpIdHash, 32);
  crypto_sha256_update(nonce, 16);
  crypto_sha256_update((uint8_t *)&count, 4);
  crypto_sha256_hmac_final(CRYPTO_TRANSPORT_KEY, 0, hashbuf);
  memmove(tag, hashbuf, 16);
}

typedef struct {
  uint8_t tag[16];
  uint8_t nonce[16];
  uint8_t rpIdHash[32];
  uint32_t count;
} CredentialId;
typedef struct {
  uint8_t type;
  struct {
    CredentialId id;
  } credential;
} CTAP_credentialDescriptor;
struct rpId {
  uint8_t id[64];
  size_t size;
};

int ctap_authenticate_credential(struct rpId *rp,
                                 CTAP_credentialDescriptor *desc) {
  uint8_t rpIdHash[32];
  uint8_t tag[16];
  crypto_sha256_init();
  crypto_sha256_update(rp->id, rp->size);
  crypto_sha256_final(rpIdHash);
  if (memcmp(desc->credential.id.rpIdHash, rpIdHash, 32) != 0)
    return 0;
  make_auth_tag(rpIdHash, desc->credential.id.nonce, desc->credential.id.count,
                tag);
  return memcmp(desc->credential.id.tag, tag, 16) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the computed MAC 'tag' is compared with 'memcmp'
}

void s2k(const uint8_t *salt, size_t slen, const uint8_t *input, size_t ilen,
         uint8_t *output);
#define KS_GET_KEYSTRING(ks) ((ks) + 1)

int verify_admin_00(const uint8_t *pw, int pw_len, const uint8_t *ks,
                    const uint8_t *salt) {
  uint8_t keystring[32];
  s2k(salt, 8, pw, pw_len, keystring);
  if (memcmp(KS_GET_KEYSTRING(ks), keystring, 32) != 0)
    // CHECK: :[[@LINE-1]]:7: warning: the secret 'keystring' is compared with 'memcmp'
    return -1;
  return 0;
}

typedef struct {
  uint16_t number;
  uint16_t session_key;
  uint8_t digest[16];
} yh_log_entry;
typedef struct hash_ctx hash_ctx;
void hash_init(hash_ctx *ctx);
void hash_update(hash_ctx *ctx, const uint8_t *in, size_t len);
void hash_final(hash_ctx *ctx, uint8_t *out, size_t *len);

int yh_verify_logs(hash_ctx *ctx, const yh_log_entry *logs, size_t n_items,
                   const yh_log_entry *last_previous_log) {
  uint8_t previous_hash[32];
  size_t previous_hash_len = sizeof(previous_hash);
  memcpy(previous_hash, last_previous_log->digest, 16);
  for (size_t i = 0; i < n_items; i++) {
    yh_log_entry inverted = logs[i];
    inverted.session_key = logs[i].session_key;
    hash_init(ctx);
    hash_update(ctx, (const uint8_t *)&inverted, sizeof(inverted) - 16);
    hash_update(ctx, previous_hash, 16);
    hash_final(ctx, previous_hash, &previous_hash_len);
    if (memcmp(logs[i].digest, previous_hash, 16) != 0)
      return -1;
  }
  return 0;
}

typedef struct {
  uint8_t digest[20];
} TCPA_DIGEST;
typedef struct {
  uint8_t nonce[20];
} TCPA_NONCE;
typedef struct {
  uint8_t NonceOdd[20];
  TCPA_DIGEST HMAC;
} TPM_AUTH;
typedef struct Trspi_HashCtx Trspi_HashCtx;
int Trspi_HashInit(Trspi_HashCtx *ctx, int alg);
int Trspi_HashUpdate(Trspi_HashCtx *ctx, uint32_t n, const uint8_t *data);
int Trspi_HashFinal(Trspi_HashCtx *ctx, uint8_t *out);
int CreateEndorsementKeyPair(TCPA_NONCE antiReplay, uint32_t ekSize,
                             uint8_t *ek, uint32_t *newEKSize, uint8_t **newEK,
                             TCPA_DIGEST *checksum);
void HMAC_Auth(uint8_t *secret, uint8_t *hash, TPM_AUTH *auth);

int create_endorsement_key(Trspi_HashCtx *hashCtx, uint8_t *ek,
                           uint32_t ekSize, TCPA_NONCE antiReplay) {
  TCPA_DIGEST digest, hash;
  uint32_t newEKSize;
  uint8_t *newEK;
  if (CreateEndorsementKeyPair(antiReplay, ekSize, ek, &newEKSize, &newEK,
                               &digest))
    return -1;
  Trspi_HashInit(hashCtx, 1);
  Trspi_HashUpdate(hashCtx, newEKSize, newEK);
  Trspi_HashUpdate(hashCtx, 20, antiReplay.nonce);
  Trspi_HashFinal(hashCtx, hash.digest);
  if (memcmp(hash.digest, digest.digest, 20))
    return -1;
  return 0;
}

int validateReturnAuth(uint8_t *secret, uint8_t *hash, TPM_AUTH *auth) {
  uint8_t digest[20];
  memcpy(digest, &auth->HMAC, 20);
  HMAC_Auth(secret, hash, auth);
  return memcmp(digest, &auth->HMAC, 20) != 0;
  // CHECK: :[[@LINE-1]]:10: warning: the secret 'digest' is compared with 'memcmp'
}
