#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook78 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook78'
S = R + '/stubs'
# KeyDB (C++): src/Makefile CXX_STD and include flags (no storage provider, bundled hiredis)
KDB = ['-std=c++17', '-pedantic', '-fno-rtti', '-D__STDC_FORMAT_MACROS', '-DREDIS_STATIC=', '-I{r}/deps/hiredis',
       '-I{r}/deps/linenoise', '-I{r}/deps/lua/src', '-I{r}/deps/hdr_histogram', '-I{r}/deps/license',
       '-I{r}/deps/concurrentqueue']
# MaxScale (C++17, CMake); jansson.h and maxscale/version.hh are stubs/MaxScale (hand-written)
MXS = ['-std=c++17', '-I' + S + '/MaxScale', '-I{r}/include', '-I{r}/maxutils/maxbase/include',
       '-I{r}/maxutils/maxsql/include', '-I{r}/server/modules/protocol/MariaDB',
       '-I{r}/server/modules/protocol/Postgres']
MXS_MDB = MXS + ['-I{r}/server/modules/authenticator/MariaDBAuth']
MXS_ED = MXS + ['-I{r}/server/modules/authenticator/Ed25519']
# MaxScale's bundled ed25519 ref10 (C, ref10/CMakeLists.txt: include dirs exports and internal)
REF10 = ['-std=gnu99', '-I{r}/server/modules/authenticator/Ed25519/ref10/exports',
         '-I{r}/server/modules/authenticator/Ed25519/ref10/internal']
# ardb (C++): src/Makefile CXXFLAGS / INCS; sparsehash (unpacked from a tarball at build time) is
# stubs/ardb/sparsehash/dense_hash_map (hand-written)
ARDB = ['-std=c++11', '-D__STDC_FORMAT_MACROS', '-D__STDC_LIMIT_MACROS', '-DARDB_VERSION="0.10.0"',
        '-DCORO_UCONTEXT', '-D_XOPEN_SOURCE', '-I' + S + '/ardb', '-I{r}/src', '-I{r}/src/common',
        '-I{r}/deps/cpp-btree', '-I{r}/deps/lua/src']
# Firebird (C++20); gen/autoconfig.h is stubs/firebird/gen/autoconfig.h (hand-written)
FB = ['-std=c++20', '-I' + S + '/firebird', '-I{r}/src/include', '-I{r}/extern/libtommath']
# ScyllaDB (C++23); seastar/core/{future,sstring,coroutine}.hh are stubs/scylladb (hand-written)
SCY = ['-std=c++23', '-I' + S + '/scylladb', '-I{r}']
# RethinkDB (C++14); rdb_protocol/ql2.pb.h (protoc output) is stubs/rethinkdb (hand-written)
RDB = ['-std=gnu++14', '-I' + S + '/rethinkdb', '-I{r}/src']
# memgraph (C++23); bcrypt.h, gflags/gflags.h, fmt/base.h and boost/preprocessor/variadic/size.hpp are
# stubs/memgraph (hand-written)
MG = ['-std=c++23', '-I' + S + '/memgraph', '-I{r}/src']
# Manticore Search (C++20); config.h is stubs/manticoresearch/config.h (hand-written); the columnar
# library headers come from manticoresoftware/columnar
MS = ['-std=c++20', '-I' + S + '/manticoresearch', '-I{r}/src', '-I{r}/src/auth',
      '-I' + R + '/src/manticoresoftware+columnar']
# mysql-proxy (C, autotools); glib.h is stubs/mysql-proxy/glib.h (hand-written, libglib2.0-dev is not installed);
# mysql.h from MariaDB Connector/C stands in for the MySQL client headers (mysql_config --include)
MP = ['-std=gnu99', '-I' + S + '/mysql-proxy', '-I{r}/src', '-I/usr/include/mariadb']
E = [
 ('Snapchat+KeyDB', 'src/acl.cpp', KDB),
 ('Snapchat+KeyDB', 'src/replication.cpp', KDB),
 ('mariadb-corporation+MaxScale', 'server/modules/authenticator/MariaDBAuth/mysql_auth.cc', MXS_MDB),
 ('mariadb-corporation+MaxScale', 'server/modules/authenticator/Ed25519/ed25519_auth.cc', MXS_ED),
 ('mariadb-corporation+MaxScale', 'server/modules/authenticator/Ed25519/ref10/open.c', REF10),
 ('mariadb-corporation+MaxScale', 'server/core/users.cc', MXS),
 ('mariadb-corporation+MaxScale', 'server/modules/protocol/Postgres/authenticators/password.cc', MXS),
 ('mariadb-corporation+MaxScale', 'server/modules/protocol/Postgres/authenticators/scram-sha-256.cc', MXS),
 ('yinqiwen+ardb', 'src/command/connection.cpp', ARDB),
 ('FirebirdSQL+firebird', 'src/auth/SecureRemotePassword/server/SrpServer.cpp', FB),
 ('FirebirdSQL+firebird', 'src/auth/SecurityDatabase/LegacyServer.cpp', FB),
 ('scylladb+scylladb', 'auth/passwords.cc', SCY),
 ('rethinkdb+rethinkdb', 'src/clustering/administration/auth/scram_authenticator.cc', RDB),
 ('rethinkdb+rethinkdb', 'src/clustering/administration/auth/plaintext_authenticator.cc', RDB),
 ('rethinkdb+rethinkdb', 'src/containers/uuid.cc', RDB),
 ('memgraph+memgraph', 'src/auth/crypto.cpp', MG),
 ('manticoresoftware+manticoresearch', 'src/auth/auth_proto_http.cpp', MS),
 ('manticoresoftware+manticoresearch', 'src/auth/auth_proto_mysql.cpp', MS),
 ('manticoresoftware+manticoresearch', 'src/auth/auth_proto_api.cpp', MS),
 ('manticoresoftware+manticoresearch', 'src/searchdssl.cpp', MS),
 ('mysql+mysql-proxy', 'src/network-mysqld-proto.c', MP),
]
write_compile_commands(R, E)
