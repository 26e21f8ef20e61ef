#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook68 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook68'
S = R + '/stubs'
# resiprocate (C++): CMake build without HAVE_CONFIG_H (no config.h needed), OpenSSL on
RESIP = ['-std=c++17', '-DUSE_SSL', '-DUSE_IPV6', '-I{r}', '-I{r}/reTurn']
# ESPAsyncWebServer (Arduino C++ library): ESP32 target; Arduino.h / MD5Builder.h / libb64 are stubs (hand-written)
ESPA = ['-std=gnu++17', '-DESP32', '-I' + S + '/ESPAsyncWebServer', '-I{r}/src']
# xalwart.crypto (C++20 per CMakeLists); xalwart.base headers are stubs (hand-written)
XW = ['-std=c++20', '-I' + S + '/xalwart.crypto', '-I{r}/src']
# remod-sauerbraten (C++): src/Makefile server objects (STANDALONE, SERVER_INCLUDES)
RM = ['-std=gnu++14', '-DSTANDALONE', '-fsigned-char', '-fno-exceptions', '-fno-rtti', '-I{r}/src/enet/include',
      '-I{r}/src/shared', '-I{r}/src/engine', '-I{r}/src/fpsgame', '-I{r}/src/mod', '-I{r}/src/mod/hashlib2plus/src',
      '-I{r}/src/mod/cryptomod/polarssl/include', '-I{r}/src/include']
# peercoin (C++17, autotools): config/bitcoin-config.h is stubs/peercoin/config/bitcoin-config.h (hand-written)
PPC = ['-std=c++17', '-DHAVE_CONFIG_H', '-I' + S + '/peercoin', '-I{r}/src', '-I{r}/src/univalue/include',
       '-I{r}/src/leveldb/include']
# iris (C++20, Qt5 build); QCA's <QtCrypto> is stubs/iris/QtCrypto (hand-written)
QT = '/usr/include/x86_64-linux-gnu/qt5'
IRIS = ['-std=c++20', '-fPIC', '-I' + S + '/iris', '-I' + QT, '-I' + QT + '/QtCore', '-I{r}/src']
E = [
 ('resiprocate+resiprocate', 'resip/stack/Helper.cxx', RESIP),
 ('resiprocate+resiprocate', 'reTurn/StunMessage.cxx', RESIP),
 ('resiprocate+resiprocate', 'repro/WebAdmin.cxx', RESIP),
 ('me-no-dev+ESPAsyncWebServer', 'src/WebAuthentication.cpp', ESPA),
 ('YuriyLisovskiy+xalwart.crypto', 'src/hmac.cpp', XW),
 ('YuriyLisovskiy+xalwart.crypto', 'src/jwt.cpp', XW),
 ('vasyahuyasa+remod-sauerbraten', 'src/fpsgame/server.cpp', RM),
 ('vasyahuyasa+remod-sauerbraten', 'src/shared/crypto.cpp', RM),
 ('vasyahuyasa+remod-sauerbraten', 'src/mod/authservers.cpp', RM),
 ('vasyahuyasa+remod-sauerbraten', 'src/mod/rconmod_tcp.cpp', RM),
 ('vasyahuyasa+remod-sauerbraten', 'src/mod/rconmod_udp.cpp', RM),
 ('peercoin+peercoin', 'src/httprpc.cpp', PPC),
 ('peercoin+peercoin', 'src/torcontrol.cpp', PPC),
 ('psi-im+iris', 'src/xmpp/sasl/scramsha1signature.cpp', IRIS),
]
write_compile_commands(R, E)
