#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook64 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook64'
S = R + '/stubs'
Q = '/usr/include/x86_64-linux-gnu/qt5'
# ESPHome (C++, PlatformIO build for an ESP32 with the ESP-IDF framework): stubs/esphome/esphome/core/defines.h
# stands in for the generated feature header (API with password, ESPHome OTA with password, MD5);
# stubs/esphome/idf holds declaration-only ESP-IDF headers. IDF's lwIP sys/socket.h provides IPPROTO_TCP /
# TCP_NODELAY and newlib's headers PRIx32; glibc's do not, hence the three -include flags.
ESP = ['-std=gnu++20', '-DUSE_ESP_IDF', '-DUSE_ESP32', '-include', 'cinttypes', '-include', 'netinet/in.h',
       '-include', 'netinet/tcp.h', '-I' + S + '/esphome', '-I' + S + '/esphome/idf', '-I{r}']
# cmangos mangos-classic (C++20, CMake): in-tree shared/framework/game headers, dep/include (utf8cpp), Boost,
# OpenSSL 3, MariaDB client headers (mysql.h)
MANGOS = ['-std=c++20', '-I{r}/src/shared', '-I{r}/src/framework', '-I{r}/dep/include', '-I{r}/dep/include/utf8cpp',
          '-I{r}/src/realmd', '-I{r}/src/game', '-I{r}/dep/g3dlite/include',
          '-I{r}/dep/recastnavigation/Detour/Include', '-I/usr/include/mariadb']
# Cuberite (C++17, CMake): Globals.h relies on <functional> arriving transitively (it does with the bundled
# libraries' headers), hence -include functional; SQLiteCpp (a submodule) is stubs/cuberite/SQLiteCpp
CUBE = ['-std=c++17', '-include', 'functional', '-I' + S + '/cuberite', '-I{r}/src']
# Cutelyst v3.9.1 (C++17, Qt5): cutelyst_global.h (configured by CMake) and the moc_*.cpp files are stubs
CUTE = ['-std=c++17', '-fPIC', '-I' + S + '/cutelyst', '-I' + Q, '-I' + Q + '/QtCore', '-I' + Q + '/QtNetwork',
        '-I{r}', '-I{r}/Cutelyst', '-I{r}/Cutelyst/Plugins']
# TreeFrog v1.31.1 (C++17, Qt5, qmake): qplatformdefs.h from the Qt5 linux-g++ mkspec
TF = ['-std=c++17', '-fPIC', '-I' + Q, '-I' + Q + '/QtCore', '-I' + Q + '/QtNetwork', '-I' + Q + '/QtSql',
      '-I' + Q + '/QtXml', '-I/usr/lib/x86_64-linux-gnu/qt5/mkspecs/linux-g++', '-I{r}/include', '-I{r}/src']
E = [
 ('esphome+esphome', 'esphome/components/api/api_server.cpp', ESP),
 ('esphome+esphome', 'esphome/components/esphome/ota/ota_esphome.cpp', ESP),
 ('esphome+esphome', 'esphome/components/web_server_idf/web_server_idf.cpp', ESP),
 ('cmangos+mangos-classic', 'src/shared/Auth/SRP6.cpp', MANGOS),
 ('cmangos+mangos-classic', 'src/realmd/AuthSocket.cpp', MANGOS),
 ('cmangos+mangos-classic', 'src/game/Server/WorldSocket.cpp', MANGOS),
 ('cmangos+mangos-classic', 'src/game/Chat/Channel.cpp', MANGOS),
 ('cuberite+cuberite', 'src/RCONServer.cpp', CUBE),
 ('cutelyst+cutelyst', 'Cutelyst/Plugins/Authentication/credentialpassword.cpp', CUTE),
 ('cutelyst+cutelyst', 'Cutelyst/Plugins/CSRFProtection/csrfprotection.cpp', CUTE),
 ('treefrogframework+treefrog-framework', 'src/tactioncontroller.cpp', TF),
 ('treefrogframework+treefrog-framework', 'src/tsessioncookiestore.cpp', TF),
]
write_compile_commands(R, E)
