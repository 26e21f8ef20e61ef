#!/bin/bash
# Re-creates /work/corpora/webhook97/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook97/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: libwolfssl-dev (installed for this corpus), libmbedtls-dev, libsodium-dev.
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook97
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=wolfSSL+wolfssh; RC=581053bcf6a4fcd46f064d9e62ded2eaf6e5e9fb
$M $R $RC wolfssh/ src/internal.c src/misc.c apps/wolfsshd/ examples/echoserver/ examples/tpmcertserver/ \
  ide/Renesas/cs+/demo_server/wolfssh_demo.c ide/Renesas/cs+/demo_server/wolfssh_demo.h \
  ide/Espressif/ESP-IDF/examples/wolfssh_echoserver/main/echoserver.c \
  ide/Espressif/ESP-IDF/examples/wolfssh_echoserver/main/include/echoserver.h
R=wolfSSL+wolfTPM; RC=68deab3ca6107db1a384c7f162e09ab26e4fadfd
$M $R $RC wolftpm/ hal/ src/ examples/tpm_test.h examples/tpm_test_keys.h examples/pqc/ examples/native/
R=wolfSSL+wolfMQTT; RC=e64c1ac537f89195100dfe673878796089d0093b
$M $R $RC wolfmqtt/ src/mqtt_broker.c src/mqtt_packet.c
R=HomeSpan+HomeSpan; RC=2f4c4ff91f637255c6a084ba64000f8affa2c673
$M $R $RC src/SRP.cpp src/SRP.h src/Utils.h src/PSRAM.h
R=maximkulkin+esp-homekit; RC=ab8a436b4d70ccda416943ef6bf61930d1db6049
$M $R $RC src/ include/
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
