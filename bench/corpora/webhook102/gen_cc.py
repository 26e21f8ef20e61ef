#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook102 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import subprocess
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook102'
S = R + '/stubs'


def pc(*pkgs):
    return subprocess.run(['pkg-config', '--cflags'] + list(pkgs), capture_output=True, text=True,
                          check=True).stdout.split()


# rtpengine daemon (C11, Makefile: lib/flags.Makefile + daemon/Makefile); built without transcoding
# (-DWITHOUT_CODECLIB, as with DEB_BUILD_PROFILES=pkg.rtpengine.no-transcoding) and without nftables;
# PCRE2_CODE_UNIT_WIDTH comes from pkg-config libpcre2-8 in the real build
RTPE = ['-std=c11', '-pthread', '-D_GNU_SOURCE', '-D_POSIX_SOURCE', '-D_POSIX_C_SOURCE', '-DPCRE2_CODE_UNIT_WIDTH=8',
        '-DWITHOUT_CODECLIB', '-DWITHOUT_NFTABLES', '-I{r}/daemon', '-I{r}/include', '-I{r}/lib',
        '-I{r}/kernel-module'] + pc('glib-2.0', 'json-glib-1.0', 'openssl', 'zlib')
# stunserver (C++, Makefile common.inc: -DNDEBUG release build; Boost and OpenSSL from Debian)
STUN = ['-std=gnu++11', '-DNDEBUG', '-I{r}/common', '-I{r}/stuncore', '-I{r}/networkutils', '-I{r}/resources']
# OpenARC libopenarc (C, autoconf): build-config.h is stubs/openarc
ARC = ['-std=gnu99', '-I' + S + '/openarc', '-I{r}/libopenarc']
# OpenDMARC libopendmarc (C, autoconf): build-config.h is stubs/opendmarc
DMARC = ['-std=gnu99', '-DHAVE_CONFIG_H', '-I' + S + '/opendmarc', '-I{r}/libopendmarc']
# getdns (C, CMake, OpenSSL TLS backend): config.h is stubs/getdns; getdns/getdns.h and getdns_extra.h are
# generated from the .h.in templates by extract.sh
GD = ['-std=gnu99', '-I' + S + '/getdns', '-I{r}/src', '-I{r}/src/openssl', '-I{r}/src/tls',
      '-I{r}/src/util/auxiliary']
E = [
 ('sipwise+rtpengine', 'daemon/rtp.c', RTPE),
 ('sipwise+rtpengine', 'daemon/rtcp.c', RTPE),
 ('sipwise+rtpengine', 'daemon/stun.c', RTPE),
 ('sipwise+rtpengine', 'daemon/dtls.c', RTPE),
 ('jselbie+stunserver', 'stuncore/stunreader.cpp', STUN),
 ('jselbie+stunserver', 'server/sampleauthprovider.cpp', STUN),
 ('trusteddomainproject+OpenARC', 'libopenarc/arc.c', ARC),
 ('trusteddomainproject+OpenDMARC', 'libopendmarc/opendmarc_policy.c', DMARC),
 ('getdnsapi+getdns', 'src/request-internal.c', GD),
 ('getdnsapi+getdns', 'src/stub.c', GD),
 ('getdnsapi+getdns', 'src/dnssec.c', GD),
 ('getdnsapi+getdns', 'src/pubkey-pinning.c', GD),
]
write_compile_commands(R, E)
