#!/bin/bash
# Re-creates /work/corpora/webhook61/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook61/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: libssl-dev and libevent headers (openiked), libcrypt-dev (tbaMUD, PennMUSH), libssl-dev and libpcre2-dev headers
# (PennMUSH).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook61
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=tbamud+tbamud; RC=03d7ba7a48495b270e113821bc59b3cbde43c4b0
$M $R $RC src/
R=twitter+twemproxy; RC=60aaf855ba2e15e20d0efbe440c8ff071b719580
$M $R $RC src/
R=jedisct1+dsvpn; RC=f5c52dcb96917152b279cc8e1ea9cb8126973b99
$M $R $RC include/ src/
R=openiked+openiked-portable; RC=4a71216cf3c6372a13451574d0ceb85c892e7376
$M $R $RC compat/ iked/
R=coova+coova-chilli; RC=e0c7d7af95066eff2b58ad4dca77a2dc85c64188
$M $R $RC src/ bstring/bstrlib.h json/
R=pennmush+pennmush; RC=e15120473393b196e0ff135a9e30c463484c1d08
$M $R $RC hdrs/ src/player.c src/mycrypt.c options.h confmagic.h
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
