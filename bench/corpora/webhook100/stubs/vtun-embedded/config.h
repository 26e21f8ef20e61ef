/* hand-written stand-in for vtun-embedded's autoconf config.h (Linux, OpenSSL) */
#ifndef W100_VTUN_EMBEDDED_CONFIG_H
#define W100_VTUN_EMBEDDED_CONFIG_H
#define HAVE_ARPA_INET_H 1
#define HAVE_NETDB_H 1
#define HAVE_NETINET_IN_H 1
#define HAVE_NETINET_TCP_H 1
#define HAVE_NETINET_IP_H 1
#define HAVE_LINUX_IF_TUN_H 1
#define HAVE_SCHED_H 1
#define HAVE_RESOLV_H 1
#define HAVE_SYS_RESOURCE_H 1
#define HAVE_STDINT_H 1
#define HAVE_STDLIB_H 1
#define HAVE_STRING_H 1
#define HAVE_UNISTD_H 1
#define HAVE_SSL 1
#define HAVE_SSL_EVP 1
#define HAVE_SSL_AES 1
#define HAVE_ZLIB 1
#define HAVE_SHAPER 1
#define VTUN_VER "3.X 2025"
#endif
