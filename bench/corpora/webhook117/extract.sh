#!/bin/bash
# Re-creates /work/corpora/webhook117/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook117/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: nothing beyond libc headers (all libraries used are in the extracted trees).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook117
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=eclipse-threadx+netxduo; RC=bd5d12e9e601015a560b2e3bef0e78d63fc0d6c3
$M $R $RC common/inc/ ports/linux/gnu/inc/ crypto_libraries/inc/ nx_secure/inc/ nx_secure/ports/ addons/ppp/ \
  addons/snmp/ addons/http/ addons/pppoe/ addons/websocket/ \
  nx_secure/src/nx_secure_verify_mac.c nx_secure/src/nx_secure_dtls_verify_mac.c \
  nx_secure/src/nx_secure_tls_process_finished.c nx_secure/src/nx_secure_tls_process_clienthello_extensions.c \
  nx_secure/src/nx_secure_tls_psk_identity_find.c nx_secure/src/nx_secure_tls_psk_find.c \
  nx_secure/src/nx_secure_tls_1_3_client_handshake.c nx_secure/src/nx_secure_tls_process_serverhello.c
R=eclipse-threadx+threadx; RC=7ad78c40e9702917264a9b722890110fdb909ebc
$M $R $RC common/inc/ ports/linux/gnu/inc/
R=bacnet-stack+bacnet-stack; RC=1c636cb577c9b47f112005b23f55e6f6bf7cfa38
$M $R $RC src/
R=micropython+micropython; RC=1c3c201149f37fe8d81246191b3127bb198d6306
$M $R $RC py/ extmod/modwebrepl.c extmod/modwebsocket.h extmod/misc.h ports/unix/mpconfigport.h \
  ports/unix/mphalport.h ports/unix/variants/standard/mpconfigvariant.h \
  ports/unix/variants/mpconfigvariant_common.h
R=aliyun+iotkit-embedded; RC=3010153fb53865ce3925f8e43900adbbfa358874
$M $R $RC src/ wrappers/wrappers_defs.h
R=tencentyun+qcloud-iot-explorer-sdk-embedded-c; RC=810ac6806989ee0db81f4a442ffb2c22abe62a32
$M $R $RC include/ sdk_src/ external_libs/cJSON/cJSON.h
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
