/* config.h (webhook32): what cyrus-sasl's ./configure writes on Debian 12 x86_64 (OpenSSL, SCRAM, SRP,
   OTP, PLAIN, auxprop; no GSSAPI/LDAP/SQL). The tail is configure.ac's AH_BOTTOM text, verbatim. */
#ifndef CONFIG_H
#define CONFIG_H
#define HAVE_SYS_UIO_H 1
#define HAVE_SYS_SOCKET_H 1
#define HAVE_NETINET_IN_H 1
#define HAVE_SYS_PARAM_H 1
#define HAVE_SOCKLEN_T 1
#define HAVE_STRUCT_SOCKADDR_STORAGE 1
#define HAVE_GETADDRINFO 1
#define HAVE_GETNAMEINFO 1
#define HAVE_SYSEXITS_H 1
#define HAVE_SYS_TIME_H 1
#define TIME_WITH_SYS_TIME 1
#define HAVE_STRLCPY 1
#define HAVE_STRLCAT 1
#define HAVE_ASPRINTF 1
#define HAVE_UNISTD_H 1
#define HAVE_STDLIB_H 1
#define HAVE_STRING_H 1
#define HAVE_STRINGS_H 1
#define HAVE_FCNTL_H 1
#define HAVE_INTTYPES_H 1
#define HAVE_STDINT_H 1
#define HAVE_LIMITS_H 1
#define HAVE_DLFCN_H 1
#define HAVE_DIRENT_H 1
#define HAVE_SYSLOG_H 1
#define HAVE_PWD_H 1
#define HAVE_GETPWNAM 1
#define HAVE_GETSPNAM 1
#define HAVE_SHADOW_H 1
#define HAVE_CRYPT 1
#define HAVE_MEMCPY 1
#define HAVE_MKDIR 1
#define HAVE_SELECT 1
#define HAVE_SOCKET 1
#define HAVE_STRCHR 1
#define HAVE_STRDUP 1
#define HAVE_STRERROR 1
#define HAVE_STRSPN 1
#define HAVE_STRSTR 1
#define HAVE_STRTOL 1
#define HAVE_VSNPRINTF 1
#define HAVE_SNPRINTF 1
#define HAVE_GETTIMEOFDAY 1
#define HAVE_GETHOSTNAME 1
#define HAVE_INET_ATON 1
#define HAVE_OPENSSL 1
#define HAVE_SCRAM 1
#define HAVE_SHA512 1
#define DO_SRP_SETPASS 1
#define SRP_SETPASS 1
#define HAVE_GETOPT_H 1
#define HAVE_INTERNAL_GETOPT_LONG 1
#define HAVE_DLOPEN 1
#define HAVE_SYS_STAT_H 1
#define HAVE_SYS_TYPES_H 1
#define HAVE_PASSWORD_H 1
#define STDC_HEADERS 1
#define DO_DLOPEN 1
#define AUTH_SASLDB 1
#define HAVE_FSYNC 1
#define DO_SASL_CHECKAPOP 1
#define HAVE_SASLAUTHD 1
#define HAVE_SYS_UN_H 1
#define HAVE_NETDB_H 1
#define STATIC_OTP 0
#define STATIC_SCRAM 0
#define STATIC_SRP 0
#define STATIC_PLAIN 0
#define DO_SRP 1
#define SASL_DB_PATH "/etc/sasldb2"
#define SASL_DB_TYPE "berkeley"
#define PLUGINDIR "/usr/lib/x86_64-linux-gnu/sasl2"
#define CONFIGDIR "/usr/lib/x86_64-linux-gnu/sasl2:/etc/sasl2"
#define SASLAUTHD_CONF_FILE_DEFAULT "/etc/saslauthd.conf"
#define PATH_SASLAUTHD_RUNDIR "/run/saslauthd"
#define SASL_DEV_RANDOM "/dev/urandom"
#define PACKAGE "cyrus-sasl"
#define VERSION "2.1.28"
#define PACKAGE_NAME "cyrus-sasl"
#define PACKAGE_VERSION "2.1.28"
#define PACKAGE_STRING "cyrus-sasl 2.1.28"
#define PACKAGE_TARNAME "cyrus-sasl"
#define PACKAGE_BUGREPORT "https://github.com/cyrusimap/cyrus-sasl/issues"
#define PACKAGE_URL ""
#define SIZEOF_LONG 8
#define OPIE_KEYFILE "/etc/opiekeys"

#define RETSIGTYPE void

/* Create a struct iovec if we need one */
#if !defined(_WIN32)
#if !defined(HAVE_SYS_UIO_H)
/* (win32 is handled in sasl.h) */
struct iovec {
    char *iov_base;
    long iov_len;
};
#else
#include <sys/types.h>
#ifdef HAVE_SYS_UIO_H
#include <sys/uio.h>
#endif /* HAVE_SYS_UIO_H */
#endif
#endif

/* location of the random number generator */
#ifdef DEV_RANDOM
#undef DEV_RANDOM
#endif
#define DEV_RANDOM SASL_DEV_RANDOM

/* if we've got krb_get_err_txt, we might as well use it;
   especially since krb_err_txt isn't in some newer distributions
   (MIT Kerb for Mac 4 being a notable example). If we don't have
   it, we fall back to the krb_err_txt array */
#ifdef HAVE_KRB_GET_ERR_TEXT
#define get_krb_err_txt krb_get_err_text
#else
#define get_krb_err_txt(X) (krb_err_txt[(X)])
#endif

/* Make Solaris happy... */
#ifndef __EXTENSIONS__
#define __EXTENSIONS__
#endif

/* Make Linux happy... */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif

#define SASL_PATH_ENV_VAR "SASL_PATH"
#define SASL_CONF_PATH_ENV_VAR "SASL_CONF_PATH"

#include <stdlib.h>
#include <sys/types.h>
#ifndef WIN32
# ifdef HAVE_SYS_SOCKET_H
# include <sys/socket.h>
# endif /* HAVE_SYS_SOCKET_H */
# include <netdb.h>
# ifdef HAVE_NETINET_IN_H
# include <netinet/in.h>
# endif /* HAVE_NETINET_IN_H */
# ifdef HAVE_SYS_PARAM_H
#  include <sys/param.h>
# endif
#else /* WIN32 */
# include <winsock2.h>
#endif /* WIN32 */
#include <string.h>

#ifndef HAVE_SOCKLEN_T
typedef unsigned int socklen_t;
#endif /* HAVE_SOCKLEN_T */

#if !defined(HAVE_STRUCT_SOCKADDR_STORAGE) && !defined(WIN32)
#define	_SS_MAXSIZE	128	/* Implementation specific max size */
#define	_SS_PADSIZE	(_SS_MAXSIZE - sizeof (struct sockaddr))

struct sockaddr_storage {
	struct	sockaddr ss_sa;
	char		__ss_pad2[_SS_PADSIZE];
};
# define ss_family ss_sa.sa_family
#endif /* !HAVE_STRUCT_SOCKADDR_STORAGE */

#ifndef AF_INET6
/* Define it to something that should never appear */
#define	AF_INET6	AF_MAX
#endif

#ifndef HAVE_GETADDRINFO
#define	getaddrinfo	sasl_getaddrinfo
#define	freeaddrinfo	sasl_freeaddrinfo
#define	gai_strerror	sasl_gai_strerror
#endif

#ifndef HAVE_GETNAMEINFO
#define	getnameinfo	sasl_getnameinfo
#endif

#if !defined(HAVE_GETNAMEINFO) || !defined(HAVE_GETADDRINFO)
#include "gai.h"
#endif

#ifndef AI_NUMERICHOST   /* support glibc 2.0.x */
#define AI_NUMERICHOST  4
#define NI_NUMERICHOST  2
#define NI_NAMEREQD     4
#define NI_NUMERICSERV  8
#endif

#ifndef HAVE_SYSEXITS_H
#include "exits.h"
#else
#include "sysexits.h"
#endif

/* Get the correct time.h */
#if TIME_WITH_SYS_TIME
# include <sys/time.h>
# include <time.h>
#else
# if HAVE_SYS_TIME_H
#  include <sys/time.h>
# else
#  include <time.h>
# endif
#endif

#ifndef HIER_DELIMITER
#define HIER_DELIMITER '/'
#endif

#ifdef WIN32
#define SASL_ROOT_KEY "SOFTWARE\\Project Cyrus\\SASL Library"
#define SASL_PLUGIN_PATH_ATTR "PluginDir"
#define SASL_CONF_PATH_ATTR "ConfDir"
#define SASL_DB_PATH_ATTR "SaslDBName"

#include <windows.h>
inline static unsigned int sleep(unsigned int seconds) {
       Sleep(seconds * 1000);
       return 0;
}
#else
#define SASL_ROOT_KEY         NULL
#define SASL_PLUGIN_PATH_ATTR "SASL_PLUGINDIR"
#define SASL_CONF_PATH_ATTR   "SASL_CONFDIR"
#define SASL_DB_PATH_ATTR     "SASL_DBNAME"
#endif

/* handy string manipulation functions */
#ifndef HAVE_STRLCPY
extern size_t saslauthd_strlcpy(char *dst, const char *src, size_t len);
#define strlcpy(x,y,z) saslauthd_strlcpy((x),(y),(z))
#endif
#ifndef HAVE_STRLCAT
extern size_t saslauthd_strlcat(char *dst, const char *src, size_t len);
#define strlcat(x,y,z) saslauthd_strlcat((x),(y),(z))
#endif
#ifndef HAVE_ASPRINTF
extern int asprintf(char **str, const char *fmt, ...);
#endif

#endif /* CONFIG_H */
#if defined __GNUC__ &&  __GNUC__ > 6
    #define GCC_FALLTHROUGH __attribute__((fallthrough));
#else
    #define GCC_FALLTHROUGH /* fall through */
#endif
