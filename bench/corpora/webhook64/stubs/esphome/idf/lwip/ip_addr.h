// Hand-written declaration-only stand-in for an ESP-IDF header (the SDK is not installed); only what the
// ESPHome files of this corpus use.
// lwIP built without IPv6 (LWIP_IPV6 undefined): ip_addr_t is the IPv4 address.
#pragma once
#include <stdint.h>
typedef uint8_t u8_t;
typedef uint32_t u32_t;
typedef struct ip4_addr { u32_t addr; } ip4_addr_t;
typedef ip4_addr_t ip_addr_t;
#ifdef __cplusplus
extern "C" {
#endif
int ipaddr_aton(const char *cp, ip_addr_t *addr);
char *ipaddr_ntoa(const ip_addr_t *addr);
u32_t lwip_htonl(u32_t x);
#ifdef __cplusplus
}
#endif
#define ip_addr_set_zero(ipaddr) ((ipaddr)->addr = 0)
#define IP_ADDR4(ipaddr, a, b, c, d) \
  ((ipaddr)->addr = lwip_htonl(((u32_t) (a) << 24) | ((u32_t) (b) << 16) | ((u32_t) (c) << 8) | (u32_t) (d)))
#define ip_addr_copy(dest, src) ((dest).addr = (src).addr)
#define ip_addr_isany(addr1) ((addr1) == NULL || (addr1)->addr == 0)
#define IP_IS_V4(ipaddr) 1
#define IP_IS_V6(ipaddr) 0
#define ip_addr_cmp(addr1, addr2) ((addr1)->addr == (addr2)->addr)
