#!/bin/bash
# Re-creates /work/corpora/webhook108/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook108/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: libgcrypt headers (alock), libx11-dev (alock, TurboVNC), libglib2.0-dev (lightdm),
# libxdmcp-dev (lightdm), libpam0g-dev, libxcb1-dev (lightdm tests), nettle-dev, libgmp-dev, libgnutls28-dev,
# libpixman-1-dev, zlib1g-dev (neatvnc), libdrm-dev (neatvnc; installed for this corpus).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook108
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=ericpaulbishop+gargoyle; RC=06b2b911e35c9d675a7f158b4072fc54df68bcfa
$M $R $RC package/gargoyle/src/ package/libericstools/src/erics_tools.h
R=mgumz+alock; RC=0e930e93c4059bec7edc11e114fae823e2aeec91
$M $R $RC src/
R=any1+neatvnc; RC=f97805deaaea489a1c8c851324163a92a3125195
$M $R $RC src/ include/
R=canonical+lightdm; RC=5f14752419fc7f0fd763013c8195dcb0099c940a
$M $R $RC src/ tests/src/
R=TurboVNC+turbovnc; RC=afb793371a79240171f6eadb7bbcee2aaa422b44
X=unix/Xvnc/programs/Xserver
$M $R $RC $X/include/ $X/os/ $X/hw/vnc/ $X/mi/ $X/fb/ $X/render/ $X/randr/ $X/Xext/ $X/miext/ $X/Xi/ $X/xfixes/ \
  $X/present/ $X/composite/ common/rfb/ unix/include/
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
