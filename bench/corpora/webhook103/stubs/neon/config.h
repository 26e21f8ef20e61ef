/* Hand-written stand-in for neon's autoconf config.h (corpus webhook103): Linux/glibc, OpenSSL build, no
 * GSSAPI, no SSPI, no NTLM, no debugging, no NLS. */
#ifndef NEON_CORPUS_CONFIG_H
#define NEON_CORPUS_CONFIG_H
#define HAVE_STDLIB_H 1
#define HAVE_STRING_H 1
#define HAVE_STRINGS_H 1
#define HAVE_LIMITS_H 1
#define HAVE_UNISTD_H 1
#define HAVE_ERRNO_H 1
#define HAVE_STRTOLL 1
#define HAVE_EXPLICIT_BZERO 1
#define HAVE_OPENSSL 1
#define NE_HAVE_SSL 1
#define NE_HAVE_IPV6 1
#define NE_FMT_SIZE_T "zu"
#define NE_FMT_SSIZE_T "zd"
#define NE_FMT_OFF_T "ld"
#define NE_FMT_OFF64_T "ld"
#define NE_FMT_NE_OFF_T NE_FMT_OFF_T
#define NE_FMT_TIME_T "ld"
#define NE_FMT_XML_SIZE "d"
#define NE_VERSION_MAJOR 0
#define NE_VERSION_MINOR 34
#define NEON_VERSION "0.34.0"
#define _GNU_SOURCE 1
#endif
