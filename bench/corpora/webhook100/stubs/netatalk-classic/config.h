/* hand-written stand-in for netatalk-classic's autoconf config.h (Linux, glibc, OpenSSL, shadow passwords) */
#ifndef W100_NETATALK_CONFIG_H
#define W100_NETATALK_CONFIG_H
#define HAVE_CRYPT_H 1
#define HAVE_SYS_TIME_H 1
#define HAVE_TIME_H 1
#define HAVE_FCNTL_H 1
#define HAVE_UNISTD_H 1
#define HAVE_STDINT_H 1
#define HAVE_STRING_H 1
#define STDC_HEADERS 1
#define SHADOWPW 1
#define HAVE_SSL 1
#define OPEN_NOFOLLOW_ERRNO ELOOP
#define VERSION "2.2.6"
#endif
