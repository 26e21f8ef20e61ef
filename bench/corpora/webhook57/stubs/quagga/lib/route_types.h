/* Hand-written stand-in for the route_types.h that Quagga generates from lib/route_types.txt
 * (route type numbers only, in the order of that file). */
#ifndef _QUAGGA_ROUTE_TYPES_H
#define _QUAGGA_ROUTE_TYPES_H
#define ZEBRA_ROUTE_SYSTEM 0
#define ZEBRA_ROUTE_KERNEL 1
#define ZEBRA_ROUTE_CONNECT 2
#define ZEBRA_ROUTE_STATIC 3
#define ZEBRA_ROUTE_RIP 4
#define ZEBRA_ROUTE_RIPNG 5
#define ZEBRA_ROUTE_OSPF 6
#define ZEBRA_ROUTE_OSPF6 7
#define ZEBRA_ROUTE_ISIS 8
#define ZEBRA_ROUTE_BGP 9
#define ZEBRA_ROUTE_PIM 10
#define ZEBRA_ROUTE_HSLS 11
#define ZEBRA_ROUTE_OLSR 12
#define ZEBRA_ROUTE_BABEL 13
#define ZEBRA_ROUTE_NHRP 14
#define ZEBRA_ROUTE_MAX 15
#define QUAGGA_REDIST_STR_RIPD "(kernel|connected|static|ospf|isis|bgp|pim|olsr|babel|nhrp)"
#define QUAGGA_REDIST_HELP_STR_RIPD "Kernel routes\n"
#define QUAGGA_REDIST_STR_OSPFD "(kernel|connected|static|rip|isis|bgp|pim|olsr|babel|nhrp)"
#define QUAGGA_REDIST_HELP_STR_OSPFD "Kernel routes\n"
#endif
