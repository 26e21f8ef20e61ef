#!/bin/bash
# Re-creates /work/corpora/webhook107/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook107/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12 (all already installed): libglib2.0-dev, libssl-dev, nlohmann-json3-dev, libfmt-dev,
# libsasl2-dev, default-libmysqlclient-dev (MariaDB headers), liblua5.1 headers (see README).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook107
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=couchbase+kv_engine; RC=eba4298981505cdc3371abbfb8be213236f7875a
$M $R $RC include/cbsasl/ include/memcached/ cbsasl/ utilities/logtags.h
R=Lede-Inc+cetus; RC=9ba02363850f7a05d2f81781d111652d5674f5aa
$M $R $RC src/ plugins/admin/ lib/
R=Meituan-Dianping+DBProxy; RC=3165f6b58a244d72c80684c54e34be59160819d3
$M $R $RC src/ plugins/admin/ plugins/proxy/ lib/ config.h
R=pgmoneta+pgmoneta; RC=200fc35d849220462cd837751aca224359f2089e
$M $R $RC src/include/ src/libpgmoneta/security.c src/libpgmoneta/aes.c
R=pgexporter+pgexporter; RC=cfa0e298f58555215b93ca3d94ed49eeb294c1b0
$M $R $RC src/include/ src/libpgexporter/security.c
R=OpenAtomFoundation+pikiwidb; RC=f3e09b84d3ef475c0893f5455f0cff618fc1102e
$M $R $RC src/
R=apache+qpid-proton; RC=caf0f45c5652d1576ca5af882fbc2be9b53800c0
$M $R $RC c/include/ c/src/
R=RedisLabs+redis-cluster-proxy; RC=adc7252dc207b0e6a536cd2de3a73136595d19a7
$M $R $RC src/ deps/hiredis/
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
