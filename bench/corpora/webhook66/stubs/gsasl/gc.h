/* Hand-written declarations standing in for gnulib's gc.h (the gnulib submodule is not materialized). */
#ifndef GC_H
#define GC_H
#include <stddef.h>
typedef enum { GC_OK = 0, GC_MALLOC_ERROR, GC_INIT_ERROR, GC_RANDOM_ERROR, GC_INVALID_CIPHER,
  GC_INVALID_HASH, GC_PKCS5_INVALID_ITERATION_COUNT, GC_PKCS5_INVALID_DERIVED_KEY_LENGTH,
  GC_PKCS5_DERIVED_KEY_TOO_LONG } Gc_rc;
typedef enum { GC_MD5, GC_SHA1, GC_MD2, GC_MD4, GC_RMD160, GC_SHA256, GC_SHA384, GC_SHA512,
  GC_SHA224 } Gc_hash;
#define GC_MD5_DIGEST_SIZE 16
#define GC_SHA1_DIGEST_SIZE 20
#define GC_SHA256_DIGEST_SIZE 32
Gc_rc gc_init (void);
void gc_done (void);
Gc_rc gc_nonce (char *data, size_t datalen);
Gc_rc gc_random (char *data, size_t datalen);
Gc_rc gc_md5 (const void *in, size_t inlen, void *resbuf);
Gc_rc gc_sha1 (const void *in, size_t inlen, void *resbuf);
Gc_rc gc_sha256 (const void *in, size_t inlen, void *resbuf);
Gc_rc gc_hmac_md5 (const void *key, size_t keylen, const void *in, size_t inlen, char *resbuf);
Gc_rc gc_hmac_sha1 (const void *key, size_t keylen, const void *in, size_t inlen, char *resbuf);
Gc_rc gc_hmac_sha256 (const void *key, size_t keylen, const void *in, size_t inlen, char *resbuf);
Gc_rc gc_pbkdf2_hmac (Gc_hash hash, const char *P, size_t Plen, const char *S, size_t Slen,
                      unsigned int c, char *DK, size_t dkLen);
#endif
