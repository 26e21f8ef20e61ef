#ifndef HAD_CONFIG_H
#define HAD_CONFIG_H
/* Hand-written stand-in for the config.h that CMake generates from config.h.in (Linux, glibc, OpenSSL 3). */
#ifndef _HAD_ZIPCONF_H
#include "zipconf.h"
#endif
#define HAVE_CRYPTO
#define HAVE_OPENSSL
#define HAVE_FILENO
#define HAVE_FCHMOD
#define HAVE_FSEEKO
#define HAVE_FTELLO
#define HAVE_LOCALTIME_R
#define HAVE_MKSTEMP
#define HAVE_SNPRINTF
#define HAVE_STRCASECMP
#define HAVE_STRDUP
#define HAVE_STRTOLL
#define HAVE_STRTOULL
#define HAVE_STRUCT_TM_TM_ZONE
#define HAVE_STDBOOL_H
#define HAVE_STRINGS_H
#define HAVE_UNISTD_H
#define SIZEOF_OFF_T 8
#define SIZEOF_SIZE_T 8
#define HAVE_DIRENT_H
#define HAVE_FTS_H
#define PACKAGE "libzip"
#define VERSION "1.11.4"
#endif
