#!/bin/bash
# Re-creates /work/corpora/webhook64/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook64/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: libssl-dev (mangos-classic), libmariadb-dev headers (mangos-classic), Boost (mangos-classic),
# Qt5 core/network/sql/xml headers and mkspecs (cutelyst, treefrog), http_parser.h (ESP-IDF stub of esp_http_server.h).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook64
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=esphome+esphome; RC=33fdbbe30c4d9643300483bf2dfd85d992e2cf86
$M $R $RC esphome/core/ esphome/components/api/ esphome/components/esphome/ota/ esphome/components/ota/ \
  esphome/components/md5/ esphome/components/web_server_idf/ esphome/components/socket/ esphome/components/network/ \
  esphome/components/web_server_base/
R=cmangos+mangos-classic; RC=9b682be617ac61c127c23aa60d7b4ffbc0ce37e6
$M $R $RC src/shared/ src/framework/ src/realmd/ src/game/ dep/include/ dep/g3dlite/include/ \
  dep/recastnavigation/Detour/Include/ dep/recastnavigation/Recast/Include/ dep/json/
R=cuberite+cuberite; RC=7fd3fa5c9345a3f1b949c0988c4849db00a68486
$M $R $RC src/
R=cutelyst+cutelyst; RC=a64550501e35c07b1ae5347b6597c1abcad43c85
$M $R $RC Cutelyst/
R=treefrogframework+treefrog-framework; RC=5ff38f7b65d2f8469f59106499482697da9ecdf7
$M $R $RC src/ include/
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
