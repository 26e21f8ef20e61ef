/* Hand-written stand-in for libnetconf2's generated compat.h (glibc: every feature present, so no replacement
 * prototypes are needed). */
#ifndef _COMPAT_H_
#define _COMPAT_H_
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <crypt.h>
#include <alloca.h>
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>
#define UNUSED(x) UNUSED_ ## x __attribute__((__unused__))
#define _PACKED __attribute__((__packed__))
#define COMPAT_CLOCK_ID CLOCK_MONOTONIC
#define HAVE_PTHREAD_MUTEX_TIMEDLOCK
#define HAVE_PTHREAD_MUTEX_CLOCKLOCK
#define HAVE_PTHREAD_RWLOCK_TIMEDRDLOCK
#define HAVE_PTHREAD_RWLOCK_CLOCKRDLOCK
#define HAVE_PTHREAD_RWLOCK_TIMEDWRLOCK
#define HAVE_PTHREAD_RWLOCK_CLOCKWRLOCK
#define HAVE_PTHREAD_COND_CLOCKWAIT
#define HAVE_VDPRINTF
#define HAVE_ASPRINTF
#define HAVE_VASPRINTF
#define HAVE_GETLINE
#define HAVE_STRNDUP
#define HAVE_STRDUPA
#define HAVE_STRCHRNUL
#define HAVE_GET_CURRENT_DIR_NAME
#define HAVE_TIMEGM
#define HAVE_CRYPT_R
/* C11 atomics (the HAVE_STDATOMIC branch) */
#include <stdatomic.h>
#include <stdint.h>
#define ATOMIC_T atomic_uint_fast32_t
#define ATOMIC_PTR_T atomic_uintptr_t
#define ATOMIC_STORE_RELAXED(var, x) atomic_store_explicit(&(var), x, memory_order_relaxed)
#define ATOMIC_LOAD_RELAXED(var) atomic_load_explicit(&(var), memory_order_relaxed)
#define ATOMIC_INC_RELAXED(var) atomic_fetch_add_explicit(&(var), 1, memory_order_relaxed)
#define ATOMIC_DEC_RELAXED(var) atomic_fetch_sub_explicit(&(var), 1, memory_order_relaxed)
#define ATOMIC_PTR_COMPARE_EXCHANGE_RELAXED(var, exp, des, result) \
    result = atomic_compare_exchange_strong_explicit((ATOMIC_PTR_T *)&(var), &(exp), des, memory_order_relaxed, \
            memory_order_relaxed)
#endif
