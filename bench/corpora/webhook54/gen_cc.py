#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook54 (clang-19, Debian 12 headers; hand-written config headers
# under stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook54'
S = R + '/stubs'
# picotls (C): CMake build, no generated header; OpenSSL back end
PTLS = ['-std=gnu99', '-I{r}/include']
# ptunnel-ng (C): autoconf; config.h is stubs/ptunnel-ng/config.h (hand-written), SHA-512 through OpenSSL
PTN = ['-std=gnu99', '-DHAVE_CONFIG_H', '-DENABLE_SHA512', '-I' + S + '/ptunnel-ng', '-I{r}/src']
# hans (C++): plain Makefile, no generated header
HANS = ['-std=c++11', '-I{r}/src']
# ircd-hybrid (C): autoconf; config.h is stubs/ircd-hybrid/config.h (hand-written)
HYB = ['-std=gnu11', '-DHAVE_CONFIG_H', '-I' + S + '/ircd-hybrid', '-I{r}/libio/src', '-I{r}/src']
# merecat (C): autoconf; config.h is stubs/merecat/config.h (hand-written)
MER = ['-std=gnu99', '-DHAVE_CONFIG_H', '-I' + S + '/merecat', '-I{r}/src']
# polipo (C): plain Makefile, no generated header
POL = ['-std=gnu99', '-I{r}']
# mini-snmpd (C): autoconf; config.h is stubs/mini-snmpd/config.h (hand-written)
SNMP = ['-std=gnu99', '-DHAVE_CONFIG_H', '-I' + S + '/mini-snmpd', '-I{r}']
E = [
 ('h2o+picotls', 'lib/picotls.c', PTLS),
 ('h2o+picotls', 'lib/openssl.c', PTLS),
 ('utoni+ptunnel-ng', 'src/challenge.c', PTN),
 ('utoni+ptunnel-ng', 'src/pkt.c', PTN),
 ('friedrich+hans', 'src/server.cpp', HANS),
 ('friedrich+hans', 'src/client.cpp', HANS),
 ('friedrich+hans', 'src/worker.cpp', HANS),
 ('ircd-hybrid+ircd-hybrid', 'src/conf.c', HYB),
 ('ircd-hybrid+ircd-hybrid', 'src/channel.c', HYB),
 ('ircd-hybrid+ircd-hybrid', 'modules/m_join.c', HYB),
 ('ircd-hybrid+ircd-hybrid', 'modules/m_sjoin.c', HYB),
 ('troglobit+merecat', 'src/libhttpd.c', MER),
 ('jech+polipo', 'auth.c', POL),
 ('jech+polipo', 'util.c', POL),
 ('troglobit+mini-snmpd', 'protocol.c', SNMP),
]
write_compile_commands(R, E)
