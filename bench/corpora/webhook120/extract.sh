#!/bin/bash
# Re-creates /work/corpora/webhook120/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook120/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: libssl-dev, libfmt-dev (already installed); libtinyxml2-dev (installed for this corpus:
# apt-get install -y --no-install-recommends libtinyxml2-dev).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook120
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=BigBrotherTrade+flower; RC=e35886d4d5e9f2422d47d1f831605e79e11380ec
$M $R $RC main.cpp WXBizMsgCrypt.cpp WXBizMsgCrypt.h httplib.h json.hpp tinyxml2.h tinyxml2.cpp
R=LeoEatle+WXBizMsgCryptNode; RC=982fb47aa6cc194162b16799d52cbc6f5634525a
$M $R $RC WXBizMsgCrypt.cpp WXBizMsgCrypt.h Sample.cpp
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
