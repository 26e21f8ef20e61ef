/* Hand-written stand-in for OpenPBS's autoconf pbs_config.h (webhook88 corpus): Linux, glibc, OpenSSL,
 * only the defines the parsed files test. */
#ifndef WEBHOOK88_PBS_CONFIG_H
#define WEBHOOK88_PBS_CONFIG_H
#define PBS_VERSION "23.06.06"
#define PACKAGE_VERSION "23.06.06"
#define PBS_CONF_FILE "/etc/pbs.conf"
#define HAVE_STDLIB_H 1
#define HAVE_STRING_H 1
#define HAVE_UNISTD_H 1
#define HAVE_SYS_TIME_H 1
#define HAVE_NETINET_IN_H 1
#define HAVE_SYS_SELECT_H 1
#define HAVE_POLL_H 1
#define HAVE_STRUCT_POLLFD 1
#define HAVE_POLL 1
#define HAVE_EPOLL 1
#define HAVE_SYS_EPOLL_H 1
#define HAVE_MALLOC_INFO 1
#define HAVE_LIBSSL 1
#define MOM_ALPS 0
#define _GNU_SOURCE 1
#define TMP_DIR "/var/tmp"
#define pbs_socklen_t socklen_t
#endif
