#!/bin/bash
# Re-creates /work/corpora/webhook69/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook69/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: libssl-dev (OpenIPMI HMAC), libpam0g-dev (pam_pwdfile), x11proto-dev / libxdmcp-dev /
# xtrans-dev headers (X server os/). Not installed and stubbed: pixman.h (stubs/xserver).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook69
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=id-Software+Quake-2; RC=372afde46e7defc9dd2d719a1732b8ace1fa096e
$M $R $RC server/ qcommon/ game/ ctf/ client/
R=id-Software+Quake; RC=bf4ac424ce754894ac8f1dae6a3981954bc9852d
$M $R $RC QW/server/ QW/client/
R=bluekitchen+btstack; RC=330e195362752c93fde6b1d2a2310c8128d95369
$M $R $RC src/
R=FreeRADIUS+freeradius-client; RC=2291d7869658ce350348bd7e57db1f392c8773af
$M $R $RC include/ lib/
R=cminyard+openipmi; RC=1181df8db943bec684a9725c3d075a5b79ebcc1d
$M $R $RC include/ lanserv/OpenIPMI/ lanserv/lanserv_ipmi.c lib/hmac.c utils/ipmi_auth.c utils/md5.c utils/md2.c
R=tiwe-de+libpam-pwdfile; RC=e29d26e77d8577ea272211c20240b3c39dff6bf0
$M $R $RC pam_pwdfile.c bigcrypt.c bigcrypt.h md5.c md5.h md5_crypt.c
R=metux+xorg-xserver; RC=610e91dc5f34e64036b7cdd08f0f953a672fcb36
$M $R $RC include/ os/
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
