#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook92 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook92'
S = R + '/stubs'
# Crow (amalgamated) with standalone Asio from Debian (libasio-dev), nlohmann json.hpp vendored, libcurl, Boost PT
STIN = ['-std=c++17', '-Wno-enum-constexpr-conversion', '-I{r}/crow']
# Crow (amalgamated) with the Asio copy vendored at the repository root
HOTEL = ['-std=c++17', '-I{r}']
# cpp-httplib (vendored httplib.h)
HTTPLIB = ['-std=c++17', '-I{r}']
# Elim-Fragrances ships a placeholder httplib.h ("paste cpp-httplib single header here"): Debian's cpp-httplib
# 0.11.4 (libcpp-httplib-dev) is force-included instead
ELIM = ['-std=c++17', '-include', '/usr/include/httplib.h', '-I{r}']
# cpp-httplib + MariaDB client (mysql/mysql.h forwarder in stubs) + jsoncpp (libjsoncpp-dev) + OpenSSL MD5
IMG = ['-std=c++17', '-I{r}', '-I' + S + '/imageserver', '-I/usr/include/jsoncpp']
# ESP-IDF C (esp_http_server, cJSON, FreeRTOS queue) reduced to hand-written declarations in stubs/esphook
ESPHOOK = ['-std=gnu17', '-I' + S + '/esphook']
E = [
 ('Tach3+STIN', 'crow/main.cpp', STIN),
 ('Maxxserv+Elim-Fragrances', 'server.cpp', ELIM),
 ('Sama-Elewa+mini-hotel-system-SP-project', 'main.cpp', HOTEL),
 ('Dex5wu+Project-Image-Server', 'image_server.cc', IMG),
 ('EmrD+calculator-api-cpp', 'main.cc', HTTPLIB),
 ('Ken-u+esphook', 'main/http_server.c', ESPHOOK),
]
write_compile_commands(R, E)
