/* Hand-written stand-in for libosmocore autoconf config.h (glibc: ctype.h present). */
#define HAVE_CTYPE_H 1
#define PACKAGE_VERSION "1.11.0"
