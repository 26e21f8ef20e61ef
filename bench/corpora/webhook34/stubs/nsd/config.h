/* config.h (NSD 4.x) as ./configure writes it on Debian 12 x86_64 with the defaults and OpenSSL 3.0 (HAVE_SSL,
   HAVE_CRYPTO_MEMCMP, HAVE_HMAC_CTX_NEW, ...). Generated-header stand-in for webhook34: the AC_DEFINE/AC_CHECK results
   the compiled files need, followed by configure.ac's AH_BOTTOM blocks copied verbatim. */
#define PACKAGE_NAME "NSD"
#define PACKAGE_STRING "NSD 4.14.0"
#define PACKAGE_VERSION "4.14.0"
#define PACKAGE_BUGREPORT "nsd-bugs@nlnetlabs.nl"
#define PACKAGE_TARNAME "nsd"
#define PACKAGE_URL ""
#define CONFIGDIR "/etc/nsd"
#define CONFIGFILE "/etc/nsd/nsd.conf"
#define PIDFILE "/run/nsd/nsd.pid"
#define DBFILE ""
#define XFRDFILE "/var/lib/nsd/xfrd.state"
#define XFRDIR "/tmp"
#define ZONELISTFILE "/var/lib/nsd/zone.list"
#define ZONESDIR "/etc/nsd"
#define CHROOTDIR ""
#define USER "nsd"
#define NSD_START_PATH "/usr/sbin/nsd"
#define NSD_SHARE_DIR "/usr/share/nsd"
#define COOKIESECRETSFILE "/var/lib/nsd/cookiesecrets.txt"
#define IDENTITY "unidentified server"
#define VERSION PACKAGE_STRING
#define TCP_BACKLOG 256
#define TCP_PORT "53"
#define TCP_MAX_MESSAGE_LEN 65535
#define UDP_PORT "53"
#define UDP_MAX_MESSAGE_LEN 512
#define EDNS_MAX_MESSAGE_LEN 1232
#define TLS_PORT "853"
#define MAXSYSLOGMSGLEN 512
#define NSD_CONTROL_PORT 8952
#define NSD_CONTROL_VERSION 1
#define BIND8_STATS 1
#define INET6 1
#define RATELIMIT 1
#define RATELIMIT_DEFAULT_ON 1
#define USE_ZONE_STATS 1
#define HAVE_SSL 1
#define HAVE_CRYPTO_MEMCMP 1
#define HAVE_HMAC_CTX_NEW 1
#define HAVE_HMAC_CTX_RESET 1
#define HAVE_EVP_MAC_CTX_SET_PARAMS 1
#define HAVE_EVP_SHA256 1
#define HAVE_EVP_CLEANUP 0
#define HAVE_ERR_LOAD_CRYPTO_STRINGS 1
#define HAVE_OPENSSL_INIT_CRYPTO 1
#define HAVE_OPENSSL_INIT_SSL 1
#define HAVE_OPENSSL_ERR_H 1
#define HAVE_OPENSSL_RAND_H 1
#define HAVE_OPENSSL_SSL_H 1
#define HAVE_SSL_CTX_SET_SECURITY_LEVEL 1
#define HAVE_TLS_SERVER_METHOD 1
#define HAVE_ARPA_INET_H 1
#define HAVE_ATTR_FORMAT 1
#define HAVE_ATTR_UNUSED 1
#define HAVE_ATTR_NORETURN 1
#define ATTR_NORETURN __attribute__((__noreturn__))
#define HAVE_ACCEPT4 1
#define HAVE_ALARM 1
#define HAVE_CHROOT 1
#define HAVE_CLOCK_GETTIME 1
#define HAVE_CTIME_R_PROTO 1
#define HAVE_DUP2 1
#define HAVE_ENDPWENT 1
#define HAVE_ERRNO_H 1
#define HAVE_EXPLICIT_BZERO 1
#define HAVE_FCNTL_H 1
#define HAVE_FORK 1
#define HAVE_FSEEKO 1
#define HAVE_GETADDRINFO 1
#define HAVE_GETIFADDRS 1
#define HAVE_GETPWNAM 1
#define HAVE_GETRANDOM 1
#define HAVE_GLOB 1
#define HAVE_GRP_H 1
#define HAVE_IFADDRS_H 1
#define HAVE_INET_ATON 1
#define HAVE_INET_NTOP 1
#define HAVE_INET_PTON 1
#define HAVE_INTTYPES_H 1
#define HAVE_LIMITS_H 1
#define HAVE_MEMMOVE 1
#define HAVE_MEMSET 1
#define HAVE_MMAP 1
#define HAVE_NETDB_H 1
#define HAVE_NETINET_IN_H 1
#define HAVE_NETINET_TCP_H 1
#define HAVE_POLL 1
#define HAVE_PPOLL 1
#define HAVE_PSELECT 1
#define HAVE_PSELECT_PROTO 1
#define HAVE_PWD_H 1
#define HAVE_RECVMMSG 1
#define HAVE_SENDMMSG 1
#define HAVE_REALLOCARRAY 1
#define HAVE_SETREGID 1
#define HAVE_SETRESGID 1
#define HAVE_SETREUID 1
#define HAVE_SETRESUID 1
#define HAVE_SIGACTION 1
#define HAVE_SNPRINTF 1
#define HAVE_SOCKET 1
#define HAVE_STDARG_H 1
#define HAVE_STDINT_H 1
#define HAVE_STDIO_H 1
#define HAVE_STDLIB_H 1
#define HAVE_STRINGS_H 1
#define HAVE_STRING_H 1
#define HAVE_STRPTIME 1
#define HAVE_STRUCT_TIMESPEC 1
#define HAVE_SYSLOG_H 1
#define HAVE_SYS_MMAN_H 1
#define HAVE_SYS_SELECT_H 1
#define HAVE_SYS_SOCKET_H 1
#define HAVE_SYS_STAT_H 1
#define HAVE_SYS_TYPES_H 1
#define HAVE_SYS_WAIT_H 1
#define HAVE_TIME_H 1
#define HAVE_TZSET 1
#define HAVE_UNISTD_H 1
#define HAVE_VSNPRINTF 1
#define HAVE_WAITPID 1
#define STDC_HEADERS 1
#define USE_MMAP_ALLOC 1
#define USE_RADIX_TREE 1
#define TIME_WITH_SYS_TIME 1
#define HAVE_SYS_TIME_H 1

/* define before includes as it specifies what standard to use. */
#if (defined(HAVE_PSELECT) && !defined (HAVE_PSELECT_PROTO)) \
	|| !defined (HAVE_CTIME_R_PROTO) \
	|| defined (STRPTIME_NEEDS_DEFINES) || defined(REALLOCARRAY_NEEDS_DEFINES)
#  ifndef _XOPEN_SOURCE
#    define _XOPEN_SOURCE 600
#  endif
#  ifndef _POSIX_C_SOURCE
#    define _POSIX_C_SOURCE 200112
#  endif
#  ifndef _BSD_SOURCE
#    define _BSD_SOURCE 1
#  endif
#  ifndef _OPENBSD_SOURCE
#    define _OPENBSD_SOURCE 1
#  endif
#  ifndef _DEFAULT_SOURCE
#    define _DEFAULT_SOURCE 1
#  endif
#  ifndef __EXTENSIONS__
#    define __EXTENSIONS__ 1
#  endif
#  ifndef _STDC_C99
#    define _STDC_C99 1
#  endif
#  ifndef _ALL_SOURCE
#    define _ALL_SOURCE 1
#  endif
#endif


#ifdef HAVE_VA_LIST_DOUBLE_DEF
/* workaround double va_list definition on some platforms */
#  ifndef _VA_LIST_DEFINED
#    define _VA_LIST_DEFINED
#  endif
#endif


#include <sys/types.h>
#include <stdlib.h>
#include <stddef.h>
#include <string.h>

#ifdef HAVE_TIME_H
#include <time.h>
#endif

#ifdef HAVE_STDINT_H
#include <stdint.h>
#endif

#ifdef HAVE_SYS_SOCKET_H
#include <sys/socket.h>
#endif

#ifdef HAVE_NETINET_IN_H
#include <netinet/in.h>
#endif

#ifdef HAVE_NETINET_TCP_H
#include <netinet/tcp.h>
#endif

#ifdef HAVE_ARPA_INET_H
#include <arpa/inet.h>
#endif

/* For Tru64 */
#ifdef HAVE_SYS_BITYPES_H
#include <sys/bitypes.h>
#endif


#ifdef HAVE_ATTR_FORMAT
#define ATTR_FORMAT(archetype, string_index, first_to_check) \
    __attribute__ ((format (archetype, string_index, first_to_check)))
#else /* !HAVE_ATTR_FORMAT */
#define ATTR_FORMAT(archetype, string_index, first_to_check) /* empty */
#endif /* !HAVE_ATTR_FORMAT */
#if defined(__cplusplus)
#define ATTR_UNUSED(x)
#elif defined(HAVE_ATTR_UNUSED)
#define ATTR_UNUSED(x)  x __attribute__((unused))
#else /* !HAVE_ATTR_UNUSED */
#define ATTR_UNUSED(x)  x
#endif /* !HAVE_ATTR_UNUSED */


#ifndef IPV6_MIN_MTU
#define IPV6_MIN_MTU 1280
#endif /* IPV6_MIN_MTU */

#ifndef AF_INET6
#define AF_INET6	28
#endif /* AF_INET6 */


/* maximum nesting of included files */
#define MAXINCLUDES 10


#ifndef HAVE_B64_NTOP
int b64_ntop(uint8_t const *src, size_t srclength,
	     char *target, size_t targsize);
#endif /* !HAVE_B64_NTOP */
#ifndef HAVE_B64_PTON
int b64_pton(char const *src, uint8_t *target, size_t targsize);
#endif /* !HAVE_B64_PTON */
#ifndef HAVE_FSEEKO
#define fseeko fseek
#define ftello ftell
#endif /* HAVE_FSEEKO */
#ifndef HAVE_SNPRINTF
#include <stdarg.h>
int snprintf (char *str, size_t count, const char *fmt, ...);
int vsnprintf (char *str, size_t count, const char *fmt, va_list arg);
#endif /* HAVE_SNPRINTF */
#ifndef HAVE_INET_PTON
int inet_pton(int af, const char* src, void* dst);
#endif /* HAVE_INET_PTON */
#ifndef HAVE_INET_NTOP
const char *inet_ntop(int af, const void *src, char *dst, size_t size);
#endif
#ifndef HAVE_INET_ATON
int inet_aton(const char *cp, struct in_addr *addr);
#endif
#ifndef HAVE_MEMMOVE
void *memmove(void *dest, const void *src, size_t n);
#endif
#ifndef HAVE_EXPLICIT_BZERO
#define explicit_bzero nsd_explicit_bzero
void explicit_bzero(void* buf, size_t len);
#endif
#ifndef HAVE_STRLCAT
size_t strlcat(char *dst, const char *src, size_t siz);
#endif
#ifndef HAVE_STRLCPY
size_t strlcpy(char *dst, const char *src, size_t siz);
#endif
#ifndef HAVE_REALLOCARRAY
void* reallocarray(void *ptr, size_t nmemb, size_t size);
#endif
#ifndef HAVE_GETADDRINFO
#include "compat/fake-rfc2553.h"
#endif
#ifndef HAVE_STRPTIME
#define HAVE_STRPTIME 1
char *strptime(const char *s, const char *format, struct tm *tm);
#endif
#ifndef STRPTIME_WORKS
#define STRPTIME_WORKS 1
char *nsd_strptime(const char *s, const char *format, struct tm *tm);
#define strptime(a,b,c) nsd_strptime((a),(b),(c))
#endif
#if (HAVE_CPU_SET_T || HAVE_CPUSET_T)
#include "compat/cpuset.h"
#endif
#ifndef HAVE_SETPROCTITLE
#ifdef __linux__
#define HAVE_SETPROCTITLE 1
#include <stdarg.h>
void setproctitle(const char *fmt, ...);
#endif
#endif



/* provide timespec def if not available */
#ifndef CONFIG_DEFINES
#define CONFIG_DEFINES
#ifndef HAVE_STRUCT_TIMESPEC
#ifndef __timespec_defined
#define __timespec_defined 1
	struct timespec {
		long    tv_sec;         /* seconds */
		long    tv_nsec;        /* nanoseconds */
	};
#endif /* !__timespec_defined */
#endif /* !HAVE_STRUCT_TIMESPEC */
#endif /* !CONFIG_DEFINES */

#ifdef PACKED_STRUCTS
#define ATTR_PACKED __attribute__((packed))
#else
#define ATTR_PACKED
#endif
