/* webhook81 hand-written stub: MSVC <tchar.h> (qianpeng0523/GameServers is a Visual Studio project); nothing from it is used */
#pragma once
#include <wchar.h>
