#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook62 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook62'
S = R + '/stubs'
Q = '/usr/include/x86_64-linux-gnu/qt5'
# AssaultCube (C++): source/src/Makefile, ac_server objects: SERVER_INCLUDES = -DSTANDALONE -I. -Ibot -I../enet/include
AC = ['-std=gnu++14', '-fsigned-char', '-DSTANDALONE', '-I{r}/source/src', '-I{r}/source/src/bot',
      '-I{r}/source/enet/include']
# Moonlight (C++, Qt 5): app/app.pro (QT += core network, OpenSSL); Limelight.h of moonlight-common-c is
# stubs/moonlight-qt/Limelight.h (hand-written)
ML = ['-std=c++17', '-fPIC', '-I{r}/app', '-I{r}/app/backend', '-I' + S + '/moonlight-qt', '-I' + Q,
      '-I' + Q + '/QtCore', '-I' + Q + '/QtNetwork', '-I' + Q + '/QtGui']
# OpenJK (C++ engine, C game module): CMake; MP dedicated server defines _CONSOLE DEDICATED, game module _GAME;
# ARCH_STRING from the root CMakeLists.txt; qcommon/q_version.h is stubs/openjk/qcommon/q_version.h (hand-written)
JK = ['-DARCH_STRING="x86_64"', '-I' + S + '/openjk', '-I{r}', '-I{r}/codemp', '-I{r}/shared']
JKDED = ['-std=gnu++14', '-D_CONSOLE', '-DDEDICATED'] + JK
JKGAME = ['-std=gnu99', '-D_GAME'] + JK
# Wt (C++): src/CMakeLists.txt (WT_BUILDING, include dirs web, src, Wt/Date/include, binary dir for WConfig.h);
# WConfig.h is stubs/wt/Wt/WConfig.h (hand-written)
WT = ['-std=c++17', '-DWT_BUILDING', '-I' + S + '/wt', '-I' + S + '/wt/Wt', '-I{r}/src/web', '-I{r}/src',
      '-I{r}/src/Wt/Date/include']
# Red Eclipse (C++): src/Makefile, server objects: -DSTANDALONE $(INCLUDES)
RE = ['-std=gnu++14', '-fsigned-char', '-DSTANDALONE', '-DVERSION_BUILD=0', '-DVERSION_BRANCH="master"',
      '-DVERSION_REVISION=""', '-I{r}/src', '-I{r}/src/shared', '-I{r}/src/engine', '-I{r}/src/game',
      '-I{r}/src/enet/include', '-I{r}/src/support']
# Daemon engine (C++): CMakeLists.txt, target server: Definitions BUILD_ENGINE BUILD_SERVER; include dirs src and
# libs; YokaiBuildInfo/DaemonEngine.h is stubs/daemon/YokaiBuildInfo/DaemonEngine.h (hand-written)
DA = ['-std=c++17', '-DBUILD_ENGINE', '-DBUILD_SERVER', '-I' + S + '/daemon', '-I{r}/src', '-I{r}/libs',
      '-I{r}/src/engine']
# QHttpEngine (C++, Qt 5 Network): src/CMakeLists.txt (C++11, QT_NO_SIGNALS_SLOTS_KEYWORDS, QHTTPENGINE_LIBRARY,
# include/); qhttpengine_export.h is stubs/qhttpengine/qhttpengine_export.h (hand-written)
QH = ['-std=c++11', '-fPIC', '-DQT_NO_SIGNALS_SLOTS_KEYWORDS', '-DQHTTPENGINE_LIBRARY', '-I{r}/src/include',
      '-I' + S + '/qhttpengine', '-I' + Q, '-I' + Q + '/QtCore', '-I' + Q + '/QtNetwork']
# R-Type (C++23 per CMakeLists.txt): the repository root on the include path
RT = ['-std=c++2b', '-I{r}']
E = [
 ('assaultcube+AC', 'source/src/server.cpp', AC),
 ('assaultcube+AC', 'source/src/crypto.cpp', AC),
 ('moonlight-stream+moonlight-qt', 'app/backend/nvpairingmanager.cpp', ML),
 ('JACoders+OpenJK', 'codemp/server/sv_main.cpp', JKDED),
 ('JACoders+OpenJK', 'codemp/server/sv_client.cpp', JKDED),
 ('JACoders+OpenJK', 'codemp/game/g_client.c', JKGAME),
 ('emweb+wt', 'src/Wt/Auth/HashFunction.C', WT),
 ('emweb+wt', 'src/Wt/Auth/AuthUtils.C', WT),
 ('emweb+wt', 'src/Wt/Auth/OAuthService.C', WT),
 ('emweb+wt', 'src/Wt/Auth/PasswordVerifier.C', WT),
 ('emweb+wt', 'src/Wt/Auth/OAuthTokenEndpoint.C', WT),
 ('redeclipse+base', 'src/shared/crypto.cpp', RE),
 ('redeclipse+base', 'src/engine/master.cpp', RE),
 ('redeclipse+base', 'src/game/server.cpp', RE),
 ('DaemonEngine+Daemon', 'src/engine/server/sv_main.cpp', DA),
 ('DaemonEngine+Daemon', 'src/engine/server/sv_client.cpp', DA),
 ('nitroshare+qhttpengine', 'src/src/basicauthmiddleware.cpp', QH),
 ('nitroshare+qhttpengine', 'src/src/localauthmiddleware.cpp', QH),
 ('nitroshare+qhttpengine', 'src/src/parser.cpp', QH),
 ('HexaTeam-By-Epitech+rtype', 'server/Sessions/Auth/AuthService.cpp', RT),
]
write_compile_commands(R, E)
