// REQUIRES: wolfssl-headers
// An SSH server's user-auth callback on wolfSSL (wolfSSH's echo server):
// one buffer takes the SHA-256 of the password, of the keyboard answer or
// of the public key, by the method the client chose, and each branch
// compares it with the stored hash through wolfSSL's `XMEMCMP` (memcmp).
// The password's hash is a secret compared in variable time; on the
// public-key branch the same buffer holds the key's hash, which is public.
// The finding goes at the macro's use, not in wolfSSL's types.h.
// RUN: %tidy %s -- 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <wolfssl/options.h>
#include <wolfssl/wolfcrypt/types.h>
#include <wolfssl/wolfcrypt/hash.h>

// wolfSSH's callback data (its headers are not packaged).
#define USERAUTH_PASSWORD 0x01
#define USERAUTH_PUBLICKEY 0x02
typedef struct {
  const byte *password;
  word32 passwordSz;
} UserAuthData_Password;
typedef struct {
  const byte *publicKey;
  word32 publicKeySz;
} UserAuthData_PublicKey;
typedef struct {
  byte type;
  const byte *username;
  word32 usernameSz;
  union {
    UserAuthData_Password password;
    UserAuthData_PublicKey publicKey;
  } sf;
} UserAuthData;

typedef struct PwMap {
  byte type;
  byte username[32];
  word32 usernameSz;
  byte p[WC_SHA256_DIGEST_SIZE];
  struct PwMap *next;
} PwMap;

enum { AUTH_SUCCESS, AUTH_FAILURE, AUTH_INVALID_PASSWORD };

static int wsUserAuth(byte authType, UserAuthData *authData, void *ctx) {
  PwMap *map = (PwMap *)ctx;
  byte authHash[WC_SHA256_DIGEST_SIZE] = {0};

  if (authType == USERAUTH_PASSWORD)
    wc_Sha256Hash(authData->sf.password.password,
                  authData->sf.password.passwordSz, authHash);
  else if (authType == USERAUTH_PUBLICKEY)
    wc_Sha256Hash(authData->sf.publicKey.publicKey,
                  authData->sf.publicKey.publicKeySz, authHash);
  else
    return AUTH_FAILURE;

  for (; map != NULL; map = map->next) {
    if (authData->usernameSz != map->usernameSz ||
        XMEMCMP(authData->username, map->username, map->usernameSz) != 0 ||
        authData->type != map->type)
      continue;
    if (authData->type == USERAUTH_PUBLICKEY) {
      if (XMEMCMP(map->p, authHash, WC_SHA256_DIGEST_SIZE) == 0)
        return AUTH_SUCCESS;
    } else if (authData->type == USERAUTH_PASSWORD) {
      if (XMEMCMP(map->p, authHash, WC_SHA256_DIGEST_SIZE) == 0)
        // CHECK: :[[@LINE-1]]:11: warning: {{.*}}'authHash' is compared with 'memcmp'{{.*}}[integration-timing-unsafe-compare]
        return AUTH_SUCCESS;
      return AUTH_INVALID_PASSWORD;
    }
  }
  return AUTH_FAILURE;
}

int install(void *ctx) {
  UserAuthData none = {0};
  return wsUserAuth(0, &none, ctx);
}
