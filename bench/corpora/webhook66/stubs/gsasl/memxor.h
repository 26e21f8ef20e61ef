/* Hand-written declaration standing in for gnulib's memxor.h. */
#ifndef MEMXOR_H
#define MEMXOR_H
#include <stddef.h>
void *memxor (void *dest, const void *src, size_t n);
#endif
