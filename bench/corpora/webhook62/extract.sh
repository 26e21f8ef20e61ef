#!/bin/bash
# Re-creates /work/corpora/webhook62/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook62/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: Qt 5 Core/Network/Gui headers (Moonlight, QHttpEngine), libssl-dev (Moonlight), Boost
# headers (Wt), zlib headers (AssaultCube, Red Eclipse, Daemon).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook62
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=assaultcube+AC; RC=13f0d8eea4822dee5c976661218d022be74342e3
$M $R $RC source/src/ source/enet/include/
R=moonlight-stream+moonlight-qt; RC=2e13ed9977bc31c73caf8428f08f58d793313ece
$M $R $RC app/backend/ app/utils.h app/settings/
R=JACoders+OpenJK; RC=8cce3ea23125f56200b553cd0b149af617adf397
$M $R $RC codemp/ shared/
# Wt: src/Wt and src/web without the sqlite amalgamation (its large sqlite3.c is not in the mirror)
R=emweb+wt; RC=5013bf5925434004bfc2cb72075f5d2b1e104b03
gd=/work/.mirror/$R/repo; [ -d $gd/.git ] && gd=$gd/.git
$M $R $RC $(git --git-dir=$gd ls-tree -r --name-only $RC src/Wt src/web | grep -v 'Dbo/backend/amalgamation/')
R=redeclipse+base; RC=faf378d12558addc700d0e464e7e8c3a39fbceee
$M $R $RC src/shared/ src/engine/ src/game/ src/enet/include/ src/support/
R=DaemonEngine+Daemon; RC=b276137b6ca15c27e90f9fffae20b1d7e3250ee1
$M $R $RC src/ libs/tinyformat/ libs/nacl/native_client/src/shared/imc/ libs/nacl/native_client/src/include/ \
  libs/findlocale/ libs/minizip/
R=nitroshare+qhttpengine; RC=43f55df51623621ed3efb4e42c7894586d988667
$M $R $RC src/
# rtype: the commit that still has AuthService.cpp's constant-time compare (HEAD uses an Argon2 hasher instead)
R=HexaTeam-By-Epitech+rtype; RC=48d854836b363948d1fdac6c07b72e67e51a7917
$M $R $RC server/Sessions/Auth/ common/Logger/Logger.hpp
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
