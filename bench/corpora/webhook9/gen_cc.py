#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook9'
S = R + '/stubs'
CXX = '/usr/bin/clang++-19'
ARD = ['-std=gnu++17', '-x', 'c++', '-include', 'Arduino.h', '-DESP32=1', '-I' + S + '/arduino', '-I' + S + '/espidf']  # Arduino sketches (.ino) parsed as C++ (ESP32 core pulls in FreeRTOS)
CON = ['-std=gnu++2b', '-fsigned-char', '-I' + S + '/construct', '-I{r}/include', '-include', 'ircd/matrix.h', '-include', 'ircd/mods/mapi.h']
ASO = ['-std=c11', '-D_DEFAULT_SOURCE', '-DMG_ENABLE_LOG=0', '-I{r}/deps', '-I{r}/src', '-I/usr/include/x86_64-linux-gnu']
TEBOT = ['-I/work/corpora/webhook9/src/xverizex+telegram_api_for_bot/include', '-I/work/corpora/webhook9/src/xverizex+libcreqhttp/include']
E = [
 # ghd: raw POSIX-socket GitHub webhook daemon (C, Makefile: gcc -O2 -Wall; OpenSSL from Debian libssl-dev)
 ('49276d2072616d736f6d77617265+ghd', 'main.c', ['-I{r}']),
 ('49276d2072616d736f6d77617265+ghd', 'hmac.c', ['-I{r}']),
 ('49276d2072616d736f6d77617265+ghd', 'github.c', ['-I{r}']),
 # CALalarm: ESP-IDF esp_http_server (C); stubs/espidf = declaration-only ESP-IDF/FreeRTOS headers (not packaged)
 ('cvonk+CALalarm', 'alarm/main/httpd/httpd.c', ['-std=gnu11', '-I' + S + '/espidf']),
 ('cvonk+CALalarm', 'alarm/main/httpd/httpd_google_push.c', ['-std=gnu11', '-I' + S + '/espidf']),
 # cesanta/mongoose tutorials (C, mongoose.h from the repository root)
 ('cesanta+mongoose', 'tutorials/http/device-dashboard/net.c', ['-I{r}']),
 ('cesanta+mongoose', 'tutorials/webui/webui-login/main.c', ['-I{r}']),
 ('cesanta+mongoose', 'tutorials/http/file-transfer/server.c', ['-I{r}']),
 # ESP8266 WebServer sketch (PlatformIO copy src/main.cpp and Arduino IDE copy .ino); stubs/arduino
 ('54696d21+WebhookExample', 'src/main.cpp', ['-std=gnu++17', '-I' + S + '/arduino']),
 ('54696d21+WebhookExample', 'WebhookExample.ino', ARD),
 # ESP32 WebServer sketch; stubs/googlehome/WifiCredentials.h = the git-ignored credentials file, from the committed template
 ('salvadorrueda+GoogleHomeESP32Relay', 'ArduinoIDE/GoogleHomeESP32Relay/GoogleHomeESP32Relay.ino', ARD + ['-I' + S + '/googlehome']),
 # ESP32 ESPAsyncWebServer sketch; stubs/webhookstriggered/Credentials.h forwards to the repository's credentials.h (case mismatch)
 ('we-do-it-lu+WebhooksTriggeredESP32WiFi', 'WebhooksTriggeredESP32WiFi.ino', ARD + ['-I' + S + '/webhookstriggered', '-I{r}']),
 # Telegram webhook bot in C: tebot (xverizex/telegram_api_for_bot, the submodule at the pinned commit) + libcreqhttp (epoll HTTP server)
 ('xverizex+my_telegram_bot_example', 'main.c', TEBOT),
 ('xverizex+telegram_api_for_bot', 'src/tebot.c', TEBOT),
 # matrix-construct/construct (C++23, own HTTP server); stubs/construct/config.h stands in for the ./configure output
 ('matrix-construct+construct', 'modules/web_hook.cc', CON),
 ('matrix-construct+construct', 'modules/client/versions.cc', CON),
 # asoview-c: booking service in C11 on mongoose (deps/) + cJSON + SQLite/OpenSSL/libcurl/zlib from Debian
 ('yukihamada+asoview-c', 'src/main.c', ASO),
 ('yukihamada+asoview-c', 'src/handlers.c', ASO),
 ('yukihamada+asoview-c', 'src/stripe.c', ASO),
 ('yukihamada+asoview-c', 'src/utils.c', ASO),
 ('yukihamada+asoview-c', 'src/admin.c', ASO),
 # Twilio's ESP8266 SMS example (ESP8266WebServer); stubs/arduino (+ WiFiClientSecure.h, base64.h)
 ('TwilioDevEd+twilio_esp8266_arduino_example', 'twilio_esp8266_arduino_example.ino', ARD),
 # UniFi Protect webhook listener, ESP-IDF 5.5 (C); stubs/unifi/sdkconfig.h generated from the project's Kconfig.projbuild + sdkconfig.defaults;
 # cJSON from Debian libcjson-dev (installed for this corpus), mbedtls/base64.h from Debian libmbedtls-dev
 ('skoona+uniFiWebHook', 'main/listener.c', ['-std=gnu17', '-include', 'sdkconfig.h', '-I' + S + '/unifi', '-I' + S + '/espidf', '-I/usr/include/cjson']),
 # ESP32 Uptime-Kuma alert sign (PlatformIO, ESP32 WebServer + FastLED); build_flags of platformio.ini with their defaults
 ('WrigglyTentacles+ESP32_AlertSign', 'src/main.cpp', ['-std=gnu++17', '-include', 'Arduino.h', '-DESP32=1', '-I' + S + '/arduino', '-I' + S + '/espidf', '-I{r}/include',
   '-I/usr/include/cjson', '-DWIFI_SSID="your_wifi_ssid"', '-DWIFI_PASSWORD="your_wifi_password"', '-DHOST_NAME="esp32"']),
 # gpg/payproc (C, libgpg-error/libgcrypt/GnuTLS from Debian); stubs/payproc/config.h stands in for the autoconf config.h
 ('gpg+payproc', 'src/paypal-ipn.c', ['-I' + S + '/payproc', '-I{r}/src', '-I/usr/include/x86_64-linux-gnu']),
 ('gpg+payproc', 'src/ppipnhd.c', ['-I{r}/src']),
 ('gpg+payproc', 'src/commands.c', ['-I' + S + '/payproc', '-I{r}/src', '-I/usr/include/x86_64-linux-gnu']),
]
write_compile_commands(R, E, CXX)
