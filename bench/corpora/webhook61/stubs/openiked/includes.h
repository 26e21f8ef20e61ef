/* Hand-written stand-in for the "includes.h" that compat/timingsafe_bcmp.c (an OpenSSH-portable leftover) expects;
   the openiked-portable tree has no such file. Declarations only. */
#include <stddef.h>
int timingsafe_bcmp(const void *, const void *, size_t);
