#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook111 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook111'
S = R + '/stubs'
# PvPGN (C++11, CMake); config.h is stubs/pvpgn (hand-written); the bundled fmt is lib/fmt
PVP = ['-std=c++11', '-I' + S + '/pvpgn', '-I{r}/src', '-I{r}/lib']
# Tremulous (GrangerHub; CMake: -std=c++1y for C++, -std=gnu99 for C); nettle from Debian
TRS = ['-std=c++14', '-DDEDICATED', '-DUSE_LOCAL_HEADERS', '-DPRODUCT_VERSION="1.2.0 pre-release"', '-DUSE_VOIP',
       '-DNDEBUG', '-I{r}/src', '-I{r}/src/server']
TRG = ['-std=gnu99', '-DGAME', '-I{r}/src']
# LuminariMUD (C23, CMake); conf.h and the operator copies campaign.h / mud_options.h / vnums.h are stubs/luminari
LUM = ['-std=gnu2x', '-I' + S + '/luminari', '-I{r}/src', '-I/usr/include/mariadb']
# DikuMUD3 (C++17, CMake); rapidjson is Debian's with the operator= fix (stubs/rapidjson-fix, made by extract.sh)
DIKU = ['-std=c++17', '-DDMSERVER', '-DLINUX', '-DPOSIX', '-I' + S + '/rapidjson-fix', '-I{r}/vme/src',
        '-I{r}/vme/include']
# EmpireMUD (C, autoconf); conf.h is stubs/empiremud
EMP = ['-std=gnu11', '-I' + S + '/empiremud', '-I{r}/src']
# Ring Racers (C17, CMake, Linux definitions of src/CMakeLists.txt); config.h is stubs/ringracers; gnu17 rather than
# c17 (GCC accepts the implicit strcasecmp declarations clang-19 rejects in strict C17)
RR = ['-std=gnu17', '-DUNIXCOMMON', '-DLINUX', '-DLINUX64', '-DHAVE_ZLIB', '-DHAVE_PNG', '-DHAVE_CURL',
      '-D_LARGEFILE64_SOURCE', '-DUSE_STUN', '-DHAVE_THREADS', '-DHWRENDER', '-DNONX86', '-DNORUSEASM',
      '-I' + S + '/ringracers', '-I{r}/src', '-I/usr/include/opus', '-I{r}/thirdparty/renamenoise/include']
E = [
 ('pvpgn+pvpgn-server', 'src/bnetd/handle_bnet.cpp', PVP),
 ('pvpgn+pvpgn-server', 'src/bnetd/handle_d2cs.cpp', PVP),
 ('pvpgn+pvpgn-server', 'src/bnetd/handle_telnet.cpp', PVP),
 ('pvpgn+pvpgn-server', 'src/bnetd/handle_wol.cpp', PVP),
 ('pvpgn+pvpgn-server', 'src/bnetd/irc.cpp', PVP),
 ('pvpgn+pvpgn-server', 'src/bnetd/game.cpp', PVP),
 ('pvpgn+pvpgn-server', 'src/common/bnethash.cpp', PVP),
 ('GrangerHub+tremulous', 'src/server/sv_main.cpp', TRS),
 ('GrangerHub+tremulous', 'src/server/sv_client.cpp', TRS),
 ('GrangerHub+tremulous', 'src/game/g_client.c', TRG),
 ('LuminariMUD+Luminari-Source', 'src/interpreter.c', LUM),
 ('Seifert69+DikuMUD3', 'vme/src/nanny.cpp', DIKU),
 ('Seifert69+DikuMUD3', 'vme/src/textutil.cpp', DIKU),
 ('Seifert69+DikuMUD3', 'vme/src/dilexp.cpp', DIKU),
 ('EmpireMUD+EmpireMUD-2.0-Beta', 'src/interpreter.c', EMP),
 ('EmpireMUD+EmpireMUD-2.0-Beta', 'src/act.other.c', EMP),
 ('KartKrewDev+RingRacers', 'src/d_clisrv.c', RR),
 ('KartKrewDev+RingRacers', 'src/d_netcmd.c', RR),
]
write_compile_commands(R, E)
