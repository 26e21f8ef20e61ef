#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook100 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook100'
S = R + '/stubs'
# BIND 9 (C23 with constexpr, meson): config.h and the generated dns/enum*.h, dns/rdatastruct.h are stubs/bind9;
# liburcu-dev from Debian 12
BIND = ['-std=gnu23', '-include', S + '/bind9/config.h', '-I' + S + '/bind9', '-I{r}/lib/isc/include',
        '-I{r}/lib/dns/include', '-I{r}/lib/isccc/include', '-I{r}/lib/isc', '-I{r}/lib/dns']
# Valkey (C11, Makefile; no generated headers needed by these files)
VK = ['-std=gnu11', '-I{r}/src', '-I{r}/deps/hiredis', '-I{r}/deps/lua/src', '-I{r}/deps/hdr_histogram',
      '-I{r}/deps/fpconv', '-I{r}/deps/linenoise']
# vtun-embedded (C, autoconf, OpenSSL build): config.h is stubs/vtun-embedded
VTE = ['-std=gnu99', '-I' + S + '/vtun-embedded', '-I{r}']
# jedisct1/vtun (C, autoconf, libsodium): config.h is stubs/jedisct1-vtun; lib.h calls writev without <sys/uio.h>
# (glibc 2.36 does not pull it in), so it is force-included
VTJ = ['-std=gnu99', '-include', 'sys/uio.h', '-I' + S + '/jedisct1-vtun', '-I{r}']
# netdata (C11, CMake): config.h is stubs/netdata; Judy from src/libnetdata/libjudy/vendored
ND = ['-std=gnu11', '-I' + S + '/netdata', '-I{r}/src', '-I{r}/src/libnetdata',
      '-I{r}/src/libnetdata/libjudy/vendored']
# netatalk-classic 2.x (C, autoconf): config.h is stubs/netatalk-classic; _U_ / paths come from configure's CFLAGS
NA = ['-std=gnu99', '-D_U_=__attribute__((unused))', '-D_PATH_AFPDPWFILE="/etc/netatalk/afppasswd"',
      '-DPACKAGE="netatalk"', '-I' + S + '/netatalk-classic', '-I{r}/include', '-I{r}/sys']
E = [
 ('isc-projects+bind9', 'lib/isccc/cc.c', BIND),
 ('isc-projects+bind9', 'lib/dns/hmac_link.c', BIND),
 ('isc-projects+bind9', 'lib/isc/safe.c', BIND),
 ('isc-projects+bind9', 'lib/isc/crypto/ossl3.c', BIND),
 ('isc-projects+bind9', 'lib/isc/proxy2.c', BIND),
 ('valkey-io+valkey', 'src/acl.c', VK),
 ('valkey-io+valkey', 'src/sentinel.c', VK),
 ('leakingmemory+vtun-embedded', 'auth1.c', VTE),
 ('leakingmemory+vtun-embedded', 'auth2.c', VTE),
 ('leakingmemory+vtun-embedded', 'auth.c', VTE),
 ('jedisct1+vtun', 'auth.c', VTJ),
 ('netdata+netdata', 'src/health/health_silencers.c', ND),
 ('netdata+netdata', 'src/web/api/mcp_auth.c', ND),
 ('netdata+netdata', 'src/web/api/v2/api_v2_claim.c', ND),
 ('netdata+netdata', 'src/web/api/v2/api_v2_bearer.c', ND),
 ('netdata+netdata', 'src/claim/claim.c', ND),
 ('netdata+netdata', 'src/streaming/protocol/command-claimed_id.c', ND),
 ('netdata+netdata', 'src/aclk/mqtt_websockets/ws_client.c', ND),
 ('goshhhy+netatalk-classic', 'etc/uams/uams_passwd.c', NA),
 ('goshhhy+netatalk-classic', 'etc/uams/uams_randnum.c', NA),
 ('goshhhy+netatalk-classic', 'bin/afppasswd/afppasswd.c', NA),
]
write_compile_commands(R, E)
