/* Hand-written stand-in for the router SDK's bcmnvram.h (Broadcom NVRAM API), declarations only. */
#ifndef W71_BCMNVRAM_H
#define W71_BCMNVRAM_H
char *nvram_get(const char *name);
char *nvram_safe_get(const char *name);
int nvram_set(const char *name, const char *value);
int nvram_unset(const char *name);
int nvram_commit(void);
#endif
