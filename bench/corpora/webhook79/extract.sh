#!/bin/bash
# Re-creates /work/corpora/webhook79/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook79/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: gnutls headers (freeDiameter's libfdcore.h), libyaml headers
# (open5gs ogs-app.h), libmicrohttpd / libcurl headers are already installed. talloc, mongoc and sctp are stubs.
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook79
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
gd() { local g=/work/.mirror/$1/repo; [ -d $g/.git ] && g=$g/.git; echo $g; }
R=open5gs+open5gs; RC=8f25f3beaf131a5e979534dfda4a27765321dfd0
$M $R $RC lib/core/ lib/crypt/ lib/proto/ lib/app/ lib/sbi/ lib/metrics/ lib/third-party/ lib/nas/ lib/ngap/ \
  lib/gtp/ lib/pfcp/ lib/ipfw/ lib/sctp/ lib/s1ap/ lib/dbi/ lib/diameter/ src/ausf/ src/udm/ src/amf/ src/mme/ \
  src/hss/
# lib/asn1c: headers only (some generated .c files are absent from the mirror, and none is needed)
$M $R $RC $(git --git-dir=$(gd $R) ls-tree -r --name-only $RC lib/asn1c/ | grep '\.h$')
# open5gs's freeDiameter fork (the subprojects/freeDiameter.wrap revision r1.5.0 line): public headers only
R=open5gs+freeDiameter; RC=32d46d3f43485e171b1e28117d0db049dfc829b0
$M $R $RC include/freeDiameter/libfdcore.h include/freeDiameter/libfdproto.h include/freeDiameter/extension.h
R=srsran+srsRAN_4G; RC=1fab3df863f66fdb6c3b34f1b39e745dbcb12d5e
$M $R $RC lib/include/ srsue/hdr/ srsepc/hdr/ srsue/src/stack/upper/usim.cc srsue/src/stack/upper/nas_base.cc \
  srsue/src/stack/upper/nas.cc srsepc/src/mme/nas.cc srsepc/src/hss/hss.cc
R=osmocom+libosmocore; RC=0cbfb38423da92f30029a87c5515691ce81a80ba
$M $R $RC include/ src/gsm/milenage/ src/gsm/tuak/ src/gsm/auth_xor.c src/gsm/oap_client.c src/core/utils.c
R=osmocom+osmo-msc; RC=e73f361f76b6d7020fcc6e981e944358a8ad4125
$M $R $RC include/ src/libvlr/vlr_auth_fsm.c src/libvlr/vlr.c src/libvlr/vlr_core.h src/libvlr/vlr_auth_fsm.h \
  src/libvlr/vlr_lu_fsm.h src/libvlr/vlr_access_req_fsm.h src/libvlr/vlr_sgs_fsm.h
R=osmocom+osmo-hlr; RC=f9048a5bfc451782702e01e649d3c949af1de6fd
$M $R $RC include/ src/gsupclient/cni_peer_id.c src/gsupclient/gsup_req.c
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
