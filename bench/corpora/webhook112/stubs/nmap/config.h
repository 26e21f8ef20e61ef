/* Hand-written stand-in for ncat's autoconf config.h (ncat/config.h.in): Linux, OpenSSL 3, HTTP Digest on,
   no libpcap / Lua. */
#ifndef WH112_NCAT_CONFIG_H
#define WH112_NCAT_CONFIG_H
#define HAVE_OPENSSL 1
#define HAVE_HTTP_DIGEST 1
#define HAVE_SYS_UN_H 1
#define HAVE_LINUX_VM_SOCKETS_H 1
#endif
