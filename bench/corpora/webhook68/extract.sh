#!/bin/bash
# Re-creates /work/corpora/webhook68/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook68/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: libssl-dev (resiprocate, xalwart.crypto), nlohmann-json headers (xalwart.crypto jwt.cpp),
# zlib headers (remod-sauerbraten).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook68
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=resiprocate+resiprocate; RC=68c54f2994e466b2aa62e18e8e0c246f4ed049e6
$M $R $RC rutil/ resip/stack/ resip/dum/ reTurn/ repro/
R=me-no-dev+ESPAsyncWebServer; RC=ad3741d159f9cfd50c567e81b67f3bef1dc6d89f
$M $R $RC src/WebAuthentication.cpp src/WebAuthentication.h src/literals.h
R=YuriyLisovskiy+xalwart.crypto; RC=e0340f57e37675b62d8e7e1918f2fb0af950d87a
$M $R $RC src/
R=vasyahuyasa+remod-sauerbraten; RC=bede1888501cef0d3a34f1d73ac2343263512cae
G=/work/.mirror/$R/repo; [ -d $G/.git ] && G=$G/.git
$M $R $RC src/enet/include/ src/shared/ src/engine/ src/fpsgame/ src/include/ src/mod/hashlib2plus/src/ \
  src/mod/cryptomod/polarssl/include/ src/mod/rconmod_tcp.cpp src/mod/rconmod_udp.cpp \
  src/mod/authservers.cpp $(git --git-dir=$G ls-tree --name-only $RC src/mod/ | grep -E '\.h$')
R=peercoin+peercoin; RC=1434d21e5b5f593772193d3d571ff8797e0424ec
G=/work/.mirror/$R/repo; [ -d $G/.git ] && G=$G/.git
$M $R $RC $(git --git-dir=$G ls-tree -r --name-only $RC src | grep -E '\.(h|hpp|cpp|ipp)$' | \
  grep -vE '^src/(qt|test|bench|leveldb|secp256k1|crc32c|minisketch|wallet/test|univalue/(lib|test))/')
R=psi-im+iris; RC=870c5cc31a2ab84427b2a66f80c941d6413b85e3
$M $R $RC src/xmpp/sasl/scramsha1signature.cpp src/xmpp/sasl/scramsha1signature.h
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
