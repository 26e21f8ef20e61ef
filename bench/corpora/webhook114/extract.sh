#!/bin/bash
# Re-creates /work/corpora/webhook114/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook114/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: qtbase5-dev (Jamulus), libgstreamer-plugins-base1.0-dev (gst-rtsp-server), vdr-dev
# (streamdev, live), libplist-dev + libssl-dev (UxPlay), libssl-dev (crtmpserver), libmbedtls-dev (onvif_simple_server).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook114
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=jamulussoftware+jamulus; RC=11a28d57e33506fc84cb9b5ee02097931c1e35a3
$M $R $RC src/rpcserver.cpp src/rpcserver.h src/global.h
R=roleoroleo+onvif_simple_server; RC=c0d58e860d8b65dc260eb09736824bec7523d567
$M $R $RC $(git --git-dir=/work/.mirror/$R/repo ls-tree --name-only $RC | grep -E '\.(c|h)$') ezxml/
R=GStreamer+gst-rtsp-server; RC=0b037e35e7ed3259ca05be748c382bc40e2cdd91
$M $R $RC gst/rtsp-server/
R=vdr-projects+vdr-plugin-streamdev; RC=e9d147fc93ca2b47056a5feccc9de74573770984
$M $R $RC server/ common.h common.c tools/ remux/ libdvbmpeg/
R=vdr-projects+vdr-plugin-live; RC=e582514ede475574842b44ca6792335ff141172d
$M $R $RC users.cpp users.h tools.h setup.h
R=shiretu+crtmpserver; RC=b866fffca37c3b967a8878499cd2b91aa2587f34
$M $R $RC sources/common/include/ sources/common/src/ sources/thelib/include/ \
  sources/thelib/src/protocols/http/ sources/thelib/src/protocols/rtmp/ sources/applications/admin/
R=FDH2+UxPlay; RC=2ece5790c0cd834291006f0ceb5b6b0e6a7abbee
$M $R $RC lib/
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
