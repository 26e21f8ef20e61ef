#!/usr/bin/env python3
"""compile_commands.json of /work/corpora/webhook39 (clang-19 / clang++-19, Debian 12 headers).
Generated / hand-written config headers are in stubs/<project> (see README.md, Stubs)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook39'
S = R + '/stubs'
CXX = '/usr/bin/clang++-19'
# HAProxy (C, no configure): Makefile TARGET=linux-glibc USE_OPENSSL=1 USE_QUIC=1 USE_QUIC_OPENSSL_COMPAT=1
# USE_LIBCRYPT=1 USE_CRYPT_H=1 USE_THREAD=1 -> these -D options, -Iinclude, gnu11
HAP = ['-std=gnu11', '-D_GNU_SOURCE', '-I{r}/include', '-DUSE_OPENSSL', '-DUSE_QUIC', '-DUSE_QUIC_OPENSSL_COMPAT',
       '-DUSE_LIBCRYPT', '-DUSE_CRYPT_H', '-DUSE_THREAD', '-DUSE_LINUX_TPROXY', '-DUSE_GETADDRINFO', '-DUSE_POLL',
       '-DUSE_EPOLL', '-DCONFIG_HAPROXY_VERSION="3.3-dev"', '-DCONFIG_HAPROXY_DATE="2026/08/01"']
# Squid (C++17): stubs/squid/autoconf.h is include/autoconf.h from ./bootstrap.sh && ./configure --with-openssl
# --without-gnutls --enable-auth-basic=NCSA,RADIUS,getpwnam --enable-auth-digest=file; src/Makefile.am include dirs
SQUID = ['-std=c++17', '-DHAVE_CONFIG_H', '-I' + S + '/squid', '-I{r}', '-I{r}/include', '-I{r}/src', '-I{r}/lib']
# Knot DNS (C, gnu11): stubs/knot/config.h (hand-written, -include'd as in src/Makefile.am's `-include config.h`)
# and stubs/knot/libknot/version.h (src/libknot/version.h.in with 3.5.0 substituted)
KNOT = ['-std=gnu11', '-D_GNU_SOURCE', '-include', S + '/knot/config.h', '-I' + S + '/knot', '-I{r}/src']
# shairport-sync (C): Makefile.am AM_CFLAGS --include=utilities/debug.h; stubs/shairport-sync/config.h hand-written
# (classic AirPlay, OpenSSL); lib_pair_ap_a_CFLAGS = -DCONFIG_GCRYPT --include=utilities/debug.h
SPS = ['-std=gnu11', '-D_GNU_SOURCE', '-DHAVE_CONFIG_H', '-pthread', '-I' + S + '/shairport-sync', '-I{r}',
       '--include={r}/utilities/debug.h', '-DSYSCONFDIR="/etc"']
SPS_PAIR = ['-std=gnu11', '-D_GNU_SOURCE', '-DCONFIG_GCRYPT', '-pthread', '-I{r}', '--include={r}/utilities/debug.h']
# xrdp (C): stubs/xrdp/config_ac.h hand-written; include dirs of sesman/libsesman and xrdp Makefile.am
XRDP = ['-std=gnu11', '-D_GNU_SOURCE', '-DHAVE_CONFIG_H', '-I' + S + '/xrdp', '-I{r}/common', '-I{r}/sesman',
        '-I{r}/sesman/libsesman', '-I{r}/libipm', '-I{r}/libxrdp', '-I{r}/xrdp', '-I{r}/third_party',
        '-I{r}/third_party/tomlc99']
H, Q, K, P, X = ('haproxy+haproxy', 'squid-cache+squid', 'CZ-NIC+knot', 'mikebrady+shairport-sync',
                 'neutrinolabs+xrdp')
E = [(H, 'src/' + f + '.c', HAP) for f in ('auth', 'jwt', 'jwe', 'ssl_sample', 'quic_retry', 'connection',
                                            'cfgparse')]
E += [(Q, f, SQUID) for f in (
    'src/auth/basic/NCSA/basic_ncsa_auth.cc', 'src/auth/basic/RADIUS/basic_radius_auth.cc',
    'src/auth/basic/User.cc', 'src/auth/basic/getpwnam/basic_getpwnam_auth.cc', 'src/auth/digest/UserRequest.cc',
    'src/auth/digest/Config.cc', 'src/auth/digest/file/text_backend.cc', 'src/wccp2.cc')]
E += [(K, f, KNOT) for f in (
    'src/libknot/tsig-op.c', 'src/libknot/cookies.c', 'src/knot/updates/acl.c', 'src/libknot/quic/tls_common.c',
    'src/knot/zone/digest.c', 'src/libknot/dnssec/sign/sign.c', 'src/utils/kxdpgun/main.c', 'src/contrib/string.c')]
E += [(P, 'rtsp.c', SPS), (P, 'pair_ap/pair_homekit.c', SPS_PAIR), (P, 'pair_ap/pair_fruit.c', SPS_PAIR)]
E += [(X, 'sesman/libsesman/verify_user.c', XRDP), (X, 'xrdp/xrdp_mm.c', XRDP)]
write_compile_commands(R, E, CXX)
