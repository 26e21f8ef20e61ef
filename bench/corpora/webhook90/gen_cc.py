#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook90 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook90'
S = R + '/stubs'
# bot_agiota_do_whatsapp (C++20 Makefile: -Iinclude/ -Ithird_party/; vendored cpp-httplib); std::format from
# stubs/format_compat.h (GCC 12 libstdc++ has no <format>)
WA = ['-std=c++20', '-include', S + '/format_compat.h', '-I{r}/include', '-I{r}/third_party']
# covidwebhook (CMake, C++17; vendored crow_all.h, Boost 1.74 from Debian: its MPL trips clang-19s default-error
# -Wenum-constexpr-conversion, turned off)
CW = ['-std=c++17', '-Wno-enum-constexpr-conversion', '-I{r}']
# AlarmServer (CMake, C++17; <crow.h> is stubs/AlarmServer/crow.h forwarding to the vendored crow_all.h)
AS = ['-std=c++17', '-Wno-enum-constexpr-conversion', '-I' + S + '/AlarmServer', '-I{r}', '-I{r}/src', '-I{r}/include']
# tgb (CMake, C++17; vendored httplib.h, cxxopts.hpp, strutil.h; libcurl from Debian)
TG = ['-std=c++17', '-I{r}']
# Equabot (Makefile, C++17; vendored httplib.h and CrossPlatform.hpp)
EQ = ['-std=c++17', '-I{r}']
E = [
 ('gabriel-snnobre+bot_agiota_do_whatsapp', 'src/server.cpp', WA),
 ('engk0ng+covidwebhook', 'main.cpp', CW),
 ('gregweg+AlarmServer', 'src/main.cpp', AS),
 ('Madagambada+tgb', 'telegrambot.cpp', TG),
 ('Elginator+Equabot', 'main.cpp', EQ),
]
write_compile_commands(R, E)
