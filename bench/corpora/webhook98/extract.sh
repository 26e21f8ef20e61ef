#!/bin/bash
# Re-creates /work/corpora/webhook98/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook98/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: libvncserver-dev, libpugixml-dev, liblua5.4-dev (installed for this corpus),
# default-libmysqlclient-dev / libmariadb-dev, libboost1.74-dev, libfmt-dev, libssl-dev, libx11-dev, libcrypt-dev.
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook98
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=HerculesWS+Hercules; RC=410b9738c049ab1825d67b36b072d837c1d0b33a
$M $R $RC src/common/ src/config/ src/login/ src/char/ 3rdparty/libconfig/ 3rdparty/msinttypes/ 3rdparty/mt19937ar/
R=LibVNC+x11vnc; RC=3877b6311dda6c8d02cbfb0d5fcc7a363b0cf956
$M $R $RC src/
R=ZoneMinder+zoneminder; RC=bde61e7af60c7f3f176a7b2741fb1d52bd836c1d
$M $R $RC src/ dep/jwt-cpp/include/ dep/libbcrypt/ dep/span-lite/include/
# forgottenserver: the v1.6 release (its HEAD moved account login to an HTTP handler that needs Boost.JSON,
# absent from Debian 12's Boost 1.74)
R=otland+forgottenserver; RC=098641981400f8ff89959f427f0e8718d9dd22e2
$M $R $RC src/
R=fte-team+fteqw; RC=93257c1ac5cdd157793d6a273ba2a7f49242fd46
$M $R $RC fteqtv/ engine/common/ engine/server/ engine/http/ engine/client/ engine/qclib/ engine/gl/ engine/vk/ \
  engine/d3d/ engine/sw/
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
