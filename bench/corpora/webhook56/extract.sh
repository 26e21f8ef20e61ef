#!/bin/bash
# Re-creates /work/corpora/webhook56/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook56/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif. Only the lab-02 server sources (with the vendored cpp-httplib and nlohmann/json
# headers of each repository) are materialized.
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook56
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=kuceravyjura+Programming; RC=85b49041f36ee194340afb5b8c0b1c3aaea35c14
P=lab/02/C++/Alice/c++
$M $R $RC $P/Server.cpp $P/webhook.cpp $P/Yandex.cpp $P/include/
R=cucumbar+Programming; RC=47ca556ea661824b3e8218327798333b57997340
P="Lab/02/server(C++)/ConsoleApplication20/ConsoleApplication20"
$M $R $RC "$P/ConsoleApplication20.cpp" "$P/include/"
R=Rilst+Programming; RC=95cfc854cbbb54e094cd3ad1a8051521be561d34
P=Lab/02/C++/ServerAlice
$M $R $RC $P/ServerAlice.cpp $P/include/
R=danniekot+programming; RC=7c49bb4f2ea78df4baf2a9ac76f4da398533bccc
P=Labs/02/C++/Alice
$M $R $RC $P/Alice.cpp $P/server.cpp $P/include/
R=Exxxasens+Programming; RC=54083034f87ea3b2dd29aca4e9f97b19a5f9c8b3
P=Lab/02/Project
$M $R $RC $P/Project.cpp $P/include/cpp_httplib/ $P/include/nlohmann/
R=GlebAlekseev+programming; RC=b468d5ba8deb99db3b00b30b15baa3c74453eca1
P=Lab/02/C++/lab2/lab2
$M $R $RC $P/lab2.cpp $P/include/
R=affirVega+Programming; RC=c4005457dfe7ce14f5abbbcb1fe801a584443067
P=Lab/02/C++/Project1
$M $R $RC $P/main.cpp $P/webhooks.cpp $P/yandex.cpp $P/include/
R=NeutralMoon+Programming; RC=c0bb4ce1e2ca6f75a64f8a78a389d513d486a214
P=Lab/02/Alice/Alice/Alice
$M $R $RC $P/Alice.cpp $P/include/
R=terrepta+Programming; RC=36d9e3e37a11a61e15202aaac43072bdfc13a5d7
P=Lab/02/Server
$M $R $RC $P/Server.cpp $P/include/
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
