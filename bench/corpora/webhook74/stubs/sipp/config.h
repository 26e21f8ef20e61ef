/* Hand-written stand-in for the config.h that SIPp's CMake generates from include/config.h.in (glibc / Linux). */
#ifndef _CONFIGURATION_HEADER_GUARD_H_
#define _CONFIGURATION_HEADER_GUARD_H_
#define HAVE_ENDIAN_H
#define HAVE_EPOLL
#define HAVE_UDP_UH_PREFIX
#endif
