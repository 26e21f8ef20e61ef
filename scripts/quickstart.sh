#!/usr/bin/env bash
# Set up, build, and scan the bundled example project (examples/): prints the
# findings and writes faultline.sarif at the top of the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
BUILD=${FAULTLINE_BUILD_DIR:-build}
cmake -G Ninja -S examples -B "$BUILD/examples" >/dev/null   # writes compile_commands.json
# The example has findings on purpose: report them without failing.
"$BUILD/tools/faultline/faultline" scan -p "$BUILD/examples" --root examples \
  --sarif faultline.sarif --fail-on never
echo "quickstart: SARIF written to $(pwd)/faultline.sarif"
