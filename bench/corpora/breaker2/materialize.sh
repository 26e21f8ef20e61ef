#!/usr/bin/env bash
# Re-create /work/corpora/breaker2/src from the bare mirrors (fetch tool layout:
# $MIRROR_ROOT/<owner>+<name>/repo) at the pinned commits, run the one generation
# step (protoc for happiness-cheng/event_stream_engine), copy the stub headers and
# write compile_commands.json and labels.jsonl.
#
#   materialize.sh            # extract + generate + compile_commands.json + labels
#   VERIFY=1 materialize.sh   # ... then parse every entry, one at a time (nice)
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
MIRROR_ROOT=${MIRROR_ROOT:-/work/.mirror}
OUT=${OUT:-/work/corpora/breaker2}
SRC="$OUT/src"
rm -rf "$SRC" "$OUT/stubs"; mkdir -p "$SRC"

extract() { # repo commit paths...
  local repo=$1 commit=$2; shift 2
  local key=${repo/\//+}
  local gd="$MIRROR_ROOT/$key/repo"
  mkdir -p "$SRC/$key"
  git --git-dir="$gd" archive "$commit" -- "$@" | tar -x -C "$SRC/$key"
}

extract Nshtk/Software-Architecture b2fbb893a50bb7bdb14428b6d6a316f64d0b60c3 \
  CourseWork/Code/Gateway/src CourseWork/Code/Common/src CourseWork/Code/Database/src
extract Spiridonov-KA/System_Architecture 77da41200c43cd15dea1ac210219a0e517eb81fb \
  lab6/api_gateway lab6/server lab6/database lab6/config
extract protaxY/SystemsArchitecture 07392ab4887128ab74014f86fadb10926efb486a \
  lab6/api_gateway lab6/config lab6/cache
extract FastSnake0/archProject 86938fedf306588b6f57a8daf0ce78a58fe2b5a9 gateway
extract MayankK806926/TravelPlanner 75acaa12a8750532aa1b08be211a0dba1ff85705 include src
extract happiness-cheng/event_stream_engine c580b6441232950ffa02a2c4310839b277aa5ec3 include src proto

# generation step: protobuf for event_stream_engine (Debian 12 protoc 3.21)
E="$SRC/happiness-cheng+event_stream_engine"
mkdir -p "$E/gen"
protoc -I "$E/proto" --cpp_out="$E/gen" "$E"/proto/*.proto

# stub headers for libraries Debian 12 does not package (redis-plus-plus, clickhouse-cpp)
cp -r "$HERE/stubs" "$OUT/stubs"

python3 "$HERE/gen_compile_commands.py"
python3 "$HERE/gen_labels.py"

if [[ "${VERIFY:-0}" == 1 ]]; then
  python3 - "$OUT/compile_commands.json" <<'PY'
import json, subprocess, sys
ok = 0; cc = json.load(open(sys.argv[1]))
for e in cc:
    r = subprocess.run(["nice"] + e["arguments"] + ["-fsyntax-only"], cwd=e["directory"], capture_output=True, text=True)
    print(("OK  " if r.returncode == 0 else "ERR ") + e["file"])
    if r.returncode: print(r.stderr[-3000:])
    ok += r.returncode == 0
print(f"{ok}/{len(cc)} files parse cleanly"); sys.exit(0 if ok == len(cc) else 1)
PY
fi
