/* Hand-written stand-in for libltdl's ltdl.h (libltdl-dev is not installed): the handle type pulsecore/module.h
   uses, declarations only. */
#ifndef WEBHOOK84_LTDL_H
#define WEBHOOK84_LTDL_H
typedef struct lt__handle *lt_dlhandle;
int lt_dlinit(void);
int lt_dlexit(void);
lt_dlhandle lt_dlopenext(const char *filename);
void *lt_dlsym(lt_dlhandle handle, const char *name);
int lt_dlclose(lt_dlhandle handle);
const char *lt_dlerror(void);
#endif
