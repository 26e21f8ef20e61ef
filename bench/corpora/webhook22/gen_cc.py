#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook22'
S = R + '/stubs'
CXX = '/usr/bin/clang++-19'
# GitLabHook: Magic framework (out-of-tree, CMake var MAGIC) -> stubs/magic (declaration-only Magic headers and a
# RapidJson/ DOM stand-in; Debian's rapidjson 1.1.0 no longer parses with clang 19)
GLH = ['-std=c++11', '-I' + S + '/magic', '-I{r}/Include']
# LightsControllerApp (Windows, Visual Studio + conan Poco): Poco from Debian; stubs/win32 = the Win32 typedefs SerialPort.h names
LCA = ['-std=c++17', '-I' + S + '/win32', '-I{r}/LightsControllerApp']
# DZSimulator: cpp-httplib and nlohmann (as <json.hpp>) from Debian; stubs/magnum = Magnum/Corrade names Gsi.{h,cpp} use
DZ = ['-std=c++17', '-I' + S + '/magnum', '-I/usr/include/nlohmann', '-I{r}/src']
# SquadOVClient (Windows app): civetweb, nlohmann, boost and Howard Hinnant's date (libhowardhinnant-date-dev) from Debian;
# stubs/squadov/squadov_win32_types.h force-included instead of -D_WIN32 (see README)
SQ = ['-std=c++20', '-I' + S + '/win32', '-include', S + '/squadov/squadov_win32_types.h',
      '-I{r}/client_service/shared', '-I{r}/client_service/game_event_watcher', '-I{r}/client_service/process_watcher']
# BrewPiLess (PlatformIO, ESP32 env): Arduino sketch sources compiled as C++ with Arduino.h force-included; stubs/brewpiless
# (NimBLE, AsyncMqttClient, DHT, ADS1115, ESP-IDF adc, Wire, ArduinoOTA, extended ESPAsyncWebServer/WiFi/ArduinoJson)
# before stubs/esp32async and stubs/arduino (both copied from webhook19)
BPL = ['-x', 'c++', '-std=gnu++17', '-DARDUINO=10819', '-DESP32', '-DARDUINO_ARCH_ESP32', '-I' + S + '/brewpiless',
       '-I' + S + '/esp32async', '-I' + S + '/arduino', '-include', 'Arduino.h', '-I{r}/src', '-I{r}/lib-esp32/OneWire-master']
# gaming-lights-csgo (PlatformIO ESP32 Arduino): stubs/gaminglights (FastLED, AsyncJson.h) before the BrewPiLess/webhook19
# Arduino stubs; -include cstdarg (the sketch uses va_start without including it; the Arduino core pulls it in);
# -Wno-non-pod-varargs: stprint() is passed Strings through '...' (GCC accepts it, clang makes it an error by default)
GL = ['-x', 'c++', '-std=gnu++17', '-DARDUINO=10819', '-DESP32', '-Wno-non-pod-varargs', '-I' + S + '/gaminglights',
      '-I' + S + '/brewpiless', '-I' + S + '/esp32async', '-I' + S + '/arduino', '-include', 'Arduino.h', '-include', 'cstdarg',
      '-I{r}/include']
# esp-cs2-gsi-matrix (PlatformIO ESP8266 Arduino, aWOT web framework): stubs/espcs2 (aWOT, ArduinoLog, Adafruit NeoMatrix/GFX,
# ESP8266WiFi.h) before the shared Arduino stubs; -DD2=4 stands for the board's pin macro (variant pins_arduino.h)
ECS = ['-x', 'c++', '-std=gnu++17', '-DARDUINO=10819', '-DESP8266', '-DD2=4', '-I' + S + '/espcs2', '-I' + S + '/brewpiless',
       '-I' + S + '/esp32async', '-I' + S + '/arduino', '-include', 'Arduino.h', '-I{r}/src']
# mylobsterpp (C++23, Boost.Asio coroutines, nlohmann, OpenSSL, all from Debian); Boost 1.74 needs the co_await macros and
# <utility> (awaitable.hpp uses std::exchange without including it)
MLP = ['-std=c++23', '-include', 'utility', '-DBOOST_ASIO_HAS_CO_AWAIT', '-DBOOST_ASIO_HAS_STD_COROUTINE', '-I{r}/include']
# ZeroClaw-Plus-Plus (C++20, cpp-httplib, OpenSSL, nlohmann); stubs/zeroclaw/ccp-httplib/httplib.h forwards the misspelt
# vendored path to Debian's <httplib.h>
ZC = ['-std=c++20', '-I' + S + '/zeroclaw', '-I{r}/src']
E = [
 ('INotfound+GitLabHook', 'Source/Servlet/HookServlet.cpp', GLH),
 ('gabirat+LightsControllerApp', 'LightsControllerApp/GSIRequestHandler.cpp', LCA),
 ('gabirat+LightsControllerApp', 'LightsControllerApp/GSIRequestHandlerFactory.cpp', LCA),
 ('gabirat+LightsControllerApp', 'LightsControllerApp/GameHandler.cpp', LCA),
 ('lacyyy+DZSimulator', 'src/csgo_integration/Gsi.cpp', DZ),
 ('SquadOV+SquadOVClient', 'client_service/game_event_watcher/game_event_watcher/csgo/csgo_gsi_listener.cpp', SQ),
 ('vitotai+BrewPiLess', 'src/BrewPiLess.cpp', BPL),
 ('vitotai+BrewPiLess', 'src/ExternalData.cpp', BPL),
 ('epetin+gaming-lights-csgo', 'src/main.cpp', GL),
 ('davidramiro+esp-cs2-gsi-matrix', 'src/main.cpp', ECS),
 ('MyLobster-ai+mylobsterpp', 'src/channels/line.cpp', MLP),
 ('MyLobster-ai+mylobsterpp', 'src/channels/telegram.cpp', MLP),
 ('MyLobster-ai+mylobsterpp', 'src/channels/whatsapp.cpp', MLP),
 ('MyLobster-ai+mylobsterpp', 'src/gateway/auth.cpp', MLP),
 ('xunboo+ZeroClaw-Plus-Plus', 'src/gateway/gateway.cpp', ZC),
 ('xunboo+ZeroClaw-Plus-Plus', 'src/security/pairing.cpp', ZC),
 ('xunboo+ZeroClaw-Plus-Plus', 'src/security/otp.cpp', ZC),
]
write_compile_commands(R, E, CXX)
