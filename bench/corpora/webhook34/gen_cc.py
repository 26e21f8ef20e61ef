#!/usr/bin/env python3
"""compile_commands.json of /work/corpora/webhook34 (clang-19 / clang++-19, Debian 12 headers).
Generated configure/CMake/meson headers are in stubs/<project> (copied by extract.sh)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook34'
S = R + '/stubs'
CXX = '/usr/bin/clang++-19'
# accel-ppp (C, CMake): CMakeLists.txt + accel-pppd/CMakeLists.txt definitions (RADIUS on by default, logwtmp found);
# stubs/accel-ppp = config.h (config.h.in filled in) and version.h (version.h.in); per-module dirs as their CMakeLists add
AP = ['-std=gnu17', '-D_GNU_SOURCE', '-DOPENSSL_API_COMPAT=0x10100000L', '-DACCEL_PPP_VERSION="1.14.0"',
      '-DPTHREAD_SPINLOCK', '-DAP_SESSIONID_LEN=16', '-DRADIUS', '-DHAVE_LOGWTMP', '-I' + S + '/accel-ppp', '-I{r}',
      '-I{r}/accel-pppd/include']
APD = '-DDICTIONARY="/usr/local/share/accel-ppp/%s/dictionary"'
# live555 (C++20): config.linux COMPILE_OPTS / CPLUSPLUS_FLAGS and the liveMedia Makefile include paths
L5 = ['-x', 'c++', '-std=c++20', '-DSOCKLEN_T=socklen_t', '-D_LARGEFILE_SOURCE=1', '-D_FILE_OFFSET_BITS=64',
      '-DALLOW_RTSP_SERVER_PORT_REUSE=1', '-DBSD=1', '-I{r}/liveMedia', '-I{r}/liveMedia/include',
      '-I{r}/UsageEnvironment/include', '-I{r}/BasicUsageEnvironment/include', '-I{r}/groupsock/include']
# 3proxy (C): Makefile.Linux CFLAGS, with -DWITH_SSL as its OPENSSL_CHECK adds when libssl-dev is installed
P3 = ['-std=gnu17', '-pthread', '-D_GNU_SOURCE', '-DGETHOSTBYNAME_R', '-D_THREAD_SAFE', '-D_REENTRANT',
      '-DFD_SETSIZE=4096', '-DWITH_POLL', '-DWITH_NETFILTER', '-DWITH_UN', '-DWITH_SSL']
# FlashMQ (C++20): CMakeLists.txt definitions
FMQ = ['-x', 'c++', '-std=c++20', '-DOPENSSL_API_COMPAT=0x10100000L', '-DFLASHMQ_VERSION="1.26.2"', '-I{r}']
# tinc 1.1 (C11, meson): cc_defs -D_GNU_SOURCE; stubs/tinc/config.h = src/include/meson.build's cdata on Linux (OpenSSL);
# meson builds with implicit_include_directories: false, so src/ is not on the <> path (its dirent.h is for Windows)
TINC = ['-std=c11', '-D_GNU_SOURCE', '-I' + S + '/tinc']
# cocagne/csrp (C): srp.c + srp.h, OpenSSL
SRP = ['-std=gnu17']
# NSD (C): stubs/nsd/config.h = configure's results on Debian 12 (OpenSSL 3.0: HAVE_SSL, HAVE_CRYPTO_MEMCMP) + AH_BOTTOM
NSD = ['-std=gnu99', '-I' + S + '/nsd', '-I{r}']
E = [
 ('accel-ppp+accel-ppp', 'accel-pppd/auth/auth_chap_md5.c', AP),
 ('accel-ppp+accel-ppp', 'accel-pppd/auth/auth_mschap_v1.c', AP),
 ('accel-ppp+accel-ppp', 'accel-pppd/auth/auth_mschap_v2.c', AP),
 ('accel-ppp+accel-ppp', 'accel-pppd/auth/auth_pap.c', AP),
 ('accel-ppp+accel-ppp', 'accel-pppd/cli/tcp.c', AP),
 ('accel-ppp+accel-ppp', 'accel-pppd/cli/telnet.c', AP),
 ('accel-ppp+accel-ppp', 'accel-pppd/ctrl/l2tp/l2tp.c', AP + [APD % 'l2tp', '-I{r}/accel-pppd/ctrl/l2tp']),
 ('accel-ppp+accel-ppp', 'accel-pppd/ctrl/sstp/sstp.c', AP + ['-I{r}/accel-pppd/ctrl/sstp']),
 ('accel-ppp+accel-ppp', 'accel-pppd/radius/dm_coa.c', AP + [APD % 'radius']),
 ('accel-ppp+accel-ppp', 'accel-pppd/extra/chap-secrets.c', AP),
 ('rgaufman+live555', 'liveMedia/RTSPServer.cpp', L5),
 ('3proxy+3proxy', 'src/auth.c', P3),
 ('3proxy+3proxy', 'src/authradius.c', P3),
 ('halfgaar+FlashMQ', 'plugin.cpp', FMQ),
 ('gsliepen+tinc', 'src/chacha-poly1305/chacha-poly1305.c', TINC),
 ('gsliepen+tinc', 'src/openssl/digest.c', TINC),
 ('gsliepen+tinc', 'src/protocol_auth.c', TINC),
 ('gsliepen+tinc', 'src/ed25519/verify.c', TINC),
 ('gsliepen+tinc', 'src/subnet.c', TINC),
 ('gsliepen+tinc', 'src/info.c', TINC),
 ('gsliepen+tinc', 'src/invitation.c', TINC),
 ('cocagne+csrp', 'srp.c', SRP),
 ('NLnetLabs+nsd', 'tsig.c', NSD),
 ('NLnetLabs+nsd', 'edns.c', NSD),
]
write_compile_commands(R, E, CXX)
