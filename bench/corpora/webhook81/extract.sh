#!/bin/bash
# Re-creates /work/corpora/webhook81/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written stubs/ (kept in this folder, see README.md "Stubs") to /work/corpora/webhook81/stubs, then writes
# compile_commands.json, labels.jsonl and empty.sarif.
# Needs from Debian 12 (all already installed): libcurl4-openssl-dev, libssl-dev (snac2); libevent-dev, libpoco-dev
# (GameServers); qtbase5-dev, libqt5websockets5-dev (iot-server);
# libjson-c-dev, libmariadb-dev (events); claw's h2o/jansson and GameServers' Win32 bits are stubs.
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook81
rm -rf $C/src $C/stubs
mkdir -p $C
gd() { local g=/work/.mirror/$1/repo; [ -d $g/.git ] && g=$g/.git; echo $g; }
R=Yonle+snac2; RC=955b24d3ecd484ecb232db8e23b3aa4a4f7227ea
$M $R $RC activitypub.c data.c format.c html.c http.c httpd.c main.c mastoapi.c snac.c snac.h upgrade.c utils.c \
  webfinger.c xs.h xs_curl.h xs_glob.h xs_httpd.h xs_io.h xs_json.h xs_mime.h xs_openssl.h xs_random.h xs_regex.h \
  xs_set.h xs_socket.h xs_time.h xs_unicode.h xs_version.h Makefile README.md
R=h4rldev+claw; RC=8e02533b7bd5673a429c7d3bbe638571e28df7f9
$M $R $RC include/ src/ README.md
# GameServers: the GateServer sources, the vendored headers the VS project puts on its include path (the snapshot also
# holds binaries, Debug/Release trees and three other servers, not needed)
R=qianpeng0523+GameServers; RC=ad40b2e1a77c316e7f2e4d0179bb325118a2a5a8
python3 extract.py $(gd $R) $RC $C/src/$R GateServer/GateServer1/Classes/ GateServer/libevent/include/ \
  GateServer/protobuf/src/google/
$M $R $RC redis/src/redis.h $(git --git-dir=$(gd $R) ls-tree -r --name-only $RC -- redis/deps/hiredis | grep '\.h$') \
  $(git --git-dir=$(gd $R) ls-tree -r --name-only $RC -- GateServer/libMessagePack/src | grep -E '\.(h|hpp)$') \
  $(git --git-dir=$(gd $R) ls-tree -r --name-only $RC -- GateServer/curl/include | grep '\.h$')
# pwiklowski/iot-server: the Alexa Smart Home endpoint existed until "859de62 Remove alexa endpoint", so an older commit
R=pwiklowski+iot-server; RC=105aa1b756f0a2f9ea1cc7f3b0ba496f99ca3c55
$M $R $RC src/
# mkadinalli/events (C; an events/social app server on raw sockets + OpenSSL, MySQL, json-c, M-Pesa STK push)
R=mkadinalli+events; RC=00f6e3461915d8747af89269c849e6b28f9e0f12
$M $R $RC src/ Makefile README
cp -r stubs $C/stubs
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
