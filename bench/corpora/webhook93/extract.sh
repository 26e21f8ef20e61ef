#!/bin/bash
# Re-creates /work/corpora/webhook93/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook93/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: libnss3-dev / libnspr4-dev (libreswan), libssl-dev, libmariadb-dev (AscEmu), zlib headers.
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook93
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=libreswan+libreswan; RC=0c4e3eccfbb2cdfa1e21c154ee847a141a611a4f
$M $R $RC include/ programs/pluto/
R=git+git; RC=1a3e64c6c4a623626ff0687008732a8e007e2a1c
$M $R $RC builtin/receive-pack.c $(git --git-dir=/work/.mirror/$R/repo ls-tree -r --name-only $RC | grep -E '\.h$' | \
  grep -vE '^(t|contrib|compat/(win32|vcbuild|nedmalloc|regex|mingw|msvc|fsmonitor|simple-ipc)|Documentation)/')
R=xrootd+xrootd; RC=4ec63a24e099f108f1b7af8cd0dd4e41ace6a8c5
$M $R $RC src/XrdSecpwd/XrdSecProtocolpwd.cc src/XrdSecgsi/XrdSecProtocolgsi.cc src/XrdSecsss/XrdSecProtocolsss.cc \
  src/XrdOfs/XrdOfsTPCInfo.cc $(git --git-dir=/work/.mirror/$R/repo ls-tree -r --name-only $RC src/ | \
  grep -E '^src/(XrdSys|XrdOuc|XrdSut|XrdSecpwd|XrdSecgsi|XrdSecsss|XrdNet|XrdSec|XrdCrypto|Xrd|XProtocol|XrdOfs|XrdSfs|XrdOss|XrdCms|XrdAcc|XrdXrootd)/[^/]*\.(hh|h|icc)$')
R=AscEmu+AscEmu; RC=10c3eed931e419855d284c60c88d386e046355ec
$M $R $RC src/shared/ src/logonserver/ dep/fmt/include/ dep/utf8cpp/
R=yadifa+yadifa; RC=2630b2d2b01367849aa17e04efd2da8801592cca
$M $R $RC lib/dnscore/src/tsig.c lib/dnscore/include/
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
