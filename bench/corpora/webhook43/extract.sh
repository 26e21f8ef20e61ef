#!/bin/bash
# Re-creates /work/corpora/webhook43/src from the fetched mirrors (fetch github:<owner>/<name> first), then writes
# compile_commands.json, labels.jsonl and empty.sarif. Hand-written config headers live only in
# /work/corpora/webhook43/stubs (README.md, "Stubs", says how each was produced) and are left alone here.
# Needs from Debian 12: libssl-dev, libglib2.0-dev, libgcrypt20-dev, libgnutls28-dev, zlib1g-dev, libzstd-dev,
# libcjson-dev, libcurl4-openssl-dev, libfmt-dev, libboost-dev (+ thread/system), qtbase5-dev (see README.md).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook43
rm -rf $C/src
gd() { local g=/work/.mirror/$1/repo; [ -d $g/.git ] && g=$g/.git; echo $g; }
R=eclipse+tinydtls; RC=8a9e0481201ec9fe0e0b2e526595aa6e510d98ad
$M $R $RC $(git --git-dir=$(gd $R) ls-tree --name-only $RC | grep -E '\.(c|h)$') aes/ ecc/ sha2/ tests/dtls-server.c tests/dtls_ciphers_util.h tests/dtls_ciphers_util.c
# weechat: pinned at the parent of the GHSA-vhv8-g2r9-cwcc timing-attack fixes (6948aea62, e540d7a2c, 43a118ac4)
R=weechat+weechat; RC=5dbb96b66a406c895b59dc871ba5c8cee9aceead
$M $R $RC src/core/ src/plugins/ src/gui/
R=irssi+irssi; RC=43f1727ef9fe1cb51d5031ee2dd0e1965217e4cb
$M $R $RC src/
R=hexchat+hexchat; RC=b544ac3350e85d4cc41fe3414cbdb82d75ce5d7a
$M $R $RC src/common/
R=obgm+libcoap; RC=92b3db23e99424e9282d57e471dadcfd15ab93f0
$M $R $RC include/ src/
R=MusicPlayerDaemon+MPD; RC=ff22bd411bedbda508eb9406e9fe77f1116a2d11
$M $R $RC src/
R=monero-project+monero; RC=0aa9c51bd8eb53abb0a7023b5c768d9b46ee18a0
$M $R $RC contrib/epee/include/ contrib/epee/src/
R=quassel+quassel; RC=c63fc1eecc4abc130b742ffc678b22f6a852f782
$M $R $RC src/common/ src/core/
test -d $C/stubs || echo 'warning: /work/corpora/webhook43/stubs is missing (see README.md, Stubs)' >&2
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
