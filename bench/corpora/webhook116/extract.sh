#!/bin/bash
# Re-creates /work/corpora/webhook116/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook116/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: libbctoolbox-dev (bzrtp; installed for this corpus), libssl-dev (mediasoup, libstrophe),
# libabsl-dev, libuv1-dev, libsqlite3-dev.
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook116
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=charybdis-ircd+charybdis; RC=56d5e9f34106665bc2e6d4db006f1fa0bceeec1b
$M $R $RC include/ librb/include/ ircd/s_serv.c ircd/s_user.c modules/m_oper.c modules/m_challenge.c modules/m_sasl.c \
  modules/m_pass.c extensions/m_webirc.c
R=DoubangoTelecom+doubango; RC=7604ae6761534d2efdc862bc9961623abc98b9a5
$M $R $RC tinySAK/src/ tinyNET/src/ tinySIP/include/ tinySIP/src/authentication/ tinyHTTP/include/ \
  tinyHTTP/src/auth/ tinySIGCOMP/src/ tinyMSRP/include/ tinyMEDIA/include/ tinySDP/include/ tinyRTP/include/ \
  tinyIPSec/src/
R=versatica+mediasoup; RC=a82dba897890a04ed8733c0b4b33991276a05d3e
$M $R $RC worker/include/ worker/src/RTC/StunPacket.cpp
R=BelledonneCommunications+bzrtp; RC=a542e392ea588baa02cb76f2f60e77904d3fb4b3
$M $R $RC include/ src/packetParser.c src/bzrtp.c
R=strophe+libstrophe; RC=b9eead3b903756f3cec2ab9502c61b2966a84001
$M $R $RC strophe.h src/
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
