#!/bin/bash
# Re-creates /work/corpora/webhook44/src from the fetched mirrors (fetch github:<owner>/<name> first), then writes
# compile_commands.json, labels.jsonl and empty.sarif. Generated / configure headers live only in
# /work/corpora/webhook44/stubs (README.md, Stubs, says how each was produced) and are left alone here.
# Needs from Debian 12: qt6-base-dev, libprotobuf-dev, libssl-dev, libjson-c-dev (present) and libsoci-dev (installed).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook44
rm -rf $C/src
R=mumble-voip+mumble; RC=3616998b7859cb25a77439042bfbce77a65c7d1c
$M $R $RC $(git --git-dir=/work/.mirror/$R/repo ls-tree $RC src/ | awk '$2=="blob" && $1!="120000"{print $4}') \
  src/murmur/ src/crypto/ src/database/
R=ntpsec+ntpsec; RC=fa2a47980ea6ce0c786e67f1f4928f5604b1184e
$M $R $RC include/ libntp/ ntpd/ libaes_siv/
R=mcu-tools+mcuboot; RC=2d4bacc3c15ebb6f91c28807fe6eb38b4ba98f77
$M $R $RC boot/bootutil/ ext/tinycrypt/lib/ sim/mcuboot-sys/csupport/
R=mbroz+cryptsetup; RC=38f95b7001c7680d29093e2a73aa389467deb9a0
$M $R $RC lib/
test -d $C/stubs || echo 'warning: /work/corpora/webhook44/stubs is missing (see README.md, Stubs)' >&2
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
[ -f gen_labels.py ] && python3 gen_labels.py
