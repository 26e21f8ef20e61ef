/* Hand-written stand-in for Fuzzball MUCK's configure-generated include/autoconf.h (webhook96 corpus):
   glibc/Linux, no OpenSSL, no PCRE. */
#ifndef WH96_FUZZBALL_AUTOCONF_H
#define WH96_FUZZBALL_AUTOCONF_H
#define HAVE_DIRENT_H 1
#define HAVE_GETRLIMIT 1
#define HAVE_GETRUSAGE 1
#define HAVE_INTTYPES_H 1
#define HAVE_MALLOC_H 1
#define HAVE_PSELECT 1
#define HAVE_STDINT_H 1
#define HAVE_STDIO_H 1
#define HAVE_STDLIB_H 1
#define HAVE_STRINGS_H 1
#define HAVE_STRING_H 1
#define HAVE_SYS_STAT_H 1
#define HAVE_SYS_TYPES_H 1
#define HAVE_UNISTD_H 1
#define STDC_HEADERS 1
#define PACKAGE_BUGREPORT "feedback@fuzzball.org"
#define PACKAGE_NAME "Fuzzball"
#define PACKAGE_STRING "Fuzzball 7"
#define PACKAGE_TARNAME "fuzzball"
#define PACKAGE_URL ""
#define PACKAGE_VERSION "7"
#endif
