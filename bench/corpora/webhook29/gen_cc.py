#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook29'
S = R + '/stubs'
CXX = '/usr/bin/clang++-19'
# Arduino sources are compiled as C++ with the core header force-included, as the Arduino builder does.
# stubs/arduino = declaration-only ESP8266/ESP32 Arduino core and library headers (grown from webhook27's esp8266react stubs).
INO11 = ['-x', 'c++', '-std=gnu++11', '-I' + S + '/arduino', '-include', 'Arduino.h']
INO17 = ['-x', 'c++', '-std=gnu++17', '-I' + S + '/arduino', '-include', 'Arduino.h']
STL = '{r}/Arduino/libraries/'
E = [
 # SecurityPanel (2018, self-contained ESP8266 sketch); stubs/securitypanel = the Arduino builder's generated prototypes
 ('roberttidey+SecurityPanel', 'SecurityPanel/SecurityPanel.ino', INO11 + ['-include', S + '/securitypanel/ino_prototypes.h']),
 # IRBlasterWeb includes BaseSupport.h from roberttidey/BaseSupport (materialized as its own repository) and its bundled libraries
 ('roberttidey+IRBlasterWeb', 'IRBlasterWeb/IRBlasterWeb.ino',
  INO17 + ['-I{r}/IRBlasterWeb', '-I' + R + '/src/roberttidey+BaseSupport', '-I{r}/libraries/BitMessages', '-I{r}/libraries/BitTx']),
 ('roberttidey+BaseSupport', 'examples/BaseExample/BaseExample.ino', INO17 + ['-I{r}/examples/BaseExample', '-I{r}']),
 # kakopappa WeMo emulators; stubs/wemo = case-fixing switch.h and sinric.ino's generated prototype
 ('kakopappa+arduino-esp8266-alexa-multiple-wemo-switch', 'wemos/Switch.cpp', INO11 + ['-I{r}/wemos']),
 ('kakopappa+arduino-esp8266-alexa-multiple-wemo-switch', 'wemos/UpnpBroadcastResponder.cpp', INO11 + ['-I{r}/wemos']),
 ('kakopappa+arduino-esp8266-alexa-multiple-wemo-switch', 'wemos/wemos.ino', INO11 + ['-I{r}/wemos', '-I' + S + '/wemo']),
 ('kakopappa+arduino-esp8266-alexa-wemo-switch', 'sinric.ino', INO11 + ['-include', S + '/wemo/ino_prototypes.h']),
 # Mongoose OS library (C); stubs/mgos = declaration-only mgos / mongoose 6 headers and the generated mgos_sys_config.h getters
 ('yaourdt+mgos-alexa-wemo', 'src/alexa_wemo.c', ['-std=gnu99', '-I' + S + '/mgos', '-I{r}/include']),
 # ST_Anything SmartThings/Hubitat device libraries
 ('DanielOgorchock+ST_Anything', 'Arduino/libraries/SmartThingsESP8266WiFi/SmartThingsESP8266WiFi.cpp',
  INO17 + ['-I' + STL + 'SmartThings', '-I' + STL + 'SmartThingsESP8266WiFi']),
 ('DanielOgorchock+ST_Anything', 'Arduino/libraries/SmartThingsESP32WiFi/SmartThingsESP32WiFi.cpp',
  INO17 + ['-I' + STL + 'SmartThings', '-I' + STL + 'SmartThingsESP32WiFi']),
 # Esp8266-Hue (2015): stubs/ajson5 = ArduinoJson 5 API, stubs/huebridge = NeoPixelBus RgbColor/HsbColor and ESP8266SSDP
 ('sticilface+Esp8266-Hue', 'HueBridge.cpp', ['-x', 'c++', '-std=gnu++11', '-I' + S + '/ajson5', '-I' + S + '/huebridge',
                                               '-I' + S + '/arduino', '-include', 'Arduino.h', '-I{r}']),
 ('sticilface+Esp8266-Hue', 'HTTPPrinter.cpp', ['-x', 'c++', '-std=gnu++11', '-I' + S + '/ajson5', '-I' + S + '/huebridge',
                                                 '-I' + S + '/arduino', '-include', 'Arduino.h', '-I{r}']),
 # async-esp-alexa header-only library, parsed through its OnOffLight example (ArduinoJson 7 / ESPAsyncWebServer stubs)
 ('jeronimonunes+async-esp-alexa', 'examples/onoff-light/OnOffLight.ino', INO17 + ['-I{r}/include']),
 # chorale libupnp GENA client; stubs/chorale/config.h = the SConstruct-generated config.h (Linux answers)
 ('pdh11+chorale', 'libupnp/client.cpp', ['-std=gnu++11', '-I' + S + '/chorale', '-I{r}']),
 # libupnpp control/service.cxx; stubs/npupnp = libnpupnp upnp.h/upnptools.h declarations (not in Debian 12) and the
 # configure-generated config.h
 ('neheb+libupnpp', 'libupnpp/control/service.cxx', ['-std=gnu++14', '-I' + S + '/npupnp', '-I{r}']),
]
write_compile_commands(R, E, CXX)
