#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook58 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook58'
S = R + '/stubs'
# cpp-webhook-engine (C++17, CMake, no dependencies beyond POSIX)
WE = ['-std=c++17', '-pthread', '-I{r}/include']
# school-tg-tt-bot (C++20, CMake/conan; only the POSIX-socket webhook server TU, which needs no third-party header)
TG = ['-std=c++20', '-pthread', '-I{r}/include']
# issue-todo (MSVC project; Qt5 widgets from Debian, vendored cpp-httplib / nlohmann under inc/, OpenSSL 3 from Debian;
# ui_IssuePannel.h (uic output) is stubs/issue-todo/ui_IssuePannel.h, hand-written)
QT = '/usr/include/x86_64-linux-gnu/qt5'
IT = ['-std=c++17', '-fPIC', '-DCPPHTTPLIB_OPENSSL_SUPPORT', '-DQT_WIDGETS_LIB', '-DQT_GUI_LIB', '-DQT_CORE_LIB',
      '-I' + S + '/issue-todo', '-I{r}', '-I{r}/inc', '-I' + QT, '-I' + QT + '/QtWidgets', '-I' + QT + '/QtGui',
      '-I' + QT + '/QtCore']
# BaconAndEggs (C, Pico SDK + lwIP httpd; stubs/pico stands in for the SDK headers)
BE = ['-std=gnu11', '-I' + S + '/pico', '-I{r}/src']
E = [
 ('rickymena+cpp-webhook-engine', 'src/main.cpp', WE),
 ('rickymena+cpp-webhook-engine', 'src/request_handler.cpp', WE),
 ('rickymena+cpp-webhook-engine', 'src/http_server.cpp', WE),
 ('nickheyer+BaconAndEggs', 'src/http_server.c', BE),
 ('arseniisemenow+school-tg-tt-bot', 'src/bot/webhook_server.cpp', TG),
 ('Ohto-Ai+issue-todo', 'main.cpp', IT),
]
write_compile_commands(R, E)
