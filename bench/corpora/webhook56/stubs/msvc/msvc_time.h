/* Hand-written, declaration-only stand-in for the MSVC CRT secure time function used by cucumbar's lab (the
   project is a Visual Studio one; glibc has no Annex K functions). Force-included with -include. */
#ifndef WEBHOOK56_MSVC_TIME_H
#define WEBHOOK56_MSVC_TIME_H
#include <time.h>
typedef int errno_t;
errno_t localtime_s(struct tm *result, const time_t *timer);
#endif
