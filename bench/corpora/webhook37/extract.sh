#!/bin/bash
# Re-creates /work/corpora/webhook37/src from the fetched mirrors (fetch github:<owner>/<name> first), then writes
# compile_commands.json, labels.jsonl and empty.sarif. The generated config headers live only in
# /work/corpora/webhook37/stubs (not committed; README.md says how each was produced) and are left alone here. Needs from Debian 12: libssl-dev, libgmp-dev, libpcre2-dev and libdb-dev
# (installed for this corpus); see README.md.
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook37
rm -rf $C/src
gd() { local g=/work/.mirror/$1/repo; [ -d $g/.git ] && g=$g/.git; echo $g; }
R=CZ-NIC+bird; RC=639423360c8006aef492a25444535320a882a8b3
$M $R $RC lib/ nest/ conf/ sysdep/ filter/ proto/ospf/ proto/bfd/ proto/babel/ proto/rip/ configure.ac Makefile.in aclocal.m4
R=pjsip+pjproject; RC=b7317ffcaf1d20a38eb231cf15b7b65c4734dbb4
$M $R $RC pjlib/include/ pjlib-util/include/ pjnath/include/ pjsip/include/ pjmedia/include/ aconfigure.ac \
  pjsip/src/pjsip/sip_auth_server.c pjsip/src/pjsip/sip_auth_client.c pjnath/src/pjnath/stun_auth.c
R=gstrauss+hostap; RC=4d6ad78d07856bd5787c975043829d044df21d40
$M $R $RC src/utils/ src/common/ src/crypto/ src/eap_common/ src/eap_server/ src/radius/ src/wps/ src/tls/ src/ap/ \
  src/drivers/driver.h src/l2_packet/l2_packet.h hostapd/defconfig
R=acassen+keepalived; RC=9cbce3e2117fd7dfbddf3cd4c45dad6283189176
$M $R $RC keepalived/include/ keepalived/vrrp/vrrp.c lib/ configure.ac
R=NLnetLabs+ldns; RC=310ae27b23e071b20e5010b6916d73ba0435ab79
$M $R $RC tsig.c ldns/ compat/ configure.ac Makefile.in
R=tarantool+tarantool; RC=574ca42d7c1a5fc557e0e0117b367aacca39d39a
$M $R $RC src/scramble.c src/scramble.h third_party/sha1.h third_party/base64.h third_party/sha1.c third_party/base64.c
R=luanti-org+luanti; RC=ecda1027f3c501eb9c2274a1815e1997831300af
$M $R $RC src/util/ src/config.h src/porting.h src/irrlichttypes.h src/debug.h src/constants.h src/cmake_config.h.in \
  src/log.h src/exceptions.h src/gettime.h src/threading/ irr/include/ lib/sha256/
R=Exim+exim; RC=13835a3c1e057efad7da269c0f93bf2eac850205
$M $R $RC $(git --git-dir=$(gd $R) ls-tree --name-only $RC src/src/ | grep -E '\.h$') src/src/auths/ src/src/hintsdb/ \
  src/src/config.h.defaults src/OS/os.h-Linux src/OS/Makefile-Linux src/OS/Makefile-Default src/src/buildconfig.c \
  src/src/EDITME $(git --git-dir=$(gd $R) ls-tree -r --name-only $RC src/src/miscmods src/src/routers src/src/transports \
  src/src/lookups | grep '\.h$')
test -d $C/stubs || echo 'warning: /work/corpora/webhook37/stubs is missing (see README.md, Stubs)' >&2
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
