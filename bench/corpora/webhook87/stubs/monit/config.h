/* Hand-written stand-in for monit's autoconf config.h and libmonit's xconfig.h (Debian 12 / glibc, OpenSSL 3,
 * no PAM, no zlib). */
#ifndef WH87_MONIT_CONFIG_H
#define WH87_MONIT_CONFIG_H
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif
#define HAVE_ARPA_INET_H 1
#define HAVE_CRYPT_H 1
#define HAVE_CTYPE_H 1
#define HAVE_ERRNO_H 1
#define HAVE_FCNTL_H 1
#define HAVE_GRP_H 1
#define HAVE_INTTYPES_H 1
#define HAVE_LIMITS_H 1
#define HAVE_NETDB_H 1
#define HAVE_NETINET_IN_H 1
#define HAVE_OPENSSL 1
#define HAVE_PTHREAD_H 1
#define HAVE_PWD_H 1
#define HAVE_REGEX_H 1
#define HAVE_SETJMP_H 1
#define HAVE_SIGNAL_H 1
#define HAVE_STDARG_H 1
#define HAVE_STDIO_H 1
#define HAVE_STDLIB_H 1
#define HAVE_STRINGS_H 1
#define HAVE_STRING_H 1
#define HAVE_SYSLOG 1
#define HAVE_SYSLOG_H 1
#define HAVE_SYS_SOCKET_H 1
#define HAVE_SYS_STAT_H 1
#define HAVE_SYS_TYPES_H 1
#define HAVE_SYS_UTSNAME_H 1
#define HAVE_UNISTD_H 1
#define HAVE_SYS_TIME_H 1
#define HAVE_TIME_H 1
#define HAVE_DIRENT_H 1
#define HAVE_SYS_WAIT_H 1
#define HAVE_POLL_H 1
#define HAVE_SYS_UN_H 1
#define HAVE_NETINET_TCP_H 1
#define HAVE_SYS_RESOURCE_H 1
#define HAVE_SYS_IOCTL_H 1
#define HAVE_GETOPT_H 1
#define PACKAGE "monit"
#define PACKAGE_VERSION "5.23.0"
#define VERSION "5.23.0"
#define PACKAGE_URL "https://mmonit.com/monit/"
#define PACKAGE_BUGREPORT "monit-general@nongnu.org"
#define PACKAGE_NAME "monit"
#define PACKAGE_STRING "monit 5.23.0"
#define PACKAGE_TARNAME "monit"
#define SYSCONFDIR "/etc"
#endif
