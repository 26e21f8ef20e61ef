#!/bin/bash
# Re-creates /work/corpora/webhook70/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook70/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: Boost headers (xbt, Ocelot, Swift, odamex, mqtt_cpp), MariaDB client headers (xbt), OpenSSL 3
# headers (mqtt_cpp sha256 with MQTT_USE_TLS), Qt5 Core/Gui/Widgets/Network/Concurrent headers (KeePassXC), zlib.
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook70
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=OlafvdSpek+xbt; RC=3af812b20b83257a0b2d1e19f80937549456aef6
$M $R $RC Tracker/ misc/
R=WhatCD+Ocelot; RC=972c8d6659a27faa2730b353c2389c2b563a2cd7
$M $R $RC $(git --git-dir=/work/.mirror/$R/repo/.git ls-tree --name-only $RC | grep -E '\.(cpp|h)$')
R=swift+swift; RC=12d031cf8177fdec0137f9aa7e2912fa23c4416b
$M $R $RC Swiften/ Limber/
R=KaidanIM+gloox-git; RC=003d529406539264c07c20f186a2c7412f9c597a
$M $R $RC src/
R=odamex+odamex; RC=41835cd98ce050dfbc1a84ef65dccfedecae39dd
$M $R $RC common/ server/src/
R=redboltz+mqtt_cpp; RC=4d0f08cdf17626d112e7d9d79d7439171913d9cb
$M $R $RC include/
R=keepassxreboot+keepassxc; RC=95bae8377c88f46fda565e09fee25d7ba684fe9e
$M $R $RC src/core/ src/crypto/ src/format/ src/streams/ src/keys/
R=weidai11+cryptopp; RC=b5242667a24e3db8e4600e77b2e502ef204e5280
$M $R $RC $(git --git-dir=/work/.mirror/$R/repo ls-tree --name-only $RC | grep -E '\.h$') misc.cpp cryptlib.cpp default.cpp pubkey.cpp
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
