#!/bin/bash
# Re-creates /work/corpora/webhook58/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook58/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook58
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=rickymena+cpp-webhook-engine; RC=76352870423b48829425bc4a01d82d12bb34e8fd
$M $R $RC include/ src/
R=nickheyer+BaconAndEggs; RC=3609b927494098d6d9baf358f8a30ae9c6a665ad
$M $R $RC src/
R=arseniisemenow+school-tg-tt-bot; RC=02d7f1e761f1daea79c7b78db18f0266b740e110
$M $R $RC include/ src/bot/webhook_server.cpp src/observability/ main.cpp
R=Ohto-Ai+issue-todo; RC=64c9b0823841209a6c73eb72770a2f63db22662b
$M $R $RC main.cpp IssueKeyPointer.hpp IssuePannel.h IssuePannel.cpp inc/cpp-httplib/ inc/nlohmann/
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
