#!/bin/bash
# Re-creates /work/corpora/webhook106/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook106/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: libssl-dev, libjansson-dev (neuron), libmariadb-dev, libcjson-dev (SUPLA server).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook106
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
gd() { local g=/work/.mirror/$1/repo; [ -d $g/.git ] && g=$g/.git; echo $g; }
# regular files (blobs, not symlinks or submodules) under the given folders, with these extensions
blobs() { git --git-dir=$(gd $1) ls-tree -r $2 -- "${@:3}" | awk '$2=="blob" && $1!="120000" {print $4}' \
  | grep -E '\.(h|c|cpp|hpp)$' | grep -v '/test/'; }
# symlinks (mode 120000) under the given folders are re-created as symlinks
links() { git --git-dir=$(gd $1) ls-tree -r $2 -- "${@:3}" | awk '$1=="120000" {print $4}' | while read -r f; do
  t=$(git --git-dir=$(gd $1) show $2:"$f"); mkdir -p "$(dirname $C/src/$1/$f)"; ln -sfn "$t" $C/src/$1/$f; done; }
R=eclipse+wakaama; RC=fc4c4315638df9d4e44567e6197828637a1ae4cf
$M $R $RC include/ core/ coap/ data/ examples/bootstrap_server/ examples/server/ examples/shared/connection.c \
  examples/shared/connection.h examples/shared/commandline.c examples/shared/commandline.h examples/shared/platform.c \
  examples/shared/dtlsconnection.c examples/shared/dtlsconnection.h
R=apple+HomeKitADK; RC=fb201f98f5fdc7fef6a455054f08b59cca5d1ec8
$M $R $RC HAP/ External/ PAL/Linux/ PAL/POSIX/ $(blobs $R $RC PAL/ | grep -E '^PAL/[^/]+$')
R=mz-automation+libiec61850; RC=7afa40390b26ad1f4cf93deaa0052fe7e357ef33
$M $R $RC config/ hal/inc/ src/ examples/server_example_password_auth/
R=emqx+neuron; RC=67d6bebc184749dbe04622e065218541f909b84e
$M $R $RC include/ plugins/restful/ $(blobs $R $RC src/ | grep -E '\.h$') src/utils/neu_jwt.c
R=jeelabs+esp-link; RC=cf329e8b84a55a05afa04df971d9abd9793c9130
$M $R $RC include/ httpd/ esp-link/ serial/ cmd/ espfs/espfs.h espfs/espfsformat.h
R=SUPLA+supla-core; RC=69ee25c74f8d66c3ae747aa84f97122fabb0f1b0
$M $R $RC $(blobs $R $RC supla-common/ supla-server/src/)
links $R $RC supla-common/ supla-server/src/
R=SUPLA+supla-device; RC=9005e86a136606c2ebe3a811c636fcf3eceb4f2d
$M $R $RC $(blobs $R $RC src/)
links $R $RC src/
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
