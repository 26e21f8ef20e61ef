/* Hand-written stand-in for icecast-kh's autoconf config.h (Debian 12 / glibc, OpenSSL 3, libxml2/libxslt,
 * libcurl; no ogg/vorbis/theora/speex). */
#ifndef WH87_ICECAST_KH_CONFIG_H
#define WH87_ICECAST_KH_CONFIG_H
#define PACKAGE "icecast"
#define PACKAGE_STRING "Icecast 2.4.0-kh22"
#define PACKAGE_VERSION "2.4.0-kh22"
#define VERSION "2.4.0-kh22"
#define ICECAST_VERSION_STRING "Icecast 2.4.0-kh22"
#define HAVE_POLL 1
#define HAVE_SYS_SOCKET_H 1
#define HAVE_NETINET_IN_H 1
#define HAVE_ARPA_INET_H 1
#define HAVE_NETDB_H 1
#define HAVE_UNISTD_H 1
#define HAVE_SYS_TIME_H 1
#define HAVE_SYS_SELECT_H 1
#define HAVE_SYS_UIO_H 1
#define HAVE_INTTYPES_H 1
#define HAVE_STDINT_H 1
#define HAVE_STRINGS_H 1
#define HAVE_ALLOCA_H 1
#define HAVE_PTHREAD 1
#define HAVE_GETADDRINFO 1
#define HAVE_INET_PTON 1
#define HAVE_GETTIMEOFDAY 1
#define HAVE_CLOCK_GETTIME 1
#define HAVE_FTIME 1
#define HAVE_OPENSSL 1
#define HAVE_AUTH_URL 1
#define HAVE_CURL 1
#define HAVE_FNMATCH_H 1
#define HAVE_SYS_RESOURCE_H 1
#define HAVE_SETRLIMIT 1
#define HAVE_GETRLIMIT 1
#define ICE_LISTEN_QUEUE 5
#define HAVE_INET_ATON 1
#define HAVE_UINT32_T 1
#define HAVE_FSEEKO 1
#define FD_t int
#endif
