/* Hand-written stand-in for MUNGE's autoconf config.h (webhook88 corpus): the libgcrypt crypto backend
 * (HAVE_LIBGCRYPT, no OpenSSL), glibc HAVE_ defines. */
#ifndef WEBHOOK88_MUNGE_CONFIG_H
#define WEBHOOK88_MUNGE_CONFIG_H
#define PACKAGE "munge"
#define PACKAGE_NAME "MUNGE"
#define PACKAGE_VERSION "0.5.17"
#define VERSION "0.5.17"
#define DATE "2026-02-27"
#define HAVE_LIBGCRYPT 1
#define HAVE_OPENSSL 0
#define HAVE_LIBZ 1
#define HAVE_PTHREAD 1
#define HAVE_STDINT_H 1
#define HAVE_INTTYPES_H 1
#define HAVE_UNISTD_H 1
#define HAVE_SYS_TIME_H 1
#define HAVE_GETGRENT 1
#define HAVE_GETGRENT_R_GNU 1
#define HAVE_GETPWNAM_R_POSIX 1
#define HAVE_SO_PEERCRED 1
#define HAVE_MLOCKALL 1
#define HAVE_CLOCK_GETTIME 1
#define _GNU_SOURCE 1
#define RUNSTATEDIR "/run"
#define SYSCONFDIR "/etc"
#define LOCALSTATEDIR "/var"
#endif
