#!/bin/bash
# Re-creates /work/corpora/webhook76/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written stubs/ (kept in this folder, see README.md "Stubs") to /work/corpora/webhook76/stubs, then writes
# compile_commands.json, labels.jsonl and empty.sarif.
# Needs from Debian 12 (already installed): libssl-dev, libcurl4-openssl-dev, nlohmann-json3-dev, cpp-httplib
# (/usr/include/httplib.h), qtbase5-dev (Qt5 Core/Gui/Widgets/Network/Concurrent).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook76
rm -rf $C/src $C/stubs
mkdir -p $C
gd() { local g=/work/.mirror/$1/repo; [ -d $g/.git ] && g=$g/.git; echo $g; }
R=kdyn-ctrl+Nox; RC=cde417302b4eaa607dc4b33923f58914d8b630cb
$M $R $RC execution/ shared/
# Celeste: the top-level .cpp/.h at the last commits that still had the inbound EventSub webhook server
R=ObserverHerb+Celeste; RC=442e6642abcb456b1417a94f4dd673dab2055d15
$M $R $RC $(git --git-dir=$(gd $R) ls-tree --name-only $RC | grep -E '\.(cpp|h)$')
R=SOUx4cx4fx56x69+Pure_C_group_bot; RC=245940d38e799b9edfb786693ebfd3948a72b0f7
$M $R $RC pure_c.c README.md
R=hps2002+wechat-pay; RC=1f64cea3050b5631a81e1aab2b0cde6340c63547
$M $R $RC src/ util/ README.md
cp -r stubs $C/stubs
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
