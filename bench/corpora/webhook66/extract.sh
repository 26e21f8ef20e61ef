#!/bin/bash
# Re-creates /work/corpora/webhook66/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook66/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12 (already installed): libssl-dev (burp), libsodium-dev and libevent-dev (dnscrypt-wrapper),
# libtasn1 / libgcrypt / gnutls headers (shishi), libcrypt-dev.
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook66
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
ls_h() { git --git-dir=/work/.mirror/$1/repo ls-tree -r --name-only $2 -- $3 | grep -E "$4"; }
R=jas4711+gsasl; RC=3ac45ba007433e0191c27c7b99e38847a1b0be1a
$M $R $RC lib/src/ lib/scram/ lib/cram-md5/ lib/digest-md5/ lib/login/ lib/plain/
R=coreboot+vboot; RC=29a919a2a73305e58e79e6625a2824dff75166f9
$M $R $RC firmware/2lib/ firmware/include/ firmware/lib/include/ firmware/lib/tpm_lite/ firmware/lib20/include/
R=bodea+l2tpns; RC=c8209f928e85ac8d289696e03b220142b059b19b
$M $R $RC radius.c l2tpns.h md5.h constants.h plugin.h util.h cluster.h fake_epoll.h bgp.h tbf.h ll.h
R=cofyc+dnscrypt-wrapper; RC=45915218c44f05a2afe7bc9643ecb58c4ed487d5
$M $R $RC $(ls_h $R $RC . '^[^/]*\.(c|h)$') argparse/argparse.h
R=hrs-allbsd+wide-dhcpv6; RC=24ee2a4f0009bc6ac9bd0b7b737aef93a4aa9905
$M $R $RC $(ls_h $R $RC . '^[^/]*\.h$') auth.c config.c common.c
R=grke+burp; RC=85c6c505eec4848fd3218a48c37daf87e46465ec
$M $R $RC $(ls_h $R $RC src/ '\.h$') src/server/auth.c src/client/auth.c
R=gnu-mirror-unofficial+shishi; RC=a482f5a8b6f5a5366573f5c286157386d9871f0c
$M $R $RC lib/ $(ls_h $R $RC gl/ '^gl/[^/]*\.h$')
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
