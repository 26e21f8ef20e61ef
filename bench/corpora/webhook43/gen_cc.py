#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook43 (clang-19 / clang++-19, Debian 12 headers; generated config
# headers under stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook43'
S = R + '/stubs'
CXX = '/usr/bin/clang++-19'
GLIB = ['-I/usr/include/glib-2.0', '-I/usr/lib/x86_64-linux-gnu/glib-2.0/include', '-pthread']
# tinydtls (C); stubs/tinydtls/dtls_config.h = its CMake dtls_config.h (ECC + PSK)
DTLS = ['-std=gnu99', '-D_GNU_SOURCE', '-I' + S + '/tinydtls', '-I{r}']
# WeeChat (C); no config.h needed by these files (HAVE_CONFIG_H unset); gcrypt / gnutls from Debian
WEE = ['-std=gnu99', '-D_GNU_SOURCE', '-I/usr/include/p11-kit-1', '-I{r}/src/plugins']
# irssi (C, GLib); stubs/irssi is the <irssi/...> include root (irssi-config.h + symlink irssi/src -> src/)
IRS = ['-std=gnu11', '-D_GNU_SOURCE', '-DHAVE_CONFIG_H', '-I' + S + '/irssi'] + GLIB
# HexChat (C, GLib); stubs/hexchat/config.h = meson config_h with OpenSSL
HEX = ['-std=gnu11', '-D_GNU_SOURCE', '-I' + S + '/hexchat', '-I{r}/src/common'] + GLIB
# libcoap 4.3.5 (C); stubs/libcoap = CMake coap_config.h + coap3/coap_defines.h (OpenSSL backend, defaults)
COAP = ['-std=gnu99', '-I' + S + '/libcoap', '-I{r}/include', '-I{r}/include/coap3']
# MPD (C++23); stubs/mpd = meson config.h subset + net/Features.hxx
MPD = ['-std=c++2b', '-I' + S + '/mpd', '-I{r}/src']
# Monero's epee (C++17, Boost 1.74 from Debian)
EPEE = ['-std=c++17', '-I{r}/contrib/epee/include']
# Quassel core (C++17, Qt 5 from Debian); stubs/quassel = CMake GenerateExportHeader output
QT = ['-std=c++17', '-fPIC', '-I/usr/include/x86_64-linux-gnu/qt5', '-I/usr/include/x86_64-linux-gnu/qt5/QtCore',
      '-I/usr/include/x86_64-linux-gnu/qt5/QtNetwork', '-I/usr/include/x86_64-linux-gnu/qt5/QtSql',
      '-DQT_CORE_LIB', '-DQT_NETWORK_LIB', '-DQT_SQL_LIB']
QUA = QT + ['-I' + S + '/quassel', '-I{r}/src/common', '-I{r}/src/core']
E = [
 ('eclipse+tinydtls', 'dtls.c', DTLS),
 ('eclipse+tinydtls', 'ccm.c', DTLS),
 ('eclipse+tinydtls', 'ecc/ecc.c', DTLS),
 ('eclipse+tinydtls', 'tests/dtls-server.c', DTLS),
 ('weechat+weechat', 'src/plugins/relay/relay-auth.c', WEE),
 ('weechat+weechat', 'src/plugins/relay/relay-http.c', WEE),
 ('weechat+weechat', 'src/plugins/relay/irc/relay-irc.c', WEE),
 ('weechat+weechat', 'src/plugins/irc/irc-sasl.c', WEE),
 ('weechat+weechat', 'src/core/core-crypto.c', WEE),
 ('irssi+irssi', 'src/irc/core/scram.c', IRS),
 ('irssi+irssi', 'src/irc/proxy/listen.c', IRS),
 ('hexchat+hexchat', 'src/common/scram.c', HEX),
 ('obgm+libcoap', 'src/coap_openssl.c', COAP),
 ('obgm+libcoap', 'src/coap_oscore.c', COAP),
 ('MusicPlayerDaemon+MPD', 'src/Permission.cxx', MPD),
 ('monero-project+monero', 'contrib/epee/src/http_auth.cpp', EPEE),
 ('quassel+quassel', 'src/core/storage.cpp', QUA),
 ('quassel+quassel', 'src/core/coreauthhandler.cpp', QUA),
 ('quassel+quassel', 'src/core/core.cpp', QUA),
]
write_compile_commands(R, E, CXX)
