#!/bin/bash
# Re-creates /work/corpora/webhook82/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook82/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12 (already installed): libssl-dev (OpenSIPS digest_auth / nonce), libgcrypt20-dev (booth),
# libnss3-dev / libnspr4-dev headers (corosync 2.4 totemcrypto).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook82
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
gd() { local g=/work/.mirror/$1/repo; [ -d $g/.git ] && g=$g/.git; echo $g; }
# OONF: the crypto plugin headers were dropped from include/ by c33d680e; pinned to its parent
R=OLSR+OONF; RC=1551b86d02869ca4cea4f10893928ac51ed92ace
$M $R $RC include/ src/crypto/rfc7182_provider/ src/crypto/sharedkey_sig/
R=ClusterLabs+booth; RC=eed109074850760094952bfd14f768b78a9e7f3e
$M $R $RC src/auth.c src/auth.h
R=OpenSIPS+opensips; RC=8f4f1e1b4015a52f88953e6c16758f800bd0e9fb
$M $R $RC $(git --git-dir=$(gd $R) ls-tree -r --name-only $RC | grep -E '\.h$' | grep -v '^modules/') \
  $(git --git-dir=$(gd $R) ls-tree -r --name-only $RC modules/signaling modules/tm modules/sl | grep -E '\.h$') \
  lib/digest_auth/ modules/auth/ forward.c
R=USNavalResearchLaboratory+ospf-mdr; RC=7c9e891d3904acfcb5fcb8a74c0d6fca5cb03725
$M $R $RC $(git --git-dir=$(gd $R) ls-tree -r --name-only $RC lib ospfd ripd isisd | grep -E '\.h$') \
  ospfd/ospf_packet.c ripd/ripd.c isisd/isis_pdu.c lib/keychain.c
# corosync: v2.4.6 (the last line with totem's own HMAC check; corosync 3 delegates crypto to kronosnet)
R=corosync+corosync; RC=5d625cefe820c71d14ec851fc6bb5fd640515d89
$M $R $RC include/ exec/totemcrypto.c exec/totemcrypto.h
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
