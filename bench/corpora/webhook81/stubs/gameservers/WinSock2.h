/* webhook81 hand-written stub: <WinSock2.h> as included by GameServers' poco/LibEvent.h; on Linux the BSD socket headers
   provide what is used, the Win32 typedefs come from win32_subset.h */
#pragma once
#include <sys/socket.h>
#include <netinet/in.h>
#include "win32_subset.h"
