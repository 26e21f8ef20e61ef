#!/bin/bash
# Re-creates /work/corpora/webhook90/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook90/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: Boost headers (Crow), libcurl headers (tgb), libsqlite3 headers (AlarmServer).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook90
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=gabriel-snnobre+bot_agiota_do_whatsapp; RC=01b937b383729dfd48f5143b0aa00fe9699daaf8
$M $R $RC include/ src/ third_party/
R=engk0ng+covidwebhook; RC=dee7832a30798b7410423ad8afc01a289a9927e5
$M $R $RC main.cpp crow_all.h controller/ utils/utils.hpp
R=gregweg+AlarmServer; RC=d3cb6cd6a0cd61713e9c85243ab5c878ac568d11
$M $R $RC crow_all.h src/ include/
R=Madagambada+tgb; RC=1844ef557222bd3ad18d8c9ac415548ee319c1b1
$M $R $RC telegrambot.cpp httplib.h strutil.h cxxopts.hpp
R=Elginator+Equabot; RC=ab23be66395d475ff366c123680ed180037fd483
$M $R $RC main.cpp httplib.h CrossPlatform.hpp
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
