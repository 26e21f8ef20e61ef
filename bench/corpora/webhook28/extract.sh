#!/bin/bash
# Re-creates /work/corpora/webhook28/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written stubs/ (kept in this folder, see README.md "Stubs") to /work/corpora/webhook28/stubs, then writes
# compile_commands.json, labels.jsonl and empty.sarif.
# Needs from Debian 12: libevent-dev, nlohmann-json3-dev, libsqlite3-dev, libcurl4-openssl-dev, libssl-dev, libminizip-dev,
# libgit2-dev, libseccomp-dev, libsystemd-dev, libc++-19-dev (cmall), python3.11-dev (kbengine's pyconfig.h stand-in).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook28
rm -rf $C/src $C/stubs
mkdir -p $C
gd() { local g=/work/.mirror/$1/repo; [ -d $g/.git ] && g=$g/.git; echo $g; }
R=maye174+app_server; RC=ad9ab86cbe6471660eaac1cbbf6baa2779610fc2
$M $R $RC src/
# cmall and kbengine: large trees, extracted with extract.py (git ls-tree + git cat-file --batch, same bytes as git show;
# it skips blobs absent from the mirror, e.g. cmall/site.zip, the bundled front end, not needed for parsing)
R=microcai+cmall; RC=0d5ed4b59d3778e05cfb103cdcde6961ff733df5
python3 extract.py $(gd $R) $RC $C/src/$R cmall/ incubator/ odb_generated/ third_party/
R=manoranjan2050+PaperPay; RC=ac6c834fa6a6f0fd3192276b6a544651d6522888
$M $R $RC src/ include/
# project1: the .cpp/.h of legacy/backend (the jwt-cpp submodule is not in the snapshot; objects, binaries, data left out)
R=kangpahul9+project1; RC=dfdc56b4148aa9d94ee9aec70fca4c96496d63c4
$M $R $RC $(git --git-dir=$(gd $R) ls-tree -r --name-only $RC legacy/backend/ | grep -E '\.(cpp|h)$')
R=kbengine+kbengine; RC=7d379b9f943d2731b09c45398855f98efe74d046
python3 extract.py $(gd $R) $RC $C/src/$R kbe/src/lib/ kbe/src/server/
R=lucval+sms-ws; RC=15e0db43626ddc203eca2c401218dae688b5d96a
$M $R $RC sms_ws.c sms_ws_mt.c list.h
cp -r stubs $C/stubs
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
