/* Hand-written stand-in for the OpenSSL 1.0 structure layouts PeerVPN (libp2psec) was written against: it embeds
   EVP_CIPHER_CTX and HMAC_CTX by value, reads DH::pub_key and calls HMAC_CTX_init / HMAC_CTX_cleanup. OpenSSL 3
   (Debian 12) makes these types opaque and drops those functions; force-included (-include) for parsing only.
   Fields are placeholders, not OpenSSL 1.0's real layout. */
#ifndef WH112_OPENSSL10_COMPAT_H
#define WH112_OPENSSL10_COMPAT_H
#include <openssl/types.h>
struct evp_cipher_ctx_st { const EVP_CIPHER *cipher; void *cipher_data; unsigned char opaque[256]; };
struct hmac_ctx_st { const EVP_MD *md; unsigned char opaque[512]; };
struct dh_st { int pad; int version; BIGNUM *p; BIGNUM *g; long length; BIGNUM *pub_key; BIGNUM *priv_key; };
void HMAC_CTX_init(HMAC_CTX *ctx);
void HMAC_CTX_cleanup(HMAC_CTX *ctx);
#endif
