/* Hand-written stand-in for oftc-ircservices' autoconf config.h (Linux/glibc, OpenSSL). */
#define HAVE_SNPRINTF 1
#define HAVE_VSNPRINTF 1
#define HAVE_LRAND48 1
#define HAVE_MMAP 1
#define HAVE_STRTOK_R 1
#define HAVE_USLEEP 1
#define HAVE_STRLCAT 1
#define HAVE_STRLCPY 1
#define HAVE_STRUCT_SOCKADDR_STORAGE 1
#define HAVE_STRUCT_ADDRINFO 1
#define HAVE_INET_NTOP 1
#define HAVE_INET_PTON 1
#define HAVE_GETADDRINFO 1
#define HAVE_GETNAMEINFO 1
#define HAVE_LIBCRYPTO 1
#define PREFIX "/usr/local"
#define SYSCONFDIR "/usr/local/etc"
#define LIBDIR "/usr/local/lib"
#define DATADIR "/usr/local/share"
#define LOCALSTATEDIR "/usr/local/var"
#define SHARED_SUFFIX ".so"
#define PACKAGE "oftc-ircservices"
#define PACKAGE_NAME "oftc-ircservices"
#define PACKAGE_VERSION "1.5"
#define PACKAGE_STRING "oftc-ircservices 1.5"
#define VERSION "1.5"
#define NICKLEN (30+1)
#define USERLEN (10+1)
#define HOSTLEN (63+1)
#define TOPICLEN (390+1)
#define __IOPOLL_MECHANISM_NONE 0
#define __IOPOLL_MECHANISM_KQUEUE 1
#define __IOPOLL_MECHANISM_EPOLL 2
#define __IOPOLL_MECHANISM_DEVPOLL 3
#define __IOPOLL_MECHANISM_RTSIGIO 4
#define __IOPOLL_MECHANISM_POLL 5
#define __IOPOLL_MECHANISM_SELECT 6
#define USE_IOPOLL_MECHANISM __IOPOLL_MECHANISM_EPOLL
#define USE_BLOCK_ALLOC 1
#define USE_SHARED_MODULES 1
#define SERVICES_HEAP_SIZE 1024
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1 /* AC_GNU_SOURCE */
#endif
