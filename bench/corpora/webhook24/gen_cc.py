#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook24'
S = R + '/stubs'
CXX = '/usr/bin/clang++-19'
# logmat (Drogon, CMake CXX_STANDARD 23): Debian 12 has no Drogon and libstdc++ 12 has no <format>; stubs/drogon = declaration-only
# Drogon/trantor subset, stubs/cxx23 = declaration-only std::format and C++20 time-zone/chrono-stream declarations (force-included,
# newer libstdc++/Drogon pull them in transitively), -include regex for the same reason; stubs/logmat = generated config.h,
# <qrencode.h>, <boost/core/type_name.hpp> (Boost >= 1.76) and a Boost.GIL subset (see README).
LM = ['-std=c++2b', '-include', S + '/cxx23/format', '-include', S + '/cxx23/cxx23_chrono.h', '-include', 'regex',
      '-I{r}/modules', '-I{r}/controllers', '-I' + S + '/logmat', '-I' + S + '/drogon', '-I/usr/include/jsoncpp']
# noson (C++11 Sonos library, own HTTP listener); stubs/noson/local_config.h = CMake's configure_file output
NS = ['-std=c++11', '-I' + S + '/noson', '-I{r}/noson/src', '-I{r}/noson/src/private']
# lighttpd 1.4 (C); stubs/lighttpd/config.h = minimal meson/autotools config for Linux
LT = ['-std=gnu99', '-DHAVE_CONFIG_H', '-I' + S + '/lighttpd', '-I{r}/src']
# home-seismometer (ESP-IDF C++); stubs/espidf = declaration-only ESP-IDF headers (from webhook19), stubs/seismometer = sdkconfig.h,
# esp_vfs.h, esp_vfs_fat.h
HS = ['-std=gnu++20', '-I' + S + '/seismometer', '-I' + S + '/espidf', '-I/usr/include/cjson', '-I{r}/main/network', '-I{r}/main']
# qBittorrent WebUI (Qt 6, libtorrent-rasterbar 2.0.8 from Debian); stubs/qt65 = Qt >= 6.5 convenience headers that only re-include
# <QtCore/qglobal.h> on Debian's Qt 6.4.2 + QtCore/private/qtcore-config_p.h; NonPathWildcardConversion (Qt 6.6) mapped to
# DefaultWildcardConversion by -D.
Q = '/usr/include/x86_64-linux-gnu/qt6'
QB = ['-std=c++20', '-fPIC', '-DNonPathWildcardConversion=DefaultWildcardConversion', '-I{r}/src', '-I' + S + '/qt65',
      '-I' + Q, '-I' + Q + '/QtCore', '-I' + Q + '/QtNetwork']
NSR = 'janbar+noson'
E = [
 ('DStener+logmat', 'controllers/Webhook.cpp', LM),
 ('DStener+logmat', 'controllers/Auth.cpp', LM),
 (NSR, 'noson/src/private/upnpnotificationbroker.cpp', NS),
 (NSR, 'noson/src/private/mainpagebroker.cpp', NS),
 (NSR, 'noson/src/eventhandler.cpp', NS),
 (NSR, 'noson/src/alarmclock.cpp', NS),
 (NSR, 'noson/src/avtransport.cpp', NS),
 (NSR, 'noson/src/contentdirectory.cpp', NS),
 (NSR, 'noson/src/renderingcontrol.cpp', NS),
 (NSR, 'noson/src/zonegrouptopology.cpp', NS),
 (NSR, 'noson/src/filestreamer.cpp', NS),
 (NSR, 'noson/src/imageservice.cpp', NS),
 ('lighttpd+lighttpd1.4', 'src/mod_authn_file.c', LT),
 ('lighttpd+lighttpd1.4', 'src/mod_auth.c', LT),
 ('tsukitenDev+home-seismometer', 'main/network/rest_api.cpp', HS),
 ('qbittorrent+qBittorrent', 'src/base/utils/password.cpp', QB),
 ('qbittorrent+qBittorrent', 'src/webui/webapplication.cpp', QB),
]
write_compile_commands(R, E, CXX)
