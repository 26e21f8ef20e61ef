/*
 * librb-config.h: librb config file
 * Generated from librb-config.h.in by meson
 * (webhook33 stub: Debian 12 glibc 2.36, OpenSSL backend; no strlcpy/strlcat, kevent, /dev/poll)
 */

#ifndef __LIBRB_CONFIG_H
#define __LIBRB_CONFIG_H

#include <stdlib.h>
#include <stddef.h>
#include <string.h>
#include <stdint.h>
#include <inttypes.h>
#include <sys/types.h>
#include <sys/time.h>
#include <sys/stat.h>
#include <time.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <arpa/inet.h>
#include <unistd.h>
#include <errno.h>


#define HAVE_SYS_POLL_H 1
#define HAVE_SYS_EPOLL_H 1
/* #undef HAVE_SYS_DEVPOLL_H */
/* #undef HAVE_SYS_EVENT_H */
/* #undef HAVE_PORT_H */
#define HAVE_SYS_SIGNALFD_H 1
#define HAVE_SYS_TIMERFD_H 1
/* #undef HAVE_GETEXECNAME */
/* #undef HAVE_STRLCPY */
/* #undef HAVE_STRLCAT */
#define HAVE_STRCASESTR 1
#define HAVE_SIGNALFD 1
/* #undef HAVE_KEVENT */
/* #undef HAVE_PORT_CREATE */
#define HAVE_EPOLL_CTL 1
#define HAVE_ARC4RANDOM 1
#define HAVE_TIMERFD_CREATE 1
#define HAVE_DLINFO 1
#define HAVE_NANOSLEEP 1
#define HAVE_TIMER_CREATE 1
/* #undef HAVE_DEVPOLL */
/* #undef SOCKADDR_IN_HAS_LEN */
#define HAVE_OPENSSL 1
/* #undef HAVE_MBEDTLS */
/* #undef HAVE_GNUTLS */
#define HAVE_CRYPT_H 1
#ifdef HAVE_CRYPT_H
#include <crypt.h>
#endif

typedef socklen_t rb_socklen_t;

/* Define RB_SOCKADDR_HAS_SA_LEN if sockaddr has sa_len member */
#ifdef SOCKADDR_IN_HAS_LEN
#define RB_SOCKADDR_HAS_SA_LEN 1
#endif

/* Indirect definition for consistency with librb/acinclude.m4, but we could make Meson define
 * USE_TIMERFD_CREATE directly */
#ifdef HAVE_SYS_TIMERFD_H
#ifdef HAVE_TIMERFD_CREATE
#define USE_TIMERFD_CREATE
#endif
#endif

/* Use system sockaddr_storage */
#define rb_sockaddr_storage sockaddr_storage

#endif /* __LIBRB_CONFIG_H */
