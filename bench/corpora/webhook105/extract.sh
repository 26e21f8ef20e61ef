#!/bin/bash
# Re-creates /work/corpora/webhook105/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook105/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: libssl-dev, libmariadb-dev (MaNGOS), libglm-dev (installed for open.mp-sdk), libcurl4-openssl-dev
# (SRB2), ncurses, sqlite3 and libcrypt headers (dgamelaunch).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook105
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=mangoszero+server; RC=402c57093ef2d3cafb5b8bfdb42e9e1707815e0e
$M $R $RC src/shared/ src/proto/ src/game/Warden/
R=mangos+realmd; RC=095bc797730669f228d5126f4627b7d2a2e13a8f
$M $R $RC Auth/ Realm/ Main.cpp
R=openmultiplayer+open.mp; RC=f8058db80410b70f84c9089ec214530ca9784517
$M $R $RC Server/Components/LegacyNetwork/ Server/Components/Console/
R=openmultiplayer+open.mp-sdk; RC=473b732b2de159773b2e2908fd11aa99f07db284
$M $R $RC include/
R=STJr+SRB2; RC=639b58c6d718452ef343a0bc927d043bed9e40d6
$M $R $RC src/
R=openmoh+openmohaa; RC=44ce0595c2bbe1c3d5933e16e9130c2d7cf1306d
$M $R $RC code/qcommon/ code/server/ code/gamespy/ code/fgame/ code/sys/ code/script/ code/tiki/ code/skeletor/ code/corepp/ code/parser/ code/botlib/ code/client/
R=supertuxkart+stk-code; RC=86dc3dc6184ca022ed330a742cb9dd76a66e4a5a
$M $R $RC src/ $(git --git-dir=/work/.mirror/$R/repo ls-tree -r --name-only $RC lib/ | grep -E '\.(h|hpp|inl)$')
R=BZFlag-Dev+bzflag; RC=f48c95341b8e3d1228ef09a068420a3de10fb457
$M $R $RC include/ src/bzfs/ src/common/
R=paxed+dgamelaunch; RC=55bd7dce01db17356b05da966595ff1ae6097e60
$M $R $RC dgamelaunch.c dgamelaunch.h ttyplay.h ttyrec.h io.h stripgfx.h
R=ArmagetronAd+armagetronad; RC=c67aeca0664e508519b46c409e2bb5121ccf3f37
$M $R $RC src/tools/ src/config_ide.h src/defs.h
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
