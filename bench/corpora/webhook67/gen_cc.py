#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook67 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs"). All six repositories are C++.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook67'
S = R + '/stubs'
# quarkdb: CMake (-std=c++17 -DASIO_STANDALONE); Xrd/XrdLink.hh, qclient/QClient.hh and rocksdb/status.h are
# stubs/quarkdb (submodules / XRootD not materialized)
QDB = ['-std=c++17', '-DASIO_STANDALONE', '-I' + S + '/quarkdb', '-I{r}/src', '-I{r}/deps']
# dilithion: Makefile (-std=c++17, -Isrc)
DIL = ['-std=c++17', '-I{r}/src']
# ssdb: build.sh / Makefile; src/version.h includes jemalloc/jemalloc.h (stubs/ssdb)
SSDB = ['-std=gnu++11', '-D__STDC_FORMAT_MACROS', '-I' + S + '/ssdb', '-I{r}/src']
# PHZ76/RtspServer: Makefile (CXX_FLAGS / INC)
RTSP = ['-std=c++11', '-I{r}/src', '-I{r}/src/net', '-I{r}/src/xop', '-I{r}/src/3rdpart']
# SEMS: CMake (C++11; SEMS_VERSION / OS / ARCH come from add_definitions)
SEMS = ['-std=c++11', '-D_THREAD_SAFE', '-D_REENTRANT', '-DSEMS_VERSION="1.7.0"', '-DOS="Linux"',
        '-DARCH="x86_64"', '-I{r}/core', '-I{r}/core/amci', '-I{r}/core/sip']
# domoticz: CMake (C++17, -Imain); json/json.h and jwt-cpp/jwt.h are stubs/domoticz (extern/jsoncpp and
# extern/jwtcpp are submodules); Debian's Boost 1.74 mpl needs -Wno-enum-constexpr-conversion under clang 19
DOM = ['-std=c++17', '-D_FILE_OFFSET_BITS=64', '-Wno-enum-constexpr-conversion', '-I' + S + '/domoticz',
       '-I{r}/main', '-I{r}/webserver']
E = [
 ('gbitzes+quarkdb', 'src/redis/Authenticator.cc', QDB),
 ('gbitzes+quarkdb', 'src/auth/AuthenticationDispatcher.cc', QDB),
 ('dilithion+dilithion', 'src/rpc/auth.cpp', DIL),
 ('dilithion+dilithion', 'src/rpc/permissions.cpp', DIL),
 ('dilithion+dilithion', 'src/wallet/crypter.cpp', DIL),
 ('dilithion+dilithion', 'src/wallet/passphrase_validator.cpp', DIL),
 ('ideawu+ssdb', 'src/net/server.cpp', SSDB),
 ('PHZ76+RtspServer', 'src/xop/RtspConnection.cpp', RTSP),
 ('PHZ76+RtspServer', 'src/xop/RtspMessage.cpp', RTSP),
 ('sems-server+sems', 'core/plug-in/uac_auth/UACAuth.cpp', SEMS + ['-I{r}/core/plug-in/uac_auth']),
 ('sems-server+sems', 'apps/webconference/WebConference.cpp', SEMS + ['-I{r}/apps/webconference']),
 ('sems-server+sems', 'apps/voicebox/VoiceboxDialog.cpp', SEMS + ['-I{r}/apps/voicebox', '-I{r}/apps/msg_storage']),
 ('domoticz+domoticz', 'webserver/cWebem.cpp', DOM),
 ('domoticz+domoticz', 'iamserver/IamService.cpp', DOM),
 ('domoticz+domoticz', 'tcpserver/TCPServer.cpp', DOM),
]
write_compile_commands(R, E)
