/* Hand-written stand-in for conserver's autoconf config.h (Debian 12 / glibc, OpenSSL 3, crypt(3) and shadow
 * passwords, no PAM, no GSSAPI, no FreeIPMI, IPv4). */
#ifndef WH87_CONSERVER_CONFIG_H
#define WH87_CONSERVER_CONFIG_H
#define STDC_HEADERS 1
#define HAVE_UNISTD_H 1
#define HAVE_SYS_SELECT_H 1
#define HAVE_SYS_IOCTL_H 1
#define HAVE_SYS_WAIT_H 1
#define HAVE_SYSEXITS_H 1
#define HAVE_STRERROR 1
#define TIME_WITH_SYS_TIME 1
#define HAVE_SYS_TIME_H 1
#define HAVE_SHADOW_H 1
#define HAVE_GETSPNAM 1
#define HAVE_CRYPT_H 1
#define HAVE_GETOPT_H 1
#define HAVE_SYS_RESOURCE_H 1
#define HAVE_SYS_UIO_H 1
#define HAVE_PTY_H 1
#define HAVE_GETSID 1
#define HAVE_SETSID 1
#define HAVE_SETGROUPS 1
#define HAVE_IN_ADDR_T 1
#define HAVE_SOCKLEN_T 1
#define HAVE_STRCASECMP 1
#define HAVE_INET_ATON 1
#define HAVE_GETTIMEOFDAY 1
#define HAVE_MEMSET 1
#define HAVE_SIGACTION 1
#define HAVE_SETPROCTITLE 0
#define HAVE_OPENSSL 1
#define HAVE_POSIX_REGCOMP 1
#define USE_UNIX_DOMAIN_SOCKETS 0
#define USE_IPV6 0
#define USE_EXTENDED_MESSAGES 0
#define HAVE_DMALLOC 0
#define HAVE_FREEIPMI 0
#define HAVE_GSSAPI 0
#define HAVE_PAM 0
#define CONFIGFILE "/etc/conserver.cf"
#define PASSWDFILE "/etc/conserver.passwd"
#define CLIENTCONFIGFILE "/etc/console.cf"
#define LOGFILEPATH ""
#define PIDFILE "/run/conserver.pid"
#define MASTERHOST "console"
#define DEFPORT "conserver"
#define DEFBASEPORT "0"
#define CONNECTTIMEOUT 10
#define MAXMEMB 16
#define UDSDIR "/tmp/conserver"
#define CONFIGINVOCATION ""
#define RETSIGTYPE void
#endif
