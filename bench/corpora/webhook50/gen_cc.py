#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook50 (clang-19, Debian 12 headers; configure-generated headers
# under stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook50'
S = R + '/stubs'
MOWGLI = R + '/src/atheme+libmowgli-2/src/libmowgli'
# radsecproxy (C, OpenSSL 3 from Debian); all four transports as in its default configure; PACKAGE_VERSION and
# SYSCONFDIR are what its autoconf config.h / Makefile would define
RSP = ['-std=gnu99', '-D_GNU_SOURCE', '-DRADPROT_UDP', '-DRADPROT_TCP', '-DRADPROT_TLS', '-DRADPROT_DTLS',
       '-DPACKAGE_VERSION="1.11.2"', '-DSYSCONFDIR="/usr/local/etc"']
# Atheme IRC services (C); stubs/atheme/atheme/{sysconf,serno}.h and stubs/mowgli/platform/autoconf.h from its
# ./configure run (Debian 12 libraries); libmowgli-2 (its git submodule) headers from atheme/libmowgli-2
ATH = ['-std=gnu11', '-D_GNU_SOURCE', '-I' + S + '/atheme', '-I{r}/include', '-I' + S + '/mowgli', '-I' + MOWGLI]
# ntp (C), built as with --without-crypto: stubs/ntp/config.h is a hand-written subset of its configure output
NTP = ['-std=gnu99', '-DHAVE_CONFIG_H', '-I' + S + '/ntp', '-I{r}/include', '-I{r}/lib/isc/include',
       '-I{r}/lib/isc/unix/include', '-I{r}/lib/isc/pthreads/include', '-I{r}/sntp', '-I{r}/sntp/libopts']
E = [
 ('radsecproxy+radsecproxy', 'radmsg.c', RSP),
 ('radsecproxy+radsecproxy', 'tlscommon.c', RSP),
 ('radsecproxy+radsecproxy', 'radsecproxy.c', RSP),
 ('atheme+atheme', 'libathemecore/auth.c', ATH),
 ('atheme+atheme', 'libathemecore/authcookie.c', ATH),
 ('atheme+atheme', 'libathemecore/crypto.c', ATH),
 ('atheme+atheme', 'modules/crypto/crypt3-sha2-256.c', ATH),
 ('atheme+atheme', 'modules/crypto/legacy/crypt3-des.c', ATH),
 ('atheme+atheme', 'modules/crypto/legacy/ircservices.c', ATH),
 ('atheme+atheme', 'modules/crypto/pbkdf2v2.c', ATH),
 ('atheme+atheme', 'modules/saslserv/scram.c', ATH),
 ('atheme+atheme', 'modules/saslserv/ecdh-x25519-challenge.c', ATH),
 ('ntp-project+ntp', 'libntp/a_md5encrypt.c', NTP),
 ('ntp-project+ntp', 'sntp/crypto.c', NTP),
 ('ntp-project+ntp', 'lib/isc/hmacmd5.c', NTP),
 ('ntp-project+ntp', 'lib/isc/hmacsha.c', NTP),
]
write_compile_commands(R, E)
