/* Hand-written stand-in for sofia-sip's autoconf config.h (Linux/glibc; only what the iptsec files test). */
#define HAVE_STDINT_H 1
#define HAVE_INTTYPES_H 1
#define HAVE_SYS_TYPES_H 1
#define HAVE_UNISTD_H 1
#define HAVE_PTHREADS 1
#define HAVE_POLL 1
#define HAVE_SYS_SOCKET_H 1
#define HAVE_NETINET_IN_H 1
#define HAVE_ARPA_INET_H 1
#define HAVE_OPENSSL 1
#define HAVE_TLS 1
#define HAVE_SSL 1
#define PACKAGE_VERSION "1.13"
#define HAVE_FUNC 1
