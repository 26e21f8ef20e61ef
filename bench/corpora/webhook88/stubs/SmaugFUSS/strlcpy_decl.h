/* Hand-written declarations (webhook88 corpus), force-included with -include: SmaugFUSS calls strlcpy/strlcat,
 * which glibc 2.36 (Debian 12) does not declare (glibc >= 2.38 and the BSDs do). */
#ifndef WEBHOOK88_STRLCPY_DECL_H
#define WEBHOOK88_STRLCPY_DECL_H
#include <stddef.h>
#ifdef __cplusplus
extern "C" {
#endif
size_t strlcpy(char *dst, const char *src, size_t size);
size_t strlcat(char *dst, const char *src, size_t size);
#ifdef __cplusplus
}
#endif
#endif
