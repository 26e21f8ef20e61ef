/* Hand-written stand-in for the yateversn.h that Yate's configure generates from yateversn.h.in
   (webhook73 corpus; version macros only). */
#ifndef __YATEVERSN_H
#define __YATEVERSN_H
#define YATE_MAJOR 6
#define YATE_MINOR 4
#define YATE_BUILD 1
#define YATE_MAJOR_S "6"
#define YATE_MINOR_S "4"
#define YATE_BUILD_S "1"
#define YATE_VERSION "6.4.1"
#define YATE_RELEASE "1"
#define YATE_STATUS "devel"
#define YATE_REVISION "0"
#define YATE_GIT_HASH "1647cdc"
#define YATE_WINVER_F 6,4,1,1
#define YATE_WINVER_S "6, 4, 1, 1\0"
#endif
