#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook55 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook55'
S = R + '/stubs'
# olsrd (C): plain Makefile (Makefile.inc CPPFLAGS), secure plugin built with USE_OPENSSL (SHA1 from OpenSSL)
OLSR = ['-std=gnu99', '-DUSE_OPENSSL', '-I{r}/src', '-I{r}/lib', '-I{r}/lib/pud/nmealib/include',
        '-I{r}/lib/pud/wireformat/include', '-I{r}/lib/secure/src']
# 3proxy (C): Makefile.Linux CFLAGS (defines only)
P3 = ['-std=gnu99', '-pthread', '-DWITHSPLICE', '-D_GNU_SOURCE', '-DGETHOSTBYNAME_R', '-D_THREAD_SAFE', '-D_REENTRANT',
      '-DNOODBC', '-DWITH_STD_MALLOC', '-DFD_SETSIZE=4096', '-DWITH_POLL', '-DWITH_NETFILTER', '-I{r}/src']
# yubico-c-client (C): autoconf passes PACKAGE / PACKAGE_VERSION with -D; ykclient_version.h is
# stubs/yubico-c-client/ykclient_version.h (hand-written)
YK = ['-std=gnu99', '-DPACKAGE="ykclient"', '-DPACKAGE_VERSION="2.15"', '-I' + S + '/yubico-c-client', '-I{r}']
# spiped (C): liball/Makefile flags for these two objects
SP = ['-std=c99', '-D_POSIX_C_SOURCE=200809L', '-D_XOPEN_SOURCE=700', '-I{r}/libcperciva/alg',
      '-I{r}/libcperciva/crypto', '-I{r}/libcperciva/util', '-I{r}/libcperciva/cpusupport', '-I{r}/lib/proto']
# minisign (C): CMake, libsodium from Debian
MS = ['-std=gnu99', '-D_GNU_SOURCE', '-I{r}/src']
# Monocypher (C): single file
MC = ['-std=c99', '-I{r}/src']
# ircu2 (C): autoconf; config.h is stubs/ircu2/config.h (hand-written)
IRCU = ['-std=gnu99', '-I' + S + '/ircu2', '-I{r}/include']
# bahamut (C): autoconf; setup.h is stubs/bahamut/setup.h (hand-written); include/config.h is the project's own
BAH = ['-std=gnu99', '-I' + S + '/bahamut', '-I{r}/include']
E = [
 ('OLSR+olsrd', 'lib/secure/src/olsrd_secure.c', OLSR),
 ('z3APA3A+3proxy', 'src/auth.c', P3),
 ('z3APA3A+3proxy', 'src/authradius.c', P3),
 ('Yubico+yubico-c-client', 'ykclient.c', YK),
 ('Yubico+yubico-c-client', 'ykclient_server_response.c', YK),
 ('Tarsnap+spiped', 'lib/proto/proto_crypt.c', SP),
 ('Tarsnap+spiped', 'libcperciva/crypto/crypto_verify_bytes.c', SP),
 ('jedisct1+minisign', 'src/minisign.c', MS),
 ('LoupVaillant+Monocypher', 'src/monocypher.c', MC),
 ('UndernetIRC+ircu2', 'ircd/m_oper.c', IRCU),
 ('UndernetIRC+ircu2', 'ircd/ircd_crypt.c', IRCU),
 ('UndernetIRC+ircu2', 'ircd/m_server.c', IRCU),
 ('UndernetIRC+ircu2', 'ircd/m_join.c', IRCU),
 ('UndernetIRC+ircu2', 'ircd/m_burst.c', IRCU),
 ('DALnet+bahamut', 'src/s_user.c', BAH),
 ('DALnet+bahamut', 'src/m_server.c', BAH),
 ('DALnet+bahamut', 'src/m_webirc.c', BAH),
 ('DALnet+bahamut', 'src/s_serv.c', BAH),
 ('DALnet+bahamut', 'src/channel.c', BAH),
]
write_compile_commands(R, E)
