/* Hand-written stand-in for fetchmail's autoconf config.h (webhook110 corpus): Debian 12 / glibc, OpenSSL,
 * POP3 (with RPA), IMAP, NTLM enabled. */
#ifndef WH110_FETCHMAIL_CONFIG_H
#define WH110_FETCHMAIL_CONFIG_H
#define PACKAGE "fetchmail"
#define PACKAGE_NAME "fetchmail"
#define VERSION "6.3.26"
#define PACKAGE_VERSION "6.3.26"
#define STDC_HEADERS 1
#define TIME_WITH_SYS_TIME 1
#define HAVE_SYS_TIME_H 1
#define HAVE_UNISTD_H 1
#define HAVE_STDARG_H 1
#define HAVE_ARPA_INET_H 1
#define HAVE_SYS_SOCKET_H 1
#define HAVE_NETINET_IN_H 1
#define HAVE_SOCKETPAIR 1
#define HAVE_SNPRINTF 1
#define HAVE_VSNPRINTF 1
#define HAVE_STRSTR 1
#define HAVE_STRDUP 1
#define HAVE_STRERROR 1
#define HAVE_STRCASECMP 1
#define HAVE_STRLCPY 0
#define HAVE_DECL_STRLCPY 0
#define HAVE_DECL_STRLCAT 0
#define HAVE_GETADDRINFO 1
#define HAVE_GETNAMEINFO 1
#define HAVE_INET_NTOP 1
#define HAVE_NET_IF_H 1
#define HAVE_RESOLV_H 1
#define HAVE_RES_SEARCH 1
#define HAVE_ALLOCA_H 1
#define RETSIGTYPE void
#define POP3_ENABLE 1
#define RPA_ENABLE 1
#define IMAP_ENABLE 1
#define ETRN_ENABLE 1
#define ODMR_ENABLE 1
#define NTLM_ENABLE 1
#define SSL_ENABLE 1
#define HAVE_LIBCRYPTO 1
#define HAVE_LIBSSL 1
#define ENABLE_NLS 0
#define CAN_MONITOR 1
#endif
