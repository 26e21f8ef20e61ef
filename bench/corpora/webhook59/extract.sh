#!/bin/bash
# Re-creates /work/corpora/webhook59/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook59/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: libssl-dev (s2n-tls includes OpenSSL 3 headers); the rest needs only libc / libstdc++ headers.
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook59
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
gd() { echo /work/.mirror/$1/repo; }
R=teeworlds+teeworlds; RC=5d682733e482950f686663c129adc4b751c8d790
$M $R $RC src/base/ src/engine/shared/ src/engine/server/ src/mastersrv/ src/game/variables.h src/game/version.h \
  $(git --git-dir=$(gd $R) ls-tree --name-only $RC src/engine/ | grep '\.h$')
R=ec-+Quake3e; RC=f8372fd89f05a35c681f46b8dcfb08e14ad0857f
$M $R $RC code/server/ code/qcommon/ \
  $(git --git-dir=$(gd $R) ls-tree -r --name-only $RC code/game code/botlib code/ui code/cgame | grep '\.h$')
R=libcsp+libcsp; RC=19b7394f2b5bea5a16b6d7eb7c2d23064df42f6e
$M $R $RC include/ src/
R=ngtcp2+ngtcp2; RC=f3af8b14670bffa2e341b2bb45da75bc3ed71c46
$M $R $RC lib/
# mvdsv: src/qwprot is a git submodule (QW-Group/qwprot, materialized below at the pinned submodule commit)
R=QW-Group+mvdsv; RC=18d036218004f31cf701bb5060448012652de6d1
$M $R $RC $(git --git-dir=$(gd $R) ls-tree -r $RC src | awk '$2=="blob"{print $4}' | grep -E '\.(c|h)$')
R=QW-Group+qwprot; RC=07a728526ebddb93804bb34d295872cc0e8128b7
$M $R $RC src/
R=mirror+busybox; RC=371fe9f71d445d18be28c82a2a6d82115c8af19d
$M $R $RC include/ libbb/correct_password.c networking/httpd.c loginutils/passwd.c
R=aws+s2n-tls; RC=8cbf81ad74968a1d03efbd9352a89abd292232d4
$M $R $RC api/ tls/ utils/ crypto/ error/ stuffer/
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
