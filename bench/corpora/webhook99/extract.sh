#!/bin/bash
# Re-creates /work/corpora/webhook99/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook99/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: libglib2.0-dev, liblua5.1-0-dev (installed for this corpus), libmariadb-dev /
# default-libmysqlclient-dev, libssl-dev, libcrypt-dev.
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook99
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
# Hiawatha web server 10.9 (mirror of the release; bundled mbed TLS headers)
R=kyanha+hiawatha-webserver; RC=547414f2fe8e5a52aafe0e77b7144732b913dc70
$M $R $RC src/ mbedtls/include/
# Atlas MySQL proxy (Qihoo 360)
R=Qihoo360+Atlas; RC=5082aa0403caccfdd3820007e20144e3441f8566
$M $R $RC src/ plugins/admin/ plugins/proxy/ lib/sql-tokenizer.h lib/sql-tokenizer-keywords.h
# corvus Redis cluster proxy (ele.me)
R=eleme+corvus; RC=df06ef75644cd100f13ac6224f4cd77c806c3080
$M $R $RC src/
# dns2tcp (TCP over DNS tunnel)
R=alex-sector+dns2tcp; RC=52935452ba771b96e96f622127e70ec9ef01c0b4
$M $R $RC server/ common/
# vire multithreaded Redis-compatible server (vipshop)
R=vipshop+vire; RC=fdb7db80f875877098cb5e7feaeb618ee2ddbb7b
$M $R $RC src/ dep/ae/ dep/darray/ dep/dhashkit/ dep/dlist/ dep/dmalloc/ dep/sds/ dep/util/
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
