#!/usr/bin/env bash
# Installs everything Faultline needs on Debian 12 (bookworm): the LLVM/Clang
# toolchain it builds against, the libraries it links, the real library
# headers the tests parse, and the SARIF multitool the tests validate with.
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

LLVM_VERSION=${FAULTLINE_LLVM_VERSION:-19}
PACKAGES=(
  # build
  ca-certificates git cmake ninja-build gcc g++ ccache python3 python3-yaml pkg-config
  clang-$LLVM_VERSION clang-tidy-$LLVM_VERSION libclang-$LLVM_VERSION-dev
  libclang-cpp$LLVM_VERSION-dev llvm-$LLVM_VERSION-dev llvm-$LLVM_VERSION-tools
  llvm-19-tools  # lit (LLVM 22's tools package does not ship it)
  libyaml-cpp-dev libfmt-dev libgtest-dev
  # real library headers for the tests and the example project
  libcurl4-openssl-dev libcpp-httplib-dev libgrpc++-dev protobuf-compiler-grpc
  protobuf-compiler libprotobuf-dev libboost-dev libpoco-dev libcpprest-dev
  qtbase5-dev libhiredis-dev libpq-dev libpqxx-dev librdkafka-dev libssl-dev
  libsodium-dev nettle-dev libargon2-dev libmhash-dev libell-dev libpistache-dev libasio-dev libevent-dev
  libcivetweb-dev libh2o-dev
  libmicrohttpd-dev libuv1-dev libmosquitto-dev libpaho-mqtt-dev libpaho-mqttpp-dev
  nlohmann-json3-dev libwolfssl-dev libglib2.0-dev liborcania-dev
  libxdmcp-dev libpam0g-dev libgcrypt20-dev
  # the SARIF multitool is a .NET program: it needs ICU
  libicu72
  # renders the HTML inventory in its test (headless)
  chromium
)
# Debian's npm conflicts with a Node.js that brings its own npm: install it
# only where there is none.
command -v npm >/dev/null 2>&1 || PACKAGES+=(nodejs npm)

SUDO=
[ "$(id -u)" -eq 0 ] || SUDO=sudo
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# The SARIF multitool (test-only), pinned by package-lock.json.
if [ ! -x node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool ]; then
  npm ci --no-audit --no-fund
fi
chmod u+x node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
