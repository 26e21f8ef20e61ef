/* Hand-written stand-in for the version/appversion.h that rehlds/version/appversion.sh generates at build time
   (webhook73 corpus; version macros only). */
#ifndef __APPVERSION_H__
#define __APPVERSION_H__
#define APP_VERSION "3.13.0.0"
#define APP_VERSION_C 3,13,0,0
#define APP_VERSION_STRD "3.13.0.0"
#define APP_VERSION_FLAGS 0x0L
#define APP_COMMIT_DATE "Sep 25 2024"
#define APP_COMMIT_TIME "02:02:44"
#define APP_COMMIT_SHA "b29740c"
#define APP_COMMIT_URL "https://github.com/dreamstalker/rehlds/commit/"
#endif
