/* Hand-written stand-in for the config.h that Cetus's CMake build generates from config.h.cmake (Linux, glibc,
 * OpenSSL on). Written for the webhook107 corpus; not part of Cetus. */
#ifndef WH107_CETUS_CONFIG_H
#define WH107_CETUS_CONFIG_H
#define HAVE_EVENT_BASE_NEW 1
#define HAVE_EVENT_BASE_FREE 1
#define HAVE_INTTYPES_H 1
#define HAVE_NETINET_IN_H 1
#define HAVE_NET_IF_H 1
#define HAVE_PWD_H 1
#define HAVE_SIGNAL_H 1
#define HAVE_STDDEF_H 1
#define HAVE_STDINT_H 1
#define HAVE_STDLIB_H 1
#define HAVE_SYSLOG_H 1
#define HAVE_SYS_IOCTL_H 1
#define HAVE_SYS_PARAM_H 1
#define HAVE_SYS_RESOURCE_H 1
#define HAVE_SYS_SOCKET_H 1
#define HAVE_SYS_TIME_H 1
#define HAVE_SYS_TYPES_H 1
#define HAVE_SYS_UIO_H 1
#define HAVE_SYS_UN_H 1
#define HAVE_TIME_H 1
#define HAVE_UNISTD_H 1
#define HAVE_INET_NTOP 1
#define HAVE_GETCWD 1
#define HAVE_SIGNAL 1
#define HAVE_SRANDOM 1
#define HAVE_STRERROR 1
#define HAVE_WRITEV 1
#define HAVE_SIGACTION 1
#define HAVE_SOCKLEN_T 1
#define HAVE_GTHREAD 1
#define HAVE_GTHREAD_H 1
#define HAVE_OPENSSL 1
#define SIZEOF_RLIM_T 8
#define SIMPLE_PARSER 1
#define PACKAGE "cetus"
#define PACKAGE_NAME "cetus"
#define PACKAGE_VERSION "2.3.7"
#define PACKAGE_STRING "cetus 2.3.7"
#define PLUGINDIR "/usr/local/cetus/lib/cetus/plugins"
#define LIBDIR "/usr/local/cetus/lib"
#endif
