#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook6'
S = R + '/stubs'
CXX = '/usr/bin/clang++-19'
QT = '/usr/include/x86_64-linux-gnu/qt5'
E = [
 # SA Geocaching JLWE: CGI programs; MySQL Connector/C++ headers from Debian libmysqlcppconn-dev
 ('laighside+SAGeocachingJuneLWE', 'src/stripe_webhook.cpp', ['-std=c++17', '-I{r}/src']),
 ('laighside+SAGeocachingJuneLWE', 'src/csp_report.cpp', ['-std=c++17', '-I{r}/src']),
 ('laighside+SAGeocachingJuneLWE', 'src/contact.cpp', ['-std=c++17', '-I{r}/src']),
 # telegrambotlib-qt: Qt5 (QTcpServer-based HttpServer module) + the QDelegate submodule at its pinned commit,
 # used from stubs/qdelegate: a copy with two `const QMetaObject*` fixes for Qt 5.15 (src/Spiek+QDelegate is the verbatim file)
 ('Spiek+telegrambotlib-qt', 'src/telegrambot.cpp', ['-std=c++17', '-fPIC', '-I{r}/src', '-I{r}/modules/httpserver', '-I{r}/modules/sslserver',
   '-I' + S + '/qdelegate', '-I' + QT, '-I' + QT + '/QtCore', '-I' + QT + '/QtNetwork']),
 ('Spiek+telegrambotlib-qt', 'modules/httpserver/httpserver.cpp', ['-std=c++17', '-fPIC', '-I{r}/modules/httpserver', '-I{r}/modules/sslserver',
   '-I' + S + '/qdelegate', '-I' + QT, '-I' + QT + '/QtCore', '-I' + QT + '/QtNetwork']),
 ('Spiek+telegrambotlib-qt', 'modules/sslserver/sslserver.cpp', ['-std=c++17', '-fPIC', '-I{r}/modules/sslserver', '-I' + QT, '-I' + QT + '/QtCore', '-I' + QT + '/QtNetwork']),
 # CCosmicWebhookServer: one C file, POSIX sockets
 ('worldp4lette+CCosmicWebhookServer', 'CosmicWebhook.c', []),
 # AlissonAsk (CMake asks C++23 for <format>): libc++ 19 in C++20 mode, because Debian 12's libstdc++ 12 has no <format>
 # (stubs/alissonask/httplib.h = Debian's cpp-httplib 0.11 plus the Request::path_params member of newer releases)
 # and libc++'s C++23 <print> makes the project's own print/println overloads ambiguous
 ('alissonferreira-gif+API', 'main.cpp', ['-std=c++20', '-stdlib=libc++', '-I{r}', '-I' + S + '/alissonask']),
 # smartthings4cpp: cpp-httplib + nlohmann (Debian), cpr stub; src/webhook.cpp is not listed (needs ReactiveLitepp, not stubbed)
 ('herveer+smartthings4cpp', 'src/http_server.cpp', ['-std=c++17', '-I{r}/include']),
  ('herveer+smartthings4cpp', 'src/webhook_signature.cpp', ['-std=c++17', '-I{r}/include', '-I' + S + '/smartthings']),
 # Eug-neC (C, 2018): pre-0.9.71 libmicrohttpd callbacks return int, Debian's header expects enum MHD_Result
 ('radiophonique+Eug-neC', 'main.c', ['-I{r}', '-Wno-error=incompatible-function-pointer-types', '-Wno-error=int-conversion']),
 ('radiophonique+Eug-neC', 'hookVerif/hookVerif.c', ['-I{r}', '-Wno-error=incompatible-function-pointer-types']),
 ('radiophonique+Eug-neC', 'postProcess/postProcess.c', ['-I{r}', '-Wno-error=incompatible-function-pointer-types']),
 # seaclaw (C11): gateway built with HU_GATEWAY_POSIX=1 (CMakeLists.txt)
 ('sethdford+seaclaw', 'src/gateway/gateway.c', ['-std=c11', '-D_GNU_SOURCE', '-DHU_GATEWAY_POSIX=1', '-I{r}/include']),
]
write_compile_commands(R, E, CXX)
