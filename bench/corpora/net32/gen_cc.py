#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/net32'
S = R + '/stubs'
CXX = '/usr/bin/clang++-19'
PG = ['-I/usr/include/postgresql']
CC = ['-std=gnu99', '-D_GNU_SOURCE'] + PG
# garfield-shell: each tool is one TU that #includes its mode_*.c and ../garfield-common/*.c (makefile: -DTOOL_VERSION)
GF = ['-std=gnu99', '-DTOOL_VERSION="0"'] + PG
# tea-inside-bot: the Makefile compiles its .c files with g++ (C++: default arguments, designated initialisers)
TEA = ['-x', 'c++', '-std=gnu++11', '-I{r}/include', '-I/usr/include/cjson']
E = [
 # stock-watcher (Makefile: -std=c++0x)
 ('aaron0x+stock-watcher', 'Curl.cpp', ['-std=c++11']),
 ('aaron0x+stock-watcher', 'PriceWatcher.cpp', ['-std=c++11']),
 # netcrawler (CMake, C++17); stubs/netcrawler = the slogger submodule's header
 ('ssszcmawo+netcrawler', 'src/HttpsClient.cpp', ['-std=c++17', '-I{r}/include', '-I' + S + '/netcrawler']),
 # quant (TD Ameritrade client)
 ('mikeulicny+quant', 'src/curl_connection.cpp', ['-std=c++17', '-I{r}/include']),
 ('mikeulicny+quant', 'src/database_conn.cpp', ['-std=c++17', '-I{r}/include'] + PG),
 # TengineGst utils/http_client (CMake adds gst/include)
 ('OAID+TengineGst', 'utils/http_client/http_client.cpp', ['-std=c++11', '-I{r}/gst/include']),
 # HiredisHelper (its .cpp uses cout without <iostream>: main.cpp included it first, so -include iostream);
 # stubs/hiredishelper redirects the vendored hiredis/include/hiredis.h to Debian's
 ('Cloudox+HiredisHelper', 'HiredisHelper.cpp', ['-std=c++11', '-include', 'iostream', '-I' + S + '/hiredishelper']),
 # redis_client; stubs/redis_client redirects "redis/hiredis.h" to Debian's
 ('shawn246+redis_client', 'src/RedisClient.cpp', ['-std=c++11', '-pthread', '-I' + S + '/redis_client']),
 # RedisHelper: header-only library, parsed as a C++ TU of its own; it targets hiredis >= 1.0, whose
 # REDIS_ERR_TIMEOUT (6) Debian's 0.14 lacks, so it is defined on the command line
 ('jeremyko+RedisHelper', 'redis_helper.hpp', ['-x', 'c++', '-std=c++11', '-DREDIS_ERR_TIMEOUT=6']),
 ('kitinfo+garfield-shell', 'garfield-snack/garfield-snack.c', GF),
 ('kitinfo+garfield-shell', 'garfield-user/garfield-user.c', GF),
 ('TeaInside+tea-inside-bot-s6.1', 'src/teabot/teabot.c', TEA),
 ('TeaInside+tea-inside-bot-s6.1', 'src/teabot/telegram_api.c', TEA),
 # CurrentCost (src/Makefile, C; -lpq)
 ('SteveFosdick+CurrentCost', 'src/db-logger-pg.c', CC),
 ('SteveFosdick+CurrentCost', 'src/xml2pg.c', CC),
 # cgi-now-pg.c is stale (the Makefile's cc-now-pg.cgi rule builds cgi-now.c): gnu89 lets its implicit declarations through
 ('SteveFosdick+CurrentCost', 'src/cgi-now-pg.c', ['-std=gnu89', '-D_GNU_SOURCE'] + PG),
 # CppUtil (Bazel, C++17; includes are repository-rooted)
 ('TOMO-CAT+CppUtil', 'http/http_client/http_client.cc', ['-std=c++17', '-I{r}']),
 ('kanokkorn+pdresearch', 'main.c', ['-std=c89']),
]
write_compile_commands(R, E, CXX)
