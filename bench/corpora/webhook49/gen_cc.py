#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook49 (clang-19, Debian 12 headers; generated dbmail.h under stubs/,
# see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook49'
S = R + '/stubs'
GLIB = ['-I/usr/include/glib-2.0', '-I/usr/lib/x86_64-linux-gnu/glib-2.0/include', '-pthread']
# tpop3d (C); no configuration.h needed (HAVE_CONFIG_H unset); features switched on the way configure would:
# --enable-shadow-passwords (AUTH_PASSWD, AUTH_PASSWD_SHADOW), SHA1 passwords (OpenSSL), BSD mailspools with
# saved indices (--enable-mbox-bsd-save-indices).
TPOP = ['-std=gnu99', '-D_GNU_SOURCE', '-DHAVE_CRYPT_H', '-DAUTH_PASSWD', '-DAUTH_PASSWD_SHADOW', '-DSHA1_PASSWORDS',
        '-DMBOX_BSD', '-DMBOX_BSD_SAVE_INDICES', '-I{r}']
# DBMail 3.5 (C, GLib, GMime 3, libzdb, mhash from Debian); stubs/dbmail/dbmail.h = src/dbmail.h.in with the
# configure-substituted SQL schema strings (@NAME@) replaced by "".
DBM = ['-std=gnu99', '-D_GNU_SOURCE', '-I' + S + '/dbmail', '-I{r}/src', '-I/usr/include/gmime-3.0',
       '-I/usr/include/zdb'] + GLIB
# msmtp (C); no config.h (HAVE_CONFIG_H unset), OpenSSL TLS backend; BINDIR / VERSION as configure passes them
MSMTP = ['-std=gnu99', '-D_GNU_SOURCE', '-DHAVE_LIBSSL', '-DHAVE_TLS', '-DBINDIR="/usr/bin"', '-DVERSION="1.8.27"',
         '-I{r}/src']
# libopendkim 2.11 (C, OpenSSL, libbsd); stubs/opendkim/build-config.h = hand-written subset of configure's output
DKIM = ['-std=gnu99', '-D_GNU_SOURCE', '-I' + S + '/opendkim', '-I{r}/libopendkim']
E = [
 ('colinmkeith+tpop3d', 'password.c', TPOP),
 ('colinmkeith+tpop3d', 'auth_passwd.c', TPOP),
 ('colinmkeith+tpop3d', 'authcache.c', TPOP),
 ('colinmkeith+tpop3d', 'mailspool.c', TPOP),
 ('dbmail+dbmail', 'src/dm_db.c', DBM),
 ('dbmail+dbmail', 'src/dm_cram.c', DBM),
 ('marlam+msmtp', 'src/msmtpd.c', MSMTP),
 ('marlam+msmtp', 'src/mtls-openssl.c', MSMTP),
 ('trusteddomainproject+OpenDKIM', 'libopendkim/dkim.c', DKIM),
]
write_compile_commands(R, E)
