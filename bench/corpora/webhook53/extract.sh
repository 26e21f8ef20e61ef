#!/bin/bash
# Re-creates /work/corpora/webhook53/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written config headers from ./stubs to /work/corpora/webhook53/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: libssl-dev (uMurmur's OpenSSL back end), libprotobuf-c-dev (uMurmur's Mumble.pb-c.h;
# installed for this corpus), libsodium-dev (cjdns), libcrypt-dev (Cherokee htpasswd crypt_r).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook53
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=cherokee+webserver; RC=ce1ca8acc707627a52943bf7ef40bfb964803718
$M $R $RC cherokee/
R=umurmur+umurmur; RC=da2e175e0ffbeacafe501b045f30c21d4ab4123e
$M $R $RC src/
R=libnice+libnice; RC=16b364d276d371e011d88831d74627b707dcba7a
$M $R $RC stun/
R=cjdelisle+cjdns; RC=f5902acab6dd2f1a68bf6e4c89e352ed71f93698
$M $R $RC admin/ benc/ crypto/ exception/ memory/ rust/cjdns_sys/ util/ wire/ interface/ net/ dht/ switch/ \
  tunnel/ subnode/ client/ io/ node_build/
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
