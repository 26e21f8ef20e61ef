#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook8'
S = R + '/stubs'
CXX = '/usr/bin/clang++-19'
GG, DB, SP, TE = 'xxanxnie+COMSW4156-Git-Gud', 'johndoe6345789+DeployButton', 'AdityaRoy999+StackPilot', '7go7+Task_Estimator'
GGF = ['-std=c++17', '-I{r}/include', '-I' + S + '/gitgud/inc', '-I' + S + '/crow121/include', '-I' + S + '/mongo']
DBF = ['-std=c++20', '-I{r}/backend', '-I' + S + '/drogon', '-I/usr/include/jsoncpp']
SPF = ['-std=c++20', '-I{r}/src', '-I' + S + '/drogon', '-I/usr/include/jsoncpp']
GBF = ['-std=c++20', '-I{r}/src', '-I{r}/src/module', '-I{r}/src/util', '-I{r}/src/middleware', '-I{r}/src/interfaces', '-I{r}/src/interfaces/payments',
       '-I{r}/src/module/payment/models', '-I' + S + '/drogon', '-I' + S + '/gaboot', '-I/usr/include/jsoncpp']
Q5 = '/usr/include/x86_64-linux-gnu/qt5'
SPW = ['-std=c++17', '-fPIC', '-I{r}/src', '-I{r}', '-I{r}/src/src', '-I' + S + '/summerpr', '-I' + S + '/mongo', '-I' + Q5, '-I' + Q5 + '/QtCore', '-I' + Q5 + '/QtNetwork']
E = [
 # COMSW4156-Git-Gud: Crow (external_libraries/Crow, git-ignored -> stubs/gitgud forwarding to Crow 1.2.1 in stubs/crow121),
 # mongo-cxx-driver (not packaged: declaration-only stubs/mongo from webhook4), spdlog (Debian), libcurl, Poco (Debian)
 (GG, 'src/RouteController.cpp', GGF),
 (GG, 'src/main.cpp', GGF),
 # DeployButton backend: Drogon (not packaged: declaration-only stubs/drogon, extended from webhook7's) + jsoncpp (Debian)
 (DB, 'backend/controllers/WebhooksController.cc', DBF),
 (DB, 'backend/controllers/DeployController.cc', DBF),
 (DB, 'backend/controllers/ProjectsController.cc', DBF),
 (DB, 'backend/controllers/RunsController.cc', DBF),
 # StackPilot: Drogon stubs + libpqxx, spdlog, jsoncpp, OpenSSL (Debian)
 (SP, 'src/controllers/GitHubWebhookController.cpp', SPF),
 (SP, 'src/controllers/HealthController.cpp', SPF),
 (SP, 'src/controllers/AuthController.cpp', SPF),
 # Task_Estimator: vendored crow_all.h (Crow master, standalone asio from Debian libasio-dev), libpqxx, libcurl, OpenSSL (Debian);
 # stubs/xgboost/xgboost/c_api.h = declarations of the XGBoost C API (not packaged in Debian 12)
 # wasolution: Boost.Beast (Debian libboost-dev), vendored nlohmann json.h and spdlog (dependencies/), libcurl, libpqxx (Debian);
 # <format> needs libc++ 19 (Debian 12's libstdc++ 12 has none) plus std::result_of for Boost 1.74 asio, and stubs/compat/uchar_traits.h (char_traits<unsigned char> for libpqxx 6.4 under libc++); cloud/cloud_api.h includes "constants.h" relative to src/ (CMake include dir) -> -I{r}/src
 ('pedroafonso18+wasolution', 'src/main.cpp', ['-std=c++20', '-stdlib=libc++', '-D_LIBCPP_ENABLE_CXX20_REMOVED_TYPE_TRAITS', '-include', S + '/compat/uchar_traits.h', '-I{r}/src']),
 # openai-cpp SDK: webhook signature verifier (nlohmann from Debian); include/openai/webhooks.hpp uses std::variant and
 # webhooks.cpp std::array without including them (transitive with the author's toolchain) -> -include variant/array
 ('ItsJustMeChris+openai-cpp', 'src/webhooks.cpp', ['-std=c++17', '-include', 'variant', '-include', 'array', '-I{r}/include']),
 # userver-paddle: only the Paddle-Signature verifier (userver not packaged: stubs/userver/userver/crypto/hash.hpp; fmt from Debian)
 ('slugkit+userver-paddle', 'paddle/src/paddle/auth/signature.cpp', ['-std=c++20', '-I{r}/paddle/include', '-I' + S + '/userver']),
 # focusforge: userver (not packaged: declaration-only stubs/userver, extended from webhook4's); project headers under src/
 ('Hit-boy228+focusforge', 'src/handlers/telegram_webhook_handler.cpp', ['-std=c++20', '-I{r}/src', '-I{r}/src/handlers', '-I' + S + '/userver']),
 ('Hit-boy228+focusforge', 'src/handlers/health_handler.cpp', ['-std=c++20', '-I{r}/src', '-I{r}/src/handlers', '-I' + S + '/userver']),
 # Gaboot: Drogon (stubs/drogon) + include dirs of its CMakeLists; stubs/gaboot = declaration stubs of g3log, cpr, jwt-cpp,
 # json-schema-validator (from webhook7), bcrypt, dotenv, OpenCV (only included by src/pch.h); fmt, nlohmann, jsoncpp from Debian
 ('skript023+Gaboot', 'src/module/payment/controllers/payment.cc', GBF),
 ('skript023+Gaboot', 'src/module/payment/services/payment_service.cpp', GBF),
 # summer-pr-web: Telegram bot on Tufao (Qt5 HTTP server; not packaged -> stubs/summerpr/Tufao), tgbot C++ client and mongocxx
 # (stubs/summerpr + stubs/mongo), Qt5 Core/Network from Debian (qtbase5-dev headers); vendored VK client src/src/api.h
 ('DmLvkvch+summer-pr-web', 'src/telegrambot.cpp', SPW),
 ('DmLvkvch+summer-pr-web', 'src/main.cpp', SPW),
 (TE, 'backend/src/main.cpp', ['-std=c++17', '-I{r}/backend', '-I' + S + '/xgboost']),
]
write_compile_commands(R, E, CXX)
