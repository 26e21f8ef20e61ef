#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook12'
S = R + '/stubs'
CXX = '/usr/bin/clang++-19'
JSONCPP = '-I/usr/include/jsoncpp'
DROGON = ['-I' + S + '/drogon', JSONCPP]
PAY = 'VilasWang+Pay-plugin-example'
PB = 'PayBackend/'
# Pay-plugin-example is Windows-first (build.bat) and calls MSVC's gmtime_s; stubs/compat declares it (force-included).
PAYF = ['-std=c++17', '-I{r}/PayBackend', '-include', S + '/compat/msvc_gmtime_s.h'] + DROGON
SW = 'SWACN+swacn'
SWF = ['-std=c++17', '-I{r}/server/src', '-I{r}/server/src/controllers'] + DROGON
E = [
 # Pay-plugin-example: Drogon (not packaged: declaration-only stubs/drogon, from webhook8's, extended) + OpenSSL + jsoncpp (Debian)
 (PAY, PB + 'controllers/WechatCallbackController.cc', PAYF),
 (PAY, PB + 'controllers/PayController.cc', PAYF),
 (PAY, PB + 'controllers/MetricsController.cc', PAYF),
 (PAY, PB + 'controllers/PayMetricsController.cc', PAYF),
 (PAY, PB + 'filters/PayAuthFilter.cc', PAYF),
 (PAY, PB + 'plugins/PayPlugin.cc', PAYF),
 (PAY, PB + 'plugins/WechatPayClient.cc', PAYF),
 (PAY, PB + 'main.cc', PAYF),
 # zygl2: cpp-httplib and nlohmann vendored in third_party/ (CMakeLists: include_directories(. third_party)), header-only app
 ('joeypjx+zygl2', 'src/main.cpp', ['-std=c++17', '-I{r}', '-I{r}/src', '-I{r}/third_party']),
 # cppdiscord/bot (commit 95e014e): cpp-httplib (Debian libcpp-httplib-dev) + nlohmann (Debian) + D++ (stubs/dpp, not packaged)
 ('cppdiscord+bot', 'src/main.cpp', ['-std=c++17', '-I{r}/src', '-I' + S + '/dpp']),
 ('cppdiscord+bot', 'src/webhooks/github_webhook_handler.cpp', ['-std=c++17', '-I{r}/src', '-I' + S + '/dpp']),
 # SWACN: Drogon stubs + OpenSSL + jsoncpp
 (SW, 'server/src/controllers/PaymentController.cpp', SWF),
 (SW, 'server/src/controllers/AuthController.cpp', SWF),
 # wuraxor/webhook (commit af6e03e, the Drogon version; CMake: C++23, std::string::starts_with)
 ('wuraxor+webhook', 'src/controller.cpp', ['-std=c++20', '-I{r}/include'] + DROGON),
 # Binance-TradingView-Bot: Pistache (Debian 0.0.5, async.h fix in stubs/pistache as in webhook7) + websocketpp/asio + nlohmann (Debian)
 ('OscarElliott+Binance-TradingView-Bot', 'backend/src/main.cpp', ['-std=c++17', '-I' + S + '/pistache', '-I{r}/backend/src']),
 # Cpp-API-Template: Crow, nlohmann and spdlog vendored in include/ (asio from Debian libasio-dev)
 ('Neko-Nik+Cpp-API-Template', 'main.cpp', ['-std=c++17', '-I{r}/include', '-I{r}']),
 ('Neko-Nik+Cpp-API-Template', 'src/base_endpoints.cpp', ['-std=c++17', '-I{r}/include', '-I{r}']),
 # RichCrabs (reconstructed from the search index, see README): Drogon stubs + spdlog/fmt (Debian) + stubs/richcrabs (project headers)
 ('Fishing-Team-322+RichCrabs', 'defay1x9/src/controllers/TelegramController.cpp',
  ['-std=c++20', '-I{r}/defay1x9/src', '-I' + S + '/richcrabs'] + DROGON),
]
write_compile_commands(R, E, CXX)
