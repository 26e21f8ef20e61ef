/* Hand-written stand-in for lib/shishi-int.h, which shishi's configure generates (AX_CREATE_STDINT_H):
   on glibc it only has to provide the fixed-width integer types. */
#ifndef SHISHI_INT_H
#define SHISHI_INT_H
#include <stdint.h>
#endif
