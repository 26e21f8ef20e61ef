#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook17'
S = R + '/stubs'
CXX = '/usr/bin/clang++-19'
KP = R + '/src/oun111+kernel_porting'
MJ = 'mjpg-streamer-experimental'
PS = 'src/level5/pay_svr'
HB = 'src/level5/http_base'
E = [
 # ustreamer (C, libevent evhttp; Debian libevent-dev, libjpeg, libbsd); Makefile builds with -std=c17 -D_GNU_SOURCE
 ('pikvm+ustreamer', 'src/ustreamer/http/server.c', ['-std=c17', '-D_GNU_SOURCE']),
 # ttyd (C, libwebsockets + libuv + json-c; Debian libwebsockets-dev, libuv1-dev, libjson-c-dev)
 ('tsl0922+ttyd', 'src/http.c', ['-D_GNU_SOURCE', '-I/usr/include/json-c']),
 ('tsl0922+ttyd', 'src/protocol.c', ['-D_GNU_SOURCE', '-I/usr/include/json-c']),
 ('tsl0922+ttyd', 'src/server.c', ['-D_GNU_SOURCE', '-I/usr/include/json-c']),
 # mjpg-streamer output_http plugin (C, raw POSIX sockets); -D_GNU_SOURCE for strcasestr (gcc builds accept the implicit declaration)
 ('jacksonliam+mjpg-streamer', MJ + '/plugins/output_http/httpd.c', ['-D_GNU_SOURCE']),
 # mnet pay_svr (C, own epoll HTTP server; Makefile: -I. -I../../ -I../../lib -I../http_base -I../http_base/crypto, hiredis + openssl from Debian);
 # src/lib is a symlink to ../../kernel_porting (oun111/kernel_porting, materialized next to it); stubs/mnet/linux/compiler-clang.h is empty
 ('oun111+mnet', PS + '/chan__alipay.c', ['-I{r}/' + PS, '-I{r}/src', '-I' + KP, '-I' + S + '/mnet', '-I{r}/' + HB, '-I{r}/' + HB + '/crypto']),
 ('oun111+mnet', HB + '/crypto/md.c', ['-I{r}/' + HB + '/crypto', '-I{r}/' + HB, '-I{r}/src', '-I' + KP, '-I' + S + '/mnet']),
 # lcwebhook (C; stubs/librecast/librecast.h = declarations of the librecast API, not packaged)
 ('brettsheffield+lcwebhook', 'src/lcwebhook.c', ['-D_GNU_SOURCE', '-I{r}/src', '-I' + S + '/librecast']),
 # weixin4c (C, FastCGI via Debian libfcgi-dev, openssl, curl)
 ('calvinwilliams+weixin4c', 'src/weixin4c/weixin4c.c', ['-I{r}/src/weixin4c', '-I{r}/src/public']),
 ('calvinwilliams+weixin4c', 'src/weixin4c/VerifyServer.c', ['-I{r}/src/weixin4c', '-I{r}/src/public']),
 ('calvinwilliams+weixin4c', 'src/weixin4c/ReceiveText.c', ['-I{r}/src/weixin4c', '-I{r}/src/public']),
 ('calvinwilliams+weixin4c', 'demo/main.c', ['-I{r}/src/weixin4c', '-I{r}/src/public']),
 ('calvinwilliams+weixin4c', 'demo/ReceiveTextProc.c', ['-I{r}/src/weixin4c', '-I{r}/src/public']),
 # cqhttp-cpplib (C++17, raw POSIX sockets; vendored nlohmann/fmt/spdlog in include/; CMake defines SPDLOG_FMT_EXTERNAL FMT_HEADER_ONLY)
 ('HadeonYu+cqhttp-cpplib', 'src/Bot.cpp', ['-std=c++17', '-DSPDLOG_FMT_EXTERNAL', '-DFMT_HEADER_ONLY', '-I{r}/include', '-I{r}/include/json/include']),
 ('HadeonYu+cqhttp-cpplib', 'src/Msg.cpp', ['-std=c++17', '-DSPDLOG_FMT_EXTERNAL', '-DFMT_HEADER_ONLY', '-I{r}/include', '-I{r}/include/json/include']),
 # RuiPro/QQBot (C++11, libevent evhttp; vendored headers under include/ as in its CMakeLists include_directories)
 ('RuiPro+QQBot', 'src/main_process.cpp', ['-std=c++11', '-I{r}/include/json', '-I{r}/include/libevent', '-I{r}/include/libcurl', '-I{r}/include/libsqlite3']),
 # Janus WebRTC gateway: token authentication helper (C, GLib + OpenSSL + jansson from Debian)
 ('meetecho+janus-gateway', 'src/auth.c', ['-I{r}/src', '-I/usr/include/glib-2.0', '-I/usr/lib/x86_64-linux-gnu/glib-2.0/include']),
 ('meetecho+janus-gateway', 'src/utils.c', ['-I{r}/src', '-I/usr/include/glib-2.0', '-I/usr/lib/x86_64-linux-gnu/glib-2.0/include']),
 # heimskr/algiz (C++23 own HTTP server on libevent, plugins; uses <format>, so parsed against libc++ (/usr/include/c++/v1);
 # stubs/algiz/wahtwo/Watcher.h = declarations of the wahtwo subproject; nlohmann/openssl/libevent from Debian)
] + [('heimskr+algiz', f, ['-std=c++23', '-stdlib=libc++', '-I{r}/include', '-I' + S + '/algiz']) for f in [
 'src/plugins/game3ci/Game3CI.cpp', 'src/http/Request.cpp', 'src/http/Server.cpp', 'src/plugins/calculator/Calculator.cpp']] + [
 # beastoin/claudecode-telegram C bridge prototype (C11, libmicrohttpd + libcurl + cJSON from Debian; Makefile: -std=c11)
 ('beastoin+claudecode-telegram', 'c/bridge.c', ['-std=c11']),
 # aresbit/cclaw (C agent daemon; webhook channel = raw HTTP on libuv; Makefile: -std=gnu11 -D_GNU_SOURCE -D__STDC_WANT_LIB_EXT1__=1
 # -Iinclude -Ithird_party; libuv1-dev and libsodium-dev from Debian)
 ('aresbit+cclaw', 'src/channels/webhook.c', ['-std=gnu11', '-D_GNU_SOURCE', '-D__STDC_WANT_LIB_EXT1__=1', '-I{r}/include', '-I{r}/third_party']),
 # gerbenvoshol/noclaw (C11 agent with a POSIX-socket gateway; Makefile: -std=c11; BearSSL submodule not needed for gateway.c)
 ('gerbenvoshol+noclaw', 'src/gateway.c', ['-std=c11']),
 # TheMapleseed/Doctor-Claw (C23 agent; gateway = POSIX sockets + pthreads; Makefile: -std=c23 -Iinclude -Isrc)
 ('TheMapleseed+Doctor-Claw', 'src/gateway/gateway.c', ['-std=c23', '-I{r}/include', '-I{r}/src']),
]
write_compile_commands(R, E, CXX)
