#!/bin/bash
# Re-creates /work/corpora/net34/{src,stubs} from the fetched mirrors (fetch github:<owner>/<name> first),
# then compile_commands.json and labels.jsonl. Needs Debian's protoc (protobuf-compiler) and liblz4-dev.
set -e
cd "$(dirname "$0")"
M=./mat.sh
$M roleoroleo+sonoff-hack e544fa2fc53e7183e06cecff32c72dd0e1c0f7f8 src/mqtt/mqtt-sonoff/
$M volcengine+ve-tls-cpp-sdk 86f2245c97f90b15bb31557e7fb52ce23e4c0c7a sdk/include/ sdk/src/http/ sdk/src/TlsClient.cc Tls.proto
$M anybrain+curlinho 584ab577c59a13dfa5a931fc5f5c5aee9e6a396f include/ src/
$M eyjian+r3c 7a271cf08c06fdd641cff246e23fb5e4f9967901 r3c.cpp r3c.h r3c_helper.h sha1.h utils.h utils.cpp
$M Kimi-Arthur+pimix-software-suite b593fc0fe5e0d7d3bba4994b9e4318b2f17b3c68 Library/PtCore/ Library/PtNetwork/ \
   Modules/BaiduCloud/
$M radiospiel+sse ab14e15050c039b0b0d7385a863183c74bbe05d1 src/
$M butor+blackbird a16aa8eb05e9aa7fd19f57f1c48ff0de44a4f957 src/

C=/work/corpora/net34
S=$C/stubs
# generated: Volcengine SDK protobuf header from the repository's own Tls.proto (Debian protoc 3.21; .cc dropped)
mkdir -p $S/volc
protoc -I$C/src/volcengine+ve-tls-cpp-sdk --cpp_out=$S/volc Tls.proto
rm -f $S/volc/*.cc
# hand-written: plog (not packaged in Debian 12), used by curlinho's defines.h for CRL_LOG/CRL_LOG_ERROR
mkdir -p $S/curlinho/plog
cat > $S/curlinho/plog/Log.h <<'EOS'
// Stub for plog (https://github.com/SergiusTheBest/plog, not packaged in Debian 12), which curlinho's
// defines.h uses for CRL_LOG/CRL_LOG_ERROR. Only the two stream macros the library uses are provided.
#pragma once
#include <iostream>
#define PLOG_DEBUG std::clog
#define PLOG_ERROR std::cerr
EOS
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
