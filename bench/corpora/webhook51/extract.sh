#!/bin/bash
# Re-creates /work/corpora/webhook51/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written config headers from ./stubs to /work/corpora/webhook51/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: libssl-dev, nettle-dev, libgnutls28-dev, libgcrypt20-dev (linuxptp's four sad_* back ends),
# libargon2-dev, libcrypt-dev (anope enc_argon2 / enc_posix), liburing-dev (pgagroal; installed for this corpus).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook51
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
gd() { local g=/work/.mirror/$1/repo; [ -d $g/.git ] && g=$g/.git; echo $g; }
R=richardcochran+linuxptp; RC=f98cb5de87e63696599c59d0a9df7dc04d08d40d
$M $R $RC $(git --git-dir=$(gd $R) ls-tree --name-only $RC | grep -E '\.(c|h)$')
R=NetworkConfiguration+dhcpcd; RC=8b312918d8f1885d7fe8fcc03a7e06ae8a0314b4
$M $R $RC src/ compat/ vendor/
R=anope+anope; RC=c4c159d19701f3cff742a2b7f5460d86daf60709
$M $R $RC include/ vendor/md5/ vendor/sha2/ vendor/bcrypt/ modules/encryption/ modules/extra/enc_argon2.cpp modules/extra/enc_posix.cpp \
  modules/operserv/os_login.cpp modules/nickserv/ns_register.cpp modules/nickserv/ns_resetpass.cpp
R=agroal+pgagroal; RC=63c05cfaf6f3912949cc52fcc28e531ab59ad259
$M $R $RC src/include/ src/libpgagroal/security.c
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
