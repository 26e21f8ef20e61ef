#!/bin/bash
# Re-creates /work/corpora/webhook111/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook111/stubs, makes stubs/rapidjson-fix (Debian's rapidjson
# 1.1.0 with the upstream fix of GenericStringRef::operator=, which clang-19 rejects), then writes
# compile_commands.json, labels.jsonl and empty.sarif.
# Needs from Debian 12: rapidjson-dev (DikuMUD3), nettle-dev (Tremulous), libcrypt-dev, libmariadb-dev (LuminariMUD),
# libopus-dev (Ring Racers; installed for this corpus), zlib, libpng and libcurl headers (Ring Racers).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook111
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
mkdir -p $C/stubs/rapidjson-fix
cp -r /usr/include/rapidjson $C/stubs/rapidjson-fix/rapidjson
sed -i '319{/GenericStringRef& operator=(const GenericStringRef& rhs)/d}' $C/stubs/rapidjson-fix/rapidjson/document.h
R=pvpgn+pvpgn-server; RC=fcdf00fedfd79a041e1a7b2f20c8d15995b0a762
$M $R $RC src/common/ src/compat/ src/bnetd/ src/json/ lib/fmt/
R=GrangerHub+tremulous; RC=cb4447dcfc9cad7a87c56deccc2c94bd3ac98d1b
$M $R $RC src/server/ src/qcommon/ src/game/ src/sys/ src/client/ src/renderercommon/ src/script/
R=LuminariMUD+Luminari-Source; RC=3d48a1b944ebe20dfb5888ee2961a42de162cd1e
$M $R $RC src/
R=Seifert69+DikuMUD3; RC=2f72cbfd41f24e60210a83a303fcfc9575c04f57
$M $R $RC vme/src/ vme/include/
R=EmpireMUD+EmpireMUD-2.0-Beta; RC=43c85b16d1c6f0fc8784f77556d1986c8ed6494e
$M $R $RC src/
R=KartKrewDev+RingRacers; RC=7815195502f4796a6b2c165f79429e405504515d
$M $R $RC src/ thirdparty/renamenoise/include/
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
