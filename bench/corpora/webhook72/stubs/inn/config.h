/* Hand-written stand-in for INN's configure-generated include/config.h (Linux / glibc, crypt(3), no PAM,
   no DBM, no Berkeley DB, no SSL/SASL). Only the macros the materialized files test. */
#ifndef WEBHOOK72_STUB_INN_CONFIG_H
#define WEBHOOK72_STUB_INN_CONFIG_H
#define PACKAGE_NAME "InterNetNews"
#define PACKAGE_VERSION "2.8.0"
#define INN_VERSION_STRING "2.8.0"
#define HAVE_INTTYPES_H 1
#define HAVE_STDINT_H 1
#define HAVE_STRINGS_H 1
#define HAVE_UNISTD_H 1
#define HAVE_STDBOOL_H 1
#define HAVE__BOOL 1
#define HAVE_SIG_ATOMIC_T 1
#define HAVE_SSIZE_T 1
#define HAVE_SOCKLEN_T 1
#define HAVE_LONG_LONG_INT 1
#define HAVE_CRYPT_H 1
#define HAVE_GETSPNAM 1
#define HAVE_SHADOW_H 1
#define HAVE_ASPRINTF 1
#define HAVE_DAEMON 1
#define HAVE_DECL_FSEEKO 1
#define HAVE_DECL_FTELLO 1
#define HAVE_DECL_INET_ATON 1
#define HAVE_DECL_INET_NTOA 1
#define HAVE_DECL_PREAD 1
#define HAVE_DECL_PWRITE 1
#define HAVE_DECL_REALLOCARRAY 1
#define HAVE_DECL_SETPROCTITLE 0
#define HAVE_DECL_SNPRINTF 1
#define HAVE_DECL_STRLCAT 0
#define HAVE_DECL_STRLCPY 0
#define HAVE_DECL_VSNPRINTF 1
#define HAVE_EXPLICIT_BZERO 1
#define HAVE_FSEEKO 1
#define HAVE_GETADDRINFO 1
#define HAVE_GETADDRINFO_ADDRCONFIG 1
#define HAVE_GETNAMEINFO 1
#define HAVE_GETPAGESIZE 1
#define HAVE_INET_ATON 1
#define HAVE_INET_NTOA 1
#define HAVE_INET_NTOP 1
#define HAVE_MADVISE 1
#define HAVE_MKSTEMP 1
#define HAVE_MSYNC_3_ARG 1
#define HAVE_SETENV 1
#define HAVE_SETEUID 1
#define HAVE_STRUCT_SOCKADDR_STORAGE 1
#define HAVE_STRUCT_SOCKADDR_STORAGE_SS_FAMILY 1
#define HAVE_SYMLINK 1
#define HAVE_SYS_UIO_H 1
#define HAVE_FCNTL_H 1
#define HAVE_SYS_TIME_H 1
#define HAVE_SYS_SELECT_H 1
#define HAVE_INADDR_LOOPBACK 1
#define LARGE_FD_SETSIZE 1024
#define RETSIGTYPE void
#define SIZEOF_INT 4
#define SIZEOF_LONG 8
#define SIZEOF_OFF_T 8
/* configure.ac AH_TOP (near line 919) starts config.h with includes of inn/macros.h, inn/options.h, inn/system.h and
   portable/stdbool.h; this stub includes only the compile-time options, at the end */
#include "inn/options.h"
#endif
