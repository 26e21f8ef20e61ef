#!/bin/bash
# Re-creates /work/corpora/webhook52/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written config headers from ./stubs to /work/corpora/webhook52/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: libpam0g-dev, libykclient-dev, libyubikey-dev, libykpers-1-dev (yubico-pam).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook52
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
gd() { local g=/work/.mirror/$1/repo; [ -d $g/.git ] && g=$g/.git; echo $g; }
# iwd (GitHub mirror of git.kernel.org iwd) and ell, the library iwd's build uses (as ../ell)
R=IWDTestBot+iwd; RC=8ba968d97678583f750263f2b57065b1f3d799cf
$M $R $RC src/
R=IWDTestBot+ell; RC=e2bc54d152922187b53a161e33f503ef419f4e27
$M $R $RC ell/
R=bluez+bluez; RC=690c16df606733626a0a7d6bc2b83a3244d4ced1
$M $R $RC lib/ src/shared/ emulator/ monitor/bt.h mesh/
R=facebook+tac_plus; RC=dd38c2d727ff252ab2e1188c6d7087425376d845
$M $R $RC $(git --git-dir=$(gd $R) ls-tree --name-only $RC tacacs-F4.0.4.28/ | grep -E '\.(c|h)$')
R=Yubico+yubico-pam; RC=766c06d5e3a7ca5d4b79b44f68978493f60792df
$M $R $RC pam_yubico.c util.c util.h drop_privs.c drop_privs.h ykbzero.h
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
