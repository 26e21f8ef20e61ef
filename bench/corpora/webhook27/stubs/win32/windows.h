/* Hand-written declaration-only stand-in for the Windows SDK's windows.h (go-cqhttp-C is an MSVC program): the basic
   Win32 types and the few kernel32 calls the sources use. */
#ifndef STUB_WINDOWS_H
#define STUB_WINDOWS_H
#include <stddef.h>
#include <wchar.h>
#define WINAPI
#define CALLBACK
typedef int BOOL;
typedef unsigned char BYTE;
typedef unsigned short WORD;
typedef unsigned long DWORD;
typedef unsigned int UINT;
typedef long LONG;
typedef char CHAR;
typedef wchar_t WCHAR;
typedef void *HANDLE;
typedef void *LPVOID;
typedef char *LPSTR;
typedef const char *LPCSTR;
typedef wchar_t *LPWSTR;
typedef const wchar_t *LPCWSTR;
typedef DWORD *LPDWORD;
#define TRUE 1
#define FALSE 0
#define INFINITE 0xFFFFFFFF
#define CP_ACP 0
#define CP_UTF8 65001
void WINAPI Sleep(DWORD dwMilliseconds);
DWORD WINAPI GetLastError(void);
BOOL WINAPI CloseHandle(HANDLE hObject);
DWORD WINAPI WaitForSingleObject(HANDLE hHandle, DWORD dwMilliseconds);
int WINAPI MultiByteToWideChar(UINT CodePage, DWORD dwFlags, LPCSTR lpMultiByteStr, int cbMultiByte,
                               LPWSTR lpWideCharStr, int cchWideChar);
int WINAPI WideCharToMultiByte(UINT CodePage, DWORD dwFlags, LPCWSTR lpWideCharStr, int cchWideChar,
                               LPSTR lpMultiByteStr, int cbMultiByte, LPCSTR lpDefaultChar, BOOL *lpUsedDefaultChar);
BOOL WINAPI SetConsoleOutputCP(UINT wCodePageID);
BOOL WINAPI SetConsoleTitleA(LPCSTR lpConsoleTitle);
#endif
