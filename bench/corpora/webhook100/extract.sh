#!/bin/bash
# Re-creates /work/corpora/webhook100/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook100/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: liburcu-dev (installed for BIND 9), libssl-dev, libsodium-dev, libjson-c-dev, libuv1-dev,
# zlib headers, libcrypt headers.
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook100
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
ls_ext() { git --git-dir=/work/.mirror/$1/repo ls-tree -r --name-only $2 -- $3 | grep -E "$4" | grep -vE "$5"; }
R=isc-projects+bind9; RC=bf74540dfe23bcb77afa62f65d1a290535435747
$M $R $RC lib/isc/include/ lib/dns/include/ lib/isccc/ lib/isc/safe.c lib/isc/proxy2.c lib/isc/crypto/ossl3.c \
  lib/dns/hmac_link.c lib/dns/dst_internal.h lib/dns/dst_parse.h lib/dns/dst_openssl.h
R=valkey-io+valkey; RC=55bbbe09a3b37a98c907dbfbc225768ff253e84f
$M $R $RC $(ls_ext $R $RC src '\.(c|h)$' '^src/(unit|modules)/') deps/hiredis/ deps/lua/src/ deps/hdr_histogram/ \
  deps/fpconv/ deps/linenoise/
R=leakingmemory+vtun-embedded; RC=2ef7c900821ce5e16807e9201fa8f9bd9ebb4665
$M $R $RC $(ls_ext $R $RC . '^[^/]*\.(c|h)$' '^$')
R=jedisct1+vtun; RC=b54bab7e5bcff8b6373e7e37a1b1c34a0bc24090
$M $R $RC $(ls_ext $R $RC . '^[^/]*\.(c|h)$' '^$')
R=netdata+netdata; RC=04b1cf54270c4e21c02e322e577e7e96d547c9ee
$M $R $RC $(ls_ext $R $RC src '^src/(libnetdata|web|health|claim|streaming|aclk|database|daemon|ml|registry|plugins\.d|exporting|collectors)/.*\.(c|h)$' '/tests?/|^src/collectors/(windows|macos|freebsd)|^src/go/')
R=goshhhy+netatalk-classic; RC=8b6f9b63068b9ae822d53c9fe3abe61bdd397a1d
$M $R $RC include/ sys/netatalk/ etc/uams/ bin/afppasswd/afppasswd.c
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
