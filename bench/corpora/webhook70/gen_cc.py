#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook70 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook70'
S = R + '/stubs'
# xbt tracker (C++): Tracker/make.sh / CMakeLists.txt (C++20 in CMake, -DEPOLL on Linux), MariaDB client headers
XBT = ['-std=c++20', '-DEPOLL', '-DNDEBUG', '-I{r}/misc', '-I{r}/Tracker']
# Ocelot (C++): autoconf Makefile.am (C++11, boost); mysql++ is not installed: stubs/ocelot/mysql++/mysql++.h
OCE = ['-std=c++11', '-pthread', '-I' + S + '/ocelot', '-I{r}']
# Swift / Swiften + Limber (C++): SCons, include root is the repository
SWI = ['-std=c++14', '-I{r}']
# gloox (C++): autotools / CMake, sources in src/
GLX = ['-std=c++11', '-I{r}/src', '-I' + S + '/gloox']
# odamex 0.9.5 (C++98): CMake adds -DSERVER_APP for odasrv; include dirs common/ and server/src
ODA = ['-std=c++98', '-DSERVER_APP', '-DUNIX', '-I' + S + '/odamex', '-I{r}/common', '-I{r}/server/src']
# mqtt_cpp (C++17, header-only): the broker's security.hpp is parsed on its own as a header TU, with TLS on
# (MQTT_USE_TLS selects the OpenSSL sha256hash)
MQT = ['-std=c++17', '-DMQTT_USE_TLS', '-I{r}/include']
# KeePassXC (C++17, Qt5): CMake; config-keepassx.h is stubs/keepassxc/config-keepassx.h (hand-written)
Q = '/usr/include/x86_64-linux-gnu/qt5'
KPX = ['-std=c++17', '-fPIC', '-DQT_CORE_LIB', '-DQT_GUI_LIB', '-I' + S + '/keepassxc', '-I{r}/src', '-isystem', Q,
       '-isystem', Q + '/QtCore', '-isystem', Q + '/QtGui', '-isystem', Q + '/QtWidgets', '-isystem', Q + '/QtNetwork', '-isystem', Q + '/QtConcurrent']
# Crypto++ (C++11): GNUmakefile defaults (-DNDEBUG), headers at the repository root, no generated header
CPP = ['-std=c++11', '-DNDEBUG', '-I{r}']
E = [
 ('OlafvdSpek+xbt', 'Tracker/tracker.cpp', XBT),
 ('OlafvdSpek+xbt', 'Tracker/transaction.cpp', XBT),
 ('WhatCD+Ocelot', 'worker.cpp', OCE),
 ('swift+swift', 'Swiften/SASL/SCRAMSHA1ClientAuthenticator.cpp', SWI),
 ('swift+swift', 'Swiften/SASL/DIGESTMD5ClientAuthenticator.cpp', SWI),
 ('swift+swift', 'Limber/Server/SimpleUserRegistry.cpp', SWI),
 ('swift+swift', 'Limber/Server/ServerFromClientSession.cpp', SWI),
 ('KaidanIM+gloox-git', 'src/clientbase.cpp', GLX),
 ('odamex+odamex', 'server/src/sv_main.cpp', ODA),
 ('redboltz+mqtt_cpp', 'include/mqtt/broker/security.hpp', MQT),
 ('keepassxreboot+keepassxc', 'src/streams/HmacBlockStream.cpp', KPX),
 ('keepassxreboot+keepassxc', 'src/format/Kdbx4Reader.cpp', KPX),
 ('keepassxreboot+keepassxc', 'src/format/OpData01.cpp', KPX),
 ('keepassxreboot+keepassxc', 'src/format/OpVaultReaderBandEntry.cpp', KPX),
 ('weidai11+cryptopp', 'misc.cpp', CPP),
 ('weidai11+cryptopp', 'cryptlib.cpp', CPP),
 ('weidai11+cryptopp', 'default.cpp', CPP),
 ('weidai11+cryptopp', 'pubkey.cpp', CPP),
]
write_compile_commands(R, E)
