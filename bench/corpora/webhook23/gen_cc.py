#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook23'
S = R + '/stubs'
CXX = '/usr/bin/clang++-19'
# Motion 5 (C++17, libmicrohttpd webcontrol; ffmpeg/zlib/jpeg from Debian); stubs/motion/config.hpp = configure output
MO = ['-std=gnu++17', '-I' + S + '/motion', '-I{r}/src']
# Mosquitto broker (C, Makefile defaults WITH_TLS/WITH_TLS_PSK/...); config.h is in the repo; deps/ = bundled uthash
MQ = ['-std=gnu99', '-D_GNU_SOURCE', '-DWITH_BROKER', '-DWITH_TLS', '-DWITH_TLS_PSK', '-DWITH_PERSISTENCE', '-DWITH_MEMORY_TRACKING',
      '-DWITH_SYS_TREE', '-DWITH_EC', '-DWITH_BRIDGE', '-DWITH_CONTROL', '-DWITH_THREADING',
      '-I{r}', '-I{r}/include', '-I{r}/lib', '-I{r}/src', '-I{r}/deps', '-I/usr/include/cjson']
# PgBouncer (C11, vendored libusual in lib/); stubs/pgbouncer/usual/config.h = configure output (Linux, OpenSSL, libevent)
PG = ['-std=gnu11', '-I' + S + '/pgbouncer', '-I{r}/include', '-I{r}/lib']
# tinyproxy (C99); stubs/tinyproxy/config.h = configure output (all optional features on)
TP = ['-std=gnu99', '-D_GNU_SOURCE', '-DHAVE_CONFIG_H', '-I' + S + '/tinyproxy', '-I{r}/src']
# OwnTone (C, libevent evhttp + json-c + libconfuse + sqlite + ffmpeg from Debian); stubs/owntone = config.h and the
# bison-generated parsers/mpd_parser.h (its %code requires/provides blocks)
OT = ['-std=gnu99', '-D_GNU_SOURCE', '-DHAVE_CONFIG_H', '-I' + S + '/owntone', '-I{r}/src', '-I/usr/include/json-c']
# Monkey HTTP server auth plugin (C); stubs/monkey = CMake-generated mk_core_info.h / mk_info.h / mk_env.h.
# The plugin predates the current plugin API (init signature) and uses pthread_setspecific without <pthread.h>:
# -Wno-incompatible-function-pointer-types and -include pthread.h
MK = ['-std=gnu99', '-D_GNU_SOURCE', '-Wno-incompatible-function-pointer-types', '-include', 'pthread.h',
      '-I' + S + '/monkey', '-I' + S + '/monkey/monkey', '-I{r}/include', '-I{r}/include/monkey', '-I{r}/mk_core/include']
E = []
for f in ('webu.cpp', 'webu_ans.cpp', 'webu_stream.cpp', 'webu_file.cpp', 'webu_json.cpp', 'webu_text.cpp', 'webu_html.cpp',
          'webu_post.cpp'):
    E.append(('Motion-Project+motion', 'src/' + f, MO))
E += [('eclipse+mosquitto', 'src/security_default.c', MQ),
      ('eclipse+mosquitto', 'plugins/dynamic-security/auth.c', MQ + ['-I{r}/plugins/dynamic-security'])]
for f in ('client.c', 'scram.c', 'objects.c'):
    E.append(('pgbouncer+pgbouncer', 'src/' + f, PG))
for f in ('basicauth.c', 'reqs.c', 'stats.c'):
    E.append(('tinyproxy+tinyproxy', 'src/' + f, TP))
for f in ('httpd.c', 'httpd_jsonapi.c', 'httpd_oauth.c', 'mpd.c', 'misc.c', 'remote_pairing.c'):
    E.append(('owntone+owntone-server', 'src/' + f, OT))
E.append(('monkey+monkey', 'plugins/auth/auth.c', MK))
# NZBGet (C++17; boost, libxml2, OpenSSL from Debian); stubs/nzbget = CMake config.h and a declaration-only boost/json.hpp
# (Boost.JSON is 1.75+, Debian 12 ships 1.74); include dirs = every daemon/ and lib/ subdirectory, as its CMakeLists does
NZ = ['-std=c++17', '-I' + S + '/nzbget', '-I/usr/include/libxml2'] + ['-I{r}/' + d for d in (
    'daemon/connect', 'daemon/extension', 'daemon/feed', 'daemon/frontend', 'daemon/main', 'daemon/nntp', 'daemon/nserv',
    'daemon/postprocess', 'daemon/queue', 'daemon/remote', 'daemon/sources', 'daemon/system', 'daemon/systemhealth',
    'daemon/util', 'lib/regex', 'lib/yencode')]
for f in ('WebServer.cpp', 'XmlRpc.cpp', 'BinRpc.cpp'):
    E.append(('nzbgetcom+nzbget', 'daemon/remote/' + f, NZ))
# CARTA backend (C++17; nlohmann-json, spdlog, fmt, uuid from Debian); stubs/carta = declaration-only uWebSockets
# (submodule), Session/SessionManager.h stand-in, carta-protobuf/enums.pb.h (generated)
CA = ['-std=c++17', '-I' + S + '/carta', '-I{r}/src']
for f in ('Util/Token.cc', 'Util/String.cc', 'HttpServer/HttpServer.cc'):
    E.append(('CARTAvis+carta-backend', 'src/' + f, CA))
# ZNC (C++17, OpenSSL/zlib from Debian); stubs/znc = zncconfig.h (CMake output) and znc/Csocket.h forwarding to the
# materialized Csocket submodule (znc/Csocket at the pinned submodule commit); cctz submodule (google/cctz at its pinned commit)
# materialized as src/google+cctz; -I include/znc because the build copies Csocket.h next to defines.h
ZN = ['-std=c++17', '-I' + S + '/znc', '-I{r}/include', '-I{r}/include/znc', '-I' + R + '/src/google+cctz/include']
for f in ('WebModules.cpp', 'User.cpp', 'Utils.cpp'):
    E.append(('znc+znc', 'src/' + f, ZN))
write_compile_commands(R, E, CXX)
