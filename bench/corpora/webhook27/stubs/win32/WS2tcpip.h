/* Hand-written declaration-only stand-in for the Windows SDK's WS2tcpip.h. */
#ifndef STUB_WS2TCPIP_H
#define STUB_WS2TCPIP_H
#include "winsock2.h"
int WINAPI inet_pton(int Family, const char *pszAddrString, void *pAddrBuf);
const char *WINAPI inet_ntop(int Family, const void *pAddr, char *pStringBuf, size_t StringBufSize);
#endif
