#!/bin/bash
# Re-creates /work/corpora/webhook96/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook96/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: libssl-dev (bmcweb), libboost-dev (bmcweb), libc++-19-dev (bmcweb: <format>).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook96
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=OpenIPC+divinus; RC=ec152160c41a52178922e2d3bea26d6acfc367b5
$M $R $RC src/ res/
R=iortcw+iortcw; RC=a4e6f501b5ef1a1f6127d89164e850bb7cf873d6
$M $R $RC MP/code/qcommon/ MP/code/server/ MP/code/game/ MP/code/botlib/ MP/code/sys/ SP/code/qcommon/ \
  SP/code/server/ SP/code/game/ SP/code/botlib/ SP/code/sys/ SP/code/renderer/tr_types.h \
  MP/code/renderer/tr_types.h
R=avinson+rom24-quickmud; RC=364c26f1b124e238156e3d11b4e72a8992c66b74
$M $R $RC src/
R=fuzzball-muck+fuzzball; RC=776c9194c660096f1cc567367a4892b7c39149ef
$M $R $RC include/ src/
R=openbmc+bmcweb; RC=7debb8928f3dd18b5d0767d2f4cd8d40eb44ce98
$M $R $RC src/ossl_random.cpp include/ossl_random.hpp http/logging.hpp
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
