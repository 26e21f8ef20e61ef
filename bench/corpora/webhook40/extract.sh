#!/bin/bash
# Re-creates /work/corpora/webhook40/src from the fetched mirrors (fetch github:<owner>/<name> first), then writes
# compile_commands.json, labels.jsonl and empty.sarif. Generated config headers live only in
# /work/corpora/webhook40/stubs (README.md, Stubs, says how each was produced) and are left alone here.
# Needs from Debian 12: libssl-dev, libgcrypt20-dev, zlib1g-dev, libjansson-dev, libxml2-dev, libsqlite3-dev,
# uuid-dev, libedit-dev, libgnutls28-dev, nettle-dev, libprotobuf-c-dev, libev-dev, libtalloc-dev, libhttp-parser-dev
# (see README.md).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook40
rm -rf $C/src
$M libssh+libssh-mirror 04979babae0e626ab32c81876b97cf22ef926d14 include/ src/ examples/ tests/server/test_server/
$M asterisk+asterisk f0c1c1a7b79b0f8cc0311649bf36824cbeee30a9 include/ main/crypt.c main/manager.c \
   res/res_prometheus.c res/prometheus/ res/ari/ apps/app_authenticate.c apps/app_voicemail.c
$M openconnect+ocserv 25e899017a4ea0a1a84cc603d70914a215a87bc1 src/ gl/
$M krb5+krb5 473b51b640bef2e97c490d6f2985658befa89c16 src/include/ src/lib/crypto/ src/lib/krad/ src/lib/krb5/krb/ \
   src/lib/krb5/os/ src/lib/gssapi/ src/util/support/ src/util/et/ src/util/profile/ src/util/verto/
# FreeRADIUS: tag release_3_2_9
$M FreeRADIUS+freeradius-server 23811c830f1230ad466b3fc597e5676c045f8e0c src/include/ src/lib/radius.c \
   src/main/process.c src/modules/rlm_eap/ src/modules/rlm_pap/ src/modules/rlm_chap/ src/modules/rlm_mschap/
test -d $C/stubs || echo 'warning: /work/corpora/webhook40/stubs is missing (see README.md, Stubs)' >&2
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
