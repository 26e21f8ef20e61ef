#!/bin/bash
# Re-creates /work/corpora/webhook47/src from the fetched mirrors (fetch github:<owner>/<name> first), then writes
# compile_commands.json, labels.jsonl and empty.sarif. Hand-written stubs live only in /work/corpora/webhook47/stubs
# (README.md, "Stubs", says how each was produced) and are left alone here.
# Needs from Debian 12: libssl-dev, libyang2-dev, libjson-c-dev (see README.md).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook47
rm -rf $C/src
gd() { local g=/work/.mirror/$1/repo; [ -d $g/.git ] && g=$g/.git; echo $g; }
R=xelerance+xl2tpd; RC=d39129278df525db440f0342d303893703064c3d
$M $R $RC $(git --git-dir=$(gd $R) ls-tree --name-only $RC | grep -E '\.(c|h)$')
R=yarrick+iodine; RC=517d7298b084fdb82d35ded4ed26bbc00673118a
$M $R $RC src/
R=FRRouting+frr; RC=fbfc8222da75dff28696b0d17f257cdf0808ba21
$M $R $RC lib/ ospfd/ ripd/ eigrpd/ bfdd/ ospf6d/ isisd/ include/ zebra/zebra_router.h
R=jech+babeld; RC=118774d0c720cef016c0f3894ef8d24cd9cadd17
$M $R $RC $(git --git-dir=$(gd $R) ls-tree --name-only $RC | grep -E '\.(c|h)$')
test -d $C/stubs || echo 'warning: /work/corpora/webhook47/stubs is missing (see README.md, Stubs)' >&2
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
