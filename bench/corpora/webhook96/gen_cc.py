#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook96 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook96'
S = R + '/stubs'
# divinus (C, plain Makefile; server.c needs asprintf from _GNU_SOURCE)
DIV = ['-std=gnu99', '-D_GNU_SOURCE', '-I{r}/src']
# iortcw (C; the Makefile defines ARCH_STRING; dedicated-server build)
RTCW_MP = ['-std=gnu99', '-DDEDICATED', '-DARCH_STRING="x86_64"', '-I{r}/MP/code/qcommon']
RTCW_SP = ['-std=gnu99', '-DDEDICATED', '-DARCH_STRING="x86_64"', '-I{r}/SP/code/qcommon']
# ROM 2.4 QuickMUD (C; src/Makefile builds with IMC2 enabled: -DIMC -DIMCROM)
ROM = ['-std=gnu11', '-DIMC', '-DIMCROM', '-I{r}/src']
# Fuzzball MUCK (C; autoconf: include/autoconf.h is stubs/fuzzball/autoconf.h, hand-written)
FB = ['-std=gnu99', '-I' + S + '/fuzzball', '-I{r}/include']
# bmcweb (C++23, meson; bmcweb_config.h and boost/uuid/basic_random_generator.hpp are stubs/bmcweb; libc++ for
# <format>, which libstdc++ 12 lacks)
BMC = ['-std=c++23', '-stdlib=libc++', '-I' + S + '/bmcweb', '-I{r}/include', '-I{r}/http']
E = [
 ('OpenIPC+divinus', 'src/onvif.c', DIV),
 ('OpenIPC+divinus', 'src/rtsp/rtsp.c', DIV),
 ('OpenIPC+divinus', 'src/server.c', DIV),
 ('iortcw+iortcw', 'MP/code/server/sv_main.c', RTCW_MP),
 ('iortcw+iortcw', 'MP/code/server/sv_client.c', RTCW_MP),
 ('iortcw+iortcw', 'MP/code/game/g_client.c', RTCW_MP),
 ('iortcw+iortcw', 'SP/code/server/sv_main.c', RTCW_SP),
 ('iortcw+iortcw', 'SP/code/server/sv_client.c', RTCW_SP),
 ('iortcw+iortcw', 'SP/code/game/g_client.c', RTCW_SP),
 ('avinson+rom24-quickmud', 'src/act_info.c', ROM),
 ('avinson+rom24-quickmud', 'src/nanny.c', ROM),
 ('avinson+rom24-quickmud', 'src/imc.c', ROM),
 ('fuzzball-muck+fuzzball', 'src/player.c', FB),
 ('fuzzball-muck+fuzzball', 'src/mcp.c', FB),
 ('openbmc+bmcweb', 'src/ossl_random.cpp', BMC),
]
write_compile_commands(R, E)
