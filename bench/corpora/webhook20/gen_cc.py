#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook20'
S = R + '/stubs'
CXX = '/usr/bin/clang++-19'
# OpenSprinkler-Firmware, build.sh "ospi" target (Raspberry Pi, Linux): g++ -DOSPI -DSMTP_OPENSSL -std=c++14
# -include string.h -include cstdint; stubs/opensprinkler = the two git submodules' headers at the pinned
# submodule commits (OpenThings-Framework-Firmware-Library 4e93061, TinyWebsockets a939875)
OS = ['-std=c++14', '-DOSPI', '-DSMTP_OPENSSL', '-include', 'string.h', '-include', 'cstdint', '-I{r}',
      '-I' + S + '/opensprinkler/tinyws', '-I' + S + '/opensprinkler/otf']
SF = ['-std=c++17', '-I{r}/include']
# integration-dpp / as2expert-cpp: rebuilt from the search index (recon_*.sh); D++ is not packaged in Debian 12
DPP = ['-std=c++17', '-I{r}/include', '-I' + S + '/dpp']
AS2 = ['-std=c++17', '-I' + S + '/as2expert']
# ngIRCd (C): stubs/ngircd/config.h = what ./configure writes on Debian 12 (default options, no PAM/TLS)
NG = ['-std=gnu99', '-DHAVE_CONFIG_H', '-I' + S + '/ngircd', '-I{r}/src/portab', '-I{r}/src/tool', '-I{r}/src/ipaddr',
      '-I{r}/src/ngircd']
# lug-manager (Crow): four files rebuilt from the search index (recon_ArkLUG_lug-manager.sh); stubs/crow = Crow's
# include/ at tag v1.2.0 (the CMake FetchContent tag; Crow is not packaged in Debian 12), asio from Debian
# (libasio-dev); stubs/lugmanager = stand-ins for the project headers the two files include
LUG = ['-std=c++20', '-DCROW_STATIC_DIRECTORY="src/static/"', '-I{r}/src', '-I' + S + '/lugmanager', '-I' + S + '/crow']
# Trading-Engine (Boost.Beast hand-written server; conan Boost 1.83): stubs/tradingengine = declaration-only
# <boost/json.hpp> (Boost.JSON is not in Debian 12's Boost 1.74) and two include-case shims (Server.h, HttpServer.h)
TE = ['-std=c++20', '-I{r}/src', '-I' + S + '/tradingengine']
E = [
 ('OpenSprinkler+OpenSprinkler-Firmware', 'opensprinkler_server.cpp', OS),
 ('OpenSprinkler+OpenSprinkler-Firmware', 'OpenSprinkler.cpp', OS),
 ('OpenSprinkler+OpenSprinkler-Firmware', 'utils.cpp', OS),
 ('AngadOnTop+spotfetch', 'src/callback_server.cpp', SF),
 ('AngadOnTop+spotfetch', 'src/main.cpp', SF),
 ('TheDiscordList+integration-dpp', 'src/webhooks.cpp', DPP),
 ('TheDiscordList+integration-dpp', 'examples/bot.cpp', DPP),
 ('as2expert+as2expert-cpp', 'src/webhooks.cpp', AS2),
]
E += [('ArkLUG+lug-manager', 'src/routes/DiscordInteractionsRoutes.cpp', LUG),
      ('ArkLUG+lug-manager', 'src/integrations/DiscordSignatureVerifier.cpp', LUG)]
E += [('JAdewoye+Trading-Engine', 'src/httpserver.cpp', TE)]
E += [('ngircd+ngircd', 'src/ngircd/' + f, NG)
      for f in ('irc-login.c', 'irc-oper.c', 'irc-server.c', 'login.c', 'channel.c', 'numeric.c')]
write_compile_commands(R, E, CXX)
