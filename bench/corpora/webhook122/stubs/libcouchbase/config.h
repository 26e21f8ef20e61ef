/* Hand-written stand-in for libcouchbase's CMake-generated config.h (cmake/config-cmake.h.in) as far as
   contrib/cbsasl uses it: Linux, OpenSSL with PKCS5_PBKDF2_HMAC. The real file also includes src/config_static.h
   (system headers only for this use). */
#ifndef CONFIG_H
#define CONFIG_H
#define HAVE_CLOCK_GETTIME 1
#define HAVE_DLFCN_H 1
#define HAVE_GETTIMEOFDAY 1
#define HAVE_INTTYPES_H 1
#define HAVE_NETDB_H 1
#define HAVE_STDINT_H 1
#define HAVE_STDDEF_H 1
#define HAVE_FCNTL_H 1
#define HAVE_STRINGS_H 1
#define HAVE_SYS_SOCKET_H 1
#define HAVE_SYS_STAT_H 1
#define HAVE_SYS_TIME_H 1
#define HAVE_SYS_TYPES_H 1
#define HAVE_SYS_UIO_H 1
#define HAVE_UNISTD_H 1
#define HAVE_ARPA_INET_H 1
#define HAVE_PKCS5_PBKDF2_HMAC 1
#include <stddef.h>
#include <stdint.h>
#include <inttypes.h>
#include <sys/types.h>
#include <sys/time.h>
#include <unistd.h>
#include <string.h>
#include <stdlib.h>
#endif
