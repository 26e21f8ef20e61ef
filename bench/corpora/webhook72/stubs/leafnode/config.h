/* Hand-written stand-in for leafnode's configure-generated config.h (Linux / glibc, crypt(3), no PAM). */
#ifndef LN_STUB_CONFIG_H
#define LN_STUB_CONFIG_H
#define PACKAGE "leafnode"
#define VERSION "2.0b8"
#define STDC_HEADERS 1
#define HAVE_CRYPT_H 1
#define HAVE_LIBCRYPT 1
#define HAVE_FCNTL_H 1
#define HAVE_UNISTD_H 1
#define HAVE_STRINGS_H 1
#define HAVE_SYS_TIME_H 1
#define TIME_WITH_SYS_TIME 1
#define HAVE_INET_NTOP 1
#define HAVE_SNPRINTF 1
#define HAVE_VSNPRINTF 1
#define HAVE_STRDUP 1
#define HAVE_STRCASESTR 1
#define HAVE_GETADDRINFO 1
#define HAVE_SOCKADDR_STORAGE 1
#define HAVE_IPV6 1
#define HAVE_WORKING_FORK 1
#define RETSIGTYPE void
#endif
