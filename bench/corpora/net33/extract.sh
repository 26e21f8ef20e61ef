#!/bin/bash
# Re-creates /work/corpora/net33/{src,stubs} from the fetched mirrors (fetch github:<owner>/<name> first),
# then compile_commands.json and labels.jsonl. Needs Debian's uic (qt6-base-dev-tools), protoc and grpc_cpp_plugin.
set -e
cd "$(dirname "$0")"
M=./mat.sh
$M VA7ODR+RESTCore cbc5ed76a5068fc2c18dc792bfaaf49cd9723645 src/Client.cpp include/RESTCore/Client.hpp
$M VowpalWabbit+reinforcement_learning a04ede6d5573561cca38c223cdf899179f48ee3a include/ rlclientlib/ \
   unit_test/http_transport_client_test.cc unit_test/mock_http_client.h
$M ess-dmsc+kafka-to-nexus 162d07cacfe6e2227ba71723863c6cd8064dd89a src/Kafka/ src/Metrics/ src/logger.h src/TimeUtility.h \
   src/SetThreadName.h src/helper.h
$M GuillaumeChamp+School-Project-PLT a4e03a29b098f987eb9d286bd4558dd67a9bab6a src/client/client/httpClient.cpp \
   src/client/client/httpClient.h
$M cedoduarte+ASP-NET-Core_plus_Angular_plus_Qt 8c469759edef9c8655ce76031c16fd44307a1ecf FE-Qt-app/Test/
$M shigmas+SFOsaka 68a07414dabde7efa43ddf7792cb406d53e00959 client/FJClient/ \
   client/SFOsaka/src/SFOIgnoreNetworkAccessManager.cpp client/SFOsaka/src/SFOIgnoreNetworkAccessManager.h
$M CrimsonlineCorporation+server f8cbfbb125aafe704c346d73ccf4fc3a0b06a7cd Qt/NetWork/
$M long-fu+kafka_client 3fe9f8670349953bda7b0949213adb497a59e9af producer.c
$M PUT-Motorsport+PUTM_EV_Dataviewer e7cbf9e10cf289774672d11b951720c6ba788164 src/http_client.cpp src/http_client.h \
   src/data_container.h src/data_container.cpp
$M inverted-ai+invertedai 82eb69fc86c3b7a21e2cb87b8e0dc8acb467fe3d invertedai_cpp/invertedai/
$M stiali+libant 85aadb6ae85645165d61b0a1382beb1c427896cb include/libant/net/http/ include/libant/utils/likely.h src/net/http/
$M josnih21+HttpClientExampleCpp fad76c06fe084b0cbcb78fc58329cb25b24fc046 HttpClient.cpp HttpClient.h main.cpp
$M mgoral+CIObserver f8bcbb0facbd84a296f32310a62392e94ab8c52d src/main.cpp src/core/include/ src/core/src/ConnectionFacade.cpp
$M bbvch+Coronan 1fd2eaf5951dd36347a35b7573251aa48494bb0a src/ssl_client.cpp src/ssl_context-linux.cpp include/coronan/
$M sandvikcode+pubsuber 1083c20e71fc057accf1bc0e7fbb31008efaf885 pubsuber/ google/api/ google/pubsub/v1/pubsub.proto
$M lidianzhe+rz500 36d32842e5801607c43f958bd82d3a573e2c0242 rzagent/httpclient.cpp rzagent/httpclient.h \
   include/umxCamLib/umxCamGlobal.h

C=/work/corpora/net33
S=$C/stubs
# generated: Qt 6 uic output for the cedoduarte widgets form
mkdir -p $S/cedoduarte
/usr/lib/qt6/libexec/uic $C/src/cedoduarte+ASP-NET-Core_plus_Angular_plus_Qt/FE-Qt-app/Test/mainwindow.ui \
  -o $S/cedoduarte/ui_mainwindow.h
# generated: pubsuber's own protos through Debian protoc 3.21.12 + grpc_cpp_plugin 1.51 (headers kept, .cc dropped)
G=$S/pubsuber/gen; mkdir -p $G
protoc -I$C/src/sandvikcode+pubsuber -I/usr/include --cpp_out=$G --grpc_out=$G \
  --plugin=protoc-gen-grpc=/usr/bin/grpc_cpp_plugin google/pubsub/v1/pubsub.proto google/api/annotations.proto \
  google/api/http.proto google/api/client.proto
find $G -name '*.cc' -delete
# hand-written: case-mismatched include of CrimsonlineCorporation/server
mkdir -p $S/crimsonline
printf '%s\n' '// Stub: the project includes "TCPConnection.h" but the file in the repository is tcpconnection.h' \
  '// (case mismatch that only works on case-insensitive file systems). Forwards to the extracted header.' \
  '#include "tcpconnection.h"' > $S/crimsonline/TCPConnection.h
# hand-written: string-view-lite (git submodule of reinforcement_learning, not in Debian 12)
mkdir -p $S/rl/nonstd
cat > $S/rl/nonstd/string_view.hpp <<'EOS'
// Stub for string-view-lite (a git submodule of reinforcement_learning, not in Debian 12).
// Under C++17 string-view-lite selects std::string_view, so the stub just aliases it.
#pragma once
#include <string_view>
namespace nonstd {
using std::basic_string_view;
using std::string_view;
using std::wstring_view;
}  // namespace nonstd
EOS
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
