/* Hand-written stand-in for Traffic Server's ts/remap_version.h (API compatibility macro only). */
#pragma once
#define TSREMAP_VMAJOR  3
#define TSREMAP_VMINOR  0
#define TSREMAP_VERSION ((TSREMAP_VMAJOR << 16) | TSREMAP_VMINOR)
#define CHECK_REMAP_API_COMPATIBILITY(api_info, errbuf, errlen) \
  do {                                                          \
  } while (0)
