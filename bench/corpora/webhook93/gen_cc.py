#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook93 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook93'
S = R + '/stubs'
# libreswan pluto (C, gnu99 as mk/config.mk; USE_IKEv1 is on by default there). HERE_FILENAME=__FILE__ because
# clang rejects the strrchr() default inside a static initializer (GCC folds it).
LS = ['-std=gnu99', '-DHERE_FILENAME=__FILE__', '-DUSE_IKEv1', '-I{r}/include', '-I{r}/programs/pluto',
      '-I/usr/include/nss', '-I/usr/include/nspr']
# git (C, Makefile build; no generated header needed by receive-pack.c)
GIT = ['-std=gnu99', '-I{r}', '-DNO_OPENSSL', '-DSHA1_DC', '-DSHA256_BLK']
# XRootD (C++17, CMake); XrdVersion.hh is stubs/xrootd (hand-written); HAVE_CRYPT / HAVE_SHADOWPW as
# cmake/XRootDSystemCheck.cmake finds them on glibc
XRD = ['-std=c++17', '-I' + S + '/xrootd', '-I{r}/src', '-DHAVE_CRYPT', '-DHAVE_SHADOWPW']
# AscEmu logonserver (C++23, CMake, precompiled header pchLogon.hpp force-included); Common.hpp, AEVersion.hpp
# (WotLK), LogonConf.hpp, git_version.hpp are stubs/AscEmu (hand-written); bundled fmt from dep/fmt.
# FMT_CONSTEVAL= : StringFormat passes a runtime string_view to fmt::format.
AE = ['-std=c++23', '-DFMT_CONSTEVAL=', '-I' + S + '/AscEmu', '-I{r}/dep/fmt/include', '-I{r}/dep/utf8cpp',
      '-I{r}/src/shared', '-I{r}/src/logonserver', '-I/usr/include/mariadb',
      '-include', '{r}/src/logonserver/pchLogon.hpp']
# YADIFA dnscore (C11, CMake); dnscore_config.h and dnscore_config_features.h are stubs/yadifa (hand-written)
YA = ['-std=gnu11', '-D_GNU_SOURCE', '-I' + S + '/yadifa', '-I{r}/lib/dnscore/include']
P = 'programs/pluto/'
E = [
 ('libreswan+libreswan', P + 'ikev1_hash.c', LS),
 ('libreswan+libreswan', P + 'ikev1_peer_id.c', LS),
 ('libreswan+libreswan', P + 'ikev1_xauth.c', LS),
 ('libreswan+libreswan', P + 'ikev1_dpd.c', LS),
 ('libreswan+libreswan', P + 'ikev2_psk.c', LS),
 ('libreswan+libreswan', P + 'ikev2_message.c', LS),
 ('libreswan+libreswan', P + 'ikev2_cookie.c', LS),
 ('libreswan+libreswan', P + 'ikev2_ike_intermediate.c', LS),
 ('libreswan+libreswan', P + 'ikev2_nat.c', LS),
 ('libreswan+libreswan', P + 'ikev2_redirect.c', LS),
 ('libreswan+libreswan', P + 'ike_spi.c', LS),
 ('git+git', 'builtin/receive-pack.c', GIT),
 ('xrootd+xrootd', 'src/XrdSecpwd/XrdSecProtocolpwd.cc', XRD),
 ('xrootd+xrootd', 'src/XrdSecgsi/XrdSecProtocolgsi.cc', XRD),
 ('xrootd+xrootd', 'src/XrdSecsss/XrdSecProtocolsss.cc', XRD),
 ('xrootd+xrootd', 'src/XrdOfs/XrdOfsTPCInfo.cc', XRD),
 ('AscEmu+AscEmu', 'src/logonserver/Auth/AuthSocket.Legacy.cpp', AE),
 ('AscEmu+AscEmu', 'src/logonserver/Auth/AuthSocket.cpp', AE),
 ('AscEmu+AscEmu', 'src/logonserver/LogonCommServer/LogonCommServer.cpp', AE),
 ('AscEmu+AscEmu', 'src/logonserver/Server/AccountMgr.cpp', AE),
 ('yadifa+yadifa', 'lib/dnscore/src/tsig.c', YA),
]
write_compile_commands(R, E)
