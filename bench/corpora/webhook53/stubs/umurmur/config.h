/* Hand-written stand-in for the config.h uMurmur's CMake build writes from src/config.h.in
 * (webhook53 corpus). OpenSSL back end: neither USE_GNUTLS nor USE_MBEDTLS is set, as when
 * CMake is run with -DSSL=openssl. No shared-memory API. */
#ifndef CONFIG_H
#define CONFIG_H

#define UMURMUR_VERSION "0.3.1"
#define UMURMUR_CODENAME "corpus"
#define SSL_LIBRARY "OpenSSL"

#define DEFAULT_CONFIG "/etc/umurmur/umurmur.conf"

#endif
