#!/usr/bin/env bash
# Set up, build, and run the whole test suite: the unit tests (GoogleTest)
# and the lit suites (plugin, scanner, real headers, SARIF validation).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
BUILD=${FAULTLINE_BUILD_DIR:-build}
"$BUILD/test/faultline-unittests" | tee "$BUILD/unit.log"
LLVM_VERSION=${FAULTLINE_LLVM_VERSION:-19}
# lit itself is version-independent; LLVM 22's packages do not ship it.
LIT=/usr/lib/llvm-$LLVM_VERSION/build/utils/lit/lit.py
[ -f "$LIT" ] || LIT=/usr/lib/llvm-19/build/utils/lit/lit.py
python3 "$LIT" -sv "$BUILD/test" | tee "$BUILD/lit.log"
# One closing line CI can read.
python3 - "$BUILD/lit.log" "$BUILD/unit.log" <<'PY'
import re, sys
lit = open(sys.argv[1]).read()
unit = open(sys.argv[2]).read()
passed = sum(int(n) for n in re.findall(r"^\s*Passed\s*:\s*(\d+)", lit, re.M))
failed = sum(int(n) for k, n in re.findall(
    r"^\s*(Failed|Unexpectedly Passed|Unresolved|Timed Out)\s*:\s*(\d+)", lit, re.M))
passed += sum(int(n) for n in re.findall(r"^\[  PASSED  \] (\d+) test", unit, re.M))
failed += sum(int(n) for n in re.findall(r"^\[  FAILED  \] (\d+) test", unit, re.M))
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed or not passed else 0)
PY
