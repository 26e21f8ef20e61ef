#!/bin/bash
# Re-creates /work/corpora/webhook104/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook104/stubs, generates myMPD's compile_time.h from the
# extracted src/compile_time.h.in (the way its CMake configure_file would, see README "Stubs"), then writes
# compile_commands.json, labels.jsonl and empty.sarif.
# Needs from Debian 12: libssl-dev, nlohmann-json3-dev, libcpp-httplib-dev (clas-digital), qtbase5-dev (hyperion.ng),
# libupnp-dev (installed for this corpus), libjsoncpp-dev, libfmt-dev, libspdlog-dev, libpugixml-dev (gerbera).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook104
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=TolaMironcenko+auth_service_cpp; RC=f0609e49b4d4b321e2ff514a1898f1e4fb27ec45
$M $R $RC src/
R=alleonhardt+clas-digital; RC=ce6e19d7cb65e650f83f36321a0966cea583d55d
$M $R $RC src/server/login/ src/server/debug/ src/server/plugins/EventManager.hpp src/server/filehandler/util.h
R=jcorporation+myMPD; RC=5cd955c16d7099c55b0eb4c1a9e31bb1bbf45480
$M $R $RC src/ dist/mongoose/ dist/sds/ dist/rax/ dist/mpack/ dist/libmpdclient/include/ dist/utest/
# compile_time.h: configure_file(src/compile_time.h.in) with every #cmakedefine off and the ${...} paths filled in
sed -e 's|^#cmakedefine \(.*\)$|/* #undef \1 */|' -e 's|\${PROJECT_VERSION}|0.0.0|' \
    -e 's|\${[A-Z_]*}|/var/lib/mympd|g' $C/src/$R/src/compile_time.h.in > $C/src/$R/compile_time.h
R=hyperion-project+hyperion.ng; RC=9818abe25b3ae51f65a180a5ba0c5706a13b2e70
$M $R $RC include/ libsrc/db/
R=gerbera+gerbera; RC=27142218fe5f0d74065c9f3364d81c09fea7b7be
$M $R $RC src/
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
