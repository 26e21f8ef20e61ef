#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook27'
S = R + '/stubs'
CXX = '/usr/bin/clang++-19'
# go-cqhttp-C: Windows (MSVC) C program; stubs/win32 = declaration-only winsock2/windows/WS2tcpip/process/io/direct
# headers; -fms-compatibility for MSVC's __VA_ARGS__ comma elision in Log.h
CQ = ['-std=gnu11', '-fms-compatibility', '-fms-extensions', '-I{r}', '-I' + S + '/win32']
# esp8266-react: ESP32 Arduino build (platformio.ini + features.ini flags); stubs/esp8266react = declaration-only Arduino
# core / ESPAsyncWebServer / AsyncJson / ArduinoJson 7 / libb64 / FreeRTOS / lwIP sntp / Update headers
ER = 'rjwats+esp8266-react'
ERF = ['-x', 'c++', '-std=gnu++17', '-DESP32', '-DFT_PROJECT=1', '-DFT_SECURITY=1', '-DFT_MQTT=1', '-DFT_NTP=1',
       '-DFT_OTA=1', '-DFT_UPLOAD_FIRMWARE=1', '-DNO_GLOBAL_ARDUINOOTA', '-I{r}/lib/framework', '-I' + S + '/esp8266react',
       '-include', 'Arduino.h']
# DollsKit "shanghai" (C++17, libmicrohttpd + OpenSSL + curl from Debian); stubs/json11 = declaration-only json11.hpp
DK = 'yappy+DollsKit'
DKF = ['-std=c++17', '-include', 'array', '-I{r}/shanghai/src', '-I' + S + '/json11']
E = [('xrzxrzx+go-cqhttp-C', 'main.c', CQ)]
E += [(ER, 'lib/framework/' + f, ERF) for f in (
    'ArduinoJsonJWT.cpp', 'SecuritySettingsService.cpp', 'AuthenticationService.cpp', 'APStatus.cpp',
    'FactoryResetService.cpp', 'FeaturesService.cpp', 'NTPStatus.cpp', 'RestartService.cpp', 'SystemStatus.cpp',
    'UploadFirmwareService.cpp', 'WiFiScanner.cpp', 'WiFiStatus.cpp')]
E += [(DK, 'shanghai/src/' + f, DKF) for f in (
    'web/webpage.cpp', 'web/github.cpp', 'web/travisci.cpp', 'web/house.cpp', 'web/echopage.cpp', 'web/postpage.cpp',
    'web/toppage.cpp', 'net.cpp')]
# Espalexa (header-only Alexa / Philips Hue emulation library, ESP32 synchronous WebServer branch): the header itself is the
# translation unit (-x c++), with the esp8266react stubs (+ WebServer.h, WiFiUdp.h)
E += [('Aircoookie+Espalexa', 'src/Espalexa.h', ['-x', 'c++', '-std=gnu++17', '-DESP32', '-DARDUINO_ARCH_ESP32', '-I{r}/src',
       '-I' + S + '/esp8266react', '-include', 'Arduino.h'])]
# fauxmoESP (ESP32 AsyncTCP branch); stubs/esp8266react (+ AsyncServer, MD5Builder.h)
E += [('vintlabs+fauxmoESP', 'src/fauxmoESP.cpp', ['-std=gnu++17', '-DESP32', '-I{r}/src', '-I' + S + '/esp8266react',
       '-include', 'Arduino.h'])]
# SinricPro ESP8266/ESP32 SDK (header-only core): SinricPro.h as the translation unit, ESP32 branch; stubs/esp8266react
# (+ WString.h, WebSocketsClient.h = declaration-only arduinoWebSockets client)
E += [('sinricpro+esp8266-esp32-sdk', 'src/SinricPro.h', ['-x', 'c++', '-std=gnu++17', '-DESP32', '-DARDUINO_ARCH_ESP32',
       '-I{r}/src', '-I' + S + '/esp8266react', '-include', 'Arduino.h'])]
# ESP8266HueEmulator (ESP8266 Arduino, ESP8266WebServer + wildcard RequestHandler route table); stubs/hueemu =
# declaration-only ESP8266WebServer.h, ESP8266WiFi.h, TimeLib.h, NtpClientLib.h, aJSON.h (PRINT_BUFFER_LEN 4096 as the
# project README demands), FS.h with SPIFFS, searched before stubs/esp8266react
E += [('probonopd+ESP8266HueEmulator', 'ESP8266HueEmulator/LightService.cpp', ['-std=gnu++11', '-DESP8266',
       '-I{r}/ESP8266HueEmulator', '-I' + S + '/hueemu', '-I' + S + '/esp8266react', '-include', 'Arduino.h'])]
write_compile_commands(R, E, CXX)
