#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook14'
S = R + '/stubs'
CXX = '/usr/bin/clang++-19'
QC = 'QuantClaw+QuantClaw'
QF = ['-std=c++17', '-I{r}/include', '-I' + S + '/ixwebsocket']
E = [
 # QuantClaw: cpp-httplib (Debian libcpp-httplib-dev 0.11), nlohmann (Debian), spdlog (Debian libspdlog-dev);
 # stubs/ixwebsocket = declaration-only machinezone/IXWebSocket (not packaged), pulled in by gateway_server.hpp
 (QC, 'src/web/api_routes.cpp', QF),
 (QC, 'src/web/web_server.cpp', QF),
 (QC, 'src/gateway/gateway_server.cpp', QF),
 (QC, 'src/cli/gateway_commands.cpp', QF),
 # openclaw-cpp gateway plugin: vendored Crow (deps/crow_all.h, standalone asio from Debian libasio-dev), Makefile: -std=c++17 -I../../../include -I.
 ('polaco1782+openclaw-cpp', 'src/plugins/gateway/gateway.cpp', ['-std=c++17', '-I{r}/include', '-I{r}/src/plugins/gateway']),
 # Anagraman (2018 hackathon bot): vendored crow_all.h (Boost.Asio from Debian libboost-dev 1.74) + json.hpp; Makefile: g++ --std=c++17 ... -lrestclient-cpp;
 # stubs/restclient = declaration-only restclient-cpp (git submodule, not in the snapshot, not packaged);
 # stubs/anagraman/overlay.yaml (-ivfsoverlay) maps src/crow_all.h to stubs/anagraman/crow_all.h = the vendored header with one line
 # changed (get_io_service(), removed in Boost 1.70); -Wno-enum-constexpr-conversion: Boost.MPL 1.74 vs clang-19 default error
 ('ryanignatius+Anagraman', 'src/main.cpp', ['-std=c++17', '-Wno-enum-constexpr-conversion', '-ivfsoverlay', S + '/anagraman/overlay.yaml',
                                              '-I{r}/src', '-I' + S + '/restclient']),
]
write_compile_commands(R, E, CXX)
