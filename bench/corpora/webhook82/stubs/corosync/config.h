/* Hand-written stand-in for corosync's autoconf include/corosync/config.h / config.h (v2.4.6), Linux / glibc.
 * Only what exec/totemcrypto.c and the headers it pulls in need. */
#ifndef WEBHOOK82_COROSYNC_CONFIG_H
#define WEBHOOK82_COROSYNC_CONFIG_H
#define HAVE_CONFIG_H 1
#define PACKAGE "corosync"
#define PACKAGE_VERSION "2.4.6"
#define VERSION "2.4.6"
#define LOCALSTATEDIR "/var"
#define COROSYSCONFDIR "/etc/corosync"
#define SOCKETDIR "/var/run"
#define LOGDIR "/var/log/cluster"
#define HAVE_STDINT_H 1
#define HAVE_SYS_TYPES_H 1
#endif
