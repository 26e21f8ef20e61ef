/* Hand-written stand-in for the freeDiameter-host.h that CMake generates from include/freeDiameter/freeDiameter-host.h.in
   (Linux, little endian, SCTP disabled because libsctp-dev is not installed). */
#ifndef FD_IS_CONFIG
#define FD_IS_CONFIG
#define HAVE_MALLOC_H
#define HAVE_AI_ADDRCONFIG
#define HAVE_CLOCK_GETTIME
#define HAVE_STRNDUP
#define HAVE_PTHREAD_BAR
#define DISABLE_SCTP
#define GNUTLS_VERSION_210
#define GNUTLS_VERSION_212
#define GNUTLS_VERSION_300
#define GNUTLS_VERSION_310
#define FD_PROJECT_BINARY "freeDiameterd"
#define FD_PROJECT_NAME "freeDiameter"
#define FD_PROJECT_VERSION_MAJOR 1
#define FD_PROJECT_VERSION_MINOR 5
#define FD_PROJECT_VERSION_REV 0
#define FD_PROJECT_VERSION_API 6
#define FD_PROJECT_COPYRIGHT "Copyright (c) 2008-2020, WIDE Project (www.wide.ad.jp) and NICT (www.nict.go.jp)"
#define DEFAULT_CONF_PATH "/etc/freeDiameter"
#define DEFAULT_EXTENSIONS_PATH "/usr/lib/freeDiameter"
#define FD_DEFAULT_CONF_FILENAME "freeDiameter.conf"
#define FD_HOOK_HANDLE_LIMIT 5
#endif
