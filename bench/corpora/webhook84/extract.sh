#!/bin/bash
# Re-creates /work/corpora/webhook84/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook84/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: libssl-dev (open-iscsi auth.c uses OpenSSL EVP); libspdlog-dev / libfmt-dev
# (LizardFS common headers; already present).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook84
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=fujita+tgt; RC=f0dc199bd5887ee0de5c1dc4fa9e97af52fccdb8
$M $R $RC usr/
R=open-iscsi+open-iscsi; RC=bc236140ff0f0b66c18c0064fdebe5916c32c5da
$M $R $RC usr/ include/ libopeniscsiusr/
R=moosefs+moosefs; RC=ac106b2ec8661ff00def725d042cb67d3ca2184d
$M $R $RC mfsmaster/ mfscommon/
R=sahlberg+libsmb2; RC=bae5ef5d94537dcaf5fb520cfed22bb84c99e20b
$M $R $RC lib/ include/
R=pulseaudio+pulseaudio; RC=0cc36279ec993680bccad6b907ba15de97b55c4d
$M $R $RC src/pulsecore/ src/pulse/
R=gluster+glusterfs; RC=595745f8e42ed64aa77580b3e724ba20ce1cd17a
$M $R $RC libglusterfs/src/glusterfs/ xlators/protocol/auth/ xlators/protocol/server/src/ rpc/rpc-lib/src/ rpc/xdr/src/
R=sahlberg+libiscsi; RC=65ebd1415455d5016043a437aeec75e57b3bf043
$M $R $RC lib/ include/
R=lizardfs+lizardfs; RC=b1e97f974fc3a4046edaf9fdc3962264d4cd24fa
$M $R $RC src/master/ src/common/ src/protocol/
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
