#!/usr/bin/env python3
"""compile_commands.json of /work/corpora/webhook40 (clang-19 / clang++-19, Debian 12 headers).
Generated config headers are in stubs/<project> (see README.md, Stubs)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook40'
S = R + '/stubs'
CXX = '/usr/bin/clang++-19'
# libssh (C, gnu99, OpenSSL 3 backend): stubs/libssh/config.h and stubs/libssh/libssh/libssh_version.h are the files
# `cmake .. -DWITH_GSSAPI=OFF -DWITH_EXAMPLES=ON -DWITH_SERVER=ON -DWITH_SFTP=ON` writes; include dirs of its
# compile_commands.json (library: -DLIBSSH_EXPORTS; examples and test server: none)
LSSH = ['-std=gnu99', '-I' + S + '/libssh', '-I{r}/include', '-I{r}/src']
LSSH_LIB = ['-DLIBSSH_EXPORTS'] + LSSH
# pki_ed25519.c is built only for the libgcrypt / mbedTLS backends (src/CMakeLists.txt): stubs/libssh-gcrypt/config.h
# is the same config.h with HAVE_LIBCRYPTO / HAVE_OPENSSL_* undefined and HAVE_LIBGCRYPT, HAVE_GCRYPT_ECC defined
LSSH_GC = ['-std=gnu99', '-DLIBSSH_EXPORTS', '-I' + S + '/libssh-gcrypt', '-I' + S + '/libssh', '-I{r}/include', '-I{r}/src']
LSSH_TS = LSSH + ['-I{r}/tests/server/test_server']
L = 'libssh+libssh-mirror'
E = [(L, 'src/' + f + '.c', LSSH_LIB) for f in ('packet_crypt', 'libcrypto', 'knownhosts', 'pki', 'getpass',
                                                'crypto_common')]
E += [(L, 'src/pki_ed25519.c', LSSH_GC)]
E += [(L, 'examples/' + f + '.c', LSSH) for f in ('ssh_server', 'samplesshd-kbdint')]
E += [(L, 'tests/server/test_server/default_cb.c', LSSH_TS)]
# Asterisk (C, gnu11): stubs/asterisk/asterisk/autoconfig.h is include/asterisk/autoconfig.h from `./configure
# --without-pjproject-bundled --with-jansson` (Debian 12: OpenSSL, jansson, libxml2, sqlite3, libedit, crypt_r);
# stubs/asterisk/asterisk/buildopts.h is make_buildopts_h's output for an empty MENUSELECT_CFLAGS. main/ objects get
# -DAST_MODULE="core" -DAST_IN_CORE (main/Makefile), modules -DAST_MODULE="<name>" -DAST_MODULE_SELF_SYM=
# __internal_<name>_self (Makefile.moddir_rules); -fblocks as configure adds for clang (AST_CLANG_BLOCKS)
AST = ['-std=gnu11', '-fblocks', '-pthread', '-D_REENTRANT', '-D_GNU_SOURCE', '-I' + S + '/asterisk', '-I{r}/include',
       '-I/usr/include/libxml2']
ASTC = AST + ['-DAST_MODULE="core"', '-DAST_IN_CORE']


def astmod(name):
    return AST + ['-DAST_MODULE="%s"' % name, '-DAST_MODULE_SELF_SYM=__internal_%s_self' % name]


A = 'asterisk+asterisk'
E += [(A, 'main/manager.c', ASTC), (A, 'main/crypt.c', ASTC), (A, 'res/res_prometheus.c', astmod('res_prometheus')),
      (A, 'res/ari/config.c', astmod('res_ari')), (A, 'apps/app_authenticate.c', astmod('app_authenticate')),
      (A, 'apps/app_voicemail.c', astmod('app_voicemail'))]
# ocserv (C, gnu99): stubs/ocserv/config.h from `autoreconf -fvi && ./configure --without-radius --without-gssapi
# --without-pam ...` (Debian 12: GnuTLS, nettle, libev, protobuf-c, talloc, http-parser); stubs/ocserv/ipc.pb-c.h and
# ctl.pb-c.h are protoc-c's output for src/ipc.proto and src/ctl.proto (BUILT_SOURCES); include dirs of src/Makefile.am
OCS = ['-std=gnu99', '-D_GNU_SOURCE', '-DHAVE_CONFIG_H', '-I' + S + '/ocserv', '-I{r}/gl', '-I{r}/src', '-I{r}',
       '-I{r}/src/common']
O = 'openconnect+ocserv'
E += [(O, 'src/auth/plain.c', OCS), (O, 'src/sec-mod-auth.c', OCS), (O, 'src/sec-mod-db.c', OCS)]
# MIT krb5 (C): stubs/krb5/<path> are the headers `autoreconf -fi && ./configure --without-ldap --without-libedit
# --disable-pkinit`, `make -C util/et compile_et`, `make -C include`, `make -C util/profile profile.h prof_err.h`,
# `make -C lib/gssapi/generic gssapi_err_generic.h gssapi.h`, `make -C lib/gssapi/krb5 gssapi_err_krb5.h`,
# `make -C lib/gssapi/generic ../../../include/gssapi/{gssapi,gssapi_generic,gssapi_alloc,gssapi_ext}.h` and
# `make -C lib/gssapi/krb5 ../../../include/gssapi/gssapi_krb5.h` generate or copy into the build include dir
# (autoconf.h, krb5/krb5.h, osconf.h, error tables, include/gssapi/*.h); the flags are
# config/pre.in's DEFS -DHAVE_CONFIG_H, KRB_INCLUDES (build include dir, then source include dir), -pthread and each
# directory's LOCALINCLUDES (builtin crypto, so CRYPTO_IMPL_CFLAGS is empty)
KS = S + '/krb5'
KRB = ['-std=gnu99', '-pthread', '-DHAVE_CONFIG_H', '-I' + KS + '/include', '-I{r}/src/include',
       '-I' + KS + '/util/profile', '-I{r}/src/util/et', '-I{r}/src/util/verto']
KRB_GSS = KRB + ['-D_GSS_STATIC_LINK=1', '-I' + KS + '/lib/gssapi/krb5', '-I{r}/src/lib/gssapi/krb5',
                 '-I{r}/src/lib/gssapi', '-I' + KS + '/lib/gssapi/generic', '-I{r}/src/lib/gssapi/generic',
                 '-I{r}/src/lib/gssapi/mechglue']
KRB_KRB = KRB + ['-DLIBDIR="/usr/local/lib"', '-DDYNOBJEXT=".so"', '-I{r}/src/lib/krb5/os', '-I{r}/src']
K = 'krb5+krb5'
E += [(K, 'src/lib/crypto/krb/' + f + '.c', KRB) for f in ('verify_checksum', 'enc_dk_hmac', 'enc_etm')]
E += [(K, 'src/lib/krad/packet.c', KRB), (K, 'src/util/support/bcmp.c', KRB),
      (K, 'src/lib/gssapi/krb5/util_crypt.c', KRB_GSS), (K, 'src/lib/gssapi/krb5/accept_sec_context.c', KRB_GSS),
      (K, 'src/lib/krb5/krb/s4u_creds.c', KRB_KRB)]
# FreeRADIUS 3.2.9 (C99): stubs/freeradius/freeradius-devel holds the headers `./configure` and `make
# src/include/{attributes,features,missing,tls}.h` generate (autoconf.h, radpaths.h, attributes.h, features.h,
# missing.h, tls.h) plus a symlink to every tracked src/include header (the build's src/freeradius-devel -> include
# link); stubs/freeradius/rlm_mschap/config.h is that module's configure output. Flags: Make.inc INCLUDE/CFLAGS and
# each directory's SRC_INCDIRS / SRC_CFLAGS (all.mk; src/lib: -D_LIBRADIUS)
FR = ['-std=c99', '-D_GNU_SOURCE', '-D_REENTRANT', '-D_POSIX_PTHREAD_SEMANTICS', '-DOPENSSL_NO_KRB5', '-DNDEBUG',
      '-I' + S + '/freeradius', '-I{r}/src', '-include', S + '/freeradius/freeradius-devel/autoconf.h',
      '-include', S + '/freeradius/freeradius-devel/build.h', '-include',
      S + '/freeradius/freeradius-devel/features.h', '-include', S + '/freeradius/freeradius-devel/radpaths.h']
FR_EAP = FR + ['-I{r}/src/modules/rlm_eap', '-I{r}/src/modules/rlm_eap/libeap']
F = 'FreeRADIUS+freeradius-server'
E += [(F, 'src/lib/radius.c', FR + ['-D_LIBRADIUS']), (F, 'src/main/process.c', FR),
      (F, 'src/modules/rlm_eap/libeap/eapsimlib.c', FR_EAP + ['-DEAPLIB']),
      (F, 'src/modules/rlm_eap/types/rlm_eap_fast/eap_fast.c', FR_EAP),
      (F, 'src/modules/rlm_eap/types/rlm_eap_teap/eap_teap.c', FR_EAP),
      (F, 'src/modules/rlm_eap/types/rlm_eap_md5/eap_md5.c', FR_EAP),
      (F, 'src/modules/rlm_eap/types/rlm_eap_pwd/rlm_eap_pwd.c', FR_EAP),
      (F, 'src/modules/rlm_pap/rlm_pap.c', FR), (F, 'src/modules/rlm_chap/rlm_chap.c', FR),
      (F, 'src/modules/rlm_mschap/rlm_mschap.c', FR + ['-I' + S + '/freeradius/rlm_mschap'])]
write_compile_commands(R, E, CXX)
