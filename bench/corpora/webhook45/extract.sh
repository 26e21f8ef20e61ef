#!/bin/bash
# Re-creates /work/corpora/webhook45/src from the fetched mirrors (fetch github:<owner>/<name> first), then writes
# compile_commands.json, labels.jsonl and empty.sarif. The hand-written pgpool-II config.h lives only in
# /work/corpora/webhook45/stubs (README.md, "Stubs") and is left alone here.
# Needs from Debian 12: libssl-dev, libpq-dev, libldap2-dev, libpam0g-dev (all already installed, see README.md).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook45
rm -rf $C/src
gd() { local g=/work/.mirror/$1/repo; [ -d $g/.git ] && g=$g/.git; echo $g; }
R=pgpool+pgpool2; RC=243463af09513be0413f52917a1045836f50f339
$M $R $RC src/include/ src/auth/ src/utils/
R=SoftEtherVPN+SoftEtherVPN; RC=cf559617b1845e0892e51f41d0c67e7382f02c4c
$M $R $RC src/GlobalConst.h $(git --git-dir=$(gd $R) ls-tree --name-only $RC src/Cedar/ src/Mayaqua/ | grep -E '\.h$') \
  src/Mayaqua/Crypto/Key.h src/Mayaqua/Crypto/Types.h src/Mayaqua/Memory.c \
  src/Cedar/Sam.c src/Cedar/Admin.c src/Cedar/Protocol.c src/Cedar/Proto_OpenVPN.c src/Cedar/Proto_PPP.c src/Cedar/Proto_IKE.c
R=rofl0r+microsocks; RC=96bf8a87408c36951b73b7957687f42904e620f8
$M $R $RC sockssrv.c server.c server.h sblist.c sblist.h sblist_delete.c
R=emikulic+darkhttpd; RC=beac1fc725d37a5b346513e5473b3d30d59b4805
$M $R $RC darkhttpd.c
test -d $C/stubs || echo 'warning: /work/corpora/webhook45/stubs is missing (see README.md, Stubs)' >&2
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
