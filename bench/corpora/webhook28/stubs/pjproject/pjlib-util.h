/* Hand-written declaration-only stand-in for pjproject's pjlib-util.h (see pjlib.h). */
#ifndef STUB_PJLIB_UTIL_H
#define STUB_PJLIB_UTIL_H
#include <pjlib.h>
pj_status_t pjlib_util_init(void);
#endif
