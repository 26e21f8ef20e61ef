/* Hand-written stand-in for lib/route_types.h, which the ospf-mdr build generates from lib/route_types.txt
 * (route_types.pl). Route type numbers in the order of route_types.txt; redistribute strings shortened. */
#ifndef WEBHOOK82_ROUTE_TYPES_H
#define WEBHOOK82_ROUTE_TYPES_H
#define ZEBRA_ROUTE_SYSTEM   0
#define ZEBRA_ROUTE_KERNEL   1
#define ZEBRA_ROUTE_CONNECT  2
#define ZEBRA_ROUTE_STATIC   3
#define ZEBRA_ROUTE_RIP      4
#define ZEBRA_ROUTE_RIPNG    5
#define ZEBRA_ROUTE_OSPF     6
#define ZEBRA_ROUTE_OSPF6    7
#define ZEBRA_ROUTE_ISIS     8
#define ZEBRA_ROUTE_BGP      9
#define ZEBRA_ROUTE_HSLS     10
#define ZEBRA_ROUTE_OLSR     11
#define ZEBRA_ROUTE_BABEL    12
#define ZEBRA_ROUTE_MAX      13
#define QUAGGA_REDIST_STR_RIPD "(kernel|connected|static|ospf|isis|bgp|babel)"
#define QUAGGA_REDIST_HELP_STR_RIPD "Kernel\nConnected\nStatic\nOSPF\nIS-IS\nBGP\nBabel\n"
#define QUAGGA_REDIST_STR_OSPFD "(kernel|connected|static|rip|isis|bgp|babel)"
#define QUAGGA_REDIST_HELP_STR_OSPFD "Kernel\nConnected\nStatic\nRIP\nIS-IS\nBGP\nBabel\n"
#define QUAGGA_REDIST_STR_ISISD "(kernel|connected|static|rip|ripng|ospf|ospf6|bgp|babel)"
#define QUAGGA_REDIST_HELP_STR_ISISD "Kernel\nConnected\nStatic\nRIP\nRIPng\nOSPF\nOSPFv3\nBGP\nBabel\n"
#endif
