#!/bin/bash
# Re-creates /work/corpora/webhook119/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook119/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12 (already installed): libssl-dev (PoDoFo), libbsd-dev (signify), zlib headers (pdfio, PoDoFo),
# libfreetype-dev and libxml2-dev headers (PoDoFo's private headers).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook119
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
G() { g=/work/.mirror/$1/repo; [ -d $g/.git ] && g=$g/.git; echo $g; }
R=michaelrsweet+pdfio; RC=85d2f7bb8df18aa01fb20445fa76ab5ed5f973ea
$M $R $RC $(git --git-dir=$(G $R) ls-tree --name-only $RC | grep -E '^pdfio.*\.[ch]$')
R=pmachapman+unrar; RC=d8612461815f7feffcf7f1bf9c5942125b25c1b4
$M $R $RC $(git --git-dir=$(G $R) ls-tree --name-only $RC | grep -E '\.(cpp|hpp)$')
R=skeeto+enchive; RC=54da5bf53f4501bff251448cce23f893d18143db
$M $R $RC config.h src/
R=bwalex+tc-play; RC=2d8d597a4879b4344bce4763883833f3489515bd
$M $R $RC $(git --git-dir=$(G $R) ls-tree --name-only $RC | grep -E '\.[ch]$')
R=podofo+podofo; RC=57994849af23eddc3a818fb56a2ae3ffc4c8cdbd
$M $R $RC src/podofo/ 3rdparty/
R=aperezdc+signify; RC=133c411404447c761b167be4118fc0dad01d30d4
$M $R $RC $(git --git-dir=$(G $R) ls-tree --name-only $RC | grep -E '\.(c|h|data)$') libbsd/
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
