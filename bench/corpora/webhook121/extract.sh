#!/bin/bash
# Re-creates /work/corpora/webhook121/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook121/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Installed for this corpus (Debian 12): libassuan-dev libnpth0-dev libksba-dev (gnupg), libotr5-dev (libotr-ng),
# libzstd-dev (zchunk). Already present and used: libgcrypt20-dev, libgpg-error-dev, libglib2.0-dev, libp11-kit-dev
# (gnome-keyring), libsodium-dev (libotr-ng), libssl-dev (apk-tools, zchunk, Nexus), zlib1g-dev.
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook121
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=Nexusoft+LLL-TAO; RC=1185145534a20ed4d2288e4513c505f271be536d
$M $R $RC src/
R=GNOME+gnome-keyring; RC=81a9cc98263f43630007482ebfeb05dcb6cb0556
$M $R $RC egg/ pkcs11/
R=gpg+gnupg; RC=89f6537840310c06cacfb1e82b1d9382af830afd
$M $R $RC agent/ common/ g10/ sm/ kbx/ regexp/
R=otrv4+libotr-ng; RC=c307676a858fe9f85d9638f7a1ad8fa99999c045
$M $R $RC src/
R=otrv4+libgoldilocks; RC=d07cb5b423995bae1155702aa949846c95d855c1
$M $R $RC src/public_include/
R=alpinelinux+apk-tools; RC=90b974fd8510fbc2b3d6adde311ad1ba8754c728
$M $R $RC src/ portability/ libfetch/ VERSION
R=zchunk+zchunk; RC=2ec65c97e1168275a4b94089fa93f6d8357518d3
$M $R $RC src/lib/ include/
# zck.h is what meson's configure_file makes of include/zck.h.in (only @version@ is substituted, meson.build: 1.5.2)
mkdir -p $C/stubs/zchunk
sed 's/@version@/1.5.2/' $C/src/$R/include/zck.h.in > $C/stubs/zchunk/zck.h
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
