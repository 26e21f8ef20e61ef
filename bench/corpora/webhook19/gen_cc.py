#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook19'
S = R + '/stubs'
CXX = '/usr/bin/clang++-19'
ESP = ['-I' + S + '/espidf', '-I/usr/include/cjson']
# Arduino sketches: compiled as C++ with the core header force-included, as the Arduino builder does;
# stubs/arduino = declaration-only Arduino core / library headers (not packaged in Debian)
INO = ['-x', 'c++', '-std=gnu++11', '-I' + S + '/arduino', '-include', 'Arduino.h']
HT = 'milosz08+home-theater-automation-system'
HTC = 'esp32_firmware/components/'
HTI = ['-std=gnu17'] + ['-I{r}/' + HTC + d for d in ('app_api', 'app_api/include', 'helper/include',
                                                      'https_server/include', 'nvs_manager/include')] + ESP
N2K = ['-std=gnu11', '-D_GNU_SOURCE', '-Wno-incompatible-function-pointer-types', '-I{r}/src', '-I' + S + '/n2kafka']
NGX = ['-std=gnu99'] + ['-I{r}/src/' + d for d in ('core', 'event', 'event/modules', 'os/unix', 'http', 'http/modules')] + ['-I' + S + '/nginx']
E = [
 # ssh-proxy-core (C11, raw POSIX sockets; Makefile flags); stubs/libssh = declaration-only <libssh/libssh.h>
 ('zltl+ssh-proxy-core', 'src/health_check.c',
  ['-std=c11', '-D_POSIX_C_SOURCE=200809L', '-D_DEFAULT_SOURCE', '-I{r}/include', '-I' + S + '/libssh']),
 # WeCom callback server: vendored mongoose 6.18 + rapidjson, system OpenSSL (build.sh: g++ -std=c++11)
 ('fantasydreams+wework_callback_sdk_server', 'httpserverc++/httpmain.cpp', ['-std=c++11', '-I{r}/httpserverc++']),
 ('fantasydreams+wework_callback_sdk_server', 'httpserverc++/http_server.cpp', ['-std=c++11', '-I{r}/httpserverc++']),
 ('fantasydreams+wework_callback_sdk_server', 'httpserverc++/WXBizJsonMsgCrypt.cpp', ['-std=c++11', '-I{r}/httpserverc++']),
 # Arduino + Ethernet shield raw HTTP server; stubs/iftttled = the Arduino builder's generated prototype
 ('ericoporto+IFTTTLed', 'iftttled.ino', INO + ['-I{r}', '-include', S + '/iftttled/ino_prototypes.h']),
 # ESP32 Arduino WebServer sketch; stubs/jellewie = the Arduino builder's generated prototypes
 ('jellewie+Arduino_IFTTT_to_milight_hub', 'Arduino/IFTTT.ino', INO + ['-include', S + '/jellewie/ino_prototypes.h']),
 # SinricPro ESP-IDF component (C); stubs/sinricpro/sdkconfig.h = Kconfig defaults; cJSON and mbedtls from Debian
 ('sinricpro+esp-idf', 'src/core/sinricpro_core.c',
  ['-std=gnu17', '-include', S + '/sinricpro/sdkconfig.h', '-I{r}/include', '-I{r}/src/core'] + ESP),
 ('sinricpro+esp-idf', 'src/core/sinricpro_signature.c',
  ['-std=gnu17', '-include', S + '/sinricpro/sdkconfig.h', '-I{r}/include', '-I{r}/src/core'] + ESP),
 # n2kafka (C, libmicrohttpd + jansson + librdkafka from Debian; stubs/n2kafka = configure's config.h + librd);
 # -Wno-incompatible-function-pointer-types: the code predates libmicrohttpd's enum MHD_Result callbacks
 ('redBorder+n2kafka', 'src/listener/http.c', N2K),
 ('redBorder+n2kafka', 'src/decoder/meraki/rb_meraki.c', N2K),
 ('redBorder+n2kafka', 'src/decoder/mse/rb_mse.c', N2K),
 ('redBorder+n2kafka', 'src/engine/global_config.c', N2K),
 # home-theater-automation-system ESP-IDF firmware (C); stubs/espidf = declaration-only ESP-IDF headers
 (HT, HTC + 'app_api/app_api.c', HTI),
 (HT, HTC + 'app_api/app_api_auth.c', HTI),
 (HT, HTC + 'app_api/app_api_registry.c', HTI),
 (HT, HTC + 'https_server/https_server.c', HTI),
 (HT, HTC + 'helper/helper.c', HTI),
 # Transmission 3.00 (C, libevent evhttp RPC server); stubs/transmission/b64 = libb64 (submodule) declarations
 ('transmission+transmission', 'libtransmission/rpc-server.c', ['-std=gnu99', '-D__TRANSMISSION__', '-I{r}/libtransmission', '-I{r}']),
 ('transmission+transmission', 'libtransmission/crypto-utils.c',
  ['-std=gnu99', '-D__TRANSMISSION__', '-I{r}/libtransmission', '-I{r}', '-I' + S + '/transmission']),
# nginx (C): module sources with nginx's own headers; stubs/nginx = configure's objs/ngx_auto_{config,headers}.h (Linux defaults)
 ('nginx+nginx', 'src/http/modules/ngx_http_auth_basic_module.c', NGX),
 ('nginx+nginx', 'src/http/modules/ngx_http_secure_link_module.c', NGX),
# StackChan fork (ESP-IDF C++ app_main); stubs/stackchan = declaration-only stand-ins for the managed components
# (mooncake, smooth_ui_toolkit, lwIP) and for the project headers main.cpp includes (hal, apps, assets), see README
 ('mitixx+StackChan', 'firmware/main/main.cpp', ['-std=gnu++17', '-I' + S + '/stackchan'] + ESP),
# ESPTimeCast fork (ESP32 Arduino + ESPAsyncWebServer, -DESP32 branch); stubs/esptimecast = declaration-only ESP32 core and
# library headers (AsyncWebServer, ArduinoJson 6, LittleFS, MD_Parola, ...) + the Arduino builder's generated prototypes
 ('liberodark+ESPTimeCast', 'ESPTimeCast_ESP/ESPTimeCast_ESP.ino',
  ['-x', 'c++', '-std=gnu++17', '-DESP32', '-I' + S + '/esptimecast', '-I' + S + '/arduino', '-include', 'Arduino.h',
   '-include', S + '/esptimecast/proto/esptimecast_prototypes.h']),
# prompt-relay ESP32 server (ESP-IDF esp_http_server, C++); stubs/espidf as above
 ('ainyan03+prompt-relay', 'server-esp32/main/http_server.cpp', ['-std=gnu++17', '-I{r}/server-esp32/main'] + ESP),
# xiaozhi fork, main/cc_notify_server.{h,cc} reconstructed from the search index (no snapshot, see README);
# stubs/xiaozhi = stand-ins for main/application.h and the build-generated main/assets/lang_config.h
 ('luguanlin1992+xiaozhi', 'main/cc_notify_server.cc', ['-std=gnu++17', '-I{r}/main', '-I' + S + '/xiaozhi'] + ESP),
# ai-passport-bridge (ESP-IDF C), main/app_notify.c + headers reconstructed from the search index (no snapshot, see README)
 ('kilng235+ai-passport-bridge', 'main/app_notify.c', ['-std=gnu17', '-I{r}/main'] + ESP),
# wallbox-code (ESP8266 NONOS SDK, raw espconn TCP listener; Makefile: -D__ets__ -DICACHE_FLASH, SDK include dirs);
# stubs/esp8266 = declaration-only NONOS SDK headers (c_types, ets_sys, os_type, osapi, mem, user_interface, espconn)
 ('dkonigsberg+wallbox-code', 'user/user_sonos_listener.c',
  ['-std=gnu99', '-D__ets__', '-DICACHE_FLASH', '-I{r}/include', '-I' + S + '/esp8266']),
]
write_compile_commands(R, E, CXX)
