#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook5'
S = R + '/stubs'
CXX = '/usr/bin/clang++-19'
E = [
 # crow_all.h (vendored copy from webhook4's gh_organization_activity_monitor); the sample uses libcurl without including it
 # gradido: Poco + MySQL headers; stubs for iroha ed25519, protoc output and one POCO-page-compiler header
 ('gradido+gradido', 'src/cpp/HTTPInterface/PageRequestHandlerFactory.cpp', ['-std=c++17', '-I{r}/src/cpp/HTTPInterface', '-I' + S + '/gradido', '-I' + S + '/gradido/pb/inc', '-I' + S + '/gradido/pages', '-I/usr/include/mysql']),
 ('gradido+gradido', 'src/cpp/HTTPInterface/ElopageWebhook.cpp', ['-std=c++17', '-I{r}/src/cpp/HTTPInterface', '-I' + S + '/gradido', '-I' + S + '/gradido/pb/inc', '-I/usr/include/mysql']),
 # PsychoBot: json.hpp (downloaded by CMake) and the pre-0.9.71 libmicrohttpd API as declaration-only stubs
 ('Fsmv+PsychoBot', 'src/webhooks.cpp', ['-std=c++11', '-I{r}/include', '-I' + S + '/psychobot']),
 # Top.gg SDK: <cpp-httplib/cpp-httplib.h> mapped to Debian's httplib.h
 ('null8626+cpp-sdk', 'src/webhooks/cpp-httplib.cpp', ['-std=c++17', '-I{r}/include', '-I' + S + '/topgg']),
 ('null8626+cpp-sdk', 'tests/cpp-httplib-webhooks/test_vote.cpp', ['-std=c++17', '-I{r}/include', '-I' + S + '/topgg']),
 # BanksConnectApp: POSIX sockets + std only
 ('unseen2004+BanksConnectApp', 'src/app_server.cc', ['-std=c++17', '-I{r}/src']),
 ('unseen2004+BanksConnectApp', 'src/webhook_server.cc', ['-std=c++17', '-I{r}/src']),
 # twitch-notificator (C): glib/gio + json-c headers
 ('xverizex+twitch-notificator', 'webhook.c', ['-I/usr/include/glib-2.0', '-I/usr/lib/x86_64-linux-gnu/glib-2.0/include', '-I/usr/include/json-c']),
 ('xverizex+twitch-notificator', 'server.c', ['-I/usr/include/glib-2.0', '-I/usr/lib/x86_64-linux-gnu/glib-2.0/include', '-I/usr/include/json-c']),
 ('tamerland05+arcpay-sdk', 'server/cpp/server.cpp', ['-std=c++17', '-DCROW_USE_BOOST', '-include', 'curl/curl.h', '-I' + S + '/crow']),
]
write_compile_commands(R, E, CXX)
