#!/bin/bash
# Re-creates /work/corpora/webhook78/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook78/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: libssl-dev (OpenSSL 3: MaxScale, RethinkDB, Manticore, memgraph), libcrypt-dev
# (crypt.h: ScyllaDB, Firebird), Boost 1.74 headers (RethinkDB, memgraph), nlohmann-json, spdlog and fmt 9
# headers (memgraph), MariaDB Connector/C headers (/usr/include/mariadb: mysql.h for mysql-proxy).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook78
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
ls_tree() { # ls_tree owner+name commit regex path...: files of the tree matching regex (grep -E)
  local r=$1 c=$2 re=$3; shift 3
  local gd=/work/.mirror/$r/repo; [ -d $gd/.git ] && gd=$gd/.git
  git --git-dir=$gd ls-tree -r --name-only $c -- "$@" | grep -E "$re" | grep -vE '(^|/)(test|tests|gtests)/'
}
H='\.(h|hh|hpp|tcc|inl)$'
R=Snapchat+KeyDB; RC=603ebb27fb82a27fb98b0feb6749b0f7661a1c4b
$M $R $RC src/ deps/hiredis/ deps/lua/src/ deps/concurrentqueue/ deps/hdr_histogram/ deps/linenoise/ deps/license/keycheck.h
R=mariadb-corporation+MaxScale; RC=f72af9927243f59f2b20cc835273dbe6dc158623
$M $R $RC $(ls_tree $R $RC "$H" include maxutils server/modules/protocol/MariaDB server/modules/protocol/Postgres) \
  server/modules/authenticator/MariaDBAuth/ server/modules/authenticator/Ed25519/ server/core/users.cc \
  server/modules/protocol/Postgres/authenticators/password.cc \
  server/modules/protocol/Postgres/authenticators/scram-sha-256.cc
R=yinqiwen+ardb; RC=9f703a6b9c3430e30aba2286240e44570994efe6
$M $R $RC $(ls_tree $R $RC "$H" src deps/lua/src) deps/cpp-btree/ src/command/connection.cpp
R=FirebirdSQL+firebird; RC=f2a513ef2b3b012307e0c90e0330d0eb04e494cd
$M $R $RC $(ls_tree $R $RC "$H" src extern/libtommath extern/decNumber extern/int128 extern/cloop extern/re2/re2 \
  extern/icu extern/ttmath) src/auth/SecureRemotePassword/server/SrpServer.cpp \
  src/auth/SecurityDatabase/LegacyServer.cpp
R=scylladb+scylladb; RC=f4a4091ca28efb8c06c3422fdaac1d2f02e5614f
$M $R $RC auth/passwords.cc auth/passwords.hh seastarx.hh utils/crypt_sha512.hh
R=rethinkdb+rethinkdb; RC=8de19b3542e9713331d4cbf62cab5b9c25aa8744
$M $R $RC $(ls_tree $R $RC "$H" src) src/clustering/administration/auth/scram_authenticator.cc \
  src/clustering/administration/auth/plaintext_authenticator.cc src/containers/uuid.cc
R=memgraph+memgraph; RC=df0f63683b6fb5e543ef4ec31b0affffde7c1109
$M $R $RC $(ls_tree $R $RC "$H" src/utils) src/auth/crypto.cpp src/auth/crypto.hpp src/auth/exceptions.hpp
R=manticoresoftware+manticoresearch; RC=e790cb571cb0338397798d2cd5d716260e148397
$M $R $RC $(ls_tree $R $RC "$H" src) src/auth/auth_proto_http.cpp src/auth/auth_proto_mysql.cpp \
  src/auth/auth_proto_api.cpp src/searchdssl.cpp
# headers only (columnar/, secondary/, knn/, util/ ... included by Manticore's src/columnarlib.h and friends)
R=manticoresoftware+columnar; RC=5f1b59b5b4173c344ff9efecd47a1bc9bc408a93
$M $R $RC $(ls_tree $R $RC "$H" . | grep -vE '(^|/)(ext|thirdparty)/')
R=mysql+mysql-proxy; RC=ca6ad61af9088147a568a079c44d0d322f5bee59
$M $R $RC $(ls_tree $R $RC "$H" src) src/network-mysqld-proto.c src/glib-ext.c
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
