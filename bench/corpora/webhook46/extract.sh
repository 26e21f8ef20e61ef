#!/bin/bash
# Re-creates /work/corpora/webhook46/src from the fetched mirrors (fetch github:<owner>/<name> first), then writes
# compile_commands.json, labels.jsonl and empty.sarif. Generated config headers live only in
# /work/corpora/webhook46/stubs (README.md, "Stubs", says how each was produced) and are left alone here.
# Needs from Debian 12: libssl-dev (already installed).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook46
rm -rf $C/src
R=Mbed-TLS+mbedtls; RC=c765c831e5c2a0971410692f92f7a81d6ec65ec2   # v3.6.4
$M $R $RC include/ library/
R=warmcat+libwebsockets; RC=1e967537a5855409a958dd2763e17946002696b3
$M $R $RC include/ lib/ cmake/lws_config.h.in cmake/lws_config_private.h.in
R=varnishcache+varnish-cache; RC=27d2ce15b20b94d0a5e452b0d5c29c3145d00b6a
$M $R $RC include/ bin/varnishd/mgt/ bin/varnishd/common/ lib/libvarnish/ lib/libvsc/
R=OpenPrinting+cups; RC=d19bccfed26ac02b24dac80ba0258588dbeaea61
$M $R $RC cups/ scheduler/ config.h.in vcnet/config.h xcode/config.h
test -d $C/stubs || echo 'warning: /work/corpora/webhook46/stubs is missing (see README.md, Stubs)' >&2
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
