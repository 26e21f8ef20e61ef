#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook81'
S = R + '/stubs'
CXX = '/usr/bin/clang++-19'
# Yonle/snac2 (C, Makefile: cc -g -Wall -Wextra, -lcurl -lcrypto -pthread; the xs_*.h single-header library is in the repo,
# snac.c defines XS_IMPLEMENTATION); libcurl and OpenSSL 3 from Debian
SNAC = ['-std=gnu11', '-I{r}']
# h4rldev/claw (C, build/build.sh: gcc -O2 -Wall -Wextra -pedantic -I lib/include -I include); lib/include is h2o's
# headers copied in by build.sh (not in the repo): stubs/claw = declaration-only h2o.h (+ h2o/file.h, http1.h, http2.h,
# memcached.h, the libuv subset) and jansson.h
CLAW = ['-std=gnu11', '-I{r}/include', '-I' + S + '/claw']
# qianpeng0523/GameServers (Visual Studio 2013 project GateServer/GateServer1/Server1.vcxproj; its
# AdditionalIncludeDirectories reproduced; vendored protobuf 2.5 (GateServer/protobuf/src), msgpack, curl (the win32 copy,
# same include guard as Classes/curl), hiredis and redis/src/redis.h; Poco, libevent and OpenSSL from Debian);
# stubs/gameservers = tchar.h, xstring, SDKDDKVer.h, WinSock2.h, "Poco\\Timer.h" (backslash include forwarded to
# <Poco/Timer.h>) and win32_subset.h (force-included: WCHAR, CP_ACP/CP_UTF8, MultiByteToWideChar, WideCharToMultiByte,
# DWORD/WINAPI/LPVOID/HANDLE, INVALID_HANDLE_VALUE, normally from <windows.h>); HttpPay.cpp also force-includes
# stubs/gameservers/msvc_toupper.h (transform(..., toupper) is accepted by MSVC only)
GSC = '{r}/GateServer/GateServer1/Classes'
GS = ['-std=gnu++11'] + ['-I' + GSC + d for d in (
    '', '/network', '/cc', '/common', '/proto', '/http', '/netjson', '/poco', '/cryptopp', '/redisdata', '/tinyxml',
    '/config', '/openapi')] + ['-I{r}/GateServer/curl/include/win32', '-I{r}/GateServer/libMessagePack',
    '-I{r}/GateServer/protobuf/src', '-I{r}/redis/src', '-I{r}/redis/deps/hiredis', '-I' + S + '/gameservers',
    '-include', 'win32_subset.h']
# pwiklowski/iot-server (qmake src/iot_server.pro: QT += core network script websockets serialport, CONFIG += c++11,
# INCLUDEPATH ../../liboic ../../libcoap ../../qcron/src, all outside the repo); Qt5 from Debian; stubs/iotserver =
# QtScript/QScriptEngine (QtScript not installed), qcron.hpp, liboic's cbor.h, OICDevice.h, OICDeviceResource.h
Q5 = '/usr/include/x86_64-linux-gnu/qt5'
IOT = ['-std=gnu++11', '-fPIC', '-I{r}/src', '-I' + S + '/iotserver'] + ['-I' + Q5 + d for d in (
    '', '/QtCore', '/QtNetwork', '/QtWebSockets')]
# mkadinalli/events (C, Makefile: gcc -Wall -Wextra, -I for every directory under src/, `mysql_config --cflags`,
# -ljson-c); json-c, MariaDB client and OpenSSL headers from Debian; no stubs
EVI = ['da', 'data-structures', 'http', 'lib', 'threads', 'views/delete', 'views/insert', 'views/select',
       'views/update']
EV = ['-std=gnu17', '-I{r}/src', '-I{r}/src/include'] + ['-I{r}/src/include/' + d for d in EVI] + [
    '-I/usr/include/mariadb', '-I/usr/include/mariadb/mysql']
E = [
 ('Yonle+snac2', 'httpd.c', SNAC),
 ('Yonle+snac2', 'activitypub.c', SNAC),
 ('Yonle+snac2', 'http.c', SNAC),
 ('Yonle+snac2', 'webfinger.c', SNAC),
 ('Yonle+snac2', 'html.c', SNAC),
 ('Yonle+snac2', 'mastoapi.c', SNAC),
 ('Yonle+snac2', 'snac.c', SNAC),
 ('h4rldev+claw', 'src/claw/webhook.c', CLAW),
 ('h4rldev+claw', 'src/main.c', CLAW),
 ('qianpeng0523+GameServers', 'GateServer/GateServer1/Classes/http/HttpEvent.cpp', GS),
 ('qianpeng0523+GameServers', 'GateServer/GateServer1/Classes/http/HttpAliPay.cpp', GS),
 ('qianpeng0523+GameServers', 'GateServer/GateServer1/Classes/http/HttpPay.cpp', GS + ['-include', 'msvc_toupper.h']),
 ('pwiklowski+iot-server', 'src/AlexaEndpoint.cpp', IOT),
 ('mkadinalli+events', 'src/source/http/endpoints.c', EV),
 ('mkadinalli+events', 'src/source/views/insert/in-payment.c', EV),
 ('mkadinalli+events', 'src/source/views/insert/in-users.c', EV),
 ('mkadinalli+events', 'src/source/views/select/get-users.c', EV),
]
write_compile_commands(R, E, CXX)
