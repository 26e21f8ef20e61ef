#!/bin/bash
# Re-creates /work/corpora/webhook89/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook89/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs nothing beyond Debian 12's libc / libstdc++ headers (all crypto libraries used are bundled or stubbed).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook89
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=jgromes+RadioLib; RC=187ef24791c3d844939b2be13a68bd890bd04e4c
$M $R $RC src/
R=eriptic+uoscore-uedhoc; RC=002de27cacb063a819b3e50c724e0be920d5ca6c
$M $R $RC inc/ src/
R=thelsing+knx; RC=980c047ad7fc5e27bf2fae95e48acde5d5e0b4fd
$M $R $RC src/knx/
R=Lora-net+SWL2001; RC=9a14f6772c1d6e303bacb2d594c8063bb804b6ee
$M $R $RC lbm_lib/
R=HosamAboabla+Autosar_SecOC; RC=71fc6935f46bbb6d9b4f9485715ffbae6cd18b30
$M $R $RC include/ source/Csm/ source/SecOC/
R=OpenZWave+open-zwave; RC=3fff11d246a0d558d26110e1db6bd634a1b347c0
$M $R $RC cpp/src/ cpp/tinyxml/
R=ElectronicCats+Beelan-LoRaWAN; RC=be859c24c24a8e807f02505592c647aa977b85d9
$M $R $RC src/
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
