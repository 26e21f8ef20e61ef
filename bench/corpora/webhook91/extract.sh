#!/bin/bash
# Re-creates /work/corpora/webhook91/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook91/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: libssl-dev, zlib headers, libboost-dev (libtorrent), libgnutls28-dev + nettle-dev +
# libargon2-dev + libfmt-dev + libasio-dev (OpenDHT), libmsgpack-cxx-dev (OpenDHT, installed for this corpus),
# libmbedtls-dev (ptarmigan, installed for this corpus), libsodium-dev (ptarmigan), libuv1-dev + rapidjson-dev (p2pool).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook91
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=mongodb+mongo-c-driver; RC=a047e0bc10f1a1e1419ac6ae2b87386d8c8ec9d3
$M $R $RC src/libmongoc/src/ src/libbson/src/ src/common/src/ src/utf8proc-2.11.3/utf8proc.h \
  src/kms-message/src/
R=mariadb-corporation+mariadb-connector-c; RC=53243b8a7a3d8125d86004b1b784e40f75298d6b
$M $R $RC include/ libmariadb/ma_tls.c plugins/auth/
R=savoirfairelinux+opendht; RC=d676aef027b0d585bce719ee9e2f3ca93fa6996d
$M $R $RC include/ src/
R=arvidn+libtorrent; RC=069017e3348e8998ad585c86a5b7eba035d47006
$M $R $RC include/ src/kademlia/node.cpp src/bt_peer_connection.cpp
R=SChernykh+p2pool; RC=14b6a63c10244e7aeb652d79d2c5d264411be4e4
$M $R $RC src/ external/src/crypto/ external/src/cryptonote/ external/src/common/ external/src/Tari/ external/src/hardforks/ \
  external/src/siphash/
R=nayutaco+ptarmigan; RC=40a6d18e0e8c754058e62eab06646a27f0543603
$M $R $RC ln/ utl/ btc/ libs/mbedtls_config/
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
