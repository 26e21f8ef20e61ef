#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook10'
S = R + '/stubs'
CXX = '/usr/bin/clang++-19'
MS = 'jace10+messaging-service'
GH = 'TiagoRG+gh-wh-handler'
SB = 'wilfrantz+sipetoBot'
YT = 'Malibushko+yatgbotlib'
TD = 'ScrimReaper+RESTAPI-ToDoApp-RaspyGUI'
PO = 'porla+porla'
PS = 'ostepan8+personal-scheduler'
OA = 'JChen12138+order-api-backend'
# messaging-service (CMakeLists: C++17): cpp-httplib from Debian libcpp-httplib-dev, libpq from libpq-dev
MSF = ['-std=c++17', '-I/usr/include/postgresql']
# gh-wh-handler (CMakeLists: C++23): Crow 1.2.1 headers (stubs/crow121, real upstream headers, not packaged) + Debian asio/nlohmann
GHF = ['-std=c++23', '-I{r}/include', '-I' + S + '/crow121/include']
# sipetoBot (CMakeLists: C++17): Boost.Beast/asio, spdlog, jsoncpp, libcurl from Debian; stubs/tdlib = empty TDLib headers
SBF = ['-std=c++17', '-I' + S + '/tdlib']
# yatgbotlib (CMakeLists: C++17, Conan deps): stubs/yatgbotlib/httplib/httplib.h forwards to Debian's httplib.h with
# CPPHTTPLIB_OPENSSL_SUPPORT; stubs/pfr = magic_get (boostorg/pfr at abb467c, 2019, the Conan magic_get/1.0 era);
# stubs/rapidjson-fix = Debian's rapidjson 1.1.0 with the upstream GenericStringRef::operator= fix; spdlog/fmt from Debian
YTF = ['-std=c++17', '-I{r}', '-I{r}/src', '-I{r}/include', '-I' + S + '/yatgbotlib', '-I' + S + '/rapidjson-fix', '-I' + S + '/pfr']
# ToDo API (CMakeLists: C++20, Crow via FetchContent): Crow 1.2.1 headers from stubs/crow121
TDF = ['-std=c++20', '-I' + S + '/crow121/include']
# porla at b654b57 (CMakeLists: C++20): Boost 1.74 (Beast/log/signals2), nlohmann, sqlite3, libtorrent-rasterbar-dev and
# libtomlplusplus-dev (both installed for this corpus); -Wno-enum-constexpr-conversion: Boost.MPL 1.74 vs clang-19 default error
POF = ['-std=c++20', '-Wno-enum-constexpr-conversion', '-I{r}/src']
# personal-scheduler (Makefile: -std=c++17 -Iapi -Iexternal/json -Ischeduler), vendored api/httplib.h and nlohmann
PSF = ['-std=c++17', '-I{r}/api', '-I{r}/external/json', '-I{r}/scheduler', '-I{r}']
# order-api-backend (CMakeLists: C++17, include/): vendored crow_all.h + asio; stubs/redis++ = declaration-only redis-plus-plus
OAF = ['-std=c++17', '-I{r}/include', '-I' + S + '/redis++']
OU = 'jkozera+oumodulesbot'
# oumodulesbot cloudfunctions-cc (CMakeLists: C++17, vcpkg): stubs/gcf = declaration-only Functions Framework for C++ and
# google-cloud-cpp Pub/Sub; OpenSSL, nlohmann, Boost from Debian. interaction_lib.cc is left out: ou_names.h needs
# <boost/regex/v5/match_flags.hpp> (Boost >= 1.76; Debian 12 has 1.74).
OUF = ['-std=c++17', '-I{r}/cloudfunctions-cc', '-I' + S + '/gcf']
FS = 'sm2774us+fullstack-language-shootout-ecommerce'
# fullstack-language-shootout-ecommerce backend-cpp (CMakeLists: C++23, httplib/nlohmann via FetchContent): Debian
# libcpp-httplib-dev, nlohmann-json3-dev, libssl-dev. Reconstructed from the search index (no git snapshot could be fetched);
# only apps/web-api/main.cpp is parsed (orders_api.cpp / order_service.cpp do not compile upstream: stale signatures).
FSF = ['-std=c++23', '-I{r}/backend-cpp']
MW = 'Marsupilami1+webpage'
# webpage server (Makefile: clang++ -std=c++23 -DCROW_ENABLE_DEBUG -DCROW_ENABLE_COMPRESSION, precompiled crow_all.h which is
# git-ignored): stubs/webpage/crow_all.h forwards to stubs/crow121; zlib from Debian. Reconstructed from the search index.
MWF = ['-std=c++23', '-DCROW_ENABLE_DEBUG', '-DCROW_ENABLE_COMPRESSION', '-I' + S + '/webpage', '-I' + S + '/crow121/include']
E = [
 (MS, 'src/server/server.cpp', MSF),
 (MS, 'src/handlers/webhook_handler.cpp', MSF),
 (MS, 'src/handlers/message_handler.cpp', MSF),
 (MS, 'src/handlers/conversation_handler.cpp', MSF),
 (MS, 'src/main.cpp', MSF),
 (GH, 'src/routes.cpp', GHF),
 (GH, 'src/endpoints/update-files.cpp', GHF),
 (GH, 'src/endpoints/run-actions.cpp', GHF),
 (GH, 'src/main.cpp', GHF),
 (SB, 'src/simple_http_server.cpp', SBF),
 (SB, 'src/main.cpp', SBF),
 (SB, 'src/sipeto.cpp', SBF),
 (YT, 'src/sources/telegram_bot.cpp', YTF),
 (YT, 'src/sources/update_manager.cpp', YTF),
 (TD, 'API/main.cpp', TDF),
 (TD, 'API/Middleware/Middleware.cpp', TDF),
 (PO, 'src/httpauthtokenhandler.cpp', POF),
 (PO, 'src/jsonrpchandler.cpp', POF),
 (PO, 'src/httpeventstream.cpp', POF),
 (PO, 'src/httpserver.cpp', POF),
 (PO, 'src/main.cpp', POF),
 (PS, 'security/Auth.cpp', PSF),
 (PS, 'api/ApiServer.cpp', PSF),
 (PS, 'api/handlers/EventsHandler.cpp', PSF),
 (PS, 'main.cpp', PSF),
 (OA, 'src/main.cpp', OAF),
 (OA, 'src/order_routes.cpp', OAF),
 (OU, 'cloudfunctions-cc/interaction.cc', OUF),
 (OU, 'cloudfunctions-cc/verify_ed25519.cc', OUF),
 (FS, 'backend-cpp/apps/web-api/main.cpp', FSF),
 (MW, 'server/main.cc', MWF),
]
write_compile_commands(R, E, CXX)
