#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook61 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook61'
S = R + '/stubs'
# tbaMUD (C): configure + Makefile.in; conf.h is stubs/tbamud/conf.h (hand-written)
TBA = ['-std=gnu99', '-I' + S + '/tbamud', '-I{r}/src']
# twemproxy (C): autoconf (-DHAVE_CONFIG_H); config.h is stubs/twemproxy/config.h (hand-written)
NC = ['-std=gnu99', '-DHAVE_CONFIG_H', '-I' + S + '/twemproxy', '-I{r}/src', '-I{r}/src/hashkit',
      '-I{r}/src/event', '-I{r}/src/proto']
# dsvpn (C): plain Makefile
DS = ['-std=gnu99', '-I{r}/include']
# openiked-portable (C): CMake on Linux (CMakeLists.txt add_definitions for Linux and the HAVE_ checks that pass on
# Debian 12 / glibc 2.36); compat/ and iked/ on the include path; OpenSSL 3 and libevent from Debian
IKED = ['-std=gnu99', '-D_GNU_SOURCE', '-D_DEFAULT_SOURCE', '-DHAVE_UDPENCAP6', '-DSPT_TYPE=SPT_REUSEARGV',
        '-DHAVE_LINUX_PFKEY_H', '-DHAVE_UNISTD_H', '-DHAVE_ENDIAN_H', '-DHAVE_DIRENT_H', '-DHAVE_GRP_H',
        '-DHAVE_LINUX_IPSEC_H', '-DHAVE_REALLOCARRAY', '-DHAVE_ACCEPT4', '-DHAVE_SOCK_NONBLOCK', '-DHAVE_SETRESGID',
        '-DHAVE_SETRESUID', '-DHAVE_EXPLICIT_BZERO', '-DHAVE_GETPAGESIZE', '-I{r}/compat', '-I{r}/iked']
# compat/timingsafe_bcmp.c includes "includes.h", which the tree lacks: stubs/openiked/includes.h (hand-written)
# CoovaChilli (C): autoconf; src/Makefile.am AM_CFLAGS (-D_GNU_SOURCE, DEF* paths, bstring and json dirs);
# config.h and json_config.h are stubs/coova-chilli/ (hand-written)
CH = ['-std=gnu99', '-D_GNU_SOURCE', '-DDEFCHILLICONF="/etc/chilli.conf"', '-DDEFPIDFILE="/var/run/chilli.pid"',
      '-DDEFSTATEDIR="/var/run"', '-I' + S + '/coova-chilli', '-I{r}/src', '-I{r}', '-I{r}/bstring', '-I{r}/json']
# PennMUSH (C): Makefile.in CCFLAGS: -I.. -I../hdrs -include ../config.h -include ../confmagic.h -include ../options.h;
# config.h is stubs/pennmush/config.h (hand-written); confmagic.h and options.h are the project's own
PM = ['-std=gnu99', '-I{r}', '-I{r}/hdrs', '-include', S + '/pennmush/config.h', '-include', '{r}/confmagic.h',
      '-include', '{r}/options.h']
E = [
 ('tbamud+tbamud', 'src/interpreter.c', TBA),
 ('twitter+twemproxy', 'src/proto/nc_redis.c', NC),
 ('jedisct1+dsvpn', 'src/vpn.c', DS),
 ('jedisct1+dsvpn', 'src/charm.c', DS),
 ('openiked+openiked-portable', 'iked/crypto.c', IKED),
 ('openiked+openiked-portable', 'iked/ikev2.c', IKED),
 ('openiked+openiked-portable', 'iked/ikev2_msg.c', IKED),
 ('openiked+openiked-portable', 'iked/ikev2_pld.c', IKED),
 ('openiked+openiked-portable', 'iked/ca.c', IKED),
 ('openiked+openiked-portable', 'iked/policy.c', IKED),
 ('openiked+openiked-portable', 'compat/timingsafe_bcmp.c', ['-I' + S + '/openiked'] + IKED),
 ('coova+coova-chilli', 'src/radius.c', CH),
 ('coova+coova-chilli', 'src/redir.c', CH),
 ('coova+coova-chilli', 'src/chilli.c', CH),
 ('pennmush+pennmush', 'src/player.c', PM),
 ('pennmush+pennmush', 'src/mycrypt.c', PM),
]
write_compile_commands(R, E)
