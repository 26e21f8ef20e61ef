/* Hand-written stand-in for the header CMake generates from lib/ykpiv-config.h.in (Linux, PC/SC backend). */
#ifndef YKPIV_VERSION_H
#define YKPIV_VERSION_H
#ifdef __cplusplus
extern "C" {
#endif
#define YKPIV_VERSION_STRING "2.7.0"
#define YKPIV_VERSION_NUMBER 0x020700
#define YKPIV_VERSION_MAJOR 2
#define YKPIV_VERSION_MINOR 7
#define YKPIV_VERSION_PATCH 0
#define BACKEND_PCSC 1
const char *ykpiv_check_version(const char *req_version);
#ifdef __cplusplus
}
#endif
#endif
