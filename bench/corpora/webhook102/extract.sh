#!/bin/bash
# Re-creates /work/corpora/webhook102/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook102/stubs, generates getdns's getdns/getdns.h and
# getdns/getdns_extra.h from the extracted *.h.in templates (sed, as CMake's configure_file would), then writes
# compile_commands.json, labels.jsonl and empty.sarif.
# Needs from Debian 12: libjson-glib-dev, libpcap-dev (installed for rtpengine), libglib2.0-dev, libssl-dev, zlib,
# libbsd-dev, Boost headers (stunserver's boost/crc.hpp).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook102
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
ls_ext() { git --git-dir=/work/.mirror/$1/repo ls-tree -r --name-only $2 -- $3 | grep -E "$4" | grep -vE "$5"; }
R=sipwise+rtpengine; RC=e8b82121fa0bccc46923938db52ee96bcb535b3a
$M $R $RC daemon/ lib/ include/ $(ls_ext $R $RC kernel-module '\.(h|inc)$' '^$')
R=jselbie+stunserver; RC=1582042ca33f747f88101fbadec4944714aa8bbb
$M $R $RC common/ stuncore/ server/ networkutils/
R=trusteddomainproject+OpenARC; RC=355ee2a1ca85acccce494478991983b54f794f4e
$M $R $RC libopenarc/
R=trusteddomainproject+OpenDMARC; RC=bf37d53dace41970cce50f339397fffed2885261
$M $R $RC $(ls_ext $R $RC libopendmarc '^libopendmarc/[^/]*\.(c|h)$' '^$')
R=getdnsapi+getdns; RC=f8c95b4f150a7b42153a380fea05ed6ad5ce9826
$M $R $RC $(ls_ext $R $RC src '\.(c|h|in)$' '^src/(test|tools|gnutls)/|Doxyfile')
GD=$C/src/$R/src/getdns
sed -e 's/@GETDNS_COMPILATION_COMMENT@/getdns 1.7.3 (corpus stand-in)/' $GD/getdns.h.in > $GD/getdns.h
sed -e 's/@GETDNS_VERSION@/1.7.3/; s/@GETDNS_NUMERIC_VERSION@/0x01070300/; s/@API_VERSION@/December 2015/' \
    -e 's/@API_NUMERIC_VERSION@/0x07df0c00/; s/@GETDNS_BUILD_CFLAGS@//' $GD/getdns_extra.h.in > $GD/getdns_extra.h
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
