/* jwt_export.h (webhook32): what CMake's generate_export_header writes for libjwt (shared build) */
#ifndef JWT_EXPORT_H
#define JWT_EXPORT_H
#define LIBJWT_VERSION_MAJOR 3
#define LIBJWT_VERSION_MINOR 6
#define LIBJWT_VERSION_MICRO 1
#define LIBJWT_VERSION "3.6.1"
#define JWT_USE_LONG_LONG 1
#define JWT_EXPORT __attribute__((visibility("default")))
#define JWT_NO_EXPORT __attribute__((visibility("hidden")))
#define JWT_CONSTRUCTOR __attribute__((constructor))
#define JWT_DEPRECATED __attribute__((__deprecated__))
#endif
