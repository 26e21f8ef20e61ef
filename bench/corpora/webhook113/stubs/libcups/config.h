/* Hand-written stand-in for libcups' autoconf config.h (webhook113): Linux, OpenSSL 3 TLS/crypto backend. */
#ifndef CUPS_CONFIG_H
#define CUPS_CONFIG_H
#define LIBCUPS_VERSION "3.0.0"
#define LIBCUPS_VERSION_MAJOR 3
#define LIBCUPS_VERSION_MINOR 0
#define CUPS_DATADIR "/usr/share/cups"
#define CUPS_SERVERROOT "/etc/cups"
#define HAVE_STDINT_H 1
#define HAVE_LONG_LONG 1
#define HAVE_STRTOLL 1
#define HAVE_GETEUID 1
#define HAVE_LANGINFO_H 1
#define HAVE_OPENSSL 1
#define HAVE_TM_GMTOFF 1
#define HAVE_TIMEGM 1
#define HAVE_HSTRERROR 1
#define HAVE_RES_INIT 1
#define HAVE_RESOLV_H 1
#define HAVE_ICONV_H 1
#define HAVE_STATVFS 1
#define HAVE_SYS_STATVFS_H 1
#define HAVE_POLL 1
#define HAVE_PTHREAD_H 1
#define HAVE_GETADDRINFO 1
#define HAVE_GETNAMEINFO 1
#define HAVE_GETIFADDRS 1
#define HAVE_HSTRERROR 1
#define HAVE_AF_LOCAL 1
#define HAVE_ZLIB_H 1
#endif
