// Hand-written declaration-only stand-in for an ESP-IDF header (the SDK is not installed); only what the
// ESPHome files of this corpus use.
#pragma once
#include <stdint.h>
typedef struct { uint32_t addr; } esp_ip4_addr_t;
typedef struct { uint32_t addr[4]; uint8_t zone; } esp_ip6_addr_t;
typedef struct _ip_addr {
  union {
    esp_ip6_addr_t ip6;
    esp_ip4_addr_t ip4;
  } u_addr;
  uint8_t type;
} esp_ip_addr_t;
