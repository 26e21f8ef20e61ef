// Hand-written stand-in for the booster/build_config.h CMake generates from
// booster/lib/booster_build_config.cmake.h (Linux, glibc).
#ifndef BOOSTER_BUILD_CONFIG_H
#define BOOSTER_BUILD_CONFIG_H
#define BOOSTER_HAVE_STDINT_H
#define BOOSTER_HAVE_INTTYPES_H
#define BOOSTER_AIO_HAVE_PF_INET6
#define BOOSTER_HAVE_EXECINFO
#define BOOSTER_LIBRARY_SUFFIX ".so"
#define BOOSTER_LIBRARY_PREFIX "lib"
#endif
