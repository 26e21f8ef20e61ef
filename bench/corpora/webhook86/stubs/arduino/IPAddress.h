// Stand-in for the Arduino core's <IPAddress.h> (hand-written, declaration-only).
#ifndef W86_IPADDRESS_H
#define W86_IPADDRESS_H
#include <Arduino.h>
class IPAddress {
public:
  IPAddress();
  IPAddress(uint8_t a, uint8_t b, uint8_t c, uint8_t d);
  IPAddress(uint32_t address);
  operator uint32_t() const;
};
#endif
