#!/usr/bin/env python3
# Writes /work/corpora/webhook65/compile_commands.json (clang++-19 / clang-19), see README.md "Flags worth knowing".
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook65'
S = R + '/stubs'
CXX = '/usr/bin/clang++-19'

# falcosecurity/falco 0.31.1: CMakeLists.txt sets --std=c++0x; civetweb's CivetServer.h and nlohmann/json.hpp come from
# Debian 12 (libcivetweb-dev, nlohmann-json3-dev); stubs/falco = hand-written declaration-only falco_common.h,
# configuration.h, falco_engine.h, falco_outputs.h, json_evt.h, banned.h (the engine tree is not materialized).
FALCO = ['-std=c++11', '-I{r}/userspace/falco', '-I' + S + '/falco']

# openshwprojects/OpenBK7231T_App (OpenBeken firmware, C): the Linux/Windows simulator build of custom.mk
# (-std=gnu99 -DWINDOWS -DLINUX, include/ plus every directory under src/ except the other platforms' HALs).
OBK = 'openshwprojects+OpenBK7231T_App'
obk_root = R + '/src/' + OBK
obk_inc = ['-I{r}/include']
if os.path.isdir(obk_root + '/src'):
    skip = ('src/hal/bl602', 'src/hal/xr809', 'src/hal/w800', 'src/hal/bk7231', 'src/memory')
    dirs = []
    for d, _, _ in os.walk(obk_root + '/src'):
        rel = os.path.relpath(d, obk_root)
        if any(rel == s or rel.startswith(s + '/') for s in skip):
            continue
        dirs.append(rel)
    obk_inc += ['-I{r}/' + d for d in sorted(dirs)]
OBKF = ['-std=gnu99', '-DWINDOWS', '-DLINUX', '-Wno-error=implicit-function-declaration', '-Wno-error=int-conversion'] + obk_inc

# github/brubeck (statsd-compatible metrics aggregator, C; Makefile: gcc -Isrc, libmicrohttpd enables
# BRUBECK_HAVE_MICROHTTPD); stubs/jansson = hand-written declaration-only jansson.h (libjansson-dev is not installed);
# gcc only warns that handle_request returns int where libmicrohttpd 0.9.75's callback returns enum MHD_Result.
BRU = ['-std=gnu99', '-DBRUBECK_HAVE_MICROHTTPD', '-DNDEBUG=1', '-DGIT_SHA="ebbd222"', '-I{r}/src', '-I' + S + '/jansson',
       '-Wno-error=incompatible-function-pointer-types']

E = [
 ('falcosecurity+falco', 'userspace/falco/webserver.cpp', FALCO),
 (OBK, 'src/driver/drv_wemo.c', OBKF),
 (OBK, 'src/driver/drv_hue.c', OBKF),
 (OBK, 'src/httpserver/rest_interface.c', OBKF),
 (OBK, 'src/httpserver/http_basic_auth.c', OBKF),
 (OBK, 'src/httpserver/new_http.c', OBKF),
 (OBK, 'src/logging/logging.c', OBKF),
 ('github+brubeck', 'src/http.c', BRU),
]
write_compile_commands(R, E, CXX)
