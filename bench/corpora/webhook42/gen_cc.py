#!/usr/bin/env python3
"""compile_commands.json of /work/corpora/webhook42 (clang-19 for all: every file is C; Debian 12 headers).
Configure / generator output is in stubs/<project> (see README.md, Stubs)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook42'
S = R + '/stubs'
# OpenSSH portable: stubs/openssh/config.h and openbsd-compat/include/ from autoreconf && ./configure --with-pam;
# CPPFLAGS of the generated Makefile.
OSSH = ['-std=gnu11', '-I' + S + '/openssh', '-I{r}', '-I' + S + '/openssh/openbsd-compat/include',
        '-I{r}/openbsd-compat', '-D_XOPEN_SOURCE=600', '-D_BSD_SOURCE', '-D_DEFAULT_SOURCE', '-D_GNU_SOURCE',
        '-DOPENSSL_API_COMPAT=0x10100000L', '-DSSHDIR="/usr/local/etc"', '-D_PATH_SSH_PROGRAM="/usr/local/bin/ssh"',
        '-D_PATH_SSH_ASKPASS_DEFAULT="/usr/local/libexec/ssh-askpass"',
        '-D_PATH_SFTP_SERVER="/usr/local/libexec/sftp-server"',
        '-D_PATH_SSH_KEY_SIGN="/usr/local/libexec/ssh-keysign"',
        '-D_PATH_SSH_PKCS11_HELPER="/usr/local/libexec/ssh-pkcs11-helper"',
        '-D_PATH_SSH_SK_HELPER="/usr/local/libexec/ssh-sk-helper"', '-D_PATH_SSH_PIDDIR="/var/run"',
        '-D_PATH_PRIVSEP_CHROOT_DIR="/var/empty"', '-DHAVE_CONFIG_H']
# sudo: stubs/sudo/{config.h,pathnames.h} from ./configure --without-pam (so the crypt() path of auth/passwd.c is
# built); CPPFLAGS of plugins/sudoers/Makefile.
SUDO = ['-std=gnu11', '-I{r}/include', '-I' + S + '/sudo', '-I{r}/plugins/sudoers', '-DLIBDIR="/usr/local/lib"',
        '-DLOCALEDIR="/usr/local/share/locale"', '-DZLIB_CONST']
# shadow: stubs/shadow/config.h from autoreconf -fi && ./configure --without-selinux --without-audit --without-libbsd
# --without-libpam (the non-PAM password checks are built); AM_CPPFLAGS of lib/ and src/.
SHADOW = ['-std=gnu11', '-DHAVE_CONFIG_H', '-I' + S + '/shadow', '-I{r}/lib', '-I{r}', '-DLOCALEDIR="/usr/share/locale"']
# libmicrohttpd: stubs/libmicrohttpd/MHD_config.h from ./bootstrap && ./configure --disable-doc (GnuTLS, all
# auth methods on); AM_CPPFLAGS of src/microhttpd and src/examples.
MHD = ['-std=gnu99', '-DHAVE_CONFIG_H', '-I' + S + '/libmicrohttpd', '-I{r}/src/include', '-I{r}/src/microhttpd',
       '-DNDEBUG=1', '-D_GNU_SOURCE', '-D_XOPEN_SOURCE=700']
# vsftpd (plain Makefile): -DVSF_BUILDDEFS_H skips builddefs.h, i.e. the documented non-PAM build (builddefs.h with
# VSF_BUILD_PAM undefined), so sysdeputil.c's crypt()/shadow password check is the one compiled.
VSFTPD = ['-std=gnu99', '-D_FORTIFY_SOURCE=2', '-DVSF_BUILDDEFS_H']
# open62541: stubs/open62541/open62541/*.h from cmake -G Ninja -DUA_ENABLE_ENCRYPTION=OPENSSL
# -DUA_NAMESPACE_ZERO=REDUCED and the five open62541-generator-* targets; flags of the generated build.ninja.
O62 = ['-std=c99', '-DUA_DYNAMIC_LINKING_EXPORT', '-I{r}/deps', '-I{r}/include', '-I{r}/plugins/include',
       '-I' + S + '/open62541', '-pthread']
O, SU, SH, M, V, U = ('openssh+openssh-portable', 'sudo-project+sudo', 'shadow-maint+shadow',
                      'Karlson2k+libmicrohttpd', 'dagwieers+vsftpd', 'open62541+open62541')
E = [(O, f, OSSH) for f in (
    'auth-passwd.c', 'channels.c', 'mac.c', 'cipher-chachapoly-libcrypto.c', 'ssh-agent.c', 'monitor.c', 'dns.c',
    'sshconnect2.c', 'sshkey.c', 'kexc25519.c', 'sshbuf-misc.c', 'openbsd-compat/timingsafe_bcmp.c')]
E += [(SU, f, SUDO) for f in ('plugins/sudoers/auth/passwd.c', 'plugins/sudoers/match_digest.c')]
E += [(SH, f, SHADOW) for f in ('lib/valid.c', 'lib/pwauth.c', 'src/passwd.c', 'src/newgrp.c', 'src/su.c',
                                'src/login.c')]
E += [(M, f, MHD) for f in ('src/microhttpd/digestauth.c', 'doc/examples/basicauthentication.c',
                            'src/examples/authorization_example.c', 'doc/examples/tlsauthentication.c',
                            'src/examples/digest_auth_example_adv.c')]
E += [(V, f, VSFTPD) for f in ('sysdeputil.c', 'sysutil.c')]
E += [(U, f, O62) for f in ('plugins/crypto/openssl/securitypolicy_common.c', 'plugins/ua_accesscontrol_default.c',
                            'src/server/ua_services_session.c', 'src/util/ua_util.c')]
write_compile_commands(R, E)
