#!/usr/bin/env bash
# Re-create /work/corpora/breaker/src from the bare mirrors (fetch tool layout:
# $MIRROR_ROOT/<owner>+<name>/repo) at the pinned commits, then run the one
# generation step (protoc for as-family/zdb) and write compile_commands.json.
#
#   materialize.sh            # extract + generate + compile_commands.json
#   VERIFY=1 materialize.sh   # ... then parse every entry, one at a time
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
MIRROR_ROOT=${MIRROR_ROOT:-/work/.mirror}
SRC="$HERE/src"
rm -rf "$SRC"; mkdir -p "$SRC"

extract() { # repo commit paths...
  local repo=$1 commit=$2; shift 2
  local key=${repo/\//+}
  local gd="$MIRROR_ROOT/$key/repo"
  mkdir -p "$SRC/$key"
  # (git may print "invalid object" for LFS/absent blobs outside the requested paths; harmless)
  git --git-dir="$gd" archive "$commit" -- "$@" | tar -x -C "$SRC/$key"
}

extract newgame3000/Architecture 6d507020c72e2c821c4ece76ba5c7343ee2a3d1b \
  lab6/api_gateway/handler lab6/api_gateway/circuit_breaker lab6/api_gateway/database/cache.h

extract MimkaKek/hl_mai_lab_05 d952985853290f02bcdb3e9015b59d05437f65d6 \
  api_gateway/main.cpp web_server/lib config/config.h database/cache.h

extract AbhiramDodda/distributed-inference-engine-cpp c263fe98d1b42c6bd5d8aafe123af94765e6e849 \
  src/gateway.cpp src/circuit_breaker.cpp include

extract cortrix/cortrix 78cf86267c655fde7e39b8f5414b2dcc1e440727 \
  include src/spc/llm_enricher.cpp src/spc/contextual_enricher.cpp src/spc/hype_enricher.cpp \
  src/doc_summary/doc_summary_generator.cpp src/memory/contradiction_detector.cpp \
  src/memory/memory_extractor.cpp src/query/llm_rerank_stage.cpp src/query/query_variant_generator.cpp

extract as-family/zdb fe7d713d2679153e29be66deb7a91224526e8f47 \
  src/include src/client proto

# generation step: protobuf + gRPC stubs for zdb (Debian 12 protoc 3.21 / grpc 1.51)
Z="$SRC/as-family+zdb"
mkdir -p "$Z/gen/proto"
protoc -I "$Z/proto" --cpp_out="$Z/gen/proto" --grpc_out="$Z/gen/proto" \
  --plugin=protoc-gen-grpc="$(command -v grpc_cpp_plugin)" "$Z"/proto/*.proto

python3 "$HERE/gen_compile_commands.py"

if [[ "${VERIFY:-0}" == 1 ]]; then
  python3 - "$HERE/compile_commands.json" <<'PY'
import json, subprocess, sys
ok = 0; cc = json.load(open(sys.argv[1]))
for e in cc:
    r = subprocess.run(e["arguments"] + ["-fsyntax-only"], cwd=e["directory"], capture_output=True, text=True)
    print(("OK  " if r.returncode == 0 else "ERR ") + e["file"])
    if r.returncode: print(r.stderr[-3000:])
    ok += r.returncode == 0
print(f"{ok}/{len(cc)} files parse cleanly"); sys.exit(0 if ok == len(cc) else 1)
PY
fi
