/* hand-written stand-in for jedisct1/vtun's autoconf config.h (Linux, libsodium) */
#ifndef W100_JEDISCT1_VTUN_CONFIG_H
#define W100_JEDISCT1_VTUN_CONFIG_H
#define HAVE_ARPA_INET_H 1
#define HAVE_NETDB_H 1
#define HAVE_NETINET_IN_H 1
#define HAVE_NETINET_TCP_H 1
#define HAVE_NETINET_IP_H 1
#define HAVE_LINUX_IF_TUN_H 1
#define HAVE_SCHED_H 1
#define HAVE_RESOLV_H 1
#define HAVE_SYS_RESOURCE_H 1
#define HAVE_SODIUM 1
#define HAVE_ZLIB 1
#define HAVE_SHAPER 1
#define VTUN_VER "3.X sodium"
#endif
