#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook85 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook85'
S = R + '/stubs'
# shadowsocksr-native (C): CMake; config.h and c_stl_lib.h (cstl submodule) are hand-written stubs
SSR = ['-std=gnu99', '-D_GNU_SOURCE', '-I' + S + '/shadowsocksr-native', '-I{r}/src', '-I{r}/src/obfs']
# ss5 (C): autoconf; include/config.h is the project's own file; LINUX as configure sets it
SS5 = ['-std=gnu99', '-DLINUX', '-D_FILE_OFFSET_BITS=64', '-I{r}/include']
# librdkafka (C): mklove configure; config.h is stubs/librdkafka/config.h (hand-written), reached as "../config.h"
# through -I stubs/librdkafka/src
RDK = ['-std=gnu99', '-D_GNU_SOURCE', '-I' + S + '/librdkafka/src', '-I{r}/src']
# czmq (C): CMake/autotools; platform.h is stubs/czmq/platform.h (hand-written); zmq.h is libzmq's own include/zmq.h (materialized from zeromq/libzmq)
CZMQ = ['-std=gnu99', '-D_GNU_SOURCE', '-DCZMQ_BUILD_DRAFT_API', '-I' + S + '/czmq', '-I{r}/include', '-I{r}/src',
        '-I' + R + '/src/zeromq+libzmq/include']
# trafficserver access_control plugin (C++): built as in its unit_tests/CMakeLists.txt (ACCESS_CONTROL_UNIT_TEST,
# so common.h does not pull ts/ts.h); tscore/ink_config.h is stubs/trafficserver/tscore/ink_config.h (hand-written)
ATSAC = ['-std=c++20', '-DACCESS_CONTROL_UNIT_TEST', '-I' + S + '/trafficserver', '-I{r}/include',
         '-I{r}/plugins/experimental/access_control']
# trafficserver url_sig plugin (C++): ts/ts.h, ts/remap.h, ts/remap_version.h and tsutil/Regex.h are hand-written
# declaration-only stubs under stubs/trafficserver (the real ts/ts.h needs the generated ts/apidefs.h)
ATSUS = ['-std=c++20', '-I' + S + '/trafficserver', '-I{r}/plugins/experimental/url_sig']
# nats.c (C): CMake defaults on Linux (NATS_OS=LINUX, TLS with OpenSSL and forced host verification; no
# streaming/protobuf)
NATS = ['-std=gnu99', '-D_GNU_SOURCE', '-DLINUX', '-D_REENTRANT', '-DNATS_HAS_TLS', '-DNATS_FORCE_HOST_VERIFICATION',
        '-I{r}/src', '-I{r}/src/include']
# libzmq (C++): CMake on Linux with CURVE through libsodium; platform.hpp is stubs/libzmq/platform.hpp (hand-written)
ZMQ = ['-std=c++11', '-D_GNU_SOURCE', '-D_REENTRANT', '-D_THREAD_SAFE', '-DZMQ_BUILD_DRAFT_API',
       '-I' + S + '/libzmq', '-I{r}/include', '-I{r}/src']
# tightsocks (C): CMake, no extra flags; includes are relative to the repository root
TS5 = ['-std=gnu99', '-D_GNU_SOURCE', '-I{r}']
E = [
 ('ShadowsocksR-Live+shadowsocksr-native', 'src/obfs/tls1.2_ticket.c', SSR),
 ('ShadowsocksR-Live+shadowsocksr-native', 'src/obfs/auth.c', SSR),
 ('ShadowsocksR-Live+shadowsocksr-native', 'src/obfs/auth_chain.c', SSR),
 ('yukixz+ss5', 'modules/mod_authen/SS5Basic.c', SS5),
 ('yukixz+ss5', 'modules/mod_authen/SS5Mod_authentication.c', SS5),
 ('confluentinc+librdkafka', 'src/rdkafka_sasl_scram.c', RDK),
 ('zeromq+czmq', 'src/zauth.c', CZMQ),
 ('apache+trafficserver', 'plugins/experimental/access_control/utils.cc', ATSAC),
 ('apache+trafficserver', 'plugins/experimental/access_control/access_control.cc', ATSAC),
 ('apache+trafficserver', 'plugins/experimental/url_sig/url_sig.cc', ATSUS),
 ('nats-io+nats.c', 'src/conn.c', NATS),
 ('nats-io+nats.c', 'src/object.c', NATS),
 ('zeromq+libzmq', 'src/curve_server.cpp', ZMQ),
 ('spawn18+tightsocks', 'protocol/methods/userpass.c', TS5),
 ('spawn18+tightsocks', 'protocol/method_exchange.c', TS5),
]
write_compile_commands(R, E)
