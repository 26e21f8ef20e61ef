#!/bin/bash
# Re-creates /work/corpora/webhook95/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook95/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12 (all already installed): libcjson-dev (ET: Legacy), libssl-dev (Poco Crypto / JWT headers),
# zlib headers (Tesseract), nlohmann-json3-dev (OpenRCT2).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook95
hdrs() { git --git-dir=/work/.mirror/$1/repo ls-tree -r --name-only $2 -- "${@:3}" | grep -E '\.(h|hpp)$'; }
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=etlegacy+etlegacy; RC=a8e5f856f950a14cf97b0e5cd2db81dee046178f
$M $R $RC src/botlib/ src/game/ src/qcommon/ src/server/ src/db/ src/sys/ src/tvgame/ vendor/sha-1/ \
  etmain/ui/menudef.h $(hdrs $R $RC src/renderercommon/)
R=pocoproject+poco; RC=3a3e8e53612cde7343ff6a23a13807566bee666a
$M $R $RC Foundation/include/ Net/include/ Crypto/include/ JSON/include/ JWT/include/ MongoDB/include/ \
  Net/src/HTTPDigestCredentials.cpp Net/src/OAuth10Credentials.cpp Net/src/NTLMCredentials.cpp \
  Net/src/HTTPBasicCredentials.cpp Net/src/HTTPCredentials.cpp JWT/src/Signer.cpp MongoDB/src/Database.cpp
R=artyom-beilis+cppcms; RC=cfaf96eb79e50c1cfe2fde448cbedb784be9ea8f
$M $R $RC cppcms/ booster/booster/ src/ private/
R=FWGS+xash3d-fwgs; RC=633203e1b975e4c896283633e575b80c2dea308a
$M $R $RC engine/ public/ common/ pm_shared/ filesystem/
R=lsalzman+tesseract; RC=7dc2087a87b54e16e9fa52b7d2f33952c1e86c34
$M $R $RC src/shared/ src/engine/ src/fpsgame/ src/enet/include/
R=OpenRCT2+OpenRCT2; RC=45e30a559a0640840390b6ba702b8d610b6f683d
# headers only (some large .cpp files of src/openrct2 are absent from the snapshot) plus the one TU
$M $R $RC $(hdrs $R $RC src/openrct2/ src/thirdparty/) src/openrct2/network/NetworkBase.cpp
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
