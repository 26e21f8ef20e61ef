#!/bin/bash
# Re-creates /work/corpora/net38/{src,stubs} from the fetched mirrors (fetch github:<owner>/<name> first),
# writes the generated config headers, then compile_commands.json and labels.jsonl.
# Needs libcurl4-openssl-dev, libhiredis-dev 0.14, libpq-dev + postgresql-server-dev-15, libmosquitto-dev,
# librdkafka-dev, libyajl-dev, libevent-dev, libexpat1-dev (see README.md).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/net38
S=$C/stubs
rm -rf $C/src $S
gd() { local g=/work/.mirror/$1/repo; [ -d $g/.git ] && g=$g/.git; echo $g; }
R=collectd+collectd; RC=10d88917af2fd8083ab57faca55004b19608147f
$M $R $RC $(git --git-dir=$(gd $R) ls-tree -r --name-only $RC src/utils src/daemon src/liboconfig | grep '\.h$') \
   src/mqtt.c src/write_redis.c src/redis.c src/write_kafka.c src/postgresql.c src/write_http.c src/curl_json.c src/curl.c
R=EnterpriseDB+repmgr; RC=e696e28f438fcc73beaaec9a17238286f9a77115
$M $R $RC $(git --git-dir=$(gd $R) ls-tree --name-only $RC | grep -E '\.(h|h\.in)$') dbutils.c repmgrd.c repmgrd-physical.c
R=nicolasff+webdis; RC=8df5c2d5d63e46ff4bb18328869140ab45669068
$M $R $RC $(git --git-dir=$(gd $R) ls-tree --name-only $RC src/ | grep '\.h$') src/pool.c src/http-parser/http_parser.h
R=jabberd2+jabberd2; RC=376e632989e1e7c3ad11b0948054254e99ddec2a
$M $R $RC $(git --git-dir=$(gd $R) ls-tree -r --name-only $RC storage util sx mio subst | grep '\.h$') storage/storage_pgsql.c
# generated headers (configure results; no library stand-ins)
mkdir -p $S/collectd $S/repmgr $S/jabberd2
cp collectd-config.h $S/collectd/config.h
printf '/* config.h (net38): repmgr'"'"'s config.h.in holds no definitions */\n' > $S/repmgr/config.h
sed 's/^#define PG_ACTUAL_VERSION_NUM *$/#define PG_ACTUAL_VERSION_NUM 150020/' \
    $C/src/EnterpriseDB+repmgr/repmgr_version.h.in > $S/repmgr/repmgr_version.h
cp jabberd2-config.h $S/jabberd2/config.h
cp jabberd2-ac-stdint.h $S/jabberd2/ac-stdint.h
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
