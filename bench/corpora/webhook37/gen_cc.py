#!/usr/bin/env python3
"""compile_commands.json of /work/corpora/webhook37 (clang-19 / clang++-19, Debian 12 headers).
Generated configure/cmake/Makefile headers are in stubs/<project> (copied by extract.sh)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook37'
S = R + '/stubs'
CXX = '/usr/bin/clang++-19'
# BIRD 2.19.0 (C): Makefile CPPFLAGS -I$(objdir) -I$(srcdir), -pthread, -DBIRD_VERSION; stubs/bird/sysdep =
# autoconf.h from ./configure --disable-client (linux sysdep, all protocols) and paths.h from `make obj/sysdep/paths.h`
BIRD = ['-std=gnu11', '-pthread', '-fno-strict-aliasing', '-DBIRD_VERSION="2.19.0"', '-I' + S + '/bird', '-I{r}']
# pjproject (C): build.mak APP_CFLAGS; stubs/pjproject = pj/compat/{os_auto,m_auto}.h, pjsip/sip_autoconf.h,
# pjmedia*/config_auto.h from ./configure (no options) and an empty pj/config_site.h (user-supplied file)
PJ = ['-DPJ_AUTOCONF=1', '-DPJ_IS_BIG_ENDIAN=0', '-DPJ_IS_LITTLE_ENDIAN=1', '-I' + S + '/pjproject',
      '-I{r}/pjlib/include', '-I{r}/pjlib-util/include', '-I{r}/pjnath/include', '-I{r}/pjsip/include',
      '-I{r}/pjmedia/include']
# hostap (hostapd, C): hostapd/Makefile -I../src -I../src/utils and the defines of the EAP server methods
HOSTAP = ['-std=gnu99', '-DHOSTAPD', '-DIEEE8021X_EAPOL', '-DEAP_SERVER', '-DEAP_SERVER_IDENTITY', '-DEAP_SERVER_TLS',
          '-DEAP_SERVER_TTLS', '-DEAP_SERVER_MSCHAPV2', '-DEAP_SERVER_GPSK', '-DEAP_SERVER_PWD', '-DCONFIG_WPS',
          '-I{r}/src', '-I{r}/src/utils']
# keepalived (C): keepalived/vrrp/Makefile AM_CPPFLAGS + DEFS; stubs/keepalived = lib/config.h and
# lib/config_warnings.h from ./configure (no options, Debian 12: OpenSSL, no libnl)
KA = ['-std=gnu11', '-D_GNU_SOURCE', '-DHAVE_CONFIG_H', '-I' + S + '/keepalived', '-I{r}/keepalived/include',
      '-I{r}/lib']
# ldns (C): Makefile CPPFLAGS/CFLAGS; stubs/ldns/ldns = config.h, common.h, net.h, util.h from ./configure
LDNS = ['-DOPENSSL_API_COMPAT=10100', '-D_GNU_SOURCE', '-DHAVE_CONFIG_H',
        '-DLDNS_TRUST_ANCHOR_FILE="/usr/local/etc/unbound/root.key"', '-I' + S + '/ldns', '-I{r}']
# tarantool 2.11-dev (C, CMake): include dirs src/ and third_party/ (scramble.c needs no generated header)
TNT = ['-std=gnu11', '-I{r}/src', '-I{r}/third_party']
# Luanti 5.18.0-dev (C++17, CMake): stubs/luanti/cmake_config.h (cmake_config.h.in, system GMP, OpenSSL)
LUANTI = ['-std=c++17', '-DUSE_CMAKE_CONFIG_H', '-I' + S + '/luanti', '-I{r}/src', '-I{r}/lib/sha256',
          '-I{r}/irr/include']
# Exim (C): OS/Makefile-Linux CFLAGS; stubs/exim = config.h (buildconfig with EDITME's defaults plus
# AUTH_CRAM_MD5, AUTH_SPA, USE_OPENSSL) and os.h (scripts/Configure-os.h: OS/os.h-Linux + ip_options fudge)
EXIM = ['-std=gnu11', '-D_FILE_OFFSET_BITS=64', '-I' + S + '/exim', '-I{r}/src/src']
E = [
 ('CZ-NIC+bird', 'lib/mac.c', BIRD),
 ('CZ-NIC+bird', 'nest/password.c', BIRD),
 ('CZ-NIC+bird', 'proto/ospf/packet.c', BIRD),
 ('CZ-NIC+bird', 'proto/bfd/packets.c', BIRD),
 ('CZ-NIC+bird', 'proto/babel/packets.c', BIRD),
 ('CZ-NIC+bird', 'proto/rip/packets.c', BIRD),
 ('pjsip+pjproject', 'pjsip/src/pjsip/sip_auth_server.c', PJ),
 ('pjsip+pjproject', 'pjsip/src/pjsip/sip_auth_client.c', PJ),
 ('pjsip+pjproject', 'pjnath/src/pjnath/stun_auth.c', PJ),
 ('gstrauss+hostap', 'src/radius/radius.c', HOSTAP),
 ('gstrauss+hostap', 'src/eap_server/eap_server_ttls.c', HOSTAP),
 ('gstrauss+hostap', 'src/eap_server/eap_server_gpsk.c', HOSTAP),
 ('gstrauss+hostap', 'src/eap_server/eap_server_pwd.c', HOSTAP),
 ('gstrauss+hostap', 'src/eap_server/eap_server_mschapv2.c', HOSTAP),
 ('gstrauss+hostap', 'src/wps/wps_attr_process.c', HOSTAP),
 ('acassen+keepalived', 'keepalived/vrrp/vrrp.c', KA),
 ('NLnetLabs+ldns', 'tsig.c', LDNS),
 ('tarantool+tarantool', 'src/scramble.c', TNT),
 ('luanti-org+luanti', 'src/util/srp.cpp', LUANTI),
 ('Exim+exim', 'src/src/auths/cram_md5.c', EXIM),
 ('Exim+exim', 'src/src/auths/spa.c', EXIM),
]
write_compile_commands(R, E, CXX)
