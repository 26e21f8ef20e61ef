/* Hand-written stand-in for libnetconf2's generated nc_version.h. */
#ifndef NC_VERSION_H_
#define NC_VERSION_H_
#define NC_VERSION_MAJOR 4
#define NC_VERSION_MINOR 0
#define NC_VERSION_MICRO 0
#define NC_VERSION "4.0.0"
#endif
