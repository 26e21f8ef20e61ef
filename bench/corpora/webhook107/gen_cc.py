#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook107 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import subprocess
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook107'
S = R + '/stubs'
GLIB = subprocess.run(['pkg-config', '--cflags', 'glib-2.0', 'gmodule-2.0', 'gthread-2.0'], capture_output=True,
                      text=True, check=True).stdout.split()
# couchbase kv_engine (C++23, CMake): couchbase/platform and gsl-lite headers are stubs/couchbase (hand-written)
KV = ['-std=c++23', '-I' + S + '/couchbase', '-I{r}/include', '-I{r}']
# Cetus (C, CMake): config.h and the flex/lemon outputs of the admin plugin are stubs/cetus (hand-written)
CETUS = ['-std=gnu99', '-DHAVE_CONFIG_H'] + GLIB + ['-I' + S + '/cetus', '-I/usr/include/mysql', '-I{r}/src',
                                                    '-I{r}/lib', '-I{r}/plugins/admin']
# DBProxy (C, autotools; its config.h is committed): MariaDB's mysql_com.h has no CLIENT_LONG_PASSWORD (renamed
# CLIENT_MYSQL there), so it is defined on the command line
DBP = ['-std=gnu99', '-DHAVE_CONFIG_H', '-DCLIENT_LONG_PASSWORD=1'] + GLIB + [
    '-I{r}', '-I/usr/include/mysql', '-I/usr/include/lua5.1', '-I{r}/src', '-I{r}/lib']
# pgmoneta / pgexporter (C17, CMake, OpenSSL 3)
PGM = ['-std=gnu17', '-I{r}/src/include']
# pikiwidb (C++20, CMake)
PIKI = ['-std=c++20', '-I{r}/src', '-I{r}/src/pstd', '-I{r}/src/net']
# Qpid Proton C (C99, CMake; Cyrus SASL headers from libsasl2-dev)
QP = ['-std=gnu99', '-I{r}/c/include', '-I{r}/c/src']
# redis-cluster-proxy (C99, Makefile; hiredis from deps/)
RCP = ['-std=gnu99', '-I{r}/src', '-I{r}/deps/hiredis']
E = [
 ('couchbase+kv_engine', 'cbsasl/strcmp.cc', KV),
 ('couchbase+kv_engine', 'cbsasl/plain/check_password.cc', KV),
 ('couchbase+kv_engine', 'cbsasl/scram-sha/scram-sha-server.cc', KV),
 ('Lede-Inc+cetus', 'src/cetus-users.c', CETUS),
 ('Lede-Inc+cetus', 'plugins/admin/admin-plugin.c', CETUS),
 ('Meituan-Dianping+DBProxy', 'plugins/admin/admin-plugin.c', DBP),
 ('Meituan-Dianping+DBProxy', 'plugins/proxy/proxy-plugin.c', DBP),
 ('Meituan-Dianping+DBProxy', 'src/network-mysqld-proto.c', DBP),
 ('pgmoneta+pgmoneta', 'src/libpgmoneta/security.c', PGM),
 ('pgmoneta+pgmoneta', 'src/libpgmoneta/aes.c', PGM),
 ('pgexporter+pgexporter', 'src/libpgexporter/security.c', PGM),
 ('OpenAtomFoundation+pikiwidb', 'src/config.cc', PIKI),
 ('apache+qpid-proton', 'c/src/sasl/default_sasl.c', QP),
 ('apache+qpid-proton', 'c/src/sasl/cyrus_sasl.c', QP),
 ('RedisLabs+redis-cluster-proxy', 'src/proxy.c', RCP),
]
write_compile_commands(R, E)
