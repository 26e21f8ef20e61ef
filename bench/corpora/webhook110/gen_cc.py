#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook110 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook110'
S = R + '/stubs'
# Citadel server (C, autoconf): sysdep.h is stubs/citadel (hand-written; no HAVE_PAM_START, so validpw() uses crypt())
CIT = ['-std=gnu99', '-I' + S + '/citadel', '-I{r}/citadel', '-I{r}/citadel/include', '-I{r}/libcitadel/lib']
# auth.c calls crypt() before sysdep.h is seen (implicit declaration, an error in clang 19): crypt.h force-included
# UW IMAP toolkit (C): the Makefile copies c-client and osdep/unix into one build directory and writes osdep.h,
# linkage.h, linkage.c; those three are stubs/uw-imap (hand-written). auth_md5.c and ckp_psx.c are fragments that the
# real build #includes (auths.c / ckp_unix.c) after c-client.h, so they get -include c-client.h.
UW = ['-std=gnu89', '-I' + S + '/uw-imap', '-I{r}/src/c-client', '-I{r}/src/osdep/unix']
UWF = UW + ['-include', 'c-client.h', '-DMD5ENABLE="/etc/cram-md5.pwd"']
# ckp_psx.c (CHECKPW=psx of the glibc "slx" port) follows os_slx.c in the concatenated osdep.c, which has included
# <pwd.h> and <shadow.h>; crypt() is in <crypt.h>
UWCKP = UWF + ['-include', 'pwd.h', '-include', 'shadow.h', '-include', 'crypt.h']
# Postfix (C, makedefs): Linux 6, SASL (Cyrus + Dovecot) and TLS enabled
PF = ['-std=gnu99', '-DLINUX6', '-DUSE_TLS', '-DUSE_SASL_AUTH', '-DUSE_CYRUS_SASL', '-DHAS_PCRE=2', '-DNO_NIS',
      '-DNO_DB', '-DNO_EAI', '-I{r}/postfix/src/util', '-I{r}/postfix/src/global', '-I{r}/postfix/src/tls',
      '-I{r}/postfix/src/xsasl', '-I{r}/postfix/src/dns', '-I/usr/include/sasl']
PFSMTP = PF + ['-I{r}/postfix/src/smtp']
# fetchmail (C, autoconf): config.h is stubs/fetchmail (hand-written; SSL and NTLM enabled)
FM = ['-std=gnu99', '-DHAVE_CONFIG_H', '-I' + S + '/fetchmail', '-I{r}', '-I{r}/libesmtp']
# socket.c calls SSLv3_client_method(), which OpenSSL 3 no longer declares: as with GCC 12, an implicit
# declaration is only a warning here
FMSOCK = FM + ['-Wno-error=implicit-function-declaration', '-Wno-error=int-conversion']
# nss-pam-ldapd (C, autoconf): config.h is stubs/nss-pam-ldapd (hand-written)
NPL = ['-std=gnu99', '-DHAVE_CONFIG_H', '-I' + S + '/nss-pam-ldapd', '-I{r}', '-I{r}/common', '-I{r}/compat']
E = [
 ('mingodad+citadel', 'citadel/user_ops.c', CIT),
 ('mingodad+citadel', 'citadel/auth.c', CIT + ['-include', 'crypt.h']),
 ('mingodad+citadel', 'citadel/netconfig.c', CIT),
 ('mingodad+citadel', 'citadel/modules/ctdlproto/serv_rooms.c', CIT),
 ('uw-imap+imap', 'src/c-client/auth_md5.c', UWF),
 ('uw-imap+imap', 'src/osdep/unix/ckp_psx.c', UWCKP),
 ('uw-imap+imap', 'src/ipopd/ipop3d.c', UW),
 ('vdukhovni+postfix', 'postfix/src/smtp/smtp_sasl_auth_cache.c', PFSMTP),
 ('vdukhovni+postfix', 'postfix/src/tls/tls_scache.c', PF),
 ('vdukhovni+postfix', 'postfix/src/xsasl/xsasl_dovecot_server.c', PF),
 ('vdukhovni+postfix', 'postfix/src/smtpd/smtpd_sasl_glue.c', PF + ['-I{r}/postfix/src/smtpd', '-I{r}/postfix/src/milter']),
 ('Distrotech+fetchmail', 'socket.c', FMSOCK),
 ('Distrotech+fetchmail', 'ntlmsubr.c', FM),
 ('Distrotech+fetchmail', 'rpa.c', FM),
 ('arthurdejong+nss-pam-ldapd', 'nslcd/pam.c', NPL),
 ('arthurdejong+nss-pam-ldapd', 'pam/pam.c', NPL),
]
write_compile_commands(R, E)
