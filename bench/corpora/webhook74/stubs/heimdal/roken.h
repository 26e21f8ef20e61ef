/* Hand-written, declaration-only stand-in for the roken.h that Heimdal generates from lib/roken/roken.h.in:
 * only what lib/roken/ct.c uses (size_t, ROKEN_LIB_FUNCTION / ROKEN_LIB_CALL, ct_memcmp). */
#ifndef WH74_ROKEN_H
#define WH74_ROKEN_H
#include <stddef.h>
#define ROKEN_LIB_FUNCTION
#define ROKEN_LIB_CALL
int ct_memcmp(const volatile void * volatile, const volatile void * volatile, size_t);
#endif
