#!/usr/bin/env python3
"""compile_commands.json of /work/corpora/webhook21 (clang++-19 / clang-19). Flags follow each project's own
build (CMake/meson/Makefile defines); stubs/ holds the headers Debian 12 does not package (see README)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook21'
S = R + '/stubs'
CXX = '/usr/bin/clang++-19'
ESP = ['-I' + S + '/espidf', '-I/usr/include/cjson']
# xmrig (C++, own libuv/llhttp HTTP API server); defines from CMakeLists.txt (+ the HTTP/API features); libuv1-dev
XM = ['-std=c++11', '-I{r}/src', '-I{r}/src/3rdparty', '-DXMRIG_MINER_PROJECT', '-DXMRIG_JSON_SINGLE_LINE_ARRAY',
      '-D__STDC_FORMAT_MACROS', '-D_FILE_OFFSET_BITS=64', '-DXMRIG_FEATURE_HTTP', '-DXMRIG_FEATURE_API']
# coturn (C11); CMake: -D_GNU_SOURCE; built without libsystemd and prometheus (TURN_NO_SYSTEMD, TURN_NO_PROMETHEUS)
CT = ['-std=gnu11', '-D_GNU_SOURCE', '-DTURN_NO_SYSTEMD', '-DTURN_NO_PROMETHEUS'] + [
    '-I{r}/src' + d for d in ('', '/apps/common', '/apps/relay', '/server', '/client', '/apps/relay/dbdrivers')]
# uhttpd (C, OpenWrt); stubs/libubox = libubox's public headers (libubox is not packaged in Debian); liblua5.1-0-dev
UH = ['-std=gnu99', '-D_GNU_SOURCE', '-I{r}', '-I' + S + '/libubox', '-I/usr/include/lua5.1']
# aria2 (C++11); stubs/aria2/config.h = a minimal configure result (OpenSSL, libxml2 XML-RPC, no NLS)
A2 = ['-std=c++11', '-DHAVE_CONFIG_H', '-I' + S + '/aria2', '-I{r}/src', '-I{r}/src/includes', '-I/usr/include/libxml2']
# pupnp (C, libupnp's own miniserver); stubs/pupnp = the CMake-generated upnpconfig.h and autoconfig.h
PU = ['-std=gnu11', '-D_GNU_SOURCE', '-I' + S + '/pupnp', '-I{r}/upnp/inc', '-I{r}/upnp/src/inc', '-I{r}/ixml/inc',
      '-I{r}/ixml/src/inc', '-I{r}/upnp/src/threadutil']
# gupnp (C, GLib + libsoup 3 SoupServer); stubs/gupnp/config.h = meson's config.h; libsoup-3.0-dev, libgssdp-1.6-dev
GU = ['-std=gnu11', '-DHAVE_CONFIG_H', '-I' + S + '/gupnp', '-I{r}', '-I{r}/libgupnp', '-I/usr/include/libsoup-3.0',
      '-I/usr/include/glib-2.0', '-I/usr/lib/x86_64-linux-gnu/glib-2.0/include', '-I/usr/include/libmount',
      '-I/usr/include/blkid', '-I/usr/include/sysprof-4', '-I/usr/include/gssdp-1.6', '-I/usr/include/libxml2',
      '-pthread']
# Platinum UPnP SDK (C++, Neptune's NPT_HttpServer); ThirdParty/Neptune is a git submodule, its Source/Core headers are
# materialized from plutinosoft/Neptune at the pinned submodule commit (see README)
PL = ['-std=c++11', '-DNPT_CONFIG_ENABLE_LOGGING', '-I{r}/Source/Core', '-I{r}/Source/Platinum',
      '-I{r}/ThirdParty/Neptune/Source/Core']
E = [
 ('xmrig+xmrig', 'src/base/api/Httpd.cpp', XM),
 ('xmrig+xmrig', 'src/base/api/requests/HttpApiRequest.cpp', XM),
 ('xmrig+xmrig', 'src/base/kernel/Base.cpp', XM),
 ('xmrig+xmrig', 'src/core/Miner.cpp', XM),
 ('xmrig+xmrig', 'src/core/Controller.cpp', XM),
 ('xmrig+xmrig', 'src/hw/api/HwApi.cpp', XM),
 ('xmrig+xmrig', 'src/net/Network.cpp', XM),
 ('coturn+coturn', 'src/apps/relay/turn_admin_server.c', CT),
 ('coturn+coturn', 'src/apps/relay/dtls_listener.c', CT),
 ('coturn+coturn', 'src/client/ns_turn_msg.c', CT),
 ('coturn+coturn', 'src/apps/relay/http_server.c', CT),
 ('openwrt+uhttpd', 'auth.c', UH),
 ('openwrt+uhttpd', 'cgi.c', UH),
 ('openwrt+uhttpd', 'file.c', UH),
 ('openwrt+uhttpd', 'lua.c', UH),
 ('openwrt+uhttpd', 'main.c', UH),
 ('aria2+aria2', 'src/HttpServer.cc', A2),
 ('aria2+aria2', 'src/HttpServerBodyCommand.cc', A2),
 ('aria2+aria2', 'src/DownloadEngine.cc', A2),
 ('aria2+aria2', 'src/util_security.cc', A2),
 ('aria2+aria2', 'src/DHTTokenTracker.cc', A2),
 ('pupnp+pupnp', 'upnp/src/gena/gena_ctrlpt.c', PU),
 ('pupnp+pupnp', 'upnp/src/gena/gena_callback2.c', PU),
 ('pupnp+pupnp', 'upnp/src/gena/gena_device.c', PU),
 ('pupnp+pupnp', 'upnp/src/genlib/client_table/client_table.c', PU),
 ('pupnp+pupnp', 'upnp/src/api/upnpapi.c', PU),
 ('GNOME+gupnp', 'libgupnp/gupnp-service-proxy.c', GU),
 ('GNOME+gupnp', 'libgupnp/gupnp-service.c', GU),
 ('plutinosoft+Platinum', 'Source/Core/PltCtrlPoint.cpp', PL),
 ('plutinosoft+Platinum', 'Source/Core/PltDeviceHost.cpp', PL),
 # ESP-IDF C app (AtomS3R); stubs/espidf = declaration-only ESP-IDF headers
 ('sheares+atoms3r_claude_notify', 'main/main.c', ['-std=gnu17', '-I{r}/main'] + ESP),
 # xiaozhi-esp32 fork, main/notify_http_server.{h,cc} reconstructed from the search index (no snapshot, see README);
 # stubs/stackchan-notify/mcp_server.h = stand-in for xiaozhi's McpServer singleton
 ('eid390+stackchan-xiaozhi-firmware', 'main/notify_http_server.cc',
  ['-std=gnu++17', '-I{r}/main', '-I' + S + '/stackchan-notify'] + ESP),
 # ESP8266 Arduino sketch (ESP8266WebServer, USE_ESP8266 + USE_LCD as committed); stubs/arduino as below
 ('setasena+clauduino-status', 'firmware/claude_code_led/claude_code_led.ino',
  ['-x', 'c++', '-std=gnu++11', '-I' + S + '/arduino', '-include', 'Arduino.h', '-include', S + '/clauduino/ino_prototypes.h']),
 # ESP8266 Arduino sketch (several .ino tabs): compiled as C++ with the core header force-included, as the Arduino
 # builder does; stubs/arduino = declaration-only core/WebServer headers, stubs/shine = the builder's prototypes
 ('vlast3k+ESP8266_Shine', 'IFTTT.ino', ['-x', 'c++', '-std=gnu++11', '-I' + S + '/arduino', '-include', 'Arduino.h',
                                         '-include', S + '/shine/ino_prototypes.h']),
]
write_compile_commands(R, E, CXX)
