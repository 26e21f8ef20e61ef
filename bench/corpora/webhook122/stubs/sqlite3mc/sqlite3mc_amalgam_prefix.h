/* Hand-written stand-in for what src/sqlite3mc.c provides before it #includes the cipher sources: the SQLite
   amalgamation's internals (sqlite3.c, absent from the mirror: large file) as far as the cipher sources use them.
   Force-included (-include) ahead of each cipher source. Declarations only. */
#ifndef SQLITE3MC_AMALGAM_PREFIX_H
#define SQLITE3MC_AMALGAM_PREFIX_H
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include "sqlite3.h"
#include "sqlite3mc_config.h" /* as src/sqlite3mc.c: the cipher selection (all built-in ciphers on) */
#define SQLITE_PRIVATE static
#define SQLITE_API
#define SQLITE_MAX_PAGE_SIZE 65536
#define SQLITE_FILE_HEADER "SQLite format 3"
typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef sqlite3_int64 i64;
typedef sqlite3_uint64 u64;
typedef struct Btree Btree;
typedef struct BtShared BtShared;
typedef struct Pager Pager;
typedef struct Db Db;
/* what src/sqlite3mc.c has seen before #including the cipher sources: the hash / KDF / AES headers of md5.c,
   sha1.c, sha2.c, fastpbkdf2.c, rijndael.c, and its own prototypes of the chacha20poly1305.c functions */
#include "sha1.h"
#include "sha2.h"
#include "fastpbkdf2.h"
#include "rijndael.h"
SQLITE_PRIVATE void chacha20_xor(void* data, size_t n, const uint8_t key[32], const uint8_t nonce[12], uint32_t counter);
SQLITE_PRIVATE void poly1305(const uint8_t* msg, size_t n, const uint8_t key[32], uint8_t tag[16]);
SQLITE_PRIVATE int poly1305_tagcmp(const uint8_t tag1[16], const uint8_t tag2[16]);
SQLITE_PRIVATE void chacha20_rng(void* out, size_t n);
/* from md5.c (included by src/sqlite3mc.c, no header of its own) */
#define MD5_HASHBYTES 16
typedef unsigned int MD5_u32plus;
typedef struct {
  MD5_u32plus lo, hi;
  MD5_u32plus a, b, c, d;
  unsigned char buffer[64];
  MD5_u32plus block[16];
} MD5_CTX;
static void MD5_Init(MD5_CTX *ctx);
static void MD5_Update(MD5_CTX *ctx, const void *data, unsigned long size);
static void MD5_Final(unsigned char *result, MD5_CTX *ctx);
/* from codec_algos.c (included before the cipher sources) */
SQLITE_PRIVATE int sqlite3mcAES128(Rijndael* aesCtx, int page, int encrypt, unsigned char encryptionKey[],
                                   unsigned char* datain, int datalen, unsigned char* dataout);
/* byte-order macros of chacha20poly1305.c (same definitions) */
#define LOAD32_LE(p)            \
  ( ((uint32_t)((p)[0]) <<  0)  \
  | ((uint32_t)((p)[1]) <<  8)  \
  | ((uint32_t)((p)[2]) << 16)  \
  | ((uint32_t)((p)[3]) << 24)  \
  )
#define STORE32_LE(p, v)        \
  (p)[0] = ((v) >>  0) & 0xFF;  \
  (p)[1] = ((v) >>  8) & 0xFF;  \
  (p)[2] = ((v) >> 16) & 0xFF;  \
  (p)[3] = ((v) >> 24) & 0xFF;
#define STORE32_BE(p, v)        \
  (p)[3] = ((v) >>  0) & 0xFF;  \
  (p)[2] = ((v) >>  8) & 0xFF;  \
  (p)[1] = ((v) >> 16) & 0xFF;  \
  (p)[0] = ((v) >> 24) & 0xFF;
#endif
