#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook16'
S = R + '/stubs'
CXX = '/usr/bin/clang++-19'
Q5 = '/usr/include/x86_64-linux-gnu/qt5'
Q6 = '/usr/include/x86_64-linux-gnu/qt6'
QT6 = ['-I' + Q6, '-I' + Q6 + '/QtCore', '-I' + Q6 + '/QtNetwork', '-I' + Q6 + '/QtGui', '-I' + Q6 + '/QtConcurrent',
       '-I' + Q6 + '/QtWebSockets', '-I' + Q6 + '/QtHttpServer', '-fPIC']
E = [
 # tv-webhook-trader: Boost.Beast 1.74 + OpenSSL + nlohmann + spdlog/fmt, all Debian (CMakeLists: C++20, include/)
 ('pkoc112+tv-webhook-trader', 'src/main.cpp', ['-std=c++20', '-I{r}/include']),
 # wxserver (header-only library + example bot): cpp-httplib / libczh / nlohmann are git submodules under thirdparty/
 # (absent); stubs/wxserver/cpp-httplib/httplib.h forwards to Debian's httplib.h, stubs/wxserver/libczh/czh.hpp is a
 # declaration-only stub; nlohmann/json.hpp is Debian's. logger.hpp needs <source_location> (C++20).
 ('caozhanhao+wxserver', 'examples/src/main.cpp', ['-std=c++20', '-I{r}/include', '-I' + S + '/wxserver']),
 # obs-websocket: src/utils/Crypto.cpp only (QtCore from Debian's qtbase5-dev; the API it uses exists in Qt 5.15);
 # stubs/obs-websocket/plugin-macros.generated.h stands for the CMake-generated header.
 ('obsproject+obs-websocket', 'src/utils/Crypto.cpp', ['-std=c++17', '-fPIC', '-I' + Q5, '-I' + Q5 + '/QtCore',
                                                      '-I' + S + '/obs-websocket']),
 # Qt HTTP Server examples at tag v6.4.2 (= Debian 12's qt6-httpserver-dev 6.4.2, installed for this corpus)
 ('qt+qthttpserver', 'examples/httpserver/simple/main.cpp', ['-std=c++17'] + QT6),
 ('qt+qthttpserver', 'examples/httpserver/addressbookserver/main.cpp', ['-std=c++17'] + QT6),
 # Base-Application: cpp-httplib (Debian); stubs/base-application/pch.h replaces the ImGui/GLFW/nanodbc precompiled header
 ('kingpeterking+Base-Application', 'src/Tools/Web/WebServer.cpp', ['-std=c++17', '-I' + S + '/base-application',
                                                                    '-I{r}/include']),
 # ZeroTierOne service/OneService.cpp: everything it includes is in the repository (node/, osdep/, controller/ and the
 # vendored ext/cpp-httplib, ext/nlohmann, ext/inja, ext/http-parser, ext/prometheus-cpp-lite-1.0); flags from make-linux.mk
 # (INCLUDES, -DZT_USE_MINIUPNPC, C++17). ZT_SSO_ENABLED and ZT_VAULT_SUPPORT stay undefined (default build).
 ('zerotier+ZeroTierOne', 'service/OneService.cpp', ['-std=c++17', '-pthread', '-isystem', '{r}/ext',
                                                  '-I{r}/ext/prometheus-cpp-lite-1.0/core/include',
                                                  '-I{r}/ext/prometheus-cpp-lite-1.0/simpleapi/include', '-DZT_USE_MINIUPNPC']),
 # drogon examples/login_session: drogon is not packaged; stubs/drogon is webhook12's declaration-only stub extended with
 # Session/session(), newHttpViewResponse, enableSession and addListener. jsoncpp from Debian.
 ('drogonframework+drogon', 'examples/login_session/main.cc', ['-std=c++17', '-I' + S + '/drogon', '-I/usr/include/jsoncpp']),
 # SmartLift MainServer HTTPSServer.cpp: Boost.Beast/Asio 1.74 from Debian; the project targets Boost 1.83, so
 # stubs/smartlift/boost/{json,lambda2}.hpp (declaration-only Boost.JSON subset / empty Lambda2) and
 # stubs/smartlift/beast_message_generator.hpp (-include: http::message_generator + beast::async_write overload, Boost >= 1.80).
 # WorkerServer.hpp includes "../Smart_Lift/Smart_lift/GlobalModules/JSONFormatter/JSONFormatter.hpp" (a path that only
 # exists on the author's machine): -I stubs/smartlift/inc plus the symlink stubs/smartlift/Smart_Lift -> the materialized repo.
 ('T1fon+SmartLift', 'Smart_lift/MainServer/Modules/HTTPSServer/HTTPSServer.cpp',
  ['-std=c++20', '-Wno-enum-constexpr-conversion', '-I' + S + '/smartlift', '-I' + S + '/smartlift/inc',
   '-include', S + '/smartlift/beast_message_generator.hpp']),
]
write_compile_commands(R, E, CXX)
