/* Hand-written, declaration-only: the items of embox's own POSIX headers (src/compat/posix/include shadow.h,
 * unistd.h, utmp.h) that glibc lacks; force-included (-include) because the TU is parsed against glibc. */
#include <stddef.h>
struct spwd;
extern struct spwd *getspnam_f(const char *name);
extern char *getpass_r(const char *prompt, char *buf, size_t buflen);
#define UT_IDSIZE 4
