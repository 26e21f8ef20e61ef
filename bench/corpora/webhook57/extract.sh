#!/bin/bash
# Re-creates /work/corpora/webhook57/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook57/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: libssl-dev (ipmitool lanplus, eggdrop), libcrypt-dev (sthttpd, OpenDoas), Tcl 8.6 headers
# (eggdrop).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook57
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=ipmitool+ipmitool; RC=be11d948f89b10be094e28d8a0a5e8fb532c7b60
$M $R $RC include/ src/plugins/lanplus/
R=wangyu-+udp2raw; RC=e42f0e573221c5e0146c02fd5d71f32aa93c7221
$M $R $RC encrypt.cpp encrypt.h common.h log.h my_ev.h my_ev_common.h lib/ libev/
R=eggheads+eggdrop; RC=277ec01e0aacfc29c8a0ce3383fe1999ca2414ce
$M $R $RC src/
R=blueness+sthttpd; RC=2845bf5bff2b820d2336c8c8061cbfc5f271e720
$M $R $RC src/
R=embedthis+goahead; RC=9b4deb0482a9a68e961c5ae8f3e880a5fcb81d7e
$M $R $RC src/auth.c src/crypt.c src/goahead.h src/osdep/ projects/goahead-linux-default-me.h
R=mrash+fwknop; RC=7605573040604cf899fee4fff21fa0c6e6bc5c37
$M $R $RC lib/ common/ server/
R=P-H-C+phc-winner-argon2; RC=f57e61e19229e23c4445b85494dbf7c07de721cb
$M $R $RC src/ include/
R=Duncaen+OpenDoas; RC=9a25a6d7b6be3ed4ffb822c5a3fa178057d18329
$M $R $RC doas.c doas.h shadow.c libopenbsd/
R=paullouisageneau+libjuice; RC=3c40a3545b6b1b62c7adee7f8f2bd58aa290afd6
$M $R $RC src/ include/
R=Quagga+quagga; RC=88d6516676cbcefb6ecdc1828cf59ba3a6e5fe7b
$M $R $RC lib/ ripd/ ospfd/
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
