/* Hand-written stand-in for the platform.h czmq's configure / CMake generates (Linux, glibc). */
#ifndef CZMQ_STUB_PLATFORM_H
#define CZMQ_STUB_PLATFORM_H
#define CZMQ_HAVE_LINUX 1
#define HAVE_LINUX_WIRELESS_H 1
#define HAVE_NET_IF_H 1
#define HAVE_NET_IF_MEDIA_H 0
#define HAVE_GETIFADDRS 1
#define HAVE_FREEIFADDRS 1
#endif
