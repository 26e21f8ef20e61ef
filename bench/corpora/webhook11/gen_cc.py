#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook11'
S = R + '/stubs'
CXX = '/usr/bin/clang++-19'
# colinblack/game_server transfer_srv: include dirs of transfer_srv/server/make.rules (INC of app/cgi/makefile), C++98 era code
T = '{r}/transfer_srv/server'
TI = ['-std=gnu++98', '-D_GNU_SOURCE', '-I' + T + '/baselib/include', '-I' + T + '/outerlib/fcgi/include',
      '-I' + T + '/outerlib/dbc/include', '-I' + T + '/outerlib/pengyou/include', '-I' + T + '/app/common',
      '-I' + T + '/app/kernel', '-I' + T + '/app/platform', '-I' + T + '/app/data', '-I' + T + '/app/logic',
      '-I' + T + '/outerlib/rockpay/include']
GS = 'colinblack+game_server'
# sea-kg/webhook-handler: CMakeLists.txt include dirs and definitions, C++11
SK = ['-std=c++11', '-DWSJCPP_APP_VERSION="v0.3.0"', '-DWSJCPP_APP_NAME="webhook-handler"', '-I{r}/src', '-I{r}/src/web-server',
      '-I{r}/src/scripts', '-I{r}/src/utils', '-I{r}/src/filter-rules', '-I{r}/src.wsjcpp/wsjcpp_core',
      '-I{r}/src.wsjcpp/wsjcpp_light_web_server', '-I{r}/src.wsjcpp/wsjcpp_yaml', '-I{r}/src.wsjcpp/HowardHinnant_date',
      '-I{r}/src.wsjcpp/nlohmann_json']
# ESP-IDF projects: declaration-only IDF stubs (stubs/espidf, extended from webhook9's) + Debian libcjson-dev
IDF = ['-I' + S + '/espidf', '-I/usr/include/cjson']
E = [
 (GS, 'transfer_srv/server/app/cgi/CgiMain.cpp', TI + ['-I' + T + '/app/cgi']),
 (GS, 'transfer_srv/server/app/logic/LogicKaixinPay.cpp', TI),
 (GS, 'transfer_srv/server/app/logic/RenrenPurchase.cpp', TI),
 (GS, 'transfer_srv/server/app/logic/LogicWyxPay.cpp', TI),
 (GS, 'transfer_srv/server/app/logic/LogicRockpay.cpp', TI),
 (GS, 'transfer_srv/server/app/logic/LogicSso.cpp', TI),
 (GS, 'transfer_srv/server/app/logic/LogicTake8.cpp', TI),
 (GS, 'transfer_srv/server/app/platform/OAuthUtil.cpp', TI),
 ('sea-kg+webhook-handler', 'src/web-server/http_handler_webhooks.cpp', SK),
 ('sea-kg+webhook-handler', 'src/main.cpp', SK),
 # previoustube (MrToast99 fork): ESP-IDF C++ (gnu++17), stubs/previoustube/lvgl.h = the LVGL types its headers name
 ('MrToast99+previoustube', 'main/webserver.cpp', ['-std=gnu++17', '-I{r}/main', '-I' + S + '/previoustube'] + IDF),
 # mimiclaw (ESP-IDF C): upstream commit with the Feishu webhook, and ljcjames' fork with the QQ/DingTalk webhook server
 ('ZhiqiangHe+mimiclaw_esp32', 'main/channels/feishu/feishu_bot.c', ['-std=gnu17', '-I{r}/main'] + IDF),
 ('ZhiqiangHe+mimiclaw_esp32', 'main/gateway/ws_server.c', ['-std=gnu17', '-I{r}/main'] + IDF),
 ('ljcjames+mimiclaw', 'main/gateway/webhook_server.c', ['-std=gnu17', '-I{r}/main'] + IDF),
 # esp32-ota-project: Arduino-ESP32 sketch parsed as C++ with Arduino.h force-included (declaration-only stubs/arduino, extended
 # from webhook9's) and stubs/esp32ota/prototypes.h = the prototypes the Arduino builder generates for the sketch
 ('nadinewellani+esp32-ota-project', 'sketch_dec10c/sketch_dec10c.ino', ['-std=gnu++17', '-x', 'c++', '-include', 'Arduino.h',
  '-include', S + '/esp32ota/prototypes.h', '-DESP32=1', '-I' + S + '/arduino', '-I' + S + '/espidf']),
 # line-bot-cpp: CppCMS (not packaged by Debian): real cppcms/booster headers materialized from artyom-beilis/cppcms,
 # plus stubs/cppcms/{cppcms/config.h,booster/build_config.h} = the two CMake-generated config headers
 ('hirakida+line-bot-cpp', 'src/index.cpp', ['-std=c++11', '-I' + S + '/cppcms', '-I' + R + '/src/artyom-beilis+cppcms',
  '-I' + R + '/src/artyom-beilis+cppcms/booster']),
 # lunabot (C17, libmicrohttpd + jansson + OpenSSL, all Debian; libjansson-dev installed for this corpus): src/lib/Makefile.am flags
 ('esselfe+lunabot', 'src/lib/webhook.c', ['-std=c17', '-D_DEFAULT_SOURCE', '-I{r}/src']),
 ('esselfe+lunabot', 'src/lib/verify-signature.c', ['-std=c17', '-D_DEFAULT_SOURCE', '-I{r}/src']),
 ('esselfe+lunabot', 'src/lib/health-check.c', ['-std=c17', '-D_DEFAULT_SOURCE', '-I{r}/src']),
 ('esselfe+lunabot', 'src/lib/liblunabot.c', ['-std=c17', '-D_DEFAULT_SOURCE', '-I{r}/src']),
 ('esselfe+lunabot', 'src/lib/json.c', ['-std=c17', '-D_DEFAULT_SOURCE', '-I{r}/src']),
 # hooyeah-speaker: ESP8266 Arduino sketch (Arduino.h force-included); stubs/hooyeah/secrets.h = the repo's secrets.example.h
 ('filbot+hooyeah-speaker', 'src/hooyeah_webhook/hooyeah_webhook.ino', ['-std=gnu++17', '-x', 'c++', '-include', 'Arduino.h',
  '-DESP8266=1', '-I' + S + '/hooyeah', '-I' + S + '/arduino', '-I' + S + '/espidf']),
]
write_compile_commands(R, E, CXX)
