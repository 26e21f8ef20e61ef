#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook105 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook105'
S = R + '/stubs'
Z = R + '/src/mangoszero+server'
# MaNGOS Zero (C++17, CMake, OpenSSL 3; -DCLASSIC as its CMake sets for the 1.12 core): world server proto + Warden
MZ = ['-std=c++17', '-DCLASSIC', '-I{r}/src/shared', '-I{r}/src/shared/Utilities', '-I{r}/src/proto', '-I{r}/src/game/Warden',
      '-I{r}/src']
# mangos/realmd (the src/realmd submodule of MaNGOS Zero): built against MaNGOS Zero's src/shared
RD = ['-std=c++17', '-DCLASSIC', '-I{r}', '-I{r}/Auth', '-I' + Z + '/src/shared', '-I' + Z + '/src/shared/Utilities', '-I' + Z + '/src/shared/Log',
      '-I' + Z + '/src', '-I/usr/include/mariadb']
# open.mp (C++20 here: nonstd::span/string_view are std ones, stubs/openmp); SDK is openmultiplayer/open.mp-sdk
OSDK = R + '/src/openmultiplayer+open.mp-sdk'
OMP = ['-std=c++20', '-I' + S + '/openmp', '-I' + OSDK + '/include', '-I{r}', '-I{r}/Server/Components/LegacyNetwork']
# SRB2 (C99, Makefile/CMake)
SRB = ['-std=gnu99', '-DHAVE_CURL', '-I{r}/src']
# OpenMoHAA (ioquake3-derived, C and C++)
MOH = ['-I{r}/code/qcommon', '-I{r}/code/server', '-I{r}/code/fgame', '-I{r}/code/sys']
# fgame (the game module, C++): basegame.cmake defines GAME_DLL WITH_SCRIPT_ENGINE ARCHIVE_SUPPORTED
MOHG = ['-I{r}/code/script', '-I{r}/code/corepp', '-I{r}/code/parser', '-I{r}/code/tiki', '-I{r}/code/skeletor']
# SuperTuxKart (C++17, CMake; OpenSSL crypto backend; bundled irrlicht/enet/bullet/angelscript headers)
STK = ['-std=c++17', '-DENABLE_CRYPTO_OPENSSL', '-DNO_IRR_COMPILE_WITH_DIRECT3D_9_', '-I{r}/src', '-I{r}/lib/irrlicht/include',
       '-I{r}/lib/enet/include', '-I{r}/lib/bullet/src', '-I{r}/lib/angelscript/include', '-I{r}/lib/tinygettext/include',
       '-I{r}/lib/graphics_engine/include', '-I{r}/lib/graphics_utils', '-I{r}/lib/mcpp', '-I{r}/lib/libsquish',
       '-I{r}/lib/simd_wrapper', '-I{r}/lib/sheenbidi/Headers', '-I{r}/lib/dnsc']
# BZFlag (C++, autoconf): config.h is stubs/bzflag (hand-written)
BZ = ['-std=c++11', '-DHAVE_CONFIG_H', '-I' + S + '/bzflag', '-I{r}/include', '-I{r}/src/bzfs']
# dgamelaunch (C, autoconf): config.h is stubs/dgamelaunch (hand-written); ncurses, sqlite3, crypt from Debian
DGL = ['-std=gnu99', '-I' + S + '/dgamelaunch', '-I{r}']
# Armagetron Advanced (C++, autoconf): tCrypto.cpp needs src/tools, defs.h and aa_config.h (stubs/armagetronad)
AA = ['-std=c++11', '-I' + S + '/armagetronad', '-I{r}/src', '-I{r}/src/tools']
E = [
 ('mangoszero+server', 'src/proto/ClientConnection.cpp', MZ),
 ('mangoszero+server', 'src/game/Warden/WardenServer.cpp', MZ),
 ('mangoszero+server', 'src/game/Warden/WardenModuleCatalog.cpp', MZ),
 ('mangos+realmd', 'Auth/AuthSocket.cpp', RD),
 ('openmultiplayer+open.mp', 'Server/Components/LegacyNetwork/Query/query.cpp', OMP),
 ('STJr+SRB2', 'src/netcode/d_clisrv.c', SRB),
 ('STJr+SRB2', 'src/netcode/d_netfil.c', SRB),
 ('STJr+SRB2', 'src/netcode/client_connection.c', SRB),
 ('STJr+SRB2', 'src/netcode/server_connection.c', SRB),
 ('openmoh+openmohaa', 'code/server/sv_main.c', ['-std=gnu99'] + MOH),
 ('openmoh+openmohaa', 'code/server/sv_client.c', ['-std=gnu99'] + MOH),
 ('openmoh+openmohaa', 'code/fgame/g_client.cpp', ['-std=c++17', '-DGAME_DLL', '-DWITH_SCRIPT_ENGINE', '-DARCHIVE_SUPPORTED'] + MOH + MOHG),
 ('supertuxkart+stk-code', 'src/network/protocols/server_lobby.cpp', STK),
 ('BZFlag-Dev+bzflag', 'src/bzfs/commands.cxx', BZ),
 ('BZFlag-Dev+bzflag', 'src/bzfs/bzfsAPI.cxx', BZ),
 ('paxed+dgamelaunch', 'dgamelaunch.c', DGL),
 ('ArmagetronAd+armagetronad', 'src/tools/tCrypto.cpp', AA),
]
write_compile_commands(R, E)
