#!/bin/bash
# Re-creates /work/corpora/webhook32/{src,stubs} from the fetched mirrors (fetch github:<owner>/<name> first),
# copies the generated config headers (stubs/ next to this script), then writes compile_commands.json and
# labels.jsonl. Needs libssl-dev, libsodium-dev, nettle-dev, libgnutls28-dev, libjansson-dev, libsnmp-dev,
# libsasl2-dev (see README.md).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook32
rm -rf $C/src $C/stubs
gd() { local g=/work/.mirror/$1/repo; [ -d $g/.git ] && g=$g/.git; echo $g; }
R=benmcollins+libjwt; RC=94e3cdf35d120c4d869851714a2cf9f582e9b61e
$M $R $RC libjwt/ include/ CMakeLists.txt
R=Thalhammer+jwt-cpp; RC=0a503e75084cfdb48cc2186e6b961444eb819007
$M $R $RC include/
R=mlichvar+chrony; RC=8f2db839de0c4c8683ec460819c1ee77a718c770
$M $R $RC $(git --git-dir=$(gd $R) ls-tree --name-only $RC | grep -E '\.(c|h)$') configure
R=TokTok+c-toxcore; RC=b38cae4a48e5d3cbfcf14a8e7a8844ca4c3a9dac
$M $R $RC toxcore/
R=cisco+libsrtp; RC=9073dfe9eea29ebd75ea747278e997924f3988bd
$M $R $RC srtp/ crypto/ include/ config_in.h
R=net-snmp+net-snmp; RC=0175f031c1bd902bf9fbd5c698298f645f449606   # tag v5.9.3 (= Debian 12 libsnmp-dev)
$M $R $RC include/ snmplib/transports/ snmplib/scapi.c snmplib/snmpusm.c \
   $(git --git-dir=$(gd $R) ls-tree --name-only $RC snmplib/ | grep '\.h$')
R=openldap+openldap; RC=5ffe12c065c06ecf0ad26d59a465f7a95611fc9c
$M $R $RC include/ libraries/liblutil/passwd.c libraries/liblunicode/ucdata/ucdata.h libraries/liblunicode/ure/ure.h \
   contrib/slapd-modules/passwd/sha2/ contrib/slapd-modules/passwd/totp/ contrib/slapd-modules/passwd/pbkdf2/ \
   $(git --git-dir=$(gd $R) ls-tree --name-only $RC servers/slapd/ | grep '\.h$')
R=cyrusimap+cyrus-sasl; RC=ac0c278817a082c625c496ec812318c019e0b96f
$M $R $RC include/ lib/ plugins/ common/ configure.ac
R=civetweb+civetweb; RC=3309a6cac05335aa4371a0c3750b42fbe05d3cb4   # HEAD^ of the mirror: HEAD (588860e) does not compile
$M $R $RC include/ $(git --git-dir=$(gd $R) ls-tree --name-only $RC src/ | grep -E '\.(c|h|inl)$')
# generated headers (configure / CMake results; no library stand-ins)
mkdir -p $C/stubs
cp -r stubs/* $C/stubs/
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
