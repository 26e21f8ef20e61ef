/* Hand-written declaration-only stand-in for libbsd's <bsd/string.h> (libbsd-dev is not installed):
   only strlcpy / strlcat, which libio uses. */
#ifndef OFTC_STUB_BSD_STRING_H
#define OFTC_STUB_BSD_STRING_H
#include <stddef.h>
size_t strlcpy(char *dst, const char *src, size_t size);
size_t strlcat(char *dst, const char *src, size_t size);
#endif
