#!/bin/bash
# Re-creates /work/corpora/webhook39/src from the fetched mirrors (fetch github:<owner>/<name> first), then writes
# compile_commands.json, labels.jsonl and empty.sarif. Generated / hand-written config headers live only in
# /work/corpora/webhook39/stubs (README.md, Stubs, says how each was produced) and are left alone here.
# Needs from Debian 12: libssl-dev, libsodium-dev, libgcrypt20-dev, libconfig-dev, libgnutls28-dev, liburcu-dev,
# liblmdb-dev, libpam0g-dev (see README.md).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook39
rm -rf $C/src
R=haproxy+haproxy; RC=50872daa6a857e82afc40b1c5161924aef4172d7
$M $R $RC include/ src/auth.c src/jwt.c src/jwe.c src/ssl_sample.c src/quic_retry.c src/connection.c src/cfgparse.c
R=squid-cache+squid; RC=7c20a8a787d1ef399c56515a847610c0f8d12147
$M $R $RC include/ compat/ src/ lib/
R=CZ-NIC+knot; RC=242eeaa135f1f4477169c663aa8bd4578009f122
$M $R $RC src/
R=mikebrady+shairport-sync; RC=08af668a5d17b4714da38981dea4c9039263a4cc
$M $R $RC $(git --git-dir=/work/.mirror/$R/repo ls-tree --name-only $RC | grep -E '\.(c|h)$') pair_ap/ tinyhttp/ utilities/
R=neutrinolabs+xrdp; RC=514c62c7c1a3f0b9c7bf1b8fe445ff907a65055f
$M $R $RC common/ sesman/ xrdp/ libxrdp/ libipm/ third_party/
test -d $C/stubs || echo 'warning: /work/corpora/webhook39/stubs is missing (see README.md, Stubs)' >&2
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
