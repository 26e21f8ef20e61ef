/* Hand-written stand-in for MUNGE's autoconf config.h (Debian 12 / glibc, OpenSSL 3 crypto library, zlib,
 * no bzip2, no libgcrypt). */
#ifndef WH87_MUNGE_CONFIG_H
#define WH87_MUNGE_CONFIG_H
#define HAVE_OPENSSL 1
#define HAVE_LIBGCRYPT 0
#define HAVE_CRYPTO_MEMCMP 1
#define HAVE_OPENSSL_HMAC_H 1
#define HAVE_OPENSSL_PROVIDER_H 1
#define HAVE_EVP_MAC_CTX_P 0
#define HAVE_ZLIB_H 1
#define HAVE_BZLIB_H 0
#define HAVE_ERR_FREE_STRINGS 0
#define HAVE_ERR_LOAD_CRYPTO_STRINGS 0
#define HAVE_CRYPTO_DYNLOCK 0
#define HAVE_CRYPTO_NUM_LOCKS 0
#define HAVE_CRYPTO_SET_LOCKING_CALLBACK 0
#define HAVE_CRYPTO_THREADID_SET_CALLBACK 0
#define HAVE_CRYPTO_SET_ID_CALLBACK 0
#define HAVE_GETIFADDRS 1
#define HAVE_IFADDRS_H 1
#define HAVE_SYS_SOCKET_H 1
#define HAVE_POLL_H 1
#define HAVE_STDINT_H 1
#define HAVE_INTTYPES_H 1
#define PACKAGE "munge"
#define PACKAGE_NAME "munge"
#define VERSION "0.5.16"
#define PACKAGE_VERSION "0.5.16"
#define RUNSTATEDIR "/run"
#define LOCALSTATEDIR "/var"
#define SYSCONFDIR "/etc"
#define MUNGE_SOCKET_NAME "/run/munge/munge.socket.2"
#endif
