#!/bin/bash
# Re-creates /work/corpora/webhook92/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook92/stubs, copies the one reconstructed file of
# Ken-u/esphook (no snapshot; /work/corpora/webhook92/recon, see README "Doubts"), then writes
# compile_commands.json, labels.jsonl and empty.sarif.
# Needs from Debian 12: libboost-dev, libasio-dev, libssl-dev, libcurl4-openssl-dev, libmariadb-dev, libcpp-httplib-dev,
# libjsoncpp-dev (installed for this corpus).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook92
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=Tach3+STIN; RC=899ffec2f85122a7352fbeb90360435592e12f61
$M $R $RC crow/main.cpp crow/crow_all.h crow/json.hpp crow/myFunctions.h
R=Maxxserv+Elim-Fragrances; RC=0e1a1406d451900a4ccdf7454f07ed1b5adb1a6a
$M $R $RC server.cpp httplib.h
R=Sama-Elewa+mini-hotel-system-SP-project; RC=7f5ace8b4e85b893f68e03fdbcefe58eca765bef
$M $R $RC main.cpp crow_all.h asio.hpp asio/
R=Dex5wu+Project-Image-Server; RC=6e68c9fd95e5029dab8a16cb4838999b99603c52
$M $R $RC image_server.cc httplib.h db.hpp time_md5.hpp
R=EmrD+calculator-api-cpp; RC=d6dc31abf856e525e994aa954864afc1b2e773e5
$M $R $RC main.cc httplib.h
# Ken-u/esphook @ 3c647f08718b7273a4effd060357688b41a2d4e4: no snapshot; main/http_server.c rebuilt from the search
# index text (id 66769732516, 12354 characters, checked); its own headers are hand-written stubs (stubs/esphook).
mkdir -p $C/src/Ken-u+esphook/main
cp $C/recon/Ken-u+esphook/main/http_server.c $C/src/Ken-u+esphook/main/http_server.c
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
