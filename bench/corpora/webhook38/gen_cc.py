#!/usr/bin/env python3
"""compile_commands.json of /work/corpora/webhook38 (clang-19 / clang++-19, Debian 12 headers).
Generated configure/cmake headers are in stubs/<project> (see README.md, Stubs)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook38'
S = R + '/stubs'
CXX = '/usr/bin/clang++-19'
# apache httpd 2.4.x (C): apr-1-config / apxs CPPFLAGS; the repository's include/ and os/unix first, then Debian 12's
# apache2-dev (only ap_config_auto.h and ap_config_layout.h, the configure-generated headers, come from there) and APR
HTTPD = ['-DLINUX', '-D_REENTRANT', '-D_GNU_SOURCE', '-I{r}/include', '-I{r}/os/unix', '-I{r}/modules/session',
         '-I{r}/modules/http', '-I/usr/include/apache2', '-I/usr/include/apr-1.0']
# TigerVNC (C++): CMakeLists.txt -std=gnu++11, _FORTIFY_SOURCE=2, -DHAVE_CONFIG_H, common/ include dir;
# stubs/tigervnc/config.h = config.h.in with HAVE_NETTLE and HAVE_PAM (nettle-dev, libpam0g-dev on Debian 12)
TVNC = ['-std=gnu++11', '-D_FORTIFY_SOURCE=2', '-DHAVE_CONFIG_H', '-I' + S + '/tigervnc', '-I{r}/common']
# bitlbee (C): Makefile.settings from ./configure --ssl=openssl --pam=0 --ldap=0 --otr=0 --purple=0 (glib events);
# stubs/bitlbee/config.h is that run's config.h
BITLBEE = ['-DHAVE_CONFIG_H', '-D_GNU_SOURCE', '-fPIE', '-pthread', '-I/usr/include/glib-2.0',
           '-I/usr/lib/x86_64-linux-gnu/glib-2.0/include', '-I' + S + '/bitlbee', '-I{r}', '-I{r}/lib',
           '-I{r}/protocols']
# Network UPS Tools (C): server/Makefile (-std=gnu99, -DHAVE_CONFIG_H, include/); stubs/nut/config.h from
# ./autogen.sh && ./configure --without-all --with-user=nobody --with-group=nogroup
NUT = ['-std=gnu99', '-DHAVE_CONFIG_H', '-I' + S + '/nut', '-I{r}/include']
# FreeRDP / WinPR 3.x (C): libwinpr target flags (WINPR_EXPORTS, gnu11); stubs/freerdp/winpr/{config,buildflags,
# build-config,version}.h are the four CMake-generated headers of winpr/include/config/*.h.in, filled in by hand
WINPR = ['-std=gnu11', '-D_GNU_SOURCE', '-DWINPR_EXPORTS', '-I' + S + '/freerdp', '-I{r}/winpr/include',
         '-I{r}/winpr/libwinpr']
# strongSwan (C): Makefile CFLAGS `-include config.h` + DEFS -DHAVE_CONFIG_H, AM_CPPFLAGS of libcharon / plugins;
# stubs/strongswan/config.h from ./autogen.sh && ./configure --disable-defaults --enable-charon --enable-ikev1
# --enable-ikev2 --enable-eap-md5 --enable-eap-mschapv2 --enable-eap-sim --enable-eap-aka --enable-xauth-generic
# --enable-eap-radius --enable-openssl --disable-gmp
SWAN = ['-include', S + '/strongswan/config.h', '-DHAVE_CONFIG_H', '-I{r}/src/libstrongswan', '-I{r}/src/libcharon',
        '-I{r}/src/libradius', '-I{r}/src/libsimaka', '-DIPSEC_DIR="/usr/local/sbin"',
        '-DIPSEC_LIB_DIR="/usr/local/lib/ipsec"', '-DPLUGINDIR="/usr/local/lib/ipsec/plugins"']
# Dovecot 2.4.x git (C): DEFS -DHAVE_CONFIG_H and the AM_CPPFLAGS include dirs of src/lib-auth, lib-oauth2,
# lib-dcrypt and src/auth; stubs/dovecot/config.h from VERSION=2.4.99 ./autogen.sh && ./configure --without-shared-libs
# --with-ssl=openssl --without-ldap --without-sql --without-gssapi --without-lua --without-stemmer --without-icu
DOVE = ['-DHAVE_CONFIG_H', '-I' + S + '/dovecot'] + ['-I{r}/src/' + d for d in (
    'lib', 'lib-test', 'lib-auth', 'lib-sasl', 'lib-auth-client', 'lib-json', 'lib-ldap', 'lib-dict', 'lib-dns-client',
    'lib-http', 'lib-sql', 'lib-settings', 'lib-master', 'lib-login', 'lib-oauth2', 'lib-ssl-iostream', 'lib-dcrypt',
    'lib-var-expand')] + ['-DAUTH_MODULE_DIR="/usr/local/lib/dovecot/auth"',
                          '-DPKG_LIBEXECDIR="/usr/local/libexec/dovecot"', '-DPKG_RUNDIR="/usr/local/var/run/dovecot"',
                          '-DSYSCONFDIR="/usr/local/etc/dovecot"', '-DDCRYPT_MODULE_DIR="/usr/local/lib/dovecot"']
# dcrypt-openssl3.c is built with SSL_CFLAGS (m4/ssl.m4 for OpenSSL >= 3)
DOVE_SSL = DOVE + ['-DOPENSSL_NO_DEPRECATED', '-DOPENSSL_API_COMPAT=30000', '-DDOVECOT_USE_OPENSSL3']
H, T, B, N, F, W = ('apache+httpd', 'TigerVNC+tigervnc', 'bitlbee+bitlbee', 'networkupstools+nut', 'FreeRDP+FreeRDP',
                    'strongswan+strongswan')
E = [
 (H, 'modules/aaa/mod_auth_digest.c', HTTPD),
 (H, 'modules/aaa/mod_auth_basic.c', HTTPD),
 (H, 'modules/aaa/mod_auth_form.c', HTTPD),
 (H, 'modules/session/mod_session_crypto.c', HTTPD),
 (T, 'common/rfb/SSecurityVncAuth.cxx', TVNC),
 (T, 'common/rfb/SSecurityRSAAES.cxx', TVNC),
 (T, 'common/rfb/CSecurityRSAAES.cxx', TVNC),
 (T, 'common/rfb/SSecurityPlain.cxx', TVNC),
 (B, 'irc_commands.c', BITLBEE),
 (B, 'lib/misc.c', BITLBEE),
 (B, 'storage_xml.c', BITLBEE),
 (B, 'auth.c', BITLBEE),
 (N, 'server/user.c', NUT),
 (F, 'winpr/libwinpr/sspi/NTLM/ntlm.c', WINPR),
 (F, 'winpr/libwinpr/sspi/NTLM/ntlm_message.c', WINPR),
 (F, 'winpr/libwinpr/sspi/NTLM/ntlm_compute.c', WINPR),
 (W, 'src/libcharon/plugins/eap_md5/eap_md5.c', SWAN),
 (W, 'src/libcharon/sa/ikev2/authenticators/psk_authenticator.c', SWAN),
 (W, 'src/libcharon/plugins/xauth_generic/xauth_generic.c', SWAN),
 (W, 'src/libradius/radius_message.c', SWAN),
 (W, 'src/libcharon/plugins/eap_mschapv2/eap_mschapv2.c', SWAN),
 (W, 'src/libcharon/plugins/eap_sim/eap_sim_server.c', SWAN),
 (W, 'src/libcharon/plugins/eap_aka/eap_aka_server.c', SWAN),
 (W, 'src/libcharon/network/receiver.c', SWAN),
 (W, 'src/libstrongswan/crypto/signers/mac_signer.c', SWAN),
 (W, 'src/libstrongswan/utils/utils/memory.c', SWAN),
 ('dovecot+core', 'src/lib-auth/password-scheme.c', DOVE),
 ('dovecot+core', 'src/lib-auth/password-scheme-pbkdf2.c', DOVE),
 ('dovecot+core', 'src/lib-auth/password-scheme-crypt.c', DOVE),
 ('dovecot+core', 'src/lib-auth/auth-scram-server.c', DOVE),
 ('dovecot+core', 'src/lib-oauth2/oauth2-jwt.c', DOVE),
 ('dovecot+core', 'src/lib-dcrypt/dcrypt-openssl3.c', DOVE_SSL),
 ('dovecot+core', 'src/lib/strfuncs.c', DOVE),
 ('dovecot+core', 'src/auth/auth-master-connection.c', DOVE),
 ('dovecot+core', 'src/auth/auth-request.c', DOVE),
]
write_compile_commands(R, E, CXX)
