#!/bin/bash
# Re-creates /work/corpora/webhook27/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written stubs/ (kept in this folder, see README.md "Packages, stubs, flags") to /work/corpora/webhook27/stubs, then
# writes compile_commands.json, labels.jsonl and empty.sarif.
# Needs from Debian 12: libmicrohttpd-dev, libssl-dev, libcurl4-openssl-dev (DollsKit).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook27
rm -rf $C/src $C/stubs
mkdir -p $C
gd() { local g=/work/.mirror/$1/repo; [ -d $g/.git ] && g=$g/.git; echo $g; }
# go-cqhttp-C: the .c/.h of the repository root (only main.c is parsed)
R=xrzxrzx+go-cqhttp-C; RC=297fc77728f4b0d2df5d2608a312b714dc3ad292
$M $R $RC $(git --git-dir=$(gd $R) ls-tree --name-only $RC | grep -E '\.(c|h)$')
R=rjwats+esp8266-react; RC=1d304aaacc551b62a9661d220dec1f4ae1d2921e
$M $R $RC lib/framework/
R=yappy+DollsKit; RC=0131f92b5b7005f293b0f142e0acd611034f0ceb
$M $R $RC shanghai/src/
R=Aircoookie+Espalexa; RC=cad7dc8780446b4a92d75bb2dbed8d3615499325
$M $R $RC src/
R=vintlabs+fauxmoESP; RC=1b8b91e362bc4c2f0891f1160c69f1e399346c02
$M $R $RC src/
R=probonopd+ESP8266HueEmulator; RC=a891e5215853e031b7815a2489fdd2c08af56be1
$M $R $RC ESP8266HueEmulator/ESP8266HueEmulator.ino ESP8266HueEmulator/LightService.cpp ESP8266HueEmulator/LightService.h \
  ESP8266HueEmulator/SSDP.cpp ESP8266HueEmulator/SSDP.h
R=sinricpro+esp8266-esp32-sdk; RC=e10c307b2e3a6666444f39072bdf2b4acb8c56bf
$M $R $RC src/
cp -r stubs $C/stubs
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
