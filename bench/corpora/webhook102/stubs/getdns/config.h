/* Hand-written stand-in for getdns's CMake-generated config.h (cmake/include/cmakeconfig.h.in):
 * Linux, glibc, OpenSSL 3 (TLS and DNSSEC), EDNS cookies, no libunbound, no libidn, poll event loop. */
#ifndef CONFIG_H
#define CONFIG_H
#define PACKAGE "getdns"
#define PACKAGE_NAME "getdns"
#define PACKAGE_VERSION "1.7.3"
#define PACKAGE_STRING "getdns 1.7.3"
#define PACKAGE_TARNAME "getdns"
#define PACKAGE_URL "https://getdnsapi.net"
#define PACKAGE_BUGREPORT "team@getdnsapi.net"
#define HAVE_ASSERT_H 1
#define HAVE_INTTYPES_H 1
#define HAVE_LIMITS_H 1
#define HAVE_STDARG_H 1
#define HAVE_STDDEF_H 1
#define HAVE_STDINT_H 1
#define HAVE_STDIO_H 1
#define HAVE_STDLIB_H 1
#define HAVE_STRING_H 1
#define HAVE_TIME_H 1
#define HAVE_UNISTD_H 1
#define HAVE_FCNTL_H 1
#define HAVE_SIGNAL_H 1
#define HAVE_SYS_POLL_H 1
#define HAVE_POLL_H 1
#define HAVE_SYS_TYPES_H 1
#define HAVE_SYS_STAT_H 1
#define HAVE_ENDIAN_H 1
#define HAVE_NETDB_H 1
#define HAVE_ARPA_INET_H 1
#define HAVE_NETINET_IN_H 1
#define HAVE_NETINET_TCP_H 1
#define HAVE_SYS_SELECT_H 1
#define HAVE_SYS_SOCKET_H 1
#define HAVE_SYS_TIME_H 1
#define HAVE_SYS_WAIT_H 1
#define HAVE_SSL 1
#define HAVE_OPENSSL_SSL_H 1
#define HAVE_OPENSSL_EVP_H 1
#define HAVE_OPENSSL_ERR_H 1
#define HAVE_OPENSSL_RAND_H 1
#define HAVE_OPENSSL_CONF_H 1
#define HAVE_OPENSSL_BN_H 1
#define HAVE_OPENSSL_DSA_H 1
#define HAVE_OPENSSL_RSA_H 1
#define HAVE_OPENSSL_PARAM_BUILD_H 1
#define HAVE_DSA_SIG_SET0 1
#define HAVE_DSA_SET0_PQG 1
#define HAVE_DSA_SET0_KEY 1
#define HAVE_RSA_SET0_KEY 1
#define HAVE_EVP_MD5 1
#define HAVE_EVP_SHA1 1
#define HAVE_EVP_SHA224 1
#define HAVE_EVP_SHA256 1
#define HAVE_EVP_SHA384 1
#define HAVE_EVP_SHA512 1
#define HAVE_EVP_DIGESTVERIFY 1
#define HAVE_EVP_MD_CTX_NEW 1
#define HAVE_HMAC_CTX_NEW 1
#define HAVE_TLS_CLIENT_METHOD 1
#define HAVE_OPENSSL_VERSION_NUM 1
#define HAVE_OPENSSL_VERSION 1
#define HAVE_SSL_CTX_DANE_ENABLE 1
#define HAVE_SSL_CTX_SET_CIPHERSUITES 1
#define HAVE_SSL_SET_CIPHERSUITES 1
#define HAVE_OPENSSL_INIT_CRYPTO 1
#define HAVE_OSSL_PARAM_BLD_NEW 1
#define HAVE_SSL_DANE_ENABLE 1
#define HAVE_DECL_SSL_CTX_SET1_CURVES_LIST 1
#define HAVE_DECL_SSL_SET1_CURVES_LIST 1
#define HAVE_DECL_SSL_SET_MIN_PROTO_VERSION 1
#define HAVE_X509_GET_NOTAFTER 1
#define HAVE_X509_GET0_NOTAFTER 1
#define HAVE_PTHREAD 1
#define RUNSTATEDIR "/run"
#define TRUST_ANCHOR_FILE "/var/lib/getdns/root.key"
#define GETDNS_FN_RESOLVCONF "/etc/resolv.conf"
#define GETDNS_FN_HOSTS "/etc/hosts"
#define DNSSEC_ROADBLOCK_AVOIDANCE 1
#define STUB_NATIVE_DNSSEC 1
#define MAXIMUM_UPSTREAM_OPTION_SPACE 3000
#define EDNS_PADDING_OPCODE 12
#define MAX_CNAME_REFERRALS 100
#define EDNS_COOKIES 1
#define EDNS_COOKIE_OPCODE 10
#define EDNS_COOKIE_ROLLOVER_TIME (24 * 60 * 60)
#define UDP_MAX_BACKOFF 1000
#define HAVE_DECL_GETENTROPY 1
#define HAVE_DECL_INET_PTON 1
#define HAVE_DECL_INET_NTOP 1
#define HAVE_DECL_MKSTEMP 1
#define HAVE_DECL_SIGEMPTYSET 1
#define HAVE_DECL_SIGFILLSET 1
#define HAVE_DECL_SIGADDSET 1
#define HAVE_DECL_STRPTIME 1
#define HAVE_DECL_TCP_FASTOPEN 1
#define HAVE_DECL_TCP_FASTOPEN_CONNECT 1
#define HAVE_DECL_MSG_FASTOPEN 1
#define HAVE_FCNTL 1
#define HAVE_GETTIMEOFDAY 1
#define HAVE_SIGEMPTYSET 1
#define HAVE_SIGFILLSET 1
#define HAVE_SIGADDSET 1
#define HAVE_STRPTIME 1
#define HAVE_SIGSET_T 1
#define HAVE_BSD_STDLIB_H 1
#define HAVE_BSD_STRING_H 1
#define HAVE_DECL_STRLCPY 1
#define HAVE_DECL_ARC4RANDOM 1
#define HAVE_DECL_ARC4RANDOM_UNIFORM 1
#define HAVE_BSD_DECL_STRLCPY 1
#define HAVE_BSD_DECL_ARC4RANDOM 1
#define HAVE_BSD_DECL_ARC4RANDOM_UNIFORM 1
#define HAVE_STRLCPY 1
#define HAVE_ARC4RANDOM 1
#define HAVE_ARC4RANDOM_UNIFORM 1
#define DEFAULT_EVENTLOOP "poll_eventloop"
#define USE_POLL_DEFAULT_EVENTLOOP 1
#define STRPTIME_WORKS 1
#define USE_SHA1 1
#define USE_SHA2 1
#define USE_ECDSA 1
#define USE_DSA 1
#define USE_ED25519 1
#define USE_ED448 1
#define HAVE_DECL_TCP_USER_TIMEOUT 1
#define HAVE___FUNC__ 1
#define __FUNC__ __func__
#define PRIsz "zu"

#include <stdint.h>
#include <stdio.h>
#include <unistd.h>
#include <assert.h>
#include <string.h>
#include <stdlib.h>
#include <stddef.h>
#include <bsd/stdlib.h>
#include <bsd/string.h>
#ifndef __BSD_VISIBLE
#define __BSD_VISIBLE 1
#endif

#define USE_GLDNS 1
#define GLDNS_BUILD_CONFIG_HAVE_SSL 1
#include <stdarg.h>
#include <errno.h>
#include <sys/socket.h>
#include <sys/select.h>
#include <sys/types.h>
#include <sys/stat.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <arpa/inet.h>
#include <signal.h>
#include <inttypes.h>
#include <limits.h>
#define _GETDNS_PATH_MAX PATH_MAX
#define ATTR_FORMAT(archetype, string_index, first_to_check) \
    __attribute__ ((format (archetype, string_index, first_to_check)))
#define ATTR_UNUSED(x) x __attribute__((unused))
#include <sys/time.h>
#endif /* CONFIG_H */
