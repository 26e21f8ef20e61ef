#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook108 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook108'
S = R + '/stubs'
# Gargoyle router firmware (C, plain Makefile): the session validator CGI helper and its sha256.c
GG = ['-std=gnu99', '-I{r}/package/libericstools/src', '-I{r}/package/gargoyle/src']
# alock X11 screen locker (C, autotools; its auth modules need no config.h; HAVE_SHADOW_H as configure sets it)
AL = ['-std=gnu99', '-DHAVE_SHADOW_H=1', '-I{r}/src']
# neatvnc VNC server library (C11, meson): config.h and aml.h (aml1 event loop) are stubs/neatvnc
NV = ['-std=gnu11', '-D_GNU_SOURCE', '-DPROJECT_VERSION="0.9.5"', '-I' + S + '/neatvnc', '-I{r}/include',
      '-I{r}/src', '-I/usr/include/pixman-1', '-I/usr/include/libdrm']
# LightDM display manager (C, autotools, GLib): config.h is stubs/lightdm
LD = ['-std=gnu11', '-DHAVE_CONFIG_H', '-I' + S + '/lightdm', '-I{r}/src', '-I/usr/include/glib-2.0',
      '-I/usr/lib/x86_64-linux-gnu/glib-2.0/include', '-I/usr/include/gio-unix-2.0']
# tests/src/Makefile.am directory definitions (libsystem.c is the PAM / passwd stand-in the test suite preloads)
LDT = LD + ['-I{r}/tests/src', '-DSRCDIR="{r}"', '-DBUILDDIR="{r}"', '-DSYSCONFDIR="/etc"',
             '-DLOCALSTATEDIR="/var"', '-DDATADIR="/usr/share"']
# TurboVNC Xvnc (C, CMake; X.Org server tree): dix-config.h is stubs/turbovnc; definitions from the CMakeLists
X = '{r}/unix/Xvnc/programs/Xserver'
TV = ['-std=gnu99', '-D_GNU_SOURCE', '-DHAVE_DIX_CONFIG_H', '-DIPv6', '-DUSE_POLL', '-DHAVE_STRCASECMP',
      '-DHAVE_REALLOCARRAY', '-DCOMPOSITE', '-DDAMAGE', '-DDPMSExtension', '-DMITSHM', '-DPANORAMIX', '-DPRESENT',
      '-DRANDR', '-DRENDER', '-DRES', '-DSCREENSAVER', '-DSHAPE', '-DXACE', '-DXCSECURITY', '-DXFIXES',
      '-DXF86BIGFONT', '-DXINPUT', '-DXRECORD', '-DXTEST', '-DXV', '-DTURBOVNC', '-DCLIENTIDS', '-DHAS_SHM',
      '-D_XSERVER64', '-I' + S + '/turbovnc', '-I' + X + '/include', '-I' + X + '/Xext', '-I' + X + '/miext/damage',
      '-I' + X + '/present', '-I' + X + '/render', '-I' + X + '/mi', '-I' + X + '/fb', '-I' + X + '/randr',
      '-I' + X + '/os', '-I' + X + '/Xi', '-I' + X + '/xfixes', '-I' + X + '/composite', '-I{r}/common/rfb',
      '-I{r}/unix/include', '-I/usr/include/pixman-1']
TVOS = TV + ['-DUNIXCONN', '-DTCPCONN', '-DHASXDMAUTH', '-DXDMCP']
TVVNC = TV + ['-DXVNC_AuthPAM', '-I' + X + '/hw/vnc']  # PAM on (CMake default on Linux)
E = [
 ('ericpaulbishop+gargoyle', 'package/gargoyle/src/gargoyle_session_validator.c', GG),
 ('mgumz+alock', 'src/auth_passwd.c', AL),
 ('mgumz+alock', 'src/auth_hash.c', AL),
 ('any1+neatvnc', 'src/auth/des-auth.c', NV),
 ('any1+neatvnc', 'src/server.c', NV),
 ('any1+neatvnc', 'src/auth/rsa-aes.c', NV),
 ('any1+neatvnc', 'src/crypto/nettle/key.c', NV),
 ('any1+neatvnc', 'src/stream/ws/handshake.c', NV),
 ('canonical+lightdm', 'src/xdmcp-server.c', LD),
 ('canonical+lightdm', 'tests/src/libsystem.c', LDT),
 ('TurboVNC+turbovnc', 'unix/Xvnc/programs/Xserver/os/mitauth.c', TVOS),
 ('TurboVNC+turbovnc', 'unix/Xvnc/programs/Xserver/os/xdmauth.c', TVOS),
 ('TurboVNC+turbovnc', 'unix/Xvnc/programs/Xserver/hw/vnc/auth.c', TVVNC),
]
write_compile_commands(R, E)
