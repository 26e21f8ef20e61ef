/* Hand-written stand-in for cjose's generated include/cjose/version.h (from version.h.in; webhook113). */
#ifndef CJOSE_VERSION_H
#define CJOSE_VERSION_H
#define CJOSE_VERSION "0.6.2"
const char *cjose_version(void);
#endif
