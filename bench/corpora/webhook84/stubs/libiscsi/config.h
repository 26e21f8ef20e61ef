/* Hand-written stand-in for the config.h that libiscsi's configure generates on glibc Linux (header availability
   only; built-in MD5/SHA, no gnutls/gcrypt). */
#ifndef WEBHOOK84_LIBISCSI_CONFIG_H
#define WEBHOOK84_LIBISCSI_CONFIG_H
#define HAVE_SYS_TYPES_H 1
#define HAVE_ARPA_INET_H 1
#define HAVE_NETINET_IN_H 1
#define HAVE_SYS_SOCKET_H 1
#define HAVE_UNISTD_H 1
#define HAVE_POLL_H 1
#define HAVE_STDINT_H 1
#endif
