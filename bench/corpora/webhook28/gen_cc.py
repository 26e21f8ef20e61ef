#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook28'
S = R + '/stubs'
CXX = '/usr/bin/clang++-19'
# maye174/app_server (libevent evhttp, C++17, xmake); stubs/loguru = declaration-only loguru.hpp
APP = ['-std=c++17', '-I{r}/src', '-I' + S + '/loguru']
# microcai/cmall (C++23 coroutines on the vendored Boost in third_party/boost, vendored libodb / fmt / magic_enum, the
# bundled odb_generated/ output); std::format needs libc++ (Debian 12's libstdc++ 12 has no <format>); the project
# precompiles include/stdafx.hpp into every TU (target_precompile_headers), reproduced with -include; ENABLE_LOGGER is
# what the CMake build types define. libminizip-dev, libgit2-dev, libseccomp-dev, libsystemd-dev installed for it.
CM = ['-std=c++23', '-stdlib=libc++', '-DENABLE_LOGGER'] + ['-I{r}/' + d for d in (
    'cmall/include', 'cmall', 'odb_generated', 'incubator/httpd/include', 'incubator/gitpp/include',
    'incubator/dirmon/include', 'third_party/boost', 'third_party/fmt/include', 'third_party/libodb',
    'third_party/libodb-pgsql', 'third_party/libodb-boost', 'third_party/magic_enum/include', 'third_party')] + [
    '-include', '{r}/cmall/include/stdafx.hpp']
# manoranjan2050/PaperPay (ESP32 Arduino + ESPAsyncWebServer, PlatformIO); stubs/esp32async (ESP32 core + AsyncWebServer,
# ArduinoJson), stubs/arduino (Arduino core), stubs/paperpay (AsyncJson.h, ricmoo qrcode.h); compiled as C++ with
# Arduino.h force-included as the Arduino builder does
PP = ['-x', 'c++', '-std=gnu++17', '-I{r}/include', '-I' + S + '/paperpay', '-I' + S + '/esp32async',
      '-I' + S + '/arduino', '-include', 'Arduino.h']
KBE = ['-std=c++11', '-DLOG4CXX_STATIC', '-DUSE_OPENSSL'] + ['-I{r}/kbe/src/' + d for d in (
    '', 'lib', 'server', 'lib/dependencies', 'lib/dependencies/tinyxml', 'lib/dependencies/fmt/include', 'lib/python/Include',
    'lib/python', 'lib/dependencies/log4cxx/src/main/include', 'lib/dependencies/g3dlite')] + ['-I' + S + '/kbengine']
SMSWS = ['-std=gnu99', '-Wno-incompatible-function-pointer-types', '-Wno-int-conversion', '-I{r}', '-I' + S + '/pjproject']
AS = 'maye174+app_server'
CMR = 'microcai+cmall'
E = [
 (AS, 'src/server/start.cpp', APP),
 (AS, 'src/wxpusher/callback.cpp', APP),
 (AS, 'src/wxpusher/data.cpp', APP),
 (AS, 'src/server/exit.cpp', APP),
 (AS, 'src/ewarn/server.cpp', APP),
 (CMR, 'cmall/src/cmall_impl/cmall_do_http_server.cpp', CM),
 (CMR, 'cmall/src/cmall_impl/handle_order_wx_callback.cpp', CM),
 (CMR, 'cmall/src/cmall_impl/cmall_do_websocket.cpp', CM),
 (CMR, 'cmall/src/services/wxpay_service.cpp', CM),
 (CMR, 'cmall/src/services/verifycode.cpp', CM),
 (CMR, 'cmall/src/services/persist_session.cpp', CM),
 (CMR, 'cmall/src/cmall.cpp', CM),
 ('manoranjan2050+PaperPay', 'src/web.cpp', PP),
 # kangpahul9/project1 legacy/backend (Crow amalgamation vendored as api/crow_all.h; C++17); Jwt.cpp is not parsed (it
 # needs the jwt-cpp submodule, absent from the snapshot)
 ('kangpahul9+project1', 'legacy/backend/api/main_api.cpp', ['-std=c++17', '-I{r}/legacy/backend', '-I{r}/legacy/backend/api']),
 ('kangpahul9+project1', 'legacy/backend/AuthService.cpp', ['-std=c++17', '-I{r}/legacy/backend']),
 ('kangpahul9+project1', 'legacy/backend/auth/JwtMiddleware.cpp', ['-std=c++17', '-I{r}/legacy/backend']),
 # kbengine/kbengine (C++11; kbe/src/build/common.mak include dirs); stubs/kbengine/pyconfig.h is Debian 12's
 # python3.11 pyconfig.h standing in for the one the vendored Python 3.7 generates at configure time
 ('kbengine+kbengine', 'kbe/src/server/loginapp/http_cb_handler.cpp', KBE + ['-DKBE_LOGINAPP']),
 ('kbengine+kbengine', 'kbe/src/server/dbmgr/dbtasks.cpp', KBE + ['-DKBE_DBMGR']),
 # lucval/sms-ws (C; Makefile: gcc with pkg-config libpjproject); stubs/pjproject = declaration-only pjlib.h,
 # pjlib-util.h, pjsip.h, pjsip_ua.h (pjproject is not packaged in Debian 12); the two -Wno flags cover what gcc only
 # warns about (accept_http_request(int) passed as a pj_thread_proc, an int socket as the void* argument)
 ('lucval+sms-ws', 'sms_ws.c', SMSWS),
 ('lucval+sms-ws', 'sms_ws_mt.c', SMSWS),
]
write_compile_commands(R, E, CXX)
