/* Hand-written stand-in for the ngtcp2/version.h that configure/CMake generates from
   lib/includes/ngtcp2/version.h.in (webhook59 corpus). */
#ifndef NGTCP2_VERSION_H
#define NGTCP2_VERSION_H
#define NGTCP2_VERSION "1.15.0-DEV"
#define NGTCP2_VERSION_NUM 0x010f00
#endif
