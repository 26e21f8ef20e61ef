/* Hand-written stand-in for the ESP8266 NONOS SDK <ip_addr.h>. */
#ifndef WH106_IP_ADDR_H
#define WH106_IP_ADDR_H
#include <c_types.h>
struct ip_addr { uint32 addr; };
typedef struct ip_addr ip_addr_t;
struct ip_info { struct ip_addr ip; struct ip_addr netmask; struct ip_addr gw; };
#define IP2STR(ipaddr) ((uint8*)(ipaddr))[0], ((uint8*)(ipaddr))[1], ((uint8*)(ipaddr))[2], ((uint8*)(ipaddr))[3]
#define IPSTR "%d.%d.%d.%d"
#define IP4_ADDR(ipaddr, a,b,c,d) (ipaddr)->addr = ((uint32)(d) << 24) | ((uint32)(c) << 16) | ((uint32)(b) << 8) | (uint32)(a)
uint32 ipaddr_addr(const char *cp);
#endif
