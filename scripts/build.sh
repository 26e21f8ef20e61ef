#!/usr/bin/env bash
# Configures and builds Faultline in build/ (or $FAULTLINE_BUILD_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${FAULTLINE_BUILD_DIR:-build}
LLVM_VERSION=${FAULTLINE_LLVM_VERSION:-19}
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DFAULTLINE_LLVM_VERSION="$LLVM_VERSION" \
  -DLLVM_DIR=/usr/lib/llvm-$LLVM_VERSION/lib/cmake/llvm \
  -DClang_DIR=/usr/lib/llvm-$LLVM_VERSION/lib/cmake/clang >/dev/null
# Two cores, 24 GiB: two jobs keep the machine responsive.
ninja -C "$BUILD" -j "${FAULTLINE_JOBS:-2}"
