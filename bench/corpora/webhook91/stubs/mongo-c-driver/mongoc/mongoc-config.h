/* Hand-written stand-in for libmongoc's generated mongoc-config.h: Linux, OpenSSL for TLS and crypto,
   no Cyrus SASL, SRV via res_nsearch, zlib compression only, AWS auth on, no client-side encryption. Flags
   that are off are left undefined, as the generated header #undefs them. */
#ifndef MONGOC_CONFIG_H
#define MONGOC_CONFIG_H
#define MONGOC_USER_SET_CFLAGS ""
#define MONGOC_USER_SET_LDFLAGS ""
#define MONGOC_CC "clang"
#define MONGOC_ENABLE_SSL_OPENSSL 1
#define MONGOC_ENABLE_CRYPTO_LIBCRYPTO 1
#define MONGOC_ENABLE_SSL 1
#define MONGOC_ENABLE_CRYPTO 1
#define MONGOC_HAVE_ASN1_STRING_GET0_DATA 1
#define MONGOC_HAVE_SOCKLEN 1
#define MONGOC_ENABLE_SRV 1
#define MONGOC_HAVE_RES_NSEARCH 1
#define MONGOC_HAVE_RES_NCLOSE 1
#define MONGOC_SOCKET_ARG2 struct sockaddr
#define MONGOC_SOCKET_ARG3 socklen_t
#define MONGOC_ENABLE_COMPRESSION 1
#define MONGOC_ENABLE_COMPRESSION_ZLIB 1
#define MONGOC_TRACE 0
#define MONGOC_HAVE_SS_FAMILY 1
#define MONGOC_ENABLE_MONGODB_AWS_AUTH 1
enum {
   MONGOC_TRACE_ENABLED = MONGOC_TRACE,
   MONGOC_SRV_ENABLED = MONGOC_ENABLE_SRV,
};
#endif
