#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook57 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook57'
S = R + '/stubs'
# ipmitool (C): autoconf; config.h is stubs/ipmitool/config.h (hand-written); lanplus plugin with OpenSSL 3
IPMI = ['-std=gnu11', '-DHAVE_CONFIG_H', '-I' + S + '/ipmitool', '-I{r}/include', '-I{r}/src/plugins/lanplus']
# udp2raw (C++): plain makefile (-std=c++11 -I.), libev bundled
UDP = ['-std=c++11', '-I{r}', '-I{r}/libev']
# eggdrop (C): autoconf; config.h, eggint.h and lush.h are stubs/eggdrop/ (hand-written); Tcl 8.6 from Debian;
# modules are built with MAKING_MODS
EGG = ['-std=gnu99', '-DHAVE_CONFIG_H', '-I' + S + '/eggdrop', '-I/usr/include/tcl8.6', '-I{r}', '-I{r}/src']
EGGMOD = EGG + ['-DMAKING_MODS', '-I{r}/src/mod']
# sthttpd (C): autoconf; config.h is stubs/sthttpd/config.h (hand-written)
THT = ['-std=gnu99', '-D_GNU_SOURCE', '-I' + S + '/sthttpd', '-I{r}/src']
# GoAhead (C): MakeMe; me.h is stubs/goahead/me.h (hand-written, includes the project's
# projects/goahead-linux-default-me.h)
GOA = ['-std=gnu99', '-I' + S + '/goahead', '-I{r}/projects', '-I{r}/src', '-I{r}/src/osdep']
# fwknop (C): autoconf; config.h is stubs/fwknop/config.h (hand-written)
FWK = ['-std=gnu99', '-D_GNU_SOURCE', '-DHAVE_CONFIG_H', '-I' + S + '/fwknop', '-I{r}/lib', '-I{r}/common',
       '-I{r}/server']
# argon2 reference implementation (C): Makefile flags
ARG = ['-std=c89', '-I{r}/include', '-I{r}/src']
# OpenDoas (C): ./configure writes config.h; stubs/OpenDoas/config.h (hand-written, shadow build)
DOAS = ['-std=gnu99', '-D_DEFAULT_SOURCE', '-D_GNU_SOURCE', '-I' + S + '/OpenDoas', '-I{r}', '-I{r}/libopenbsd']
# libjuice (C): CMake, static, built-in crypto (no Nettle)
JUI = ['-std=c11', '-D_GNU_SOURCE', '-DJUICE_STATIC', '-DUSE_NETTLE=0', '-I{r}/include', '-I{r}/include/juice',
       '-I{r}/src']
# Quagga (C): autoconf; config.h, lib/route_types.h and lib/memtypes.h are stubs/quagga/ (hand-written)
QUA = ['-std=gnu99', '-DHAVE_CONFIG_H', '-I' + S + '/quagga', '-I' + S + '/quagga/lib', '-I{r}', '-I{r}/lib']
E = [
 ('ipmitool+ipmitool', 'src/plugins/lanplus/lanplus_crypt.c', IPMI),
 ('wangyu-+udp2raw', 'encrypt.cpp', UDP),
 ('eggheads+eggdrop', 'src/dcc.c', EGG),
 ('eggheads+eggdrop', 'src/misc.c', EGG),
 ('eggheads+eggdrop', 'src/userrec.c', EGG),
 ('eggheads+eggdrop', 'src/mod/pbkdf2.mod/pbkdf2.c', EGGMOD),
 ('blueness+sthttpd', 'src/libhttpd.c', THT),
 ('embedthis+goahead', 'src/auth.c', GOA),
 ('embedthis+goahead', 'src/crypt.c', GOA),
 ('mrash+fwknop', 'lib/fko_hmac.c', FWK),
 ('mrash+fwknop', 'lib/fko_decode.c', FWK),
 ('mrash+fwknop', 'server/incoming_spa.c', FWK),
 ('mrash+fwknop', 'server/replay_cache.c', FWK),
 ('P-H-C+phc-winner-argon2', 'src/argon2.c', ARG),
 ('P-H-C+phc-winner-argon2', 'src/encoding.c', ARG),
 ('Duncaen+OpenDoas', 'shadow.c', DOAS),
 ('Duncaen+OpenDoas', 'doas.c', DOAS),
 ('paullouisageneau+libjuice', 'src/stun.c', JUI),
 ('paullouisageneau+libjuice', 'src/server.c', JUI),
 ('paullouisageneau+libjuice', 'src/const_time.c', JUI),
 ('paullouisageneau+libjuice', 'src/agent.c', JUI),
 ('Quagga+quagga', 'ripd/ripd.c', QUA + ['-I{r}/ripd']),
 ('Quagga+quagga', 'lib/keychain.c', QUA),
 ('Quagga+quagga', 'ospfd/ospf_packet.c', QUA + ['-I{r}/ospfd']),
]
write_compile_commands(R, E)
