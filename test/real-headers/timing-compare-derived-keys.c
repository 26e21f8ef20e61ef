// REQUIRES: openssl-headers, sodium-headers, nettle-headers, argon2-headers
// Password checks that derive a key from the password a client sent
// (PBKDF2, scrypt, Argon2, libsodium's crypto_pwhash) and compare it with
// the stored one: a memcmp leaks how many leading bytes match. Over the real
// OpenSSL, libsodium, Nettle and libargon2 headers.
// RUN: %tidy %s -checks='-*,integration-timing-unsafe-compare' -- -std=c11 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <argon2.h>
#include <nettle/pbkdf2.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <sodium.h>
#include <string.h>

struct berval {
  unsigned long bv_len;
  char *bv_val;
};

int b64_decode(const char *in, unsigned char *out, unsigned long outlen);

// OpenLDAP's pw-pbkdf2 shape: the stored key is decoded from the scheme's
// value, the candidate derived from the bind password.
int pbkdf2_check(const struct berval *passwd, const struct berval *cred) {
  unsigned char dk_value[64], input_dk_value[64], salt_value[16];
  const char *ptr = strchr(passwd->bv_val, '$');
  if (!ptr || b64_decode(ptr + 1, dk_value, sizeof(dk_value)) != 64)
    return -1;
  if (!PKCS5_PBKDF2_HMAC(cred->bv_val, (int)cred->bv_len, salt_value, 16,
                         10000, EVP_sha512(), 64, input_dk_value))
    return -1;
  // The length is public: no report.
  if (sizeof(dk_value) != sizeof(input_dk_value))
    return -1;
  return memcmp(dk_value, input_dk_value, 64);
  // CHECK: :[[@LINE-1]]:10: warning: the key derived from a password 'input_dk_value' is compared with 'memcmp'{{.*}} [integration-timing-unsafe-compare]
}

int pbkdf2_check_ct(const unsigned char *stored, const char *password) {
  unsigned char candidate[32];
  PKCS5_PBKDF2_HMAC_SHA1(password, (int)strlen(password),
                         (const unsigned char *)"salt", 4, 4096, 32, candidate);
  return CRYPTO_memcmp(stored, candidate, 32) == 0;
}

int scrypt_check(const unsigned char *stored, const char *password,
                 const unsigned char *salt) {
  unsigned char key[32];
  if (!EVP_PBE_scrypt(password, strlen(password), salt, 16, 16384, 8, 1, 0,
                      key, sizeof key))
    return 0;
  return !memcmp(key, stored, sizeof key);
  // CHECK: :[[@LINE-1]]:11: warning: the key derived from a password 'key' is compared with 'memcmp'{{.*}} [integration-timing-unsafe-compare]
}

int pwhash_check(const unsigned char stored[crypto_box_SEEDBYTES],
                 const char *pw, const unsigned char *salt) {
  unsigned char derived[crypto_box_SEEDBYTES];
  if (crypto_pwhash(derived, sizeof derived, pw, strlen(pw), salt,
                    crypto_pwhash_OPSLIMIT_INTERACTIVE,
                    crypto_pwhash_MEMLIMIT_INTERACTIVE,
                    crypto_pwhash_ALG_DEFAULT) != 0)
    return 0;
  if (memcmp(stored, derived, sizeof derived) != 0)
    // CHECK: :[[@LINE-1]]:7: warning: the key derived from a password 'derived' is compared with 'memcmp'{{.*}} [integration-timing-unsafe-compare]
    return 0;
  return 1;
}

int pwhash_check_ct(const unsigned char *stored, const char *pw,
                    const unsigned char *salt) {
  unsigned char derived[32];
  if (crypto_pwhash(derived, sizeof derived, pw, strlen(pw), salt,
                    crypto_pwhash_OPSLIMIT_INTERACTIVE,
                    crypto_pwhash_MEMLIMIT_INTERACTIVE,
                    crypto_pwhash_ALG_DEFAULT) != 0)
    return 0;
  return sodium_memcmp(stored, derived, sizeof derived) == 0;
}

int nettle_check(const unsigned char *stored, const char *pw,
                 const unsigned char *salt) {
  unsigned char dk[32];
  pbkdf2_hmac_sha256(strlen(pw), (const unsigned char *)pw, 1000, 16, salt,
                     sizeof dk, dk);
  return memcmp(stored, dk, sizeof dk) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the key derived from a password 'dk' is compared with 'memcmp'{{.*}} [integration-timing-unsafe-compare]
}

int argon2_check(const unsigned char *stored, const char *pw,
                 const unsigned char *salt) {
  unsigned char raw[32];
  if (argon2id_hash_raw(2, 1 << 16, 1, pw, strlen(pw), salt, 16, raw,
                        sizeof raw) != ARGON2_OK)
    return 0;
  return memcmp(raw, stored, sizeof raw) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the key derived from a password 'raw' is compared with 'memcmp'{{.*}} [integration-timing-unsafe-compare]
}

// A key derived to encrypt a file: its salt and its header are public.
int open_vault(const unsigned char *header, const char *pw) {
  unsigned char salt[16], key[32];
  memcpy(salt, header + 8, sizeof salt);
  PKCS5_PBKDF2_HMAC(pw, (int)strlen(pw), salt, sizeof salt, 100000,
                    EVP_sha256(), sizeof key, key);
  if (memcmp(header, "VAULT001", 8) != 0)
    return -1;
  return memcmp(salt, header + 8, sizeof salt);
}

// OpenLDAP's pbkdf2_encrypt: the derived key goes into a struct's bytes
// (`dk.bv_val`); the scheme's name compared beforehand is no secret,
// though it is read through a member of the same name.
#define ber_bvcmp(v1, v2)                                                      \
  ((v1)->bv_len < (v2)->bv_len                                                 \
       ? -1                                                                    \
       : ((v1)->bv_len > (v2)->bv_len                                          \
              ? 1                                                              \
              : memcmp((v1)->bv_val, (v2)->bv_val, (v1)->bv_len)))
extern const struct berval pbkdf2_sha512_scheme;
int pbkdf2_encrypt(const struct berval *scheme, const struct berval *passwd,
                   struct berval *msg) {
  unsigned char dk_value[64], salt_value[16];
  struct berval dk;
  dk.bv_val = (char *)dk_value;
  dk.bv_len = sizeof(dk_value);
  if (ber_bvcmp(scheme, &pbkdf2_sha512_scheme))
    return -1;
  if (!PKCS5_PBKDF2_HMAC(passwd->bv_val, (int)passwd->bv_len, salt_value, 16,
                         10000, EVP_sha512(), (int)dk.bv_len,
                         (unsigned char *)dk.bv_val))
    return -1;
  return memcmp(msg->bv_val, "{PBKDF2", 7);
}

// The derived key's buffer hung on a local struct before the derivation
// (`dk.bv_val = (char *)dk_value`): the struct holds the key, not every
// struct's `bv_val`.
int pbkdf2_encrypt_into(const struct berval *scheme,
                        const struct berval *passwd) {
  unsigned char dk_value[64], salt_value[16];
  struct berval dk;
  dk.bv_val = (char *)dk_value;
  dk.bv_len = sizeof(dk_value);
  if (!ber_bvcmp(scheme, &pbkdf2_sha512_scheme))
    dk.bv_len = 64;
  if (!PKCS5_PBKDF2_HMAC(passwd->bv_val, (int)passwd->bv_len, salt_value, 16,
                         10000, EVP_sha512(), (int)dk.bv_len, dk_value))
    return -1;
  return 0;
}

// FlashMQ's password-file check: the entry found by the client's user name
// is the server's; the client's password hashed through a digest context
// is compared with its stored hash.
struct pw_entry {
  unsigned char salt[12];
  unsigned char crypted_password[64];
};
const struct pw_entry *find_entry(const char *username);
int login_check_password(const char *username, const char *password) {
  const struct pw_entry *entry = find_entry(username);
  unsigned char md_value[EVP_MAX_MD_SIZE];
  unsigned int output_len = 0;
  EVP_MD_CTX *ctx = EVP_MD_CTX_new();
  if (!entry || !ctx)
    return 0;
  EVP_DigestInit_ex(ctx, EVP_sha512(), NULL);
  EVP_DigestUpdate(ctx, password, strlen(password));
  EVP_DigestUpdate(ctx, entry->salt, sizeof entry->salt);
  EVP_DigestFinal_ex(ctx, md_value, &output_len);
  EVP_MD_CTX_free(ctx);
  return memcmp(md_value, entry->crypted_password, 64) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the secret 'crypted_password' is compared with 'memcmp'{{.*}} [integration-timing-unsafe-compare]
}
