#!/bin/bash
# Re-creates /work/corpora/net40/{src,stubs} from the fetched mirrors (fetch github:<owner>/<name> first),
# copies the stubs kept next to this script (stubsrc/), then writes compile_commands.json and labels.jsonl.
# Needs the Debian packages listed in README.md (libcurl4-openssl-dev, libspdlog-dev, libfmt-dev, libboost-dev,
# libboost-program-options-dev, libssl-dev, libsimdjson-dev, libglibmm-2.4-dev).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/net40
S=$C/stubs
rm -rf $C/src $S
gd() { local g=/work/.mirror/$1/repo; [ -d $g/.git ] && g=$g/.git; echo $g; }
R=sjanel+coincenter; RC=8581e99c8f3f1d26a98ef1064d9ac1be4e1c8488
$M $R $RC $(git --git-dir=$(gd $R) ls-tree -r --name-only $RC src | grep -E '/include/.*\.hpp$') src/http-request/src/curlhandle.cpp
R=R100001+BinanceConnectorCpp; RC=6e4941e852a867142f625ac9447d37ba4f58b8c9
$M $R $RC $(git --git-dir=$(gd $R) ls-tree -r --name-only $RC binance/lib | grep '\.hpp$') binance/lib/websocket_client.cpp binance/lib/http_client.cpp
R=open-telemetry+opentelemetry-cpp; RC=e35113804f078b3592699601ed728ec893754dac
$M $R $RC $(git --git-dir=$(gd $R) ls-tree -r --name-only $RC api/include sdk/include ext/include | grep -E '\.(h|hpp)$') \
   ext/src/http/client/curl/http_client_curl.cc ext/src/http/client/curl/http_operation_curl.cc
R=guendto+cclive; RC=9f77d01dd47cc1754e8a0bd0b61da230677d9359
$M $R $RC $(git --git-dir=$(gd $R) ls-tree -r --name-only $RC src | grep -vE '\.cpp$') src/cc/get.cpp
mkdir -p $S
cp -r stubsrc/. $S/
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
[ -f gen_labels.py ] && python3 gen_labels.py
