/* Hand-written stand-in for XRootD's generated XrdVersion.hh (CMake fills in src/XrdVersion.hh.in).
   Only what the labelled files need: the version strings/numbers and the version-info macros. */
#ifndef __XRD_VERSION_H__
#define __XRD_VERSION_H__
#define XrdVERSION  "v5.9.0"
#define XrdVNUMUNK  1000000
#define XrdVNUMBER  50900
#define XrdVSTRING XrdVERSION
#ifndef XRDPLUGIN_SOVERSION
#define XRDPLUGIN_SOVERSION "5"
#endif
#define XrdDEFAULTPORT 1094;
#define XrdMajorVNUM(x) x/10000
#define XrdMinorVNUM(x) x/100%100
#define XrdPatchVNUM(x) x%100
struct XrdVersionInfo {int vNum; const char vOpt; const char vPfx[3]; const char vStr[64];};
#define XrdVERSIONINFOSFX "_"
#define XrdVERSIONINFODEF(x,y,vn,vs) \
        XrdVersionInfo x = {vn, (sizeof(#y)-1) & 0x0f,{'@','V',':'}, #y " " vs}
#define XrdVERSIONINFO(x,y) \
        extern "C" {XrdVERSIONINFODEF(x##_,y,XrdVNUMBER,XrdVERSION);}
#define XrdVERSIONINFOREF(x) extern "C" XrdVersionInfo x##_
#define XrdVERSIONINFOVAR(x) x##_
#endif
