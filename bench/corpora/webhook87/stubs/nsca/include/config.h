/* Hand-written stand-in for NSCA's configure-generated include/config.h (Debian 12 / glibc, no libmcrypt,
 * no libwrap). nsca.c includes "../include/config.h": gen_cc.py adds -I.../stubs/nsca/src so that path lands here. */
#ifndef _CONFIG_H
#define _CONFIG_H
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
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
#include <time.h>
#include <sys/time.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <sys/poll.h>
#include <sys/socket.h>
#include <sys/resource.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <netdb.h>
#include <limits.h>
#define DEFAULT_SERVER_PORT 5667
#define NSCA_LOG_FACILITY "daemon"
#define HAVE_SIGACTION 1
#define HAVE_INITGROUPS 1
#define HAVE_STRDUP 1
#define SOCKET_SIZE_TYPE ""
#define GETGROUPS_T ""
#define RETSIGTYPE ""
#endif
