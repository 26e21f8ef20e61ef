#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook59 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook59'
S = R + '/stubs'
# teeworlds (C++): CMake; base/detect.h picks the platform, include root is src/
TW = ['-std=c++11', '-I{r}/src']
# Quake3e (C): Makefile, dedicated server build
Q3 = ['-std=gnu99', '-DDEDICATED', '-I{r}/code/server', '-I{r}/code/qcommon']
# libcsp (C): CMake/meson; csp/autoconfig.h is stubs/libcsp/csp/autoconfig.h (hand-written)
CSP = ['-std=gnu11', '-I' + S + '/libcsp', '-I{r}/include', '-I{r}/src']
# ngtcp2 (C): CMake/autotools; ngtcp2/version.h is stubs/ngtcp2/ngtcp2/version.h (hand-written); no config.h
# (HAVE_CONFIG_H not defined)
NG = ['-std=c99', '-DBUILDING_NGTCP2', '-I' + S + '/ngtcp2', '-I{r}/lib/includes', '-I{r}/lib']
# mvdsv (C): CMakeLists.txt compile definitions; protocol headers from the qwprot submodule
MV = ['-std=gnu99', '-DSERVERONLY', '-DUSE_PR2', '-DMVD_PEXT1_SERVERSIDEWEAPON', '-DMVD_PEXT1_SERVERSIDEWEAPON2',
      '-DFTE_PEXT2_VOICECHAT', '-D__LITTLE_ENDIAN__Q__', '-I{r}/src', '-I' + R + '/src/QW-Group+qwprot/src',
      '-I{r}/src/pcre']
# busybox (C): Makefile.flags (-include include/autoconf.h, -Iinclude -Ilibbb); autoconf.h and common_bufsiz.h are
# stubs/busybox/ (hand-written; kconfig and scripts/generate_BUFSIZ.sh generate them in a real build)
BB = ['-std=gnu99', '-D_GNU_SOURCE', '-include', S + '/busybox/autoconf.h', '-I' + S + '/busybox', '-I{r}/include',
      '-I{r}/libbb']
# s2n-tls (C): CMake, OpenSSL 3 (libcrypto) from Debian; no feature-probe defines (the defaults of the sources)
S2N = ['-std=c11', '-D_POSIX_C_SOURCE=200809L', '-D_DEFAULT_SOURCE', '-I{r}', '-I{r}/api']
E = [
 ('teeworlds+teeworlds', 'src/engine/server/server.cpp', TW),
 ('teeworlds+teeworlds', 'src/engine/shared/econ.cpp', TW),
 ('ec-+Quake3e', 'code/server/sv_main.c', Q3),
 ('ec-+Quake3e', 'code/server/sv_client.c', Q3),
 ('libcsp+libcsp', 'src/crypto/csp_hmac.c', CSP),
 ('libcsp+libcsp', 'src/csp_crc32.c', CSP),
 ('libcsp+libcsp', 'src/csp_iflist.c', CSP),
 ('ngtcp2+ngtcp2', 'lib/ngtcp2_str.c', NG),
 ('ngtcp2+ngtcp2', 'lib/ngtcp2_cid.c', NG),
 ('ngtcp2+ngtcp2', 'lib/ngtcp2_pv.c', NG),
 ('ngtcp2+ngtcp2', 'lib/ngtcp2_conn.c', NG),
 ('ngtcp2+ngtcp2', 'lib/ngtcp2_pkt.c', NG),
 ('ngtcp2+ngtcp2', 'lib/ngtcp2_addr.c', NG),
 ('QW-Group+mvdsv', 'src/sv_main.c', MV),
 ('QW-Group+mvdsv', 'src/sv_login.c', MV),
 ('QW-Group+mvdsv', 'src/sv_demo_qtv.c', MV),
 ('mirror+busybox', 'networking/httpd.c', BB),
 ('mirror+busybox', 'libbb/correct_password.c', BB),
 ('mirror+busybox', 'loginutils/passwd.c', BB),
 ('aws+s2n-tls', 'utils/s2n_safety.c', S2N),
 ('aws+s2n-tls', 'tls/s2n_server_finished.c', S2N),
 ('aws+s2n-tls', 'tls/s2n_tls13_handshake.c', S2N),
 ('aws+s2n-tls', 'tls/s2n_cbc.c', S2N),
 ('aws+s2n-tls', 'tls/s2n_cipher_suites.c', S2N),
 ('aws+s2n-tls', 'tls/s2n_protocol_preferences.c', S2N),
 ('aws+s2n-tls', 'tls/s2n_connection.c', S2N),
 ('aws+s2n-tls', 'tls/s2n_psk.c', S2N),
]
write_compile_commands(R, E)
