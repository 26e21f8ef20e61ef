#!/bin/bash
# Re-creates /work/corpora/webhook83/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook83/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: libssl-dev (tvheadend), libgcrypt headers (libotr), libsodium-dev and libsecp256k1 headers
# (core-lightning), libcrypt-dev (crypt(3): swaylock, xtrlock, xscreensaver, vlock), libx11-dev / libxt headers.
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook83
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=tvheadend+tvheadend; RC=80729d2f6f4b9bd11ceaf8835699c82e6bfed630
$M $R $RC src/ vendor/include/
R=ElementsProject+lightning; RC=090f4b0e6981d458b07a8e95d3eccf5a7c0b9542
$M $R $RC ccan/ccan/ bitcoin/ common/ wire/
R=off-the-record+libotr; RC=c9710e9b5bbd2f9fd540c6f4fe040937444d20e2
$M $R $RC src/
R=signalapp+libsignal-protocol-c; RC=3a83a4f4ed2302ff6e68ab569c88793b50c22d28
$M $R $RC src/
R=swaywm+swaylock; RC=473ebba206e4511f7300f9e32362cfff0eb7d908
$M $R $RC shadow.c include/
R=jarun+xtrlock; RC=c7d5eee58cc3be0b8fff96c33e7afc4f300248bb
$M $R $RC $(git --git-dir=/work/.mirror/$R/repo ls-tree --name-only $RC | grep -E '\.(c|h|bitmap)$')
R=Zygo+xscreensaver; RC=906693799e4fb7581436590cf84ecb2d3c9186ba
$M $R $RC driver/passwd-pwent.c driver/auth.h utils/blurb.h
R=toidinamai+vlock; RC=a648caf87c4c25b6df742b83ae383cebe6548f6b
$M $R $RC src/
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
