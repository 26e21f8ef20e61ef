/* webhook81 hand-written stub: the few Win32 declarations (normally from <windows.h>, pulled in by the Visual Studio
   build's precompiled header) that qianpeng0523/GameServers' GateServer http/*.cpp use; force-included on Linux. */
#pragma once
#ifdef __cplusplus
extern "C" {
#endif
typedef wchar_t WCHAR;
typedef const char *LPCSTR;
typedef char *LPSTR;
typedef const WCHAR *LPCWSTR;
typedef WCHAR *LPWSTR;
typedef unsigned int UINT;
typedef unsigned long DWORD;
typedef int BOOL;
typedef BOOL *LPBOOL;
#define CP_ACP 0
#define CP_UTF8 65001
int MultiByteToWideChar(UINT CodePage, DWORD dwFlags, LPCSTR lpMultiByteStr, int cbMultiByte, LPWSTR lpWideCharStr,
                        int cchWideChar);
int WideCharToMultiByte(UINT CodePage, DWORD dwFlags, LPCWSTR lpWideCharStr, int cchWideChar, LPSTR lpMultiByteStr,
                        int cbMultiByte, LPCSTR lpDefaultChar, LPBOOL lpUsedDefaultChar);
#ifdef __cplusplus
}
#endif
#define WINAPI
typedef void *LPVOID;
typedef void *HANDLE;
#define INVALID_HANDLE_VALUE ((HANDLE)(long)-1)
