/* Hand-written stand-in for the lwan-build-config.h that CMake generates from
 * src/cmake/lwan-build-config.h.cmake (glibc / Linux, no optional libraries). */
#pragma once
#define LWAN_VERSION "0.0-webhook74"
#define LWAN_HAVE_ACCEPT4
#define LWAN_HAVE_ALLOCA_H
#define LWAN_HAVE_CLOCK_GETTIME
#define LWAN_HAVE_GET_CURRENT_DIR_NAME
#define LWAN_HAVE_GETAUXVAL
#define LWAN_HAVE_MEMPCPY
#define LWAN_HAVE_MEMRCHR
#define LWAN_HAVE_MKOSTEMP
#define LWAN_HAVE_PIPE2
#define LWAN_HAVE_PTHREADBARRIER
#define LWAN_HAVE_READAHEAD
#define LWAN_HAVE_REALLOCARRAY
#define LWAN_HAVE_EPOLL
#define LWAN_HAVE_POSIX_FADVISE
#define LWAN_HAVE_GETENTROPY
#define LWAN_HAVE_GETTID
#define LWAN_HAVE_SECURE_GETENV
#define LWAN_HAVE_STATFS
#define LWAN_HAVE_SYSLOG
#define LWAN_HAVE_STPCPY
#define LWAN_HAVE_EVENTFD
#define LWAN_HAVE_MINCORE
#define LWAN_HAVE_BUILTIN_MUL_OVERFLOW
#define LWAN_HAVE_BUILTIN_ADD_OVERFLOW
#define LWAN_HAVE_BUILTIN_EXPECT_PROBABILITY
#define LWAN_HAVE_STATIC_ASSERT
