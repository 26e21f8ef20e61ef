#!/bin/bash
# Re-creates /work/corpora/webhook80/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook80/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: libssl-dev (SoftHSMv2 OpenSSL backend, ibmswtpm2, TrouSerS, pam-u2f), libpam0g-dev headers
# (pam-u2f).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook80
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=opendnssec+SoftHSMv2; RC=913e7bfd463194fadcdd28f578087cc9c15643ee
$M $R $RC src/lib/common/ src/lib/crypto/ src/lib/data_mgr/ src/lib/object_store/ src/lib/session_mgr/ \
  src/lib/slot_mgr/ src/lib/handle_mgr/ src/lib/pkcs11/ src/lib/SoftHSM.h src/lib/P11Objects.h \
  src/lib/P11Attributes.h src/lib/access.h
R=kgoldman+ibmswtpm2; RC=878cbdd9c6a83f70fe2b2c1f4e7a3823275cbe5c
$M $R $RC src/
R=srajiv+trousers; RC=1722374cb9dbab6053a71d9422efc3c50e912197
$M $R $RC src/include/ src/tspi/tsp_auth.c src/tspi/tspi_ek.c
R=Yubico+pam-u2f; RC=b5846bb74f9f9871c14adb986516817f546f8096
$M $R $RC util.c util.h cfg.h b64.h debug.h drop_privs.h
# libfido2's public headers (fido.h, fido/*.h), which pam-u2f includes; no libfido2 TU
R=Yubico+libfido2; RC=8ee8e5a2eb94575c8baeda9c7bf1d4f27a3b1db4
$M $R $RC src/fido.h src/fido/
R=solokeys+solo1; RC=fc8d2867c5ba8161302b809c80fa1fd6a4df94a2
$M $R $RC fido2/ pc/app.h crypto/sha256/
# tinycbor (solo1's git submodule at tinycbor/): only its headers, at the submodule commit solo1 pins, materialized
# under its own repository
R=intel+tinycbor; RC=878eb01b96c573e353b217439c0f418f69c2ca04
$M $R $RC src/cbor.h src/tinycbor-version.h
R=Nitrokey+nitrokey-start-firmware; RC=4436e10c5a1c44fa164fa1829ba84445b1e07a92
$M $R $RC src/ac.c src/gnuk.h src/sha256.h src/random.h
R=kgoldman+ibmtss; RC=6bf34b8c5c2d2658a45cd505a5cc2c4140864680
$M $R $RC utils/ibmtss/ utils/tsscryptoh.c utils/tss20.c utils/quote.c \
  $(git --git-dir=/work/.mirror/$R/repo ls-tree --name-only $RC utils/ | grep -E '\.h$')
R=Yubico+yubihsm-shell; RC=428bfdd1dae28b64508bc9d38abb71a232d58fd2
$M $R $RC lib/yubihsm.c lib/yubihsm.h lib/internal.h lib/scp.h lib/debug_lib.h lib/data_compress.h common/ \
  aes_cmac/ ykhsmauth/ykhsmauth.h
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
