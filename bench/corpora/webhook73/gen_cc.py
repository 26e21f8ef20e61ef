#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook73 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook73'
S = R + '/stubs'
# ReHLDS engine (C++14): rehlds/CMakeLists.txt definitions and include directories (built -m32 upstream; parsed
# here for x86-64, 32-bit glibc headers are not installed). version/appversion.h is stubs/rehlds/version/.
RH_DEFS = ['-D_LINUX', '-DLINUX', '-D_GLIBCXX_USE_CXX11_ABI=0', '-D_stricmp=strcasecmp', '-D_strnicmp=strncasecmp',
           '-D_strdup=strdup', '-D_vsnprintf=vsnprintf']
RH = (['-std=c++14', '-fpermissive', '-fno-rtti', '-fno-exceptions', '-msse3', '-DSWDS', '-DREHLDS_JIT',
       '-DREHLDS_SSE', '-DREHLDS_FIXES', '-DREHLDS_CHECKS', '-DREHLDS_API', '-DREHLDS_SELF',
       '-DREHLDS_OPT_PEDANTIC', '-DHAVE_OPT_STRTOOLS', '-DUSE_BREAKPAD_HANDLER', '-D_unlink=unlink',
       '-D_vsnwprintf=vswprintf'] + RH_DEFS +
      ['-I' + S + '/rehlds', '-I{r}/rehlds', '-I{r}/rehlds/engine', '-I{r}/rehlds/common', '-I{r}/rehlds/pm_shared',
       '-I{r}/rehlds/rehlds', '-I{r}/rehlds/testsuite', '-I{r}/rehlds/unittests', '-I{r}/dep/bzip2/include',
       '-I{r}/dep/cppunitlite/include', '-I{r}/rehlds/public', '-I{r}/rehlds/public/rehlds'])
# ReHLDS HLTV proxy: rehlds/HLTV/Proxy/CMakeLists.txt
HP = (['-std=c++14', '-fpermissive', '-fno-exceptions', '-msse3', '-DHLTV', '-DHLTV_FIXES',
       '-D_snprintf=snprintf'] + RH_DEFS +
      ['-I{r}/rehlds/HLTV/Proxy/src', '-I{r}/rehlds/HLTV', '-I{r}/rehlds/HLTV/Director/src',
       '-I{r}/dep/bzip2/include', '-I{r}/rehlds', '-I{r}/rehlds/engine', '-I{r}/rehlds/common',
       '-I{r}/rehlds/pm_shared', '-I{r}/rehlds/public', '-I{r}/rehlds/public/rehlds'])
# OpenVPN 3 core (C++20, header-only library): the labelled headers are parsed as C++ translation units
# (-x c++) with OpenSSL and standalone asio, as the client library builds them; headers that are always
# included after others get those as -include prefix headers.
OV = ['-x', 'c++', '-std=c++20', '-DUSE_OPENSSL', '-DUSE_ASIO', '-DASIO_STANDALONE', '-I{r}']
OVLOG = ['-include', 'iostream', '-include', 'openvpn/log/logsimple.hpp']
# Litecoin Core (C++17, autotools): src/Makefile.am BITCOIN_INCLUDES; config/bitcoin-config.h is
# stubs/litecoin/config/bitcoin-config.h
LTC = ['-std=c++17', '-DHAVE_CONFIG_H', '-I' + S + '/litecoin', '-I{r}/src', '-I{r}/src/univalue/include',
       '-I{r}/src/libmw/include', '-I{r}/src/secp256k1-zkp/include', '-I{r}/src/libmw/deps/caches/include',
       '-I{r}/src/libmw/deps/ghc/include', '-I{r}/src/libmw/deps/mio/include', '-I{r}/src/leveldb/include']
# Yate (C++, autotools): MODULE_CFLAGS with ATOMIC_OPS; yateversn.h is stubs/yate/yateversn.h
YT = ['-std=c++11', '-fno-exceptions', '-DATOMIC_OPS', '-D_GNU_SOURCE', '-I' + S + '/yate', '-I{r}',
      '-I{r}/libs/yiax', '-I{r}/libs/ysip', '-I{r}/libs/yjabber', '-I{r}/libs/ysnmp', '-I{r}/libs/yasn']
# Bareos (C++20, CMake): include/config.h is stubs/bareos/include/config.h
BR = ['-std=c++20', '-I' + S + '/bareos', '-I{r}/core/src', '-I{r}/core/src/include']
# vmangos (C++14, CMake): src/shared with src/framework; ACE is not installed, the few ace/ headers the SRP6
# include chain needs are hand-written declaration-only stubs in stubs/vmangos/ace/
VM = ['-std=c++14', '-I' + S + '/vmangos', '-I{r}/src/shared', '-I{r}/src', '-I{r}/src/framework']
# Veyon (C++20 per cmake/modules/SetDefaultTargetProperties.cmake; CMake, Qt 5): QCA (qca-qt5) is not
# installed; <QtCrypto> is the hand-written declaration-only stubs/veyon/QtCrypto
Q = '/usr/include/x86_64-linux-gnu/qt5'
VY = ['-std=c++20', '-fPIC', '-I' + Q, '-I' + Q + '/QtCore', '-I' + Q + '/QtNetwork', '-I' + Q + '/QtGui',
      '-I' + Q + '/QtWidgets', '-I' + S + '/veyon', '-I{r}/core/src', '-I{r}/server/src', '-I{r}/plugins/demo',
      '-I{r}/plugins/platform/common']
E = [
 ('dreamstalker+rehlds', 'rehlds/engine/sv_main.cpp', RH),
 ('dreamstalker+rehlds', 'rehlds/HLTV/Proxy/src/Proxy.cpp', HP),
 ('OpenVPN+openvpn3', 'openvpn/common/memneq.hpp', OV),
 ('OpenVPN+openvpn3', 'openvpn/crypto/ovpnhmac.hpp', OV),
 ('OpenVPN+openvpn3', 'openvpn/crypto/decrypt_chm.hpp', OV + ['-include', 'openvpn/crypto/packet_id_data.hpp']),
 ('OpenVPN+openvpn3', 'openvpn/crypto/tls_crypt.hpp', OV),
 ('OpenVPN+openvpn3', 'openvpn/ssl/psid.hpp', OV + ['-include', 'openvpn/random/randapi.hpp']),
 ('OpenVPN+openvpn3', 'openvpn/ssl/proto.hpp', OV + OVLOG),
 ('OpenVPN+openvpn3', 'openvpn/omi/omi.hpp', OV + OVLOG + ['-include', 'openvpn/common/file.hpp']),
 ('litecoin-project+litecoin', 'src/httprpc.cpp', LTC),
 ('litecoin-project+litecoin', 'src/torcontrol.cpp', LTC),
 ('litecoin-project+litecoin', 'src/net.cpp', LTC),
 ('yatevoip+yate', 'libs/yiax/engine.cpp', YT),
 ('yatevoip+yate', 'libs/ysip/engine.cpp', YT),
 ('yatevoip+yate', 'libs/yjabber/jbengine.cpp', YT),
 ('yatevoip+yate', 'modules/jabber/jabberserver.cpp', YT),
 ('yatevoip+yate', 'modules/server/ysnmpagent.cpp', YT),
 ('yatevoip+yate', 'modules/server/heartbeat.cpp', YT),
 ('yatevoip+yate', 'modules/server/yradius.cpp', YT),
 ('bareos+bareos', 'core/src/lib/cram_md5.cc', BR),
 ('bareos+bareos', 'core/src/lib/bsock.cc', BR),
 ('vmangos+core', 'src/shared/Crypto/Authentication/SRP6.cpp', VM),
 ('veyon+veyon', 'server/src/ServerAuthenticationManager.cpp', VY),
 ('veyon+veyon', 'plugins/demo/DemoServerProtocol.cpp', VY),
 ('veyon+veyon', 'plugins/platform/common/ServiceDataManager.cpp', VY),
 ('veyon+veyon', 'core/src/FeatureWorkerManager.cpp', VY),
]
write_compile_commands(R, E)
