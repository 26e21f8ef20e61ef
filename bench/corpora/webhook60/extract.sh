#!/bin/bash
# Re-creates /work/corpora/webhook60/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written stubs/ (kept in this folder, see README.md "Stubs") to /work/corpora/webhook60/stubs, then writes
# compile_commands.json, labels.jsonl and empty.sarif.
# Needs from Debian 12: qtbase5-dev, libboost-dev, nlohmann-json3-dev, libssl-dev, libspdlog-dev, libc++-19-dev (all
# already installed).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook60
rm -rf $C/src $C/stubs
mkdir -p $C
# qt-telegram-bot: 211af8f (the parent of HEAD a46901e "Fix paths", whose src/stickers/telegrambasesticker.h holds an
# unresolved merge-conflict marker and cannot be parsed)
$M rpidburachynskyi+qt-telegram-bot 211af8f699f88e51a584b62298f2b6cd3721154e src/ examples/
$M JhonMontoya+learnDocker 7769b41260705ca529df1d4a19cf799b3e843834 server/servidor.cpp server/crow_all.h \
   client/cliente.cpp
$M HampusHellstrom+home-automation 33086e38ce49c0f92883aaecba5f40ac8d803f3c \
   esp8266-jonas/test-wifi-post/test-wifi-post.ino esp8226-hampus/logging-station/logging-station.ino
$M saturn-xiv+cactus 58573fdcd00b03890af48f723e411108234ab07a include/ src/ xmake.lua README.md
$M lennartkaden+NFC-Alarm b676d42075c4db586afbc4aa813d6e0e3dd2f68c src/main.cpp src/password.h.example platformio.ini
cp -r stubs $C/stubs
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
