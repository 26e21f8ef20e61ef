#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook18'
S = R + '/stubs'
CXX = '/usr/bin/clang++-19'
# WePay-Cpp (mumuya520/Wepay): header-only Drogon controllers that main.cc pulls in through AppIncludes.h.
# Each controller header is parsed as its own C++ entry; -include adds the headers that AppIncludes.h puts
# before it (channel/ChannelPlugin.h for NotifyReceiveCtrl). Drogon/trantor and jwt-cpp are declaration-only stubs;
# jsoncpp, OpenSSL and sqlite3 are Debian's. WEPAY_HAS_LIBPQ / _PG_DRIVER / _RABBITMQ are left undefined (optional backends);
# WEPAY_HAS_OPENSSL is defined (OpenSSL is a hard dependency of the signature code).
WP = ['-x', 'c++', '-std=c++17', '-DWEPAY_HAS_OPENSSL', '-I' + S + '/drogon', '-I' + S + '/jwt', '-I/usr/include/jsoncpp']
E = [
 ('mumuya520+Wepay', 'src/notify/NotifyReceiveCtrl.h', WP + ['-include', '{r}/src/channel/ChannelPlugin.h']),
 ('mumuya520+Wepay', 'src/notify/CefBillCtrl.h', WP),
 ('mumuya520+Wepay', 'src/device/DeviceCtrl.h', WP),
 ('mumuya520+Wepay', 'src/gateway/NotifyCallbackCtrl.h', WP),
 ('mumuya520+Wepay', 'src/gateway/TestNotifyCtrl.h', WP),
 ('mumuya520+Wepay', 'src/gateway/WeWorkCtrl.h', WP),
 ('mumuya520+Wepay', 'src/agent/AgentSelfCtrl.h', WP),
 ('mumuya520+Wepay', 'src/filters/AgentAuthFilter.h', WP),
 # EpaySign.h (MD5 sign compare) is parsed inside DeviceCtrl.h / NotifyReceiveCtrl.h / CefBillCtrl.h; on its own it
 # misses <algorithm> (it relies on AppIncludes.h order), so it has no entry of its own.
 ('mumuya520+Wepay', 'src/common/PasswordUtils.h', WP),
 # channel plugins (verifyNotify implementations called by NotifyReceiveCtrl::verifyChannelNotify); self-contained headers
 ('mumuya520+Wepay', 'src/channel/StripePlugin.h', WP),
 ('mumuya520+Wepay', 'src/channel/PaypalPlugin.h', WP),
 ('mumuya520+Wepay', 'src/channel/BepusdtPlugin.h', WP),
 ('mumuya520+Wepay', 'src/channel/XorpayPlugin.h', WP),
 ('mumuya520+Wepay', 'src/channel/XunhupayPlugin.h', WP),
 # snapcast server (Boost.Beast control server; Debian boost 1.74 headers, CMake: C++17, -I<root> -I<root>/server)
 ('badaix+snapcast', 'server/authinfo.cpp', ['-std=c++17', '-I{r}', '-I{r}/server', '-DVERSION="0.0.0"']),
 ('badaix+snapcast', 'server/control_session_http.cpp', ['-std=c++17', '-I{r}', '-I{r}/server', '-DVERSION="0.0.0"']),
 # dragon-breath (Drogon starter, CMake: C++20); same declaration-only drogon stub; jsoncpp/OpenSSL from Debian.
 # src/controllers/WebhookController.cc is NOT listed: it builds Json::Value{{k,v},{k,v},{k,v}}, which Debian's
 # jsoncpp 1.9.5 has no constructor for, so it cannot parse (see README).
 ('psikosen+dragon-breath', 'src/controllers/AuthController.cc', ['-std=c++20', '-I{r}/src', '-I' + S + '/drogon', '-I/usr/include/jsoncpp']),
 ('psikosen+dragon-breath', 'src/controllers/ApiKeyController.cc', ['-std=c++20', '-I{r}/src', '-I' + S + '/drogon', '-I/usr/include/jsoncpp']),
 ('psikosen+dragon-breath', 'src/filters/AuthFilter.cc', ['-std=c++20', '-I{r}/src', '-I' + S + '/drogon', '-I/usr/include/jsoncpp']),
]
# Qt 6 QHttpServer + QWebSockets (Debian qt6-base-dev 6.4.2, qt6-httpserver-dev, qt6-websockets-dev headers)
Q = '/usr/include/x86_64-linux-gnu/qt6'
QT = ['-std=c++17', '-fPIC', '-I' + Q, '-I' + Q + '/QtCore', '-I' + Q + '/QtNetwork', '-I' + Q + '/QtHttpServer', '-I' + Q + '/QtWebSockets']
# Physical-Access-Control-System: server.cpp includes "Server.h" but the file is server.h; stubs/pacs/Server.h is a
# one-line case shim that includes it.
E += [
 ('SyntheticDemon+Physical-Access-Control-System', 'CloudWebServer/server.cpp', QT + ['-I{r}/CloudWebServer', '-I' + S + '/pacs']),
 ('SyntheticDemon+Physical-Access-Control-System', 'CloudWebServer/socketserver.cpp', QT + ['-I{r}/CloudWebServer']),
 # CPS_IOT_HW targets Qt 6.7 (qDebug() << std::string); with Debian's Qt 6.4 that operator is ambiguous, so the entry defines
 # QT_NO_DEBUG_OUTPUT (release-build macro that turns qDebug() into the no-op stream) instead of touching the source.
 ('pooyaaf+CPS_IOT_HW', 'Server/httpserver.cpp', QT + ['-I{r}/Server', '-DQT_NO_DEBUG_OUTPUT']),
 ('pooyaaf+CPS_IOT_HW', 'Server/websocketserver.cpp', QT + ['-I{r}/Server']),
 ('pooyaaf+CPS_IOT_HW', 'Server/database.cpp', QT + ['-I{r}/Server']),
]
write_compile_commands(R, E, CXX)
