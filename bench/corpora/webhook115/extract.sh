#!/bin/bash
# Re-creates /work/corpora/webhook115/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook115/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: libssl-dev, libsctp-dev (iperf), libgensio-dev (ser2net), libssh-dev and libyang2-dev
# (libnetconf2), libpam0g-dev.
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook115
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=esnet+iperf; RC=c9b74229d0d9bfec6d2307b66b43c29a7665ad0b
$M $R $RC src/
R=janvidar+uhub; RC=579f0da444c5ec572717704903b8709480b27941
$M $R $RC src/
# uhub: emulate CMake's configure_file for system.h / version.h (Linux, glibc: every #cmakedefine defined)
U=$C/src/$R/src
sed -E 's/^#cmakedefine ([A-Za-z0-9_]+)/#define \1 1/' $U/system.h.in > $U/system.h
sed -E 's/@UHUB_VERSION_(MAJOR|MINOR|PATCH)@/0/g; s/@UHUB_GIT_VERSION@/none/' $U/version.h.in > $U/version.h
R=SCST-project+scst; RC=aa5cc2dd70f9c2d0dfd30d2d8821986023c34aba
$M $R $RC iscsi-scst/usr/ iscsi-scst/include/ scst/include/
R=tomaszmrugalski+dibbler; RC=bb6e00b99361ae60d354061f7ca33fd93603863d
$M $R $RC Messages/ Misc/ Options/ include/ IfaceMgr/ CfgMgr/ poslib/
R=cminyard+ser2net; RC=c784389f50be880b35503ac11530c50bcc22ee57
$M $R $RC $(git --git-dir=/work/.mirror/$R/repo ls-tree --name-only $RC | grep -E '\.[ch]$')
R=CESNET+libnetconf2; RC=284ee667445c34402ebbe83c5b38344d6283d6ce
$M $R $RC src/
R=openwrt+odhcp6c; RC=10a52220aec9d45803518d8cc4d63e552484ed61
$M $R $RC src/
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
