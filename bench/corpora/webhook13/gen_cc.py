#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook13'
S = R + '/stubs'
CXX = '/usr/bin/clang++-19'
NX = 'netxms+netxms'
# NetXMS (autotools; stubs/netxms/config.h + netxms-build-tag.h stand in for the configure/build outputs).
# Debian headers: libjansson-dev, libmicrohttpd-dev, libcurl4-openssl-dev, libssl-dev, libpcre2-dev.
NXF = ['-std=c++17', '-I' + S + '/netxms', '-I{r}/include', '-I{r}/src/server/include', '-I{r}/src/server/core',
       '-I{r}/src/server/webapi']
# Pi-hole FTL (CMake: -std=c17 -D_FILE_OFFSET_BITS=64 -DHAVE_POLL_H, include dir src/; civetweb, cJSON, sqlite3.h vendored).
# stubs/nettle39/nettle/balloon.h: nettle >= 3.9 API (Debian 12 has nettle-dev 3.8.1 without balloon.h).
FTL = ['-std=c17', '-D_FILE_OFFSET_BITS=64', '-DHAVE_POLL_H', '-I{r}/src', '-I' + S + '/nettle39']
KN = ['-D_XOPEN_SOURCE=600', '-D_BSD_SOURCE', '-D_DEFAULT_SOURCE', '-D_REENTRANT=1', '-I' + S + '/kannel', '-I{r}', '-I{r}/gw',
      '-I/usr/include/libxml2']
E = [
 # NetXMS server: Jira webhook on the common web API (RouteBuilder), web API core and a few web API routes
 (NX, 'src/server/jira/webhook.cpp', NXF),
 (NX, 'src/server/core/webapi.cpp', NXF),
 (NX, 'src/server/webapi/main.cpp', NXF),
 (NX, 'src/server/webapi/alarms.cpp', NXF),
 (NX, 'src/server/webapi/objects.cpp', NXF),
 (NX, 'src/server/webapi/objtools.cpp', NXF),
 (NX, 'src/server/webapi/tcpproxy.cpp', NXF),
 # NetXMS agent: Prometheus remote-write receiver (libmicrohttpd); stubs/netxms-prometheus = declarations of the
 # protoc output generated/remote.pb.h (not in git)
 (NX, 'src/agent/subagents/prometheus/receiver.cpp',
  ['-std=c++17', '-I' + S + '/netxms', '-I' + S + '/netxms-prometheus', '-I{r}/include', '-I{r}/src/agent/subagents/prometheus']),
 # unxsBind webhook CGI (Makefile: cc -Wall -DGitVersion=\"$(git describe)\")
 ('unxs0+unxsBind', 'Docker/unxsBind-webhook/webhook/webhook.c', ['-DGitVersion="stub"']),
 # mini-agent-c agent-bot (C, libmicrohttpd + libcurl + sqlite3 + OpenSSL, bundled cJSON)
 ('yukihamada+mini-agent-c', 'agent-bot/bot.c', ['-I{r}/agent-bot']),
 # Pi-hole FTL v6 API (civetweb)
 ('pi-hole+FTL', 'src/api/api.c', FTL),
 ('pi-hole+FTL', 'src/api/auth.c', FTL),
 ('pi-hole+FTL', 'src/api/2fa.c', FTL),
 ('pi-hole+FTL', 'src/api/dns.c', FTL),
 ('pi-hole+FTL', 'src/api/info.c', FTL),
 ('pi-hole+FTL', 'src/api/stats.c', FTL),
 ('pi-hole+FTL', 'src/api/history.c', FTL),
 ('pi-hole+FTL', 'src/api/queries.c', FTL),
 ('pi-hole+FTL', 'src/config/password.c', FTL),
 # Kannel (SVN mirror pruiz/kannel, 2014): HTTP SMSC receiver (provider drivers gw/smsc/http/*.c are #included by
 # smsc_http.c), smsbox sendsms interface, bearerbox admin HTTP. stubs/kannel/gw-config.h = gw-config.h.in with the
 # Debian 12 features defined; CFLAGS from configure.in (-D_XOPEN_SOURCE=600 -D_BSD_SOURCE) + libxml2 (Debian).
 ('pruiz+kannel', 'gw/smsc/smsc_http.c', KN),
 ('pruiz+kannel', 'gw/smsc/smsc_soap.c', KN),
 ('pruiz+kannel', 'gw/smsbox.c', KN),
 ('pruiz+kannel', 'gw/bb_http.c', KN),
 # FreeSWITCH mod_sms_flowroute at 5d39170 (2016; module removed in 2025). h2o from Debian libh2o-evloop-dev 2.2.5
 # (installed for this corpus) behind stubs/h2o20 (2.0-era call shapes the module uses); stubs/freeswitch/switch_am_config.h
 # = the configure output of src/include/switch_am_config.h.in for x86_64.
 ('signalwire+freeswitch', 'src/mod/applications/mod_sms_flowroute/mod_sms_flowroute.c',
  ['-I' + S + '/h2o20', '-I' + S + '/freeswitch', '-I{r}/src/include', '-I{r}/libs/libteletone/src']),
 # ulfius-bot (CMake C_STANDARD 17 with extensions = -std=gnu17): Discord interactions endpoint on ulfius + libsodium (Debian).
 # stubs/ulfius = the unmodified headers of Debian's libulfius-dev 2.7.13 / liborcania-dev / libyder-dev (the package was
 # removed again because it pulls libcurl4-gnutls-dev, which conflicts with the machine's libcurl4-openssl-dev)
 ('matzemathics+ulfius-bot', 'src/main.c', ['-std=gnu17', '-I{r}/src', '-I' + S + '/ulfius']),
 ('matzemathics+ulfius-bot', 'src/verifier/verifier.c', ['-std=gnu17', '-I{r}/src', '-I' + S + '/ulfius']),
 ('matzemathics+ulfius-bot', 'src/interactions/discord_interactions.c', ['-std=gnu17', '-I{r}/src', '-I' + S + '/ulfius']),
 # lab_timer (PlatformIO, ESP32 Arduino): stubs/arduino = webhook11's declaration-only Arduino stubs, extended
 # (WiFiClass::config, esp_restart)
 ('Autonomous-Racing-Labs+lab_timer', 'lib/car_com/car_com.cpp',
  ['-std=gnu++17', '-I' + S + '/arduino', '-I{r}/lib/car_com', '-I{r}/lib/glob_defines']),
 # Tynatech-karneeshkar: ESP32 Arduino sketch with ESPAsyncWebServer (same stubs/arduino), parsed as C++ like arduino-cli does
 ('watninja68+Tynatech-karneeshkar', 'https/http_server/http_server.ino',
  ['-std=gnu++17', '-x', 'c++', '-include', 'Arduino.h', '-I' + S + '/arduino']),
]
write_compile_commands(R, E, CXX)
