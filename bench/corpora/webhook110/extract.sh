#!/bin/bash
# Re-creates /work/corpora/webhook110/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook110/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: libdb-dev and libical-dev (installed for Citadel / WebCit), libssl-dev, libsasl2-dev,
# libldap-dev, libexpat1-dev, libpam0g-dev, zlib headers (already present).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook110
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
G() { git --git-dir=/work/.mirror/$R/repo ls-tree --name-only $RC "$@"; }
R=mingodad+citadel; RC=63a41edbab07ba009a64ece492c41282c654c58b
$M $R $RC citadel/include/ libcitadel/lib/libcitadel.h citadel/user_ops.c citadel/auth.c citadel/netconfig.c \
  citadel/modules/ctdlproto/serv_rooms.c $(G citadel/ | grep '\.h$')
R=uw-imap+imap; RC=cab109466534e206a3652ef1c68fe88101b68bda
$M $R $RC src/c-client/ src/osdep/unix/ src/ipopd/ipop3d.c
R=vdukhovni+postfix; RC=17830e5c13c160d51c95cb971d137a46de84e48c
$M $R $RC postfix/src/util/ postfix/src/global/ postfix/src/tls/ postfix/src/xsasl/ postfix/src/smtp/ \
  postfix/src/smtpd/ postfix/src/dns/ postfix/src/milter/
R=Distrotech+fetchmail; RC=81c323991459d643a3d0d3abdff0901abf6a10ac
$M $R $RC socket.c ntlmsubr.c rpa.c ucs/norm_charmap.h libesmtp/getaddrinfo.h $(G | grep '\.h$')
R=arthurdejong+nss-pam-ldapd; RC=8ddb983a546f632986a84a784c4625110f7782a2
$M $R $RC nslcd/ common/ compat/ nslcd.h pam/
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
