#!/bin/bash
# Re-creates /work/corpora/webhook63/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook63/stubs, runs the code generators the projects'
# own builds run (event-driven-servers mavis/token.pl -> mavis/token.h; sofia-sip msg_parser.awk ->
# msg/sofia-sip/msg_protos.h and msg_mime_protos.h; oftc-ircservices languages/Makefile.am rule -> *-lang.h),
# then writes compile_commands.json, labels.jsonl and empty.sarif.
# Needs from Debian 12: libssl-dev (tac_plus-ng, pound, oftc-ircservices), libcrypt-dev,
# perl (token.pl) and awk (msg_parser.awk).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook63
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=MarcJHuber+event-driven-servers; RC=774d7b4d6cabf35e1e3fe4d79ba41553400e083b
$M $R $RC tac_plus-ng/ misc/ mavis/
(cd $C/src/$R/mavis && perl token.pl)
R=freeswitch+sofia-sip; RC=7333682a297f28130ff46d5ef0f9e2f72adca0e8
$M $R $RC libsofia-sip-ua/
(cd $C/src/$R/libsofia-sip-ua/msg &&
 LC_ALL=C awk -f msg_parser.awk module=msg NO_FIRST=1 NO_MIDDLE=1 PR=sofia-sip/msg_protos.h \
   TEMPLATE=sofia-sip/msg_protos.h.in sofia-sip/msg_mime.h &&
 LC_ALL=C awk -f msg_parser.awk module=msg NO_FIRST=1 NO_LAST=1 PR=sofia-sip/msg_mime_protos.h \
   TEMPLATE=sofia-sip/msg_mime_protos.h.in sofia-sip/msg_mime.h)
R=graygnuorg+pound; RC=b96424f23a11238e243a18859b15823d4f6a1873
$M $R $RC src/
R=libtom+libtomcrypt; RC=cbb01b3708c39f62a4876eb03e3b37f1a4bbd8a2
$M $R $RC src/headers/ src/misc/mem_neq.c src/encauth/gcm/gcm_memory.c \
  src/encauth/chachapoly/chacha20poly1305_memory.c src/encauth/eax/eax_decrypt_verify_memory.c \
  src/pk/rsa/rsa_verify_hash.c src/misc/pem/pem_read.c
R=DerDakon+vpopmail; RC=b0aaedaf1b24acd09ed6e2a358969f6869718d62
$M $R $RC $(git --git-dir=/work/.mirror/$R/repo ls-tree --name-only $RC | grep -E '\.(c|h)$')
R=oftc+oftc-ircservices; RC=a8bf00c375722b7398e223aabf8cf68bf61b3275
$M $R $RC include/ libio/ languages/ modules/nickserv.c src/interface.c src/hash.c
(cd $C/src/$R/languages &&
 for l in chanserv nickserv operserv services rubyserv floodserv bopm groupserv; do
   tail -n +2 $l.en.lang | grep -Ev '^[[:space:]]' | awk '{print "#define " $1 " " FNR}' > $l-lang.h
 done)
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
