#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook94'
S = R + '/stubs'
CXX = '/usr/bin/clang++-19'
# Royna2544/tgbot-cpp (CMake, CXX_STANDARD 17, include/ public; src/net/httplib_wrapper.h includes <httplib.h>
# with CPPHTTPLIB_OPENSSL_SUPPORT/ZLIB_SUPPORT): cpp-httplib 0.11.4, nlohmann-json, OpenSSL 3, zlib from Debian
TG = ['-std=gnu++17', '-I{r}/include', '-I{r}/src']
# previoustube/previoustube (ESP-IDF project, main/ component, -DLV_LVGL_H_INCLUDE_SIMPLE); stubs/previoustube =
# hand-written esp_event.h and esp_http_server.h (ESP-IDF is not packaged); <sys/param.h> (MIN) from glibc
PT = ['-std=gnu++20', '-DLV_LVGL_H_INCLUDE_SIMPLE', '-I{r}/main', '-I' + S + '/previoustube']
# 7misha/taskmanager (CMake, C++17 without extensions, include/ with vendored httplib.h and nlohmann/json.hpp);
# SQLite3 from Debian
TM = ['-std=c++17', '-I{r}/include']
E = [
 ('Royna2544+tgbot-cpp', 'src/net/TgWebhookServer.cpp', TG),
 ('previoustube+previoustube', 'main/webserver.cpp', PT),
 ('7misha+taskmanager', 'src/HttpApi.cpp', TM),
 ('7misha+taskmanager', 'src/http_server.cpp', TM),
]
write_compile_commands(R, E, CXX)
