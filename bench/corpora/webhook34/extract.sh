#!/bin/bash
# Re-creates /work/corpora/webhook34/{src,stubs} from the fetched mirrors (fetch github:<owner>/<name> first),
# restores accel-ppp's in-tree symlinks (accel-pppd/include/*.h -> ../<module>/*.h; git show writes their target
# text), copies the generated config headers (stubs/ next to this script), then writes compile_commands.json and
# labels.jsonl. Needs libssl-dev (OpenSSL 3.0) from Debian 12; nothing else beyond libc (see README.md).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook34
rm -rf $C/src $C/stubs
gd() { local g=/work/.mirror/$1/repo; [ -d $g/.git ] && g=$g/.git; echo $g; }
R=accel-ppp+accel-ppp; RC=89637ee2417fc7f42e4213d417da38aa814047e4
$M $R $RC accel-pppd/ config.h.in version.h.in CMakeLists.txt drivers/ppposeq/ppposeq.h
git --git-dir=$(gd $R) ls-tree -r $RC accel-pppd/ | awk '$1=="120000"{print $4}' | while read -r p; do
  ln -sfn "$(git --git-dir=$(gd $R) show $RC:$p)" $C/src/$R/$p
done
R=rgaufman+live555; RC=b785e6236c3178542465c32daaaf6058ba49d4af
$M $R $RC liveMedia/ groupsock/include/ UsageEnvironment/include/ BasicUsageEnvironment/include/ config.linux
R=3proxy+3proxy; RC=f6963ea302bd01209dc94f8677c3dba9f3504b4e
$M $R $RC src/ Makefile.Linux
R=halfgaar+FlashMQ; RC=7beb9c3d60aa98604019f8f7b486e121e13fe533
$M $R $RC $(git --git-dir=$(gd $R) ls-tree --name-only $RC | grep -E '\.(h|cpp)$|^CMakeLists')
R=gsliepen+tinc; RC=940d15c46be812821f134fd7d6333088445b914c
$M $R $RC src/ meson.build meson_options.txt
R=cocagne+csrp; RC=15d6bd7de5e9d6ee76057ef4110b39ea58ab955b
$M $R $RC srp.c srp.h README.md
R=NLnetLabs+nsd; RC=6ed8470be5f88a63676110012fc38b19fb35b425
$M $R $RC $(git --git-dir=$(gd $R) ls-tree --name-only $RC | grep -E '\.h$') tsig.c edns.c configure.ac compat/
# generated headers (configure / CMake / meson results; no library stand-ins)
mkdir -p $C/stubs
cp -r stubs/* $C/stubs/
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
