/* Hand-written stand-in for the autoconf config.h of USNavalResearchLaboratory/ospf-mdr (Quagga-based), Linux / glibc.
 * Only the defines the selected files need; declaration-only. */
#ifndef WEBHOOK82_OSPF_MDR_CONFIG_H
#define WEBHOOK82_OSPF_MDR_CONFIG_H
#define GNU_LINUX 1
#define HAVE_IPV6 1
#define LINUX_IPV6 1
#define HAVE_NETLINK 1
#define HAVE_SOCKLEN_T 1
#define HAVE_LIMITS_H 1
#define HAVE_INTTYPES_H 1
#define HAVE_NETINET_IN_H 1
#define HAVE_NETDB_H 1
#define HAVE_NET_ROUTE_H 1
#define HAVE_SYS_SELECT_H 1
#define HAVE_ASM_TYPES_H 1
#define HAVE_NETINET_ICMP6_H 1
#define HAVE_STRUCT_IN_PKTINFO 1
#define HAVE_STRUCT_SOCKADDR_IN6_SIN6_SCOPE_ID 1
#define HAVE_INET_NTOP 1
#define HAVE_INET_PTON 1
#define HAVE_CLOCK_MONOTONIC 1
#define HAVE_OPAQUE_LSA 1
#define TIME_WITH_SYS_TIME 1
#define WORDS_SMALLENDIAN 1
#define ISIS_METHOD_PFPACKET 1
#define ISIS_METHOD_DLPI 2
#define ISIS_METHOD_BPF 3
#define ISIS_METHOD ISIS_METHOD_PFPACKET
#define QUAGGA_PROGNAME "quagga"
#define PACKAGE_NAME "Quagga"
#define PACKAGE_VERSION "0.99.21mr2.2"
#define QUAGGA_VERSION "0.99.21mr2.2"
#define PATH_ZEBRA_PID "/var/run/zebra.pid"
#define ZEBRA_SERV_PATH "/var/run/zserv.api"
#define ZEBRA_VTYSH_PATH "/var/run/zebra.vty"
#define OSPF_VTYSH_PATH "/var/run/ospfd.vty"
#define RIP_VTYSH_PATH "/var/run/ripd.vty"
#define ISIS_VTYSH_PATH "/var/run/isisd.vty"
#endif
