#!/bin/bash
# Re-creates /work/corpora/webhook65/src from the fetched mirrors (fetch github:falcosecurity/falco,
# github:openshwprojects/OpenBK7231T_App and github:github/brubeck first), copies the hand-written stubs/ (kept in this
# folder, see README.md "Stubs") to /work/corpora/webhook65/stubs, then writes empty.sarif, compile_commands.json and
# labels.jsonl. Needs from Debian 12: libcivetweb-dev (CivetServer.h), nlohmann-json3-dev, libmicrohttpd-dev.
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook65
rm -rf $C/src $C/stubs
mkdir -p $C
# falco 0.31.1 (tag 0.31.1): only the webserver (the engine / outputs / configuration headers are stubbed)
$M falcosecurity+falco 58b6496f51a6c0a4639fc05c8bd7034d0dc89b09 userspace/falco/webserver.cpp userspace/falco/webserver.h
# OpenBeken: the firmware sources (src/, 855 files) and include/ (the simulator build's include dirs)
$M openshwprojects+OpenBK7231T_App e1a80975583f1cb908cf7495d8fa2eab5e6b3e8e src/ include/
# brubeck: src/ (the vendor/ck submodule is not in the snapshot; http.c does not need it)
$M github+brubeck ebbd22264dcd9cc960dc2d4b82a7981922e789c5 src/
cp -r stubs $C/stubs
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
