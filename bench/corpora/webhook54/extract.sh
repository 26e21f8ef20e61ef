#!/bin/bash
# Re-creates /work/corpora/webhook54/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written config headers from ./stubs to /work/corpora/webhook54/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: libssl-dev (picotls lib/openssl.c, ptunnel-ng SHA-512), libcrypt-dev (crypt(3)).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook54
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=h2o+picotls; RC=f07f1c8c68b237f1468bc1f1fe1b68aba3ff23b4
$M $R $RC include/ lib/picotls.c lib/openssl.c $(git --git-dir=/work/.mirror/$R/repo ls-tree --name-only $RC lib/ | grep -E "\.h$")
R=utoni+ptunnel-ng; RC=b1baa742c0e667b7d4e4965f74ae6f1740f89837
$M $R $RC src/
R=friedrich+hans; RC=935bd2aefef7bd6e5e802dc0a6af8a8df1457be1
$M $R $RC src/
R=ircd-hybrid+ircd-hybrid; RC=c22d5cb26a8e40ebf48a06d1755355843504001e
$M $R $RC src/ libio/src/ modules/m_join.c modules/m_sjoin.c
R=troglobit+merecat; RC=57a2ce7c0cca65579f57d248ef89300eb22c2d97
$M $R $RC src/
R=jech+polipo; RC=4d42ca1b5849518762d110f34b6ce2e03d6df9ec
$M $R $RC $(git --git-dir=/work/.mirror/$R/repo ls-tree --name-only $RC | grep -E '\.(c|h)$')
R=troglobit+mini-snmpd; RC=45765e39d52469fd2b5ec5cfb78e042f437c0df4
$M $R $RC protocol.c mini-snmpd.h compat.h
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
