/* Hand-written stand-in for dns2tcp's autoconf-generated config.h (Linux, glibc). */
#ifndef WH99_DNS2TCP_CONFIG_H
#define WH99_DNS2TCP_CONFIG_H
#define HAVE_INTTYPES_H 1
#define HAVE_MEMORY_H 1
#define HAVE_STDINT_H 1
#define HAVE_STDLIB_H 1
#define HAVE_STRINGS_H 1
#define HAVE_STRING_H 1
#define HAVE_SYS_STAT_H 1
#define HAVE_SYS_TYPES_H 1
#define HAVE_UNISTD_H 1
#define STDC_HEADERS 1
#define PACKAGE "dns2tcp"
#define PACKAGE_NAME "dns2tcp"
#define PACKAGE_VERSION "0.5.2"
#define PACKAGE_STRING "dns2tcp 0.5.2"
#define PACKAGE_TARNAME "dns2tcp"
#define PACKAGE_BUGREPORT ""
#define PACKAGE_URL ""
#define VERSION "0.5.2"
#endif
