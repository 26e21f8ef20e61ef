#!/bin/bash
# Re-creates /work/corpora/webhook86/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook86/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif. No system library beyond glibc / clang's freestanding headers is needed.
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook86
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=ipxe+ipxe; RC=0ab2277c40f1de56c736b9e7db7ee23d52509ec5
$M $R $RC src/include/ src/config/ src/arch/x86/include/ src/arch/x86_64/include/ src/net/tcp/iscsi.c \
  src/crypto/cms.c src/crypto/ocsp.c
R=apache+nuttx-apps; RC=a71c329cfb0d40c853ddff6c943aed22e34b71a6
$M $R $RC include/ fsutils/passwd/ netutils/ftpd/
R=barebox+barebox; RC=dd1d839c2c32a9dfb3fff919bad4570953137ab7
$M $R $RC include/ arch/sandbox/include/ scripts/dtc/libfdt/ security/password.c crypto/digest.c crypto/memneq.c
R=u-boot+u-boot; RC=6073c36b2c8d39afe3ecc789b281667a3ddebc70
$M $R $RC include/ arch/sandbox/include/ scripts/dtc/libfdt/ lib/crypt/ common/autoboot.c drivers/mmc/rpmb.c \
  drivers/mmc/mmc_private.h lib/tpm-v1.c lib/tpm-utils.h
R=contiki-os+contiki; RC=32b5b17f674232867c22916bb2e2534c8e9a92ff
$M $R $RC core/ platform/native/ cpu/native/ platform/cc2538dk/ cpu/cc2538/ cpu/arm/common/CMSIS/
R=JAndrassy+ArduinoOTA; RC=51032537d7c11f52424c84ac632c6df60f8fe6f9
$M $R $RC src/WiFiOTA.cpp src/WiFiOTA.h src/OTAStorage.h
R=embox+embox; RC=da1cd94fb3a308a8416edf155c065102fce892c3
$M $R $RC src/cmds/user/login/login.c
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
