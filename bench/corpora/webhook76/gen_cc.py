#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook76'
S = R + '/stubs'
CXX = '/usr/bin/clang++-19'
Q = '/usr/include/x86_64-linux-gnu/qt5'
# kdyn-ctrl/Nox execution engine (cpp-httplib + nlohmann vendored in execution/; execution/build.sh: g++ -std=c++17
# -I.. -I../shared main.cpp PositionManager.cpp); IBKR_ENABLED left undefined as in the default build
NOX = ['-std=c++17', '-I{r}/execution', '-I{r}', '-I{r}/shared']
# ObserverHerb/Celeste at 442e6642 (Qt5 Widgets/Network/Concurrent, CMake AUTOMOC, C++17); stubs/qtmultimedia =
# declaration-only QMediaPlayer / QMediaPlaylist / QVideoWidget (QtMultimedia is not installed here)
CEL = ['-std=c++17', '-fPIC', '-I{r}', '-I' + S + '/qtmultimedia', '-I' + Q, '-I' + Q + '/QtCore', '-I' + Q + '/QtNetwork',
       '-I' + Q + '/QtGui', '-I' + Q + '/QtWidgets', '-I' + Q + '/QtConcurrent']
# SOUx4cx4fx56x69/Pure_C_group_bot (C, OpenSSL); stubs/pure_c_tg/libtg/tg.h stands in for the absent libtg submodule
PUREC = ['-std=gnu99', '-I' + S + '/pure_c_tg']
# hps2002/wechat-pay (cpp-httplib and curl / OpenSSL from Debian; stubs/boostjson = declaration-only Boost.JSON subset,
# Boost 1.74 here has no Boost.JSON)
WXP = ['-std=c++17', '-I' + S + '/boostjson']
E = [
 ('kdyn-ctrl+Nox', 'execution/main.cpp', NOX),
 ('ObserverHerb+Celeste', 'eventsub.cpp', CEL),
 ('ObserverHerb+Celeste', 'server.cpp', CEL),
 ('ObserverHerb+Celeste', 'main.cpp', CEL),
 ('SOUx4cx4fx56x69+Pure_C_group_bot', 'pure_c.c', PUREC),
 ('hps2002+wechat-pay', 'src/main.cc', WXP),
 ('hps2002+wechat-pay', 'src/wechat/wechat.cc', WXP),
]
write_compile_commands(R, E, CXX)
