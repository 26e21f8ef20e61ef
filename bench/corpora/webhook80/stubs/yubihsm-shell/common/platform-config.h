/* Hand-written stand-in for yubihsm-shell's common/platform-config.h, which CMake generates from
   common/platform-config.h.in (webhook80 corpus). On Linux none of its four Windows macros is defined. */
#ifndef YUBIHSM_CONFIG_H
#define YUBIHSM_CONFIG_H
#endif
