#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook84 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook84'
S = R + '/stubs'
# tgt (C): usr/Makefile CFLAGS (signalfd/timerfd/eventfd on Linux, -I.)
TGT = ['-std=gnu99', '-D_FILE_OFFSET_BITS=64', '-D_GNU_SOURCE', '-DUSE_SIGNALFD', '-DUSE_TIMERFD', '-DUSE_EVENTFD',
       '-DTGT_VERSION="1.0.93"', '-DBSDIR="/usr/lib/tgt/backing-store"', '-I{r}/usr']
# open-iscsi (C): meson, usr/ with the shared include/ directory; OpenSSL EVP from Debian
OI = ['-std=gnu99', '-D_GNU_SOURCE', '-I{r}/include', '-I{r}/usr', '-I{r}/libopeniscsiusr']
# MooseFS (C): autoconf; config.h is stubs/moosefs/config.h (hand-written)
MFS = ['-std=gnu99', '-D_GNU_SOURCE', '-DHAVE_CONFIG_H', '-I' + S + '/moosefs', '-I{r}/mfsmaster', '-I{r}/mfscommon']
# libsmb2 (C): CMake/autoconf; config.h is stubs/libsmb2/config.h (hand-written); _U_ as in its Makefile.am
SMB = ['-std=gnu99', '-D_GNU_SOURCE', '-DHAVE_CONFIG_H', '-D_U_=__attribute__((unused))', '-I' + S + '/libsmb2',
       '-I{r}/include', '-I{r}/include/smb2', '-I{r}/lib']
# PulseAudio (C): meson; config.h, pulse/version.h and ltdl.h are stubs/pulseaudio/ (hand-written)
PA = ['-std=gnu11', '-D_GNU_SOURCE', '-DHAVE_CONFIG_H', '-D__INCLUDED_FROM_PULSE_AUDIO', '-I' + S + '/pulseaudio',
      '-I{r}/src', '-I{r}/src/pulsecore']
# GlusterFS (C): autoconf; config.h and urcu/{compiler,arch}.h are stubs/glusterfs/ (hand-written)
GL = ['-std=gnu11', '-D_GNU_SOURCE', '-D_FILE_OFFSET_BITS=64', '-DGF_LINUX_HOST_OS', '-I' + S + '/glusterfs',
      '-I{r}/xlators/protocol/server/src', '-I{r}/libglusterfs/src', '-I{r}/rpc/rpc-lib/src', '-I{r}/rpc/xdr/src']
# libiscsi (C): autoconf; config.h is stubs/libiscsi/config.h (hand-written)
LI = ['-std=gnu99', '-D_GNU_SOURCE', '-DHAVE_CONFIG_H', '-I' + S + '/libiscsi', '-I{r}/include', '-I{r}/lib']
# LizardFS (C++): CMake; config.h is stubs/lizardfs/config.h (hand-written); src/master/CMakeLists.txt -D flags
LZ = ['-std=c++17', '-DAPPNAME=mfsmaster', '-DAPP_EXAMPLES_SUBDIR="/usr/share/doc/lizardfs-master/examples"',
      '-I' + S + '/lizardfs', '-I{r}/src']
E = [
 ('fujita+tgt', 'usr/iscsi/chap.c', TGT),
 ('fujita+tgt', 'usr/iscsi/iscsid.c', TGT),
 ('fujita+tgt', 'usr/target.c', TGT),
 ('open-iscsi+open-iscsi', 'usr/auth.c', OI),
 ('moosefs+moosefs', 'mfsmaster/exports.c', MFS),
 ('moosefs+moosefs', 'mfsmaster/matocsserv.c', MFS),
 ('moosefs+moosefs', 'mfsmaster/matoclserv.c', MFS),
 ('sahlberg+libsmb2', 'lib/ntlmssp.c', SMB),
 ('sahlberg+libsmb2', 'lib/libsmb2.c', SMB),
 ('sahlberg+libsmb2', 'lib/socket.c', SMB),
 ('sahlberg+libsmb2', 'lib/pdu.c', SMB),
 ('sahlberg+libsmb2', 'lib/aes128ccm.c', SMB),
 ('sahlberg+libsmb2', 'lib/init.c', SMB),
 ('pulseaudio+pulseaudio', 'src/pulsecore/protocol-native.c', PA),
 ('pulseaudio+pulseaudio', 'src/pulsecore/protocol-esound.c', PA),
 ('gluster+glusterfs', 'xlators/protocol/auth/login/src/login.c', GL),
 ('sahlberg+libiscsi', 'lib/login.c', LI),
 ('lizardfs+lizardfs', 'src/master/exports.cc', LZ),
 ('lizardfs+lizardfs', 'src/master/matoclserv.cc', LZ),
]
write_compile_commands(R, E)
