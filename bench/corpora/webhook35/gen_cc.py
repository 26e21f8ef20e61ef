#!/usr/bin/env python3
"""compile_commands.json of /work/corpora/webhook35 (clang-19, Debian 12 headers).
Generated configure/meson/CMake headers are in stubs/<project> (copied by extract.sh)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook35'
S = R + '/stubs'
# radcli (C, meson): c_std=gnu99, lib_cargs -DRC_LOG_FACILITY=LOG_DAEMON; stubs/radcli = config.h (meson's
# configuration_data with GnuTLS and nettle found) and radcli/version.h (include/radcli/version.h.in, 1.5.3)
RAD = ['-std=gnu99', '-DRC_LOG_FACILITY=LOG_DAEMON', '-I' + S + '/radcli', '-I{r}/include', '-I{r}/lib']
# pam_radius (C, autoconf): Make.inc CFLAGS; stubs/pam_radius/config.h = src/config.h.in filled in
PAMR = ['-std=gnu17', '-fPIC', '-fno-strict-aliasing', '-I' + S + '/pam_radius', '-I{r}/src']
# pure-ftpd (C, autoconf): libpureftpd_a_CFLAGS + DEFS; stubs/pure-ftpd/config.h (--with-puredb/mysql/pgsql/ldap,
# no libsodium); mysql_config / pg_config include directories
PF = ['-std=gnu99', '-DHAVE_CONFIG_H', '-DINCLUDE_IO_WRAPPERS=1', '-I' + S + '/pure-ftpd', '-I{r}/src', '-I{r}',
      '-I/usr/include/mariadb', '-I/usr/include/mariadb/mysql', '-I/usr/include/postgresql']
# ProFTPD (C, autoconf): Make.rules CPPFLAGS (-DHAVE_CONFIG_H -DLINUX -I.. -I include); stubs/proftpd = config.h and
# mod_sftp/mod_sftp.h, mod_auth_otp/mod_auth_otp.h from the repository's own configure scripts, buildstamp.h;
# contrib/ stands in for include/mod_sql.h (configure copies contrib/mod_sql.h there)
PRO = ['-std=gnu17', '-DHAVE_CONFIG_H', '-DLINUX', '-I' + S + '/proftpd', '-I{r}', '-I{r}/include', '-I{r}/contrib']
# Odyssey (C11 + GNU extensions, CMake): sources/CMakeLists.txt definitions and include directories; OpenSSL adds
# -DUSE_SSL; stubs/odyssey = build.h and machinarium/build.h (build.h.cmake with PAM and LDAP found)
ODY = ['-std=gnu11', '-pthread', '-DFRONTEND', '-D_GNU_SOURCE', '-DUSE_SSL', '-I' + S + '/odyssey', '-I{r}',
       '-I{r}/sources', '-I{r}/sources/include']
# Unbound (C, autoconf): Makefile CPPFLAGS -I. and CFLAGS -DSRCDIR=. -pthread; stubs/unbound = config.h and
# dnscrypt/dnscrypt_config.h from the repository's own ./configure --enable-dnscrypt
UNB = ['-std=gnu17', '-DSRCDIR=.', '-pthread', '-I' + S + '/unbound', '-I{r}']
E = [
 ('radcli+radcli', 'lib/sendserver.c', RAD),
 ('FreeRADIUS+pam_radius', 'src/pam_radius_auth.c', PAMR),
 ('jedisct1+pure-ftpd', 'src/utils.c', PF),
 ('jedisct1+pure-ftpd', 'src/log_unix.c', PF),
 ('jedisct1+pure-ftpd', 'src/log_puredb.c', PF),
 ('jedisct1+pure-ftpd', 'src/log_mysql.c', PF),
 ('jedisct1+pure-ftpd', 'src/log_pgsql.c', PF),
 ('jedisct1+pure-ftpd', 'src/log_ldap.c', PF),
 ('proftpd+proftpd', 'src/support.c', PRO),
 ('proftpd+proftpd', 'modules/mod_auth_unix.c', PRO),
 ('proftpd+proftpd', 'modules/mod_auth_file.c', PRO),
 ('proftpd+proftpd', 'contrib/mod_radius.c', PRO),
 ('proftpd+proftpd', 'contrib/mod_sql.c', PRO),
 ('proftpd+proftpd', 'contrib/mod_sql_passwd.c', PRO),
 ('proftpd+proftpd', 'contrib/mod_ldap.c', PRO),
 ('proftpd+proftpd', 'contrib/mod_auth_otp/mod_auth_otp.c', PRO + ['-I' + S + '/proftpd/mod_auth_otp']),
 ('proftpd+proftpd', 'contrib/mod_sftp/mac.c', PRO + ['-I' + S + '/proftpd/mod_sftp']),
 ('yandex+odyssey', 'sources/auth.c', ODY),
 ('yandex+odyssey', 'sources/scram.c', ODY),
 ('NLnetLabs+unbound', 'util/edns.c', UNB),
 ('NLnetLabs+unbound', 'dnscrypt/dnscrypt.c', UNB),
]
write_compile_commands(R, E)
