#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook7'
S = R + '/stubs'
CXX = '/usr/bin/clang++-19'
SW = 'divmone+SoundWave'
E = [
 # green-api WhatsApp webhook server: Poco (Debian libpoco-dev 1.11) + nlohmann (Debian);
 # stubs/greenapi/nlohmann/json-schema.hpp = declarations of pboettch/json-schema-validator (not packaged)
 ('green-api+whatsapp-api-webhook-server-cpp', 'source/webhook.cpp', ['-std=c++17', '-I{r}/include', '-I' + S + '/greenapi']),
 ('green-api+whatsapp-api-webhook-server-cpp', 'source/main.cpp', ['-std=c++17', '-I{r}/include', '-I' + S + '/greenapi']),
 # rrtgbot (C, mongoose + cJSON + nob.h vendored, build.c: cc main.c -I./3rd_party);
 # stubs/rrtgbot/credentials.h is the user-created file of README.md, with the optional webhook block enabled
 ('rawrmil+rrtgbot', 'main.c', ['-I{r}', '-I{r}/3rd_party', '-I' + S + '/rrtgbot']),
 # AirPollutionSensor: Pistache (Debian libpistache-dev 0.0.5, Makefile: g++ -std=c++17) + Boost.Interprocess + Poco;
 # stubs/pistache/pistache/async.h = Debian's header with the upstream one-word fix (this->chain_ -> this->chainCore, line 711)
 ('Pasarel+AirPollutionSensor', 'src/sensorpollution.cpp', ['-std=c++17', '-I' + S + '/pistache']),
 ('Pasarel+AirPollutionSensor', 'src/Webhook.cpp', ['-std=c++17', '-I' + S + '/pistache']),
 ('Pasarel+AirPollutionSensor', 'src/Controller_MANUAL_PROCESS.cpp', ['-std=c++17', '-I' + S + '/pistache']),
 ('Pasarel+AirPollutionSensor', 'src/Controller_AUTO_PROCESS.cpp', ['-std=c++17', '-I' + S + '/pistache']),
 # SoundWave paymentService: Drogon (not packaged: declaration-only stubs/drogon, extended from webhook3's) + jsoncpp (Debian)
 (SW, 'backend/paymentService/src/api/v1.0/controllers/WebhookController.cpp', ['-std=c++17', '-I{r}/backend/paymentService/src', '-I' + S + '/drogon', '-I/usr/include/jsoncpp']),
 (SW, 'backend/paymentService/src/api/v1.0/controllers/PaymentsController.cpp', ['-std=c++17', '-I{r}/backend/paymentService/src', '-I' + S + '/drogon', '-I/usr/include/jsoncpp']),
 (SW, 'backend/paymentService/src/main.cpp', ['-std=c++17', '-I{r}/backend/paymentService/src', '-I' + S + '/drogon', '-I/usr/include/jsoncpp']),
 # muxi-cpp SDK: webhook signature verifier (OpenSSL, nlohmann from Debian)
 ('muxi-ai+muxi-cpp', 'src/webhook.cpp', ['-std=c++17', '-I{r}/include']),
 # axiam-c-sdk (C11): webhook signature verifier (OpenSSL)
 ('ilpanich+axiam-c-sdk', 'src/webhook.c', ['-std=c11', '-I{r}/include', '-I{r}/src']),
]
write_compile_commands(R, E, CXX)
