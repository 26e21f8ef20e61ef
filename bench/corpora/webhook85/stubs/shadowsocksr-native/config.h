/* Hand-written stand-in for the config.h CMake generates from config.h.cmake (Linux, OpenSSL-less build);
   only the defines the obfs sources look at. */
#ifndef SSR_STUB_CONFIG_H
#define SSR_STUB_CONFIG_H
#define HAVE_ARPA_INET_H 1
#define HAVE_INTTYPES_H 1
#define HAVE_NETINET_IN_H 1
#define HAVE_STDINT_H 1
#define HAVE_STDLIB_H 1
#define HAVE_STRING_H 1
#define HAVE_SYS_SOCKET_H 1
#define HAVE_UNISTD_H 1
#define PACKAGE_VERSION "0.0"
#define VERSION "0.0"
#endif
