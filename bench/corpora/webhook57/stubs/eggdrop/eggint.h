/* Hand-written stand-in for the eggint.h that eggdrop's configure generates (AX_CREATE_STDINT_H). */
#ifndef _EGGINT_H
#define _EGGINT_H 1
#include <stdint.h>
#include <inttypes.h>
#endif
