/* Hand-written stand-in for vire's autoconf-generated config.h (configure.ac defaults on Linux: epoll,
 * backtrace, little endian, spinlocks; no jemalloc, no debug log). */
#ifndef WH99_VIRE_CONFIG_H
#define WH99_VIRE_CONFIG_H
#define VR_VERSION_MAJOR 1
#define VR_VERSION_MINOR 0
#define VR_VERSION_PATCH 0
#define VR_VERSION_STRING "1.0.0"
#define HAVE_LITTLE_ENDIAN 1
#define HAVE_BACKTRACE 1
#define HAVE_EPOLL 1
#define HAVE_SPINLOCK 1
#define PACKAGE "vire"
#define PACKAGE_NAME "vire"
#define PACKAGE_VERSION "1.0.0"
#define PACKAGE_STRING "vire 1.0.0"
#define VERSION "1.0.0"
#endif
