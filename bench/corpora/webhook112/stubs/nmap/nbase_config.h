/* Hand-written stand-in for nmap's generated nbase/nbase_config.h (nbase_config.h.in): Linux / glibc. */
#ifndef WH112_NBASE_CONFIG_H
#define WH112_NBASE_CONFIG_H
#define HAVE_SYS_STAT_H 1
#define HAVE_UNISTD_H 1
#define HAVE_SYS_SELECT_H 1
#define HAVE_SYS_TYPES_H 1
#define HAVE_SYS_PARAM_H 1
#define HAVE_STRING_H 1
#define HAVE_NETDB_H 1
#define HAVE_INTTYPES_H 1
#define HAVE_STRINGS_H 1
#define HAVE_SYS_SOCKET_H 1
#define HAVE_NETINET_IN_H 1
#define HAVE_ARPA_INET_H 1
#define HAVE___ATTRIBUTE__ 1
#define HAVE_SNPRINTF 1
#define HAVE_VSNPRINTF 1
#define HAVE_GETOPT_LONG_ONLY 1
#define HAVE_GETADDRINFO 1
#define HAVE_GETNAMEINFO 1
#define HAVE_INET_PTON 1
#define HAVE_INET_NTOP 1
#define HAVE_STRCASESTR 1
#define HAVE_AF_INET6 1
#define HAVE_SOCKADDR_IN6 1
#define HAVE_SOCKADDR_STORAGE 1
#define HAVE_IPV6 1
#define HAVE_OPENSSL 1
#define HAVE_USLEEP 1
#define HAVE_NANOSLEEP 1
#define HAVE_SIGNAL 1
#define HAVE_GETTIMEOFDAY 1
#define HAVE_SYS_TIME_H 1
#define TIME_WITH_SYS_TIME 1
#define HAVE_STRERROR 1
#define LINUX 1
#define HAVE_NETINET_IN_SYSTM_H 1
#endif
