/* Hand-written stand-in for include/inn/version.h, which support/mkversion generates at build time. */
#ifndef INN_VERSION_H
#define INN_VERSION_H 1
#define INN_VERSION_MAJOR 2
#define INN_VERSION_MINOR 8
#define INN_VERSION_PATCH 0
#define INN_VERSION_EXTRA ""
#define INN_VERSION_STRING "2.8.0"
#endif
