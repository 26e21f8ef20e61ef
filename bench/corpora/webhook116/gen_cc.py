#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook116 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook116'
S = R + '/stubs'
# charybdis (C, autoconf): setup.h, serno.h and librb-config.h are stubs/charybdis (hand-written)
CH = ['-std=gnu99', '-I' + S + '/charybdis', '-I{r}/include', '-I{r}/librb/include']
# doubango (C): the tiny* libraries' own headers, no generated config
DB = ['-std=gnu99'] + ['-I{r}/' + d for d in (
    'tinySAK/src', 'tinyNET/src', 'tinyNET/src/ice', 'tinyNET/src/stun', 'tinyNET/src/turn', 'tinySIP/include',
    'tinyHTTP/include', 'tinySIGCOMP/src', 'tinyMSRP/include', 'tinyMEDIA/include', 'tinySDP/include',
    'tinyRTP/include', 'tinyIPSec/src')]
# mediasoup worker (C++17, meson, OpenSSL 3): Logger.hpp is stubs/mediasoup (hand-written; the real one needs the
# flatc-generated FBS/*.h), searched before worker/include
MS = ['-std=c++17', '-I' + S + '/mediasoup', '-I{r}/worker/include']
# bzrtp (C, CMake, Debian 12 libbctoolbox-dev): config.h and bctbx_compat.h are stubs/bzrtp (hand-written)
BZ = ['-std=gnu99', '-DHAVE_CONFIG_H', '-DZIDCACHE_ENABLED', '-include', S + '/bzrtp/bctbx_compat.h',
      '-I' + S + '/bzrtp', '-I{r}/include']
# libstrophe (C, autoconf; the sources need no generated header), OpenSSL 3
ST = ['-std=gnu99', '-I{r}', '-I{r}/src']
E = [
 ('charybdis-ircd+charybdis', 'ircd/s_serv.c', CH),
 ('charybdis-ircd+charybdis', 'ircd/s_user.c', CH),
 ('charybdis-ircd+charybdis', 'modules/m_oper.c', CH),
 ('charybdis-ircd+charybdis', 'modules/m_challenge.c', CH),
 ('charybdis-ircd+charybdis', 'modules/m_sasl.c', CH),
 ('charybdis-ircd+charybdis', 'modules/m_pass.c', CH),
 ('charybdis-ircd+charybdis', 'extensions/m_webirc.c', CH),
 ('DoubangoTelecom+doubango', 'tinyNET/src/ice/tnet_ice_pair.c', DB),
 ('DoubangoTelecom+doubango', 'tinySIP/src/authentication/tsip_challenge.c', DB),
 ('DoubangoTelecom+doubango', 'tinyHTTP/src/auth/thttp_challenge.c', DB),
 ('versatica+mediasoup', 'worker/src/RTC/StunPacket.cpp', MS),
 ('BelledonneCommunications+bzrtp', 'src/packetParser.c', BZ),
 ('BelledonneCommunications+bzrtp', 'src/bzrtp.c', BZ),
 ('strophe+libstrophe', 'src/auth.c', ST),
 ('strophe+libstrophe', 'src/sasl.c', ST),
]
write_compile_commands(R, E)
