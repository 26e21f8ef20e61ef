#!/bin/bash
# Parses every compile_commands.json entry with clang++-19 -fsyntax-only, one at a time.
python3 - <<'PY'
import json, subprocess
for e in json.load(open("/work/corpora/webhook/compile_commands.json")):
    a = [x for x in e["arguments"] if x != "-c"] + ["-fsyntax-only"]
    r = subprocess.run(a, cwd=e["directory"], capture_output=True, text=True)
    errs = [l for l in r.stderr.splitlines() if "error" in l]
    print(("OK  " if r.returncode == 0 else "FAIL"), e["file"])
    for l in errs[:6]: print("     ", l[:230])
PY
