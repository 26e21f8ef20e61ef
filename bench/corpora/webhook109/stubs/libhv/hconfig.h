/* Hand-written stand-in for libhv's generated hconfig.h (CMake configure_file of hconfig.h.in), values for a
   glibc Linux host as on Debian 12; no TLS backend, no optional features. */
#ifndef HV_CONFIG_H_
#define HV_CONFIG_H_
#define HAVE_STDBOOL_H 1
#define HAVE_STDINT_H 1
#define HAVE_STDATOMIC_H 1
#define HAVE_SYS_TYPES_H 1
#define HAVE_SYS_STAT_H 1
#define HAVE_SYS_TIME_H 1
#define HAVE_FCNTL_H 1
#define HAVE_PTHREAD_H 1
#define HAVE_ENDIAN_H 1
#define HAVE_SYS_ENDIAN_H 0
#define HAVE_GETTID 0
#define HAVE_STRLCPY 0
#define HAVE_STRLCAT 0
#define HAVE_CLOCK_GETTIME 1
#define HAVE_GETTIMEOFDAY 1
#define HAVE_PTHREAD_SPIN_LOCK 1
#define HAVE_PTHREAD_MUTEX_TIMEDLOCK 1
#define HAVE_SEM_TIMEDWAIT 1
#define HAVE_PIPE 1
#define HAVE_SOCKETPAIR 1
#define HAVE_EVENTFD 1
#define HAVE_SETPROCTITLE 0
#endif /* HV_CONFIG_H_ */
