#!/bin/bash
# Re-creates /work/corpora/webhook109/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook109/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: libasio-dev (Crow, restbed), libssl-dev (restbed, axiam), libcurl headers (axiam).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook109
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=ithewei+libhv; RC=6bcfc5026b1e467c39ffb49c1ac765b48c76bc6d
$M $R $RC base/ cpputil/ event/ evpp/ http/ ssl/ util/ examples/httpd/ examples/socks5_proxy_server.c hconfig.h.in \
  hv.h hexport.h
R=Corvusoft+restbed; RC=33508c8e2c8770a6b8a6ca72272c3c690c008781
$M $R $RC source/ example/authentication/source/example.cpp example/basic_authentication/source/example.cpp \
  example/digest_authentication/source/example.cpp example/web_socket/source/example.cpp \
  example/compression/source/ example/http_pipelining/source/example.cpp
R=CrowCpp+Crow; RC=2366edbadb568f9cc3d0ba035a6c1d6e55382adf
$M $R $RC include/ examples/example.cpp examples/example_middleware.cpp
R=oatpp+oatpp; RC=c9765f9e903acaa8a89f2d215ce8f45780a623cb
$M $R $RC src/
R=ilpanich+axiam-cplusplus-sdk; RC=ba9b9d24df89071dc7048ccc21a6aa7f2cd15abc
$M $R $RC include/ src/jwks.cpp third_party/nlohmann/
R=ikawrakow+ik_llama.cpp; RC=8337e4cd3861406fc04e0854b1409cd1b027fbc9
$M $R $RC $(git --git-dir=/work/.mirror/$R/repo ls-tree --name-only $RC examples/server/ | grep -E '\.(h|hpp)$') \
  examples/server/server.cpp examples/mtmd/ common/ include/ ggml/include/ vendor/ src/
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
