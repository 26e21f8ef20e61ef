#!/bin/bash
# Re-creates /work/corpora/webhook72/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook72/stubs, runs the projects' own header-generation
# rules where a build would (leafnode config_defs.h, INN include/inn/*.h, QuickTun tmp/include/*.h), then writes
# compile_commands.json, labels.jsonl and empty.sarif.
# Needs from Debian 12: libssl-dev (yubico-piv-tool, OpenSC), zlib headers (OpenSC), libsodium-dev (QuickTun), libcrypt-dev (CircleMUD,
# leafnode, INN), libpcre3-dev (leafnode).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook72
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=Yuffster+CircleMUD; RC=12a0cedbb563465029c46de9537c96854bc11610
$M $R $RC src/
R=BackupTheBerlios+leafnode; RC=3f38b2b61aaf9ec87ff443e30f7af1655c332afe
$M $R $RC $(git --git-dir=/work/.mirror/$R/repo ls-tree --name-only $RC | grep -E '\.(c|h|awk|table)$')
(cd $C/src/$R && awk -F, -f genconfigdefs.awk < config.table > config_defs.h)
R=Yubico+yubico-piv-tool; RC=7851acf83dbd1afe42273db863a7d2f3a08faa5f
$M $R $RC lib/ common/ aes_cmac/
R=InterNetNews+inn; RC=607fa7fcf4d0b24f3943e05ab372cee16279b123
$M $R $RC include/ authprogs/ innd/ support/mksystem
./inn_gen.sh $C/src/$R $C/stubs/inn
R=evilnet+x3; RC=5d7fadbf3e621df5e45be1db50849bf23bad418f
$M $R $RC src/
R=UCIS+QuickTun; RC=e052c0266e655b6dc03211a93502358cd163fd6c
$M $R $RC src/
mkdir -p $C/src/$R/tmp/include
echo '#include <sodium/crypto_box_curve25519xsalsa20poly1305.h>' > $C/src/$R/tmp/include/crypto_box_curve25519xsalsa20poly1305.h
echo '#include <sodium/crypto_scalarmult_curve25519.h>' > $C/src/$R/tmp/include/crypto_scalarmult_curve25519.h
R=OpenSC+OpenSC; RC=14c80b0ab932d3743ccfdf0877210bfaee794e9c
$M $R $RC src/libopensc/ src/common/ src/scconf/ src/sm/ src/ui/
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
