#!/bin/bash
# Re-creates /work/corpora/webhook94/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook94/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: libcpp-httplib-dev, nlohmann-json3-dev, libssl-dev, zlib headers (tgbot-cpp),
# libsqlite3-dev (taskmanager). All were already installed.
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook94
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=Royna2544+tgbot-cpp; RC=12e1dabb09446b9cd24b7f8c86834be238b10727
$M $R $RC include/ src/net/TgWebhookServer.cpp src/net/httplib_wrapper.h
R=previoustube+previoustube; RC=35954f2b2ca3ff44f449655bb86e63a037a1935a
$M $R $RC main/webserver.cpp main/webserver.h
R=7misha+taskmanager; RC=b28cf7fb7b7dd8b07720b368e85458466a8b69d6
$M $R $RC include/ src/HttpApi.cpp src/http_server.cpp
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
