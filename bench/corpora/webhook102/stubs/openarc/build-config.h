/* Hand-written stand-in for OpenARC's autoconf-generated build-config.h: Linux, glibc, OpenSSL with SHA-256,
 * strlcpy from libbsd (bsd/string.h). */
#define HAVE_LIMITS_H 1
#define HAVE_STDBOOL_H 1
#define HAVE_SHA256 1
#define USE_BSD_H 1
#define PACKAGE "openarc"
#define VERSION "1.0.0"
