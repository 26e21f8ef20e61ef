#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook51 (clang-19, Debian 12 headers; hand-written config headers
# under stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook51'
S = R + '/stubs'
# linuxptp (C): makefile flags; incdefs.sh would add -D_GNU_SOURCE and one -DHAVE_<crypto library> per library it
# finds, each sad_<library>.c back end is one alternative implementation of sad_hash/sad_verify
PTP = ['-std=gnu99', '-D_GNU_SOURCE', '-DVER=4.4', '-I{r}']
# dhcpcd (C): the CPPFLAGS its configure writes to config.mk for Linux with INET/INET6/DHCP6/AUTH/PRIVSEP;
# config.h is stubs/dhcpcd/config.h (hand-written)
DHC = ['-std=c99', '-DHAVE_CONFIG_H', '-D_GNU_SOURCE', '-D_FILE_OFFSET_BITS=64', '-D_LARGEFILE_SOURCE',
       '-D_LARGEFILE64_SOURCE', '-DINET', '-DARP', '-DARPING', '-DIPV4LL', '-DINET6', '-DDHCP6', '-DAUTH',
       '-DPRIVSEP', '-I' + S + '/dhcpcd', '-I{r}', '-I{r}/src', '-I{r}/vendor']
# Anope IRC services (C++17): sysconf.h and version.h are hand-written stand-ins (stubs/anope) for the headers its
# CMake build generates; modules are compiled with the module's own directory on the include path
ANO = ['-std=c++17', '-I' + S + '/anope', '-I{r}/include', '-I{r}/modules', '-I{r}/vendor']
# pgagroal (C17): CMake flags for Linux (no generated header); its code calls random() without the XSI feature
# macro, which gcc 12 (its CI) only warns about: -Wno-error=implicit-function-declaration keeps clang-19 alike
PGA = ['-std=gnu17', '-DHAVE_LINUX', '-D_POSIX_C_SOURCE=200809L', '-DHAVE_EXECINFO_H', '-I{r}/src/include',
       '-Wno-error=implicit-function-declaration']
E = [
 ('richardcochran+linuxptp', 'sad.c', PTP),
 ('richardcochran+linuxptp', 'sad_openssl.c', PTP + ['-DHAVE_OPENSSL']),
 ('richardcochran+linuxptp', 'sad_nettle.c', PTP + ['-DHAVE_NETTLE']),
 ('richardcochran+linuxptp', 'sad_gnutls.c', PTP + ['-DHAVE_GNUTLS']),
 ('richardcochran+linuxptp', 'sad_gnupg.c', PTP + ['-DHAVE_GNUPG']),
 ('NetworkConfiguration+dhcpcd', 'src/auth.c', DHC),
 ('anope+anope', 'modules/encryption/enc_md5.cpp', ANO + ['-I{r}/modules/encryption']),
 ('anope+anope', 'modules/encryption/enc_none.cpp', ANO + ['-I{r}/modules/encryption']),
 ('anope+anope', 'modules/encryption/enc_old.cpp', ANO + ['-I{r}/modules/encryption']),
 ('anope+anope', 'modules/encryption/enc_sha1.cpp', ANO + ['-I{r}/modules/encryption']),
 ('anope+anope', 'modules/encryption/enc_sha256.cpp', ANO + ['-I{r}/modules/encryption']),
 ('anope+anope', 'modules/encryption/enc_sha2.cpp', ANO + ['-I{r}/modules/encryption']),
 ('anope+anope', 'modules/encryption/enc_bcrypt.cpp', ANO + ['-I{r}/modules/encryption']),
 ('anope+anope', 'modules/extra/enc_argon2.cpp', ANO + ['-I{r}/modules/extra']),
 ('anope+anope', 'modules/extra/enc_posix.cpp', ANO + ['-I{r}/modules/extra']),
 ('anope+anope', 'modules/operserv/os_login.cpp', ANO + ['-I{r}/modules/operserv']),
 ('anope+anope', 'modules/nickserv/ns_register.cpp', ANO + ['-I{r}/modules/nickserv']),
 ('anope+anope', 'modules/nickserv/ns_resetpass.cpp', ANO + ['-I{r}/modules/nickserv']),
 ('agroal+pgagroal', 'src/libpgagroal/security.c', PGA),
]
write_compile_commands(R, E)
