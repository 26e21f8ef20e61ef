/* Hand-written stand-in for NRPE's configure-generated include/config.h (Debian 12 / glibc, OpenSSL 3,
 * no libwrap). include/common.h is made from the project's common.h.in by extract.sh (sed of the @SSL_...@
 * substitutions). */
#ifndef _CONFIG_H
#define _CONFIG_H
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <stdarg.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include <signal.h>
#include <syslog.h>
#include <errno.h>
#include <fcntl.h>
#include <ctype.h>
#include <pwd.h>
#include <grp.h>
#include <limits.h>
#include <dirent.h>
#include <time.h>
#include <sys/time.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <sys/poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/resource.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <arpa/inet.h>
#include <netdb.h>
#define HAVE_SSL 1
#define HAVE_SIGACTION 1
#define HAVE_INITGROUPS 1
#define HAVE_STRDUP 1
#define HAVE_GETOPT_LONG 1
#include <getopt.h>
#define DEFAULT_SERVER_PORT 5666
#define NRPE_LOG_FACILITY "daemon"
#define DEFAULT_NRPE_USER "nagios"
#define DEFAULT_NRPE_GROUP "nagios"
#define NRPE_PID_FILE "/run/nrpe.pid"
#define SOCKET_SIZE_TYPE socklen_t
#define GETGROUPS_T gid_t
#define RETSIGTYPE void
#define SETEUID(id) seteuid(id)
#endif
