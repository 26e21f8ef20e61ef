#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook25'
S = R + '/stubs'
CXX = '/usr/bin/clang++-19'
# ioquake3 (C, dedicated server + game module); needs nothing outside the tree
Q3 = ['-std=gnu99']
# OpenVPN (C, OpenSSL backend); stubs/openvpn = the CMake-generated config.h (Linux, no DCO) and include/openvpn-plugin.h
OVPN = ['-std=gnu11', '-D_GNU_SOURCE', '-DHAVE_CONFIG_H', '-I' + S + '/openvpn', '-I{r}/src/openvpn', '-I{r}/src/compat', '-I{r}/include']
# Dropbear (C); stubs/dropbear = config.h and default_options_guard.h as ./configure and the Makefile generate them
DB = ['-std=gnu99', '-DDROPBEAR_SERVER', '-I' + S + '/dropbear', '-I{r}/src', '-I{r}/libtomcrypt/src/headers', '-I{r}/libtommath']
# UnrealIRCd 6 (C); stubs/unrealircd/setup.h = what ./configure writes from include/setup.h.in (Linux);
# -funsigned-char as in the Makefile (the sources #error otherwise); argon2, sodium, jansson, c-ares, pcre2, OpenSSL from Debian
UIRC = ['-std=gnu11', '-funsigned-char', '-I' + S + '/unrealircd', '-I{r}/include']
# Icecast (C); stubs/icecast = config.h, libigloo headers and the icecast-common submodule headers global.h needs; rhash from Debian
ICE = ['-std=gnu11', '-DHAVE_CONFIG_H', '-I' + S + '/icecast', '-I{r}/src']
# memcached (C); stubs/memcached/config.h = configure's config.h incl. its AH_BOTTOM (stdbool/inttypes)
MC = ['-std=gnu99', '-I' + S + '/memcached', '-I{r}']
# SKFB game server, OpenSvr (Windows C++ project); stubs/skfb = declaration-only stand-ins for stdafx.h (Win32 types) and the
# project headers PHPSession.cpp includes; jsoncpp from Debian
SK = ['-std=c++11', '-I' + S + '/skfb/OpenSvr', '-I/usr/include/jsoncpp']
# FishingJoy OperateServer (Windows C++ project); stubs/fishingjoy = stand-ins for stdafx.h and the project headers, including
# files literally named '..\CommonFile\X.h' (the sources include them with backslashes, which Linux clang takes verbatim)
FJ = ['-std=c++11', '-I' + S + '/fishingjoy/OperateServer']
FJP = 'BuyuSources/ServerCore/SourceCode/OperateServer/OperateServer/'
E = [
 ('ioquake+ioq3', 'code/server/sv_main.c', Q3),
 ('ioquake+ioq3', 'code/server/sv_client.c', Q3),
 ('ioquake+ioq3', 'code/game/g_client.c', Q3),
 ('OpenVPN+openvpn', 'src/openvpn/manage.c', OVPN),
 ('OpenVPN+openvpn', 'src/openvpn/auth_token.c', OVPN),
 ('OpenVPN+openvpn', 'src/openvpn/crypto.c', OVPN),
 ('OpenVPN+openvpn', 'src/openvpn/tls_crypt.c', OVPN),
 ('OpenVPN+openvpn', 'src/openvpn/ssl_pkt.c', OVPN),
 ('OpenVPN+openvpn', 'src/openvpn/ssl_verify.c', OVPN),
 ('OpenVPN+openvpn', 'src/openvpn/init.c', OVPN),
 ('mkj+dropbear', 'src/svr-authpasswd.c', DB),
 ('mkj+dropbear', 'src/svr-auth.c', DB),
 ('mkj+dropbear', 'src/packet.c', DB),
 ('unrealircd+unrealircd', 'src/auth.c', UIRC),
 ('unrealircd+unrealircd', 'src/modules/rpc/rpc.c', UIRC),
 ('xiph+Icecast-Server', 'src/util_crypt.c', ICE),
 ('memcached+memcached', 'authfile.c', MC),
 ('memcached+memcached', 'util.c', MC),
 ('swordman-sue+SKFB', 'server/OpenSvr/PHPSession.cpp', SK),
 ('fishingjoy3d+FishingJoyProject', FJP + 'HttpNewServer.cpp', FJ),
 ('fishingjoy3d+FishingJoyProject', FJP + 'UseRMBManager.cpp', FJ),
 ('fishingjoy3d+FishingJoyProject', FJP + 'PhonePayManager.cpp', FJ),
]
write_compile_commands(R, E, CXX)
