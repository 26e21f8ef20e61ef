#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook45 (clang-19, Debian 12 headers; pgpool-II's autoconf config.h is a
# hand-written subset under stubs/pgpool, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook45'
S = R + '/stubs'
# pgpool-II (C); libpq-fe.h from libpq-dev, OpenSSL / PAM / LDAP from Debian (USE_SSL, USE_PAM, USE_LDAP on)
PGP = ['-std=gnu11', '-D_GNU_SOURCE', '-I' + S + '/pgpool', '-I{r}/src/include', '-I/usr/include/postgresql']
# SoftEther VPN 5.x (C); the definitions of src/CMakeLists.txt + src/Cedar/CMakeLists.txt for Linux x86_64 Release
SE = ['-std=gnu99', '-DNDEBUG', '-DVPN_SPEED', '-DCPU_64', '-D_REENTRANT', '-DREENTRANT', '-D_THREAD_SAFE',
      '-D_THREADSAFE', '-DTHREAD_SAFE', '-DTHREADSAFE', '-D_FILE_OFFSET_BITS=64', '-DUNIX', '-DOS_UNIX',
      '-DUNIX_LINUX', '-DSKIP_OQS_PROVIDER', '-DSKIP_CPU_FEATURES', '-DHAVE_SSL_CTX_SET_NUM_TICKETS',
      '-DCEDAR_VERSION_MAJOR=5', '-DCEDAR_VERSION_MINOR=2', '-DCEDAR_VERSION_BUILD=5188',
      '-DBUILDER_NAME="corpus"', '-DBUILD_PLACE="corpus"', '-DBUILD_DATE_D=1', '-DBUILD_DATE_M=1',
      '-DBUILD_DATE_Y=2026', '-DBUILD_DATE_HO=0', '-DBUILD_DATE_MI=0', '-DBUILD_DATE_SE=0',
      '-I{r}/src', '-I{r}/src/Cedar', '-I{r}/src/Mayaqua']
# microsocks (C, Makefile: -D_GNU_SOURCE, pthreads)
MS = ['-std=gnu99', '-D_GNU_SOURCE', '-pthread', '-I{r}']
# darkhttpd (C, single file)
DH = ['-std=gnu99', '-D_GNU_SOURCE']
E = [
 ('pgpool+pgpool2', 'src/auth/pool_auth.c', PGP),
 ('pgpool+pgpool2', 'src/auth/auth-scram.c', PGP),
 ('pgpool+pgpool2', 'src/auth/pool_passwd.c', PGP),
 ('SoftEtherVPN+SoftEtherVPN', 'src/Cedar/Sam.c', SE),
 ('SoftEtherVPN+SoftEtherVPN', 'src/Cedar/Admin.c', SE),
 ('SoftEtherVPN+SoftEtherVPN', 'src/Cedar/Protocol.c', SE),
 ('SoftEtherVPN+SoftEtherVPN', 'src/Cedar/Proto_OpenVPN.c', SE),
 ('SoftEtherVPN+SoftEtherVPN', 'src/Cedar/Proto_PPP.c', SE),
 ('SoftEtherVPN+SoftEtherVPN', 'src/Cedar/Proto_IKE.c', SE),
 ('SoftEtherVPN+SoftEtherVPN', 'src/Mayaqua/Memory.c', SE),
 ('rofl0r+microsocks', 'sockssrv.c', MS),
 ('emikulic+darkhttpd', 'darkhttpd.c', DH),
]
write_compile_commands(R, E)
