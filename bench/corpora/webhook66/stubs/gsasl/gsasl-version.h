/* Hand-written stand-in for lib/src/gsasl-version.h (generated from gsasl-version.h.in). */
#ifndef GSASL_VERSION_H
#define GSASL_VERSION_H
#define GSASL_VERSION "2.2.0"
#define GSASL_VERSION_MAJOR 2
#define GSASL_VERSION_MINOR 2
#define GSASL_VERSION_PATCH 0
#define GSASL_VERSION_NUMBER 0x020200
#endif
