/* Hand-written declaration-only stand-in for the Windows SDK's winsock2.h: the socket types and calls of go-cqhttp-C. */
#ifndef STUB_WINSOCK2_H
#define STUB_WINSOCK2_H
#include "windows.h"
typedef unsigned long long SOCKET;
typedef unsigned short u_short;
typedef unsigned long u_long;
#define INVALID_SOCKET ((SOCKET)~0)
#define SOCKET_ERROR (-1)
#define AF_INET 2
#define SOCK_STREAM 1
#define IPPROTO_TCP 6
#define INADDR_ANY ((u_long)0x00000000)
#define SOMAXCONN 0x7fffffff
#define MAKEWORD(a, b) ((WORD)(((BYTE)(a)) | ((WORD)((BYTE)(b))) << 8))
typedef struct WSAData { WORD wVersion; WORD wHighVersion; char szDescription[257]; char szSystemStatus[129]; } WSADATA;
typedef WSADATA *LPWSADATA;
struct in_addr { union { struct { unsigned char s_b1, s_b2, s_b3, s_b4; } S_un_b; u_long S_addr; } S_un; };
#define s_addr S_un.S_addr
struct sockaddr { u_short sa_family; char sa_data[14]; };
typedef struct sockaddr SOCKADDR;
struct sockaddr_in { short sin_family; u_short sin_port; struct in_addr sin_addr; char sin_zero[8]; };
typedef struct sockaddr_in SOCKADDR_IN;
int WINAPI WSAStartup(WORD wVersionRequested, LPWSADATA lpWSAData);
int WINAPI WSACleanup(void);
int WINAPI WSAGetLastError(void);
SOCKET WINAPI socket(int af, int type, int protocol);
int WINAPI bind(SOCKET s, const struct sockaddr *name, int namelen);
int WINAPI listen(SOCKET s, int backlog);
SOCKET WINAPI accept(SOCKET s, struct sockaddr *addr, int *addrlen);
int WINAPI connect(SOCKET s, const struct sockaddr *name, int namelen);
int WINAPI send(SOCKET s, const char *buf, int len, int flags);
int WINAPI recv(SOCKET s, char *buf, int len, int flags);
int WINAPI closesocket(SOCKET s);
u_short WINAPI htons(u_short hostshort);
u_long WINAPI htonl(u_long hostlong);
unsigned long WINAPI inet_addr(const char *cp);
char *WINAPI inet_ntoa(struct in_addr in);
#endif
