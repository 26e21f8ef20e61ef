/* webhook33 stub: src/libssh2_config_cmake.h.in as CMake fills it on Debian 12 (glibc, x86_64). */
/* Headers */
#define HAVE_UNISTD_H
#define HAVE_INTTYPES_H
#define HAVE_SYS_SELECT_H
#define HAVE_SYS_UIO_H
#define HAVE_SYS_IOCTL_H
#define HAVE_SYS_TIME_H
#define HAVE_SYS_UN_H
/* for example and tests */
#define HAVE_ARPA_INET_H
#define HAVE_NETINET_IN_H
/* Functions */
/* #undef HAVE_MEMSET_S */
/* #undef HAVE_MEMSET_EXPLICIT */
#define HAVE_POLL
/* Socket non-blocking support */
#define HAVE_O_NONBLOCK
/* #undef HAVE_FIONBIO */
/* #undef HAVE_IOCTLSOCKET_CASE */
/* #undef HAVE_SO_NONBLOCK */
