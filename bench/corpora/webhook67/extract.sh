#!/bin/bash
# Re-creates /work/corpora/webhook67/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook67/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: libssl-dev (quarkdb, domoticz), Boost headers (domoticz), standalone asio headers
# (/usr/include/asio.hpp, quarkdb).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook67
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=gbitzes+quarkdb; RC=cb1d4d38ed6f381be132495a5172a81b23b5969a
$M $R $RC src/ deps/StringMatchLen.h deps/xxhash/
R=dilithion+dilithion; RC=3e1bb6bc8d283ab69006e555af551a01f8e3711c
$M $R $RC src/rpc/auth.cpp src/rpc/auth.h src/rpc/permissions.cpp src/rpc/permissions.h src/crypto/ \
  src/wallet/crypter.cpp src/wallet/crypter.h src/wallet/passphrase_validator.cpp src/wallet/passphrase_validator.h \
  src/util/secure_allocator.h
R=ideawu+ssdb; RC=0e2e79bb3d289b87d0f0437b3666ceac95790985
$M $R $RC src/net/ src/util/ src/include.h src/version.h
R=PHZ76+RtspServer; RC=1fe0ac9a0a9d417d09c2125b6fd2c1627beea186
$M $R $RC src/
R=sems-server+sems; RC=2775036c2b1398ff28b3a54be1192a357ed68798
$M $R $RC core/plug-in/uac_auth/ $(git --git-dir=/work/.mirror/$R/repo ls-tree --name-only $RC core/ | grep '\.h$') \
  core/SampleArray.cc core/sip/ core/amci/ core/ampi/ core/rtp/ core/compat/ apps/webconference/ apps/voicebox/ \
  apps/msg_storage/MsgStorageAPI.h
R=domoticz+domoticz; RC=85308e91ec36ad567258c1bfaa991faf3e333729
$M $R $RC webserver/ tcpserver/ iamserver/ \
  $(git --git-dir=/work/.mirror/$R/repo ls-tree --name-only $RC main/ | grep -E '\.(h|hpp)$') \
  $(git --git-dir=/work/.mirror/$R/repo ls-tree -r --name-only $RC push/ hardware/ notifications/ httpclient/ | grep -E '\.(h|hpp)$')
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
