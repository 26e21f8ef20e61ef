#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook83 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook83'
S = R + '/stubs'
# swaylock (C, meson): wayland / cairo / xkbcommon / config.h are stubs/swaylock (hand-written)
SWAY = ['-std=c11', '-D_POSIX_C_SOURCE=200809L', '-I' + S + '/swaylock', '-I{r}/include']
# xtrlock (C): Makefile.noimake flags (shadow passwords)
XTR = ['-std=gnu99', '-DSHADOW_PWD', '-I{r}']
# xscreensaver (C, autoconf): config.h is stubs/xscreensaver/config.h (hand-written)
XSS = ['-std=gnu99', '-DHAVE_CONFIG_H', '-I' + S + '/xscreensaver', '-I{r}/driver', '-I{r}/utils']
# vlock (C, Makefile + config.mk): glib.h is stubs/vlock/glib.h (hand-written)
VL = ['-std=gnu99', '-I' + S + '/vlock', '-I{r}/src']
# tvheadend (C): Makefile CFLAGS (-fms-extensions for the embedded-struct members, -funsigned-char); build.h is
# stubs/tvheadend/build.h (hand-written)
TVH = ['-std=gnu11', '-fms-extensions', '-funsigned-char', '-D_FILE_OFFSET_BITS=64', '-D_GNU_SOURCE',
       '-I' + S + '/tvheadend', '-I{r}/src']
# core-lightning (C): Makefile include paths; config.h and wire/onion_wiregen.h are stubs/lightning (hand-written)
CLN = ['-std=gnu11', '-I' + S + '/lightning', '-I{r}', '-I{r}/ccan']
# libotr (C, autoconf): libgcrypt from Debian
OTR = ['-std=gnu99', '-I{r}/src']
# libsignal-protocol-c (C, CMake): src include directories of the library target
SIG = ['-std=gnu99', '-I{r}/src', '-I{r}/src/protobuf-c', '-I{r}/src/curve25519', '-I{r}/src/curve25519/ed25519',
       '-I{r}/src/curve25519/ed25519/nacl_includes', '-I{r}/src/curve25519/ed25519/additions']
E = [
 ('tvheadend+tvheadend', 'src/access.c', TVH),
 ('tvheadend+tvheadend', 'src/http.c', TVH),
 ('tvheadend+tvheadend', 'src/htsp_server.c', TVH),
 ('ElementsProject+lightning', 'ccan/ccan/rune/coding.c', CLN),
 ('ElementsProject+lightning', 'ccan/ccan/rune/rune.c', CLN),
 ('ElementsProject+lightning', 'bitcoin/privkey.c', CLN),
 ('ElementsProject+lightning', 'common/sphinx.c', CLN),
 ('off-the-record+libotr', 'src/mem.c', OTR),
 ('off-the-record+libotr', 'src/auth.c', OTR),
 ('off-the-record+libotr', 'src/proto.c', OTR),
 ('off-the-record+libotr', 'src/context.c', OTR),
 ('signalapp+libsignal-protocol-c', 'src/signal_protocol.c', SIG),
 ('signalapp+libsignal-protocol-c', 'src/protocol.c', SIG),
 ('signalapp+libsignal-protocol-c', 'src/curve.c', SIG),
 ('signalapp+libsignal-protocol-c', 'src/fingerprint.c', SIG),
 ('swaywm+swaylock', 'shadow.c', SWAY),
 ('jarun+xtrlock', 'xtrlock.c', XTR),
 ('Zygo+xscreensaver', 'driver/passwd-pwent.c', XSS),
 ('toidinamai+vlock', 'src/auth-shadow.c', VL),
]
write_compile_commands(R, E)
