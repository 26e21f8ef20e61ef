/* Hand-written for the webhook69 corpus: stands in for the config.h that
   freeradius-client's configure generates (glibc / Debian 12 answers only). */
#ifndef FRC_STUB_CONFIG_H
#define FRC_STUB_CONFIG_H
#define STDC_HEADERS 1
#define HAVE_NETDB_H 1
#define HAVE_SYSLOG_H 1
#define HAVE_STRCHR 1
#define HAVE_SNPRINTF 1
#define HAVE_VSNPRINTF 1
#define HAVE_UNISTD_H 1
#define HAVE_FCNTL_H 1
#define HAVE_SYS_FILE_H 1
#define HAVE_SYS_STAT_H 1
#define HAVE_SYS_UTSNAME_H 1
#define HAVE_SYS_IOCTL_H 1
#define HAVE_LIMITS_H 1
#define HAVE_TERMIOS_H 1
#define HAVE_PWD_H 1
#define HAVE_SYS_SOCKET_H 1
#define HAVE_NETINET_IN_H 1
#define HAVE_ARPA_INET_H 1
#define HAVE_SIGNAL_H 1
#define HAVE_GETOPT_H 1
#define TIME_WITH_SYS_TIME 1
#define HAVE_SYS_TIME_H 1
#define HAVE_RANDOM 1
#define HAVE_GETENTROPY 1
#define PACKAGE "freeradius-client"
#define VERSION "1.1.7"
#endif
