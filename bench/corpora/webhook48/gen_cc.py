#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook48 (clang-19; Debian 12 headers: libssl-dev, libpcre2-dev, libpcap-dev,
# libmailutils-dev (+ libldap2-dev), gettext; generated config headers under stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook48'
S = R + '/stubs'
# uWSGI (C): the defines uwsgiconfig.py passes for a Linux build with routing, OpenSSL and PCRE2
UWSGI = ['-std=gnu11', '-D_GNU_SOURCE', '-DUWSGI_PCRE2', '-DUWSGI_ROUTING', '-DUWSGI_SSL', '-DUWSGI_HAS_IFADDRS',
         '-DUWSGI_ZLIB', '-DUWSGI_LOCK_USE_MUTEX', '-DUWSGI_EVENT_USE_EPOLL', '-DUWSGI_EVENT_TIMER_USE_TIMERFD',
         '-DUWSGI_EVENT_FILEMONITOR_USE_INOTIFY', '-DUWSGI_VERSION="2.0"', '-DUWSGI_VERSION_BASE=2',
         '-DUWSGI_VERSION_MAJOR=0', '-DUWSGI_VERSION_MINOR=0', '-DUWSGI_VERSION_REVISION=0',
         '-DUWSGI_VERSION_CUSTOM=""', '-I{r}']
# UCarp (C, libpcap); stubs/ucarp/config.h = hand-written configure output
UCARP = ['-std=gnu99', '-DHAVE_CONFIG_H', '-I' + S + '/ucarp', '-I{r}/src']
# wireguard-tools (C), as src/Makefile builds it on Linux
WG = ['-std=gnu99', '-D_GNU_SOURCE', '-DRUNSTATEDIR="/var/run"', '-idirafter', '{r}/src/uapi/linux']
# stunnel (C, OpenSSL 3, pthread); stubs/stunnel/config.h = hand-written subset of src/config.h.in
STN = ['-std=gnu11', '-D_GNU_SOURCE', '-DHAVE_CONFIG_H', '-I' + S + '/stunnel', '-I{r}/src']
# tinyssh (C); stubs/tinyssh/has*.h = the build's feature-test headers (empty: no optional libraries)
TSSH = ['-std=gnu99', '-I{r}', '-I{r}/cryptoint', '-I' + S + '/tinyssh']
# GNU Mailutils (C); stubs/mailutils/config.h (LDAP + SQL build), stubs/mailutils/inttostr.h (gnulib submodule);
# generated mailutils/types.h and mailutils/errno.h come from Debian's libmailutils-dev, gettext.h from gettext
MU = ['-std=gnu11', '-DHAVE_CONFIG_H', '-I' + S + '/mailutils', '-I{r}', '-I{r}/include', '-I{r}/lib',
      '-I{r}/libmu_auth', '-I/usr/share/gettext']
E = [
 ('unbit+uwsgi', 'plugins/router_basicauth/router_basicauth.c', UWSGI),
 ('unbit+uwsgi', 'plugins/router_radius/radius.c', UWSGI),
 ('unbit+uwsgi', 'core/snmp.c', UWSGI),
 ('jedisct1+UCarp', 'src/carp.c', UCARP),
 ('WireGuard+wireguard-tools', 'src/setconf.c', WG),
 ('mtrojnar+stunnel', 'src/ctx.c', STN),
 ('mtrojnar+stunnel', 'src/protocol.c', STN),
 ('mtrojnar+stunnel', 'src/verify.c', STN),
 ('janmojzis+tinyssh', 'sshcrypto_cipher_chachapoly.c', TSSH),
 ('janmojzis+tinyssh', 'crypto_sign_ed25519_tinyssh.c', TSSH),
 ('gnu-mirror-unofficial+mailutils', 'libmu_auth/ldap.c', MU),
 ('gnu-mirror-unofficial+mailutils', 'libmu_auth/sql.c', MU),
 ('gnu-mirror-unofficial+mailutils', 'pop3d/apop.c', MU + ['-I{r}/pop3d']),
]
write_compile_commands(R, E, '/usr/bin/clang++-19')
