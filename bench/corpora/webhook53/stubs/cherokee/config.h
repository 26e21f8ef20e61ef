/* Hand-written stand-in for the config.h Cherokee's ./configure writes (webhook53 corpus):
 * only what the parsed validator_*.c files need, for glibc / x86-64 Linux with pthreads and
 * crypt_r(). */
#ifndef CHEROKEE_CORPUS_CONFIG_H
#define CHEROKEE_CORPUS_CONFIG_H
#define PACKAGE_VERSION "1.2.104"
#define PACKAGE_MAJOR_VERSION "1"
#define PACKAGE_MINOR_VERSION "2"
#define PACKAGE_MICRO_VERSION "104"
#define HAVE_ENDIAN_H 1
#define HAVE_INTTYPES_H 1
#define HAVE_STDINT_H 1
#define HAVE_FCNTL_H 1
#define HAVE_DLFCN_H 1
#define HAVE_PTHREAD 1
#define HAVE_SCHED_H 1
#define HAVE_SCHED_YIELD 1
#define HAVE_INLINE 1
#define SIZEOF_INT 4
#define SIZEOF_LONG 8
#define SIZEOF_TIME_T 8
#define SIZEOF_OFF_T 8
#define SIZEOF_SIZE_T 8
#define SIZEOF_UNSIGNED_INT 4
#define SIZEOF_UNSIGNED_LONG 8
#define SIZEOF_UNSIGNED_LONG_LONG 8
#define HAVE_UNISTD_H 1
#define HAVE_SYS_TIME_H 1
#define HAVE_SYS_SOCKET_H 1
#define HAVE_NETINET_IN_H 1
#define HAVE_ARPA_INET_H 1
#define HAVE_SYS_UN_H 1
#define HAVE_NETDB_H 1
#define HAVE_CRYPT_H 1
#define HAVE_STRSEP 1
#define HAVE_STRCASESTR 1
#define HAVE_PWD_H 1
#define HAVE_GRP_H 1
#define HAVE_SYS_UIO_H 1
#define HAVE_MALLOC 1
#define HAVE_PTHREAD_MUTEXATTR_SETTYPE 1
#define HAVE_VA_LIST_AS_ARRAY 1
#define HAVE_CRYPT_R 1
#define CRYPT_R_STRUCT_CRYPT_DATA 1
#endif
