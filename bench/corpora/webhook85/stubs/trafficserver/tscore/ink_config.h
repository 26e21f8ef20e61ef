/* Hand-written stand-in for the tscore/ink_config.h CMake generates from include/tscore/ink_config.h.cmake.in
   (Linux, OpenSSL 3); only a few feature macros. */
#pragma once
#define BUILD_MACHINE "localhost"
#define BUILD_PERSON "corpus"
#define TS_PKGSYSUSER "nobody"
#define TS_PKGSYSGROUP "nogroup"
#define TS_USE_LINUX_IO_URING 0
#define TS_USE_HWLOC 0
#define TS_HAS_TESTS 0
#define HAVE_CRYPTO_MEMCMP 1
#define TS_USE_POSIX_CAP 0
