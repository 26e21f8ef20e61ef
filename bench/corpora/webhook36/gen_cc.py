#!/usr/bin/env python3
"""compile_commands.json of /work/corpora/webhook36 (clang-19 / clang++-19, Debian 12 headers).
Generated configure/meson headers are in stubs/<project> (copied by extract.sh)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook36'
S = R + '/stubs'
CXX = '/usr/bin/clang++-19'
# DarkPlaces (C17): makefile.inc CFLAGS_STANDARD/CFLAGS_COMMON for the Linux SDL client target (sdl-release:
# CFLAGS_CLIENT=-DCONFIG_MENU; DP_LINK_ZLIB/JPEG=shared -> LINK_TO_ZLIB/LINK_TO_LIBJPEG; d0_blind_id is dlopen'ed).
# sdl2-config --cflags would add -I/usr/include/SDL2 -D_REENTRANT; netconn.c and crypto.c include no SDL header.
DP = ['-std=c17', '-D_DEFAULT_SOURCE', '-DCONFIG_PEDANTIC', '-DLINK_TO_ZLIB', '-DLINK_TO_LIBJPEG', '-D_REENTRANT',
      '-D_FILE_OFFSET_BITS=64', '-D__KERNEL_STRICT_NAMES', '-DCONFIG_MENU', '-I{r}']
# n2n 3.1.1 (C): Makefile CFLAGS -I./include; stubs/n2n/config.h = include/config.h from ./configure (no options)
N2N = ['-std=gnu17', '-Wall', '-I' + S + '/n2n', '-I{r}/include']
# fastd (C99, meson): -D_GNU_SOURCE (src/meson.build default_args); stubs/fastd = build.h + version.h as meson
# generates them into the build dir (on the include path together with src/); libuecc-dev 7, libsodium-dev
FASTD = ['-std=c99', '-D_GNU_SOURCE', '-I' + S + '/fastd', '-I{r}/src', '-I/usr/include/libuecc-7']
# liboath (oath-toolkit, C): stubs/oath-toolkit = config.h (configure output, the parts used) and oath.h (oath.h.in)
OATH = ['-std=gnu99', '-I' + S + '/oath-toolkit', '-I{r}/liboath']
# google-authenticator-libpam (C): AM_CFLAGS; stubs/google-authenticator-libpam/config.h (configure on Debian 12)
GA = ['-std=gnu11', '-fPIC', '-I' + S + '/google-authenticator-libpam', '-I{r}', '-I{r}/src']
# rsync (C): Makefile CFLAGS (-I./popt -I./zlib -DHAVE_CONFIG_H); stubs/rsync = config.h from
# ./configure --disable-xxhash --disable-md2man on Debian 12 and proto.h from mkproto.awk
RSYNC = ['-std=gnu11', '-DHAVE_CONFIG_H', '-I' + S + '/rsync', '-I{r}', '-I{r}/popt', '-I{r}/zlib']
# zeromod (Cube 2: Sauerbraten server mod, C++): src/Makefile CXXFLAGS + SERVER_INCLUDES (-DSTANDALONE, PROTO=2020)
SAUER = ['-x', 'c++', '-std=gnu++17', '-fsigned-char', '-fno-exceptions', '-fno-rtti', '-UOLDPROTO', '-DSTANDALONE',
         '-I{r}/src/shared', '-I{r}/src/engine', '-I{r}/src/fpsgame', '-I{r}/src/enet/include']
E = [
 ('DarkPlacesEngine+DarkPlaces', 'netconn.c', DP),
 ('DarkPlacesEngine+DarkPlaces', 'crypto.c', DP),
 ('ntop+n2n', 'src/sn_utils.c', N2N),
 ('ntop+n2n', 'src/edge_utils.c', N2N),
 ('ntop+n2n', 'src/header_encryption.c', N2N),
 ('neocturne+fastd', 'src/sha256.c', FASTD),
 ('neocturne+fastd', 'src/protocols/ec25519_fhmqvc/handshake.c', FASTD),
 ('neocturne+fastd', 'src/methods/generic_gmac/generic_gmac.c', FASTD),
 ('neocturne+fastd', 'src/methods/composed_umac/composed_umac.c', FASTD),
 ('neocturne+fastd', 'src/methods/generic_poly1305/generic_poly1305.c', FASTD),
 ('malept+oath-toolkit', 'liboath/aux.c', OATH),
 ('malept+oath-toolkit', 'liboath/usersfile.c', OATH),
 ('google+google-authenticator-libpam', 'src/pam_google_authenticator.c', GA),
 ('RsyncProject+rsync', 'authenticate.c', RSYNC),
 ('andrius4669+zeromod-sauerbraten', 'src/fpsgame/server.cpp', SAUER),
 ('andrius4669+zeromod-sauerbraten', 'src/shared/crypto.cpp', SAUER),
]
write_compile_commands(R, E, CXX)
