#!/bin/bash
# Re-creates /work/corpora/webhook74/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook74/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: libssl-dev (SIPp auth.cpp with USE_OPENSSL), libnspr4-dev / libnss3-dev and the OpenLDAP
# headers (389-ds-base password storage plugins).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook74
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=aox+aox; RC=ac09f40db4ed55c35b86b19d75e030dae096a24c
$M $R $RC $(git --git-dir=/work/.mirror/$R/repo ls-tree -r --name-only $RC -- core sasl pop server db encodings message collations imap | grep -E '\.h$') sasl/mechanism.cpp sasl/digest-md5.cpp sasl/cram-md5.cpp pop/popcommand.cpp
R=svarshavchik+courier-libs; RC=2a13a234cc337c29e2c4826cc079c16086341b79
$M $R $RC pcp/pcpdauthtoken.c pcp/pcpdauthtoken.h random128/random128.h numlib/numlib.h libhmac/hmac.h
R=lpereira+lwan; RC=f04239215bfeaca0f34cbe21695dd3156d34c54c
$M $R $RC src/lib/
R=389ds+389-ds-base; RC=70dcccafacc672a1add2fdd34388f84c5f42188d
$M $R $RC ldap/servers/plugins/pwdstorage/ ldap/servers/slapd/ ldap/include/ include/
R=SIPp+sipp; RC=31658c2fe7fa9ca508020e68956d7039c4a840cb
$M $R $RC src/ include/
R=heimdal+heimdal; RC=8c3c97bdf6c06200418f1a85aa22beaa441c6b23
$M $R $RC lib/roken/ct.c
R=evgeny-gridasov+openvpn-otp; RC=9781ff1b3327cff25070a26a95f93992d13a3ffd
$M $R $RC src/
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
