#!/bin/bash
# Re-creates /work/corpora/net36/{src,stubs} from the fetched mirrors (fetch github:<owner>/<name> first),
# generates the buildbox-common protobuf/gRPC stubs with Debian's protoc + grpc_cpp_plugin, then writes
# compile_commands.json and labels.jsonl. Needs libcpp-httplib-dev's deps (libssl-dev), libpoco-dev,
# libboost1.74-dev, libgrpc++-dev, protobuf-compiler-grpc, libgoogle-glog-dev (see README.md).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/net36
S=$C/stubs
rm -rf $C/src $S
$M eduhds+logduto 1f2b556a600ed8551972465e38a6488eb9c737a4 main.cpp files.hpp logduto.hpp title.hpp tui.hpp util.hpp \
   targetfile.hpp libs/httplib.h libs/argparse.hpp libs/termbox2.h
$M yegorgru+ResourceMonitor 2ecad713c55161820ada730c913c69539febb966 ResourceMonitor/Http/ ResourceMonitor/RMUtils/
$M loki2001-dev+cpprest-http-client-sdk 976c890f83655cebeff581df2418b9e5d9e1be3f src/ include/
$M eclipse+paho.mqtt.cpp 33921c8b68b351828650c36816e7ecf936764379 src/samples/async_subscribe.cpp \
   src/samples/rpc_math_srvr.cpp src/samples/data_publish.cpp src/samples/async_publish_time.cpp src/samples/sync_consume.cpp \
   src/samples/sync_reconnect.cpp
$M sdclarke+buildbox-common f77bf556176625b083dd45e2a6575a1301c6276a buildbox-common/buildboxcommon/ protos/
# buildbox-common: protobuf + gRPC stubs for its protos/ (as protos/CMakeLists.txt does), Debian protoc 3.21 / gRPC 1.51
G=$S/buildbox/_gen
mkdir -p $G
P=$C/src/sdclarke+buildbox-common/protos
for p in build/bazel/remote/asset/v1/remote_asset build/bazel/remote/execution/v2/remote_execution \
         build/bazel/remote/logstream/v1/remote_logstream build/bazel/semver/semver build/buildbox/execution_stats \
         build/buildgrid/local_cas google/api/annotations google/api/http google/bytestream/bytestream \
         google/longrunning/operations google/rpc/code google/rpc/status google/rpc/error_details; do
  protoc --proto_path=$P --proto_path=/usr/include --cpp_out=$G --grpc_out=generate_mock_code=true:$G \
         --plugin=protoc-gen-grpc=/usr/bin/grpc_cpp_plugin $p.proto
done
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
