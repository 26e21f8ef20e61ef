#!/bin/bash
# Re-creates /work/corpora/webhook85/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook85/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: libssl-dev (librdkafka SCRAM with WITH_SSL, trafficserver plugins, nats.c TLS),
# libsodium-dev (libzmq CURVE with ZMQ_USE_LIBSODIUM).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook85
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=ShadowsocksR-Live+shadowsocksr-native; RC=17677abc3c3c0992244b732c7b62397022dbbe79
$M $R $RC src/obfs/ $(git --git-dir=/work/.mirror/$R/repo ls-tree --name-only $RC src/ | grep -E '\.h$')
R=yukixz+ss5; RC=7f999f1923b8e74d43701d98c078d69f3d65107b
$M $R $RC include/ modules/mod_authen/
R=confluentinc+librdkafka; RC=4c3b017c3de8d9c10de12b9eec0ea688e8d5787d
$M $R $RC $(git --git-dir=/work/.mirror/$R/repo ls-tree --name-only $RC src/ | grep -E '\.h$') src/rdkafka_sasl_scram.c
R=zeromq+czmq; RC=b669c7eb60cb8f587071ac6ece7cd68d30ac4017
$M $R $RC include/ src/zauth.c $(git --git-dir=/work/.mirror/$R/repo ls-tree --name-only $RC src/ | grep -E '\.(h|inc)$')
R=zeromq+libzmq; RC=6b708e4a453a31e240211792f42e4f0c67b7fc03
$M $R $RC include/zmq.h src/curve_server.cpp $(git --git-dir=/work/.mirror/$R/repo ls-tree --name-only $RC src/ | grep -E '\.(h|hpp)$')
R=apache+trafficserver; RC=1372b5efba2508e82252799e1242bd1b7ab121f5
$M $R $RC plugins/experimental/access_control/ include/tscore/ink_base64.h plugins/experimental/url_sig/url_sig.cc \
  plugins/experimental/url_sig/url_sig.h
R=nats-io+nats.c; RC=2d4db4a36ecf5cbdf04c836fb823696dd5c2a7fb
$M $R $RC src/conn.c src/object.c $(git --git-dir=/work/.mirror/$R/repo ls-tree -r --name-only $RC src/ | grep -E '\.h$')
R=spawn18+tightsocks; RC=2b40a945a6c1a868c0b67e877ed99d8c5ad42c00
$M $R $RC protocol/ network/ system/ misc/
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
[ -f gen_labels.py ] && python3 gen_labels.py || true
