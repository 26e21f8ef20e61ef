/* Hand-written stand-in for PennMUSH's configure-generated config.h (Linux x86-64, glibc 2.36, OpenSSL 3,
   libcrypt; no MySQL/PostgreSQL/PCRE/ICU/libcurl; no HAVE_SHA: OpenSSL 3 has no SHA-0 SHA()). */
#ifndef __CONFIG_H
#define __CONFIG_H
#define HAVE_ARPA_INET_H 1
#define HAVE_NETDB_H 1
#define HAVE_NETINET_IN_H 1
#define HAVE_NETINET_TCP_H 1
#define HAVE_SYS_SOCKET_H 1
#define HAVE_SYS_STAT_H 1
#define HAVE_SYS_TIME_H 1
#define TIME_WITH_SYS_TIME 1
#define HAVE_SYS_TYPES_H 1
#define HAVE_UNISTD_H 1
#define HAVE_SYS_WAIT_H 1
#define HAVE_SYS_UN_H 1
#define HAVE_SYS_RESOURCE_H 1
#define HAVE_SYS_UIO_H 1
#define HAVE_POLL_H 1
#define HAVE_SYS_SELECT_H 1
#define HAVE_ENDIAN_H 1
#define HAVE_SYS_PARAM_H 1
#define HAVE_CRYPT_H 1
#define HAVE_STDINT_H 1
#define HAVE_INTTYPES_H 1
#define HAVE_STDBOOL_H 1
#define HAVE__BOOL 1
#define HAVE_SYSLOG_H 1
#define HAVE_SSL 1
#define HAVE_CRYPT 1
#define HAVE_SNPRINTF 1
#define HAVE_VSNPRINTF 1
#define HAVE_STRCASECMP 1
#define HAVE_STRNCASECMP 1
#define HAVE_STRDUP 1
#define HAVE_STRCHRNUL 1
#define HAVE_EVP_MD_DO_ALL 1
#define HAVE_DH_SET0_PQG 1
#define STDC_HEADERS 1
#define HAVE_STDLIB_H 1
#define HAVE_STRING_H 1
#define HAVE_STRINGS_H 1
#define HAVE___ATTRIBUTE__ 1
#define WIN32_CDECL
#define RESTRICT restrict
#define GCC_MALLOC_CALL __attribute__((__malloc__))
#define HAVE_SQLITE3 1
/* x86-64 baseline: SSE2 only */
#define SSE_OFFSET 0
/* the autoconf-manual bool block of config.h.in, with HAVE_STDBOOL_H */
#include <stdbool.h>
#endif
