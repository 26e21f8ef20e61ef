/* Hand-written stand-in for FreeIPMI's autoconf config.h (Debian 12 / glibc). */
#ifndef WH87_FREEIPMI_CONFIG_H
#define WH87_FREEIPMI_CONFIG_H
#define HAVE_STDINT_H 1
#define HAVE_INTTYPES_H 1
#define HAVE_STRING_H 1
#define HAVE_STDLIB_H 1
#define HAVE_UNISTD_H 1
#define HAVE_ALLOCA_H 1
#define HAVE_SYS_TIME_H 1
#define TIME_WITH_SYS_TIME 1
#define HAVE_STRINGS_H 1
#define HAVE_ERRNO_H 1
#define HAVE_FCNTL_H 1
#define HAVE_GCRYPT_H 1
#define STDC_HEADERS 1
#define PACKAGE "freeipmi"
#define PACKAGE_VERSION "1.6.0"
#endif
