#!/bin/bash
# Re-creates /work/corpora/webhook122/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook122/stubs, generates the build-time headers of IvorySQL
# (gen_pg.sh: the project's Perl generators) and sqlcipher (gen_sqlcipher.sh: mksqlite3h.tcl, lemon, mkopcodeh.tcl),
# then writes compile_commands.json, labels.jsonl and empty.sarif.
# Installed for this corpus: libmsgsl-dev (gsl/span for couchbase-cxx-client's base64.h).
# Needs from Debian 12 (already present): libssl-dev, libpam0g-dev, libldap-dev (IvorySQL auth.c), perl, tcl
# (tclsh, for sqlcipher's generators).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook122
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
G() { g=/work/.mirror/$1/repo; [ -d $g/.git ] && g=$g/.git; echo $g; }
R=IvorySQL+IvorySQL; RC=dae81eae9a90bc10b394aba23460af971eba2122
$M $R $RC src/include/ src/backend/libpq/auth-scram.c src/backend/libpq/auth.c src/backend/libpq/crypt.c \
  src/backend/storage/ipc/procsignal.c src/interfaces/libpq/ contrib/pgcrypto/ \
  src/backend/utils/errcodes.txt src/backend/utils/generate-errcodes.pl src/backend/nodes/gen_node_support.pl \
  src/backend/catalog/genbki.pl src/backend/catalog/Catalog.pm src/backend/utils/Gen_fmgrtab.pl \
  src/backend/utils/activity/generate-wait_event_types.pl src/backend/utils/activity/wait_event_names.txt \
  src/backend/utils/Gen_dummy_probes.pl src/backend/utils/probes.d src/backend/storage/lmgr/generate-lwlocknames.pl
./gen_pg.sh
R=sqlcipher+sqlcipher; RC=c7e811b399379c948b423872ad7ba91d2ce38434
$M $R $RC src/ tool/lemon.c tool/lempar.c tool/mksqlite3h.tcl tool/mkopcodeh.tcl tool/mksourceid.c VERSION manifest \
  manifest.uuid ext/rtree/sqlite3rtree.h ext/session/sqlite3session.h ext/fts5/fts5.h
./gen_sqlcipher.sh
# SQLite3MultipleCiphers: src/sqlite3.c and src/sqlite3patched.c (the amalgamation) are absent from the mirror
# (large files); the cipher sources get what they use of it from stubs/sqlite3mc.
R=utelle+SQLite3MultipleCiphers; RC=3e93d841da1983140a8cd47cc773761dadbb0f71
$M $R $RC $(git --git-dir=$(G $R) ls-tree --name-only $RC src/ | grep -E '\.h$') src/cipher_sqlcipher.c \
  src/cipher_chacha20.c src/chacha20poly1305.c src/cipher_wxaes128.c src/cipher_common.c
R=couchbase+libcouchbase; RC=3ff90efc9e9ec3fbeda035315d5a84e51aaaf934
$M $R $RC contrib/cbsasl/
R=couchbase+couchbase-cxx-client; RC=ef6b12aede2f34b8e2310ca6459c7a3f45445783
$M $R $RC core/sasl/ core/crypto/ core/platform/
R=dearcode+inception2; RC=4a5e2cdc910becd07e4883a12578fdee95461d82
$M $R $RC include/ sql/password.c
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
