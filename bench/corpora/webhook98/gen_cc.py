#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook98 (clang-19, Debian 12 headers: libvncserver-dev, libpugixml-dev,
# liblua5.4-dev, libmariadb-dev, Boost 1.74, libfmt, OpenSSL, X11; hand-written headers under stubs/, see README.md
# "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook98'
S = R + '/stubs'
# Hercules (C, CMake; no generated header needed): login-server and char-server sources
HERC = ['-std=gnu11', '-I{r}/src', '-I{r}/3rdparty', '-I{r}/3rdparty/libconfig']
# x11vnc (C, autoconf): config.h is stubs/x11vnc; libvncserver from Debian
X11VNC = ['-std=gnu11', '-I' + S + '/x11vnc', '-I{r}/src']
# ZoneMinder (C++17, CMake): config.h, zm_config_data.h, zm_config_defines.h are stubs/zoneminder; jwt-cpp,
# libbcrypt and span-lite from the repository's dep/
ZM = ['-std=c++17', '-I' + S + '/zoneminder', '-I{r}/src', '-I{r}/dep/jwt-cpp/include',
      '-I{r}/dep/libbcrypt/include/bcrypt', '-I{r}/dep/span-lite/include']
# The Forgotten Server v1.6 (C++20, CMake): Lua 5.4, pugixml, MariaDB client, Boost 1.74, fmt from Debian
TFS = ['-std=c++20', '-I/usr/include/lua5.4', '-I{r}/src']
# FTE QuakeWorld: fteqtv (the QTV proxy, plain C, no configuration) and the dedicated server (make sv-rel: SERVERONLY)
QTV = ['-std=gnu11']
FTESV = ['-std=gnu11', '-DSERVERONLY', '-I{r}/engine/common', '-I{r}/engine/server', '-I{r}/engine/client',
         '-I{r}/engine/qclib', '-I{r}/engine/gl', '-I{r}/engine/http']
# FTE's standalone HTTP/FTP server (engine/Makefile target httpserver: -DWEBSERVER -DWEBSVONLY and its -D flags)
FTEWEB = ['-std=gnu11', '-I{r}/engine/common', '-I{r}/engine/client', '-I{r}/engine/qclib', '-I{r}/engine/gl',
          '-I{r}/engine/server', '-DWEBSERVER', '-DWEBSVONLY', '-Dstricmp=strcasecmp', '-Dstrnicmp=strncasecmp',
          '-DNO_PNG']
E = [
 ('HerculesWS+Hercules', 'src/login/login.c', HERC),
 ('HerculesWS+Hercules', 'src/char/char.c', HERC),
 ('HerculesWS+Hercules', 'src/char/pincode.c', HERC),
 ('LibVNC+x11vnc', 'src/unixpw.c', X11VNC),
 ('LibVNC+x11vnc', 'src/sslhelper.c', X11VNC),
 ('ZoneMinder+zoneminder', 'src/zm_crypt.cpp', ZM),
 ('ZoneMinder+zoneminder', 'src/zm_user.cpp', ZM),
 ('ZoneMinder+zoneminder', 'src/zm_rtsp_auth.cpp', ZM),
 ('otland+forgottenserver', 'src/protocollogin.cpp', TFS),
 ('otland+forgottenserver', 'src/protocolgame.cpp', TFS),
 ('fte-team+fteqw', 'fteqtv/qw.c', QTV),
 ('fte-team+fteqw', 'fteqtv/httpsv.c', QTV),
 ('fte-team+fteqw', 'fteqtv/rcon.c', QTV),
 ('fte-team+fteqw', 'engine/server/sv_main.c', FTESV),
 ('fte-team+fteqw', 'engine/server/sv_mvd.c', FTESV),
 ('fte-team+fteqw', 'engine/http/iwebiface.c', FTEWEB),
]
write_compile_commands(R, E)
