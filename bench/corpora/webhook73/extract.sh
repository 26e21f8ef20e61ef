#!/bin/bash
# Re-creates /work/corpora/webhook73/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook73/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: libssl-dev (OpenVPN3, Bareos), libevent and Boost headers (Litecoin), standalone asio
# headers (OpenVPN3), Qt 5 development headers (Veyon).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook73
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=dreamstalker+rehlds; RC=b29740c19e8cfe7a1ee0605cadccd05b35e8678e
$M $R $RC rehlds/engine/ rehlds/common/ rehlds/pm_shared/ rehlds/rehlds/ rehlds/public/ rehlds/testsuite/ \
  rehlds/unittests/ rehlds/dlls/ rehlds/game_shared/ rehlds/filesystem/ rehlds/HLTV/ rehlds/version/ \
  dep/bzip2/include/ dep/cppunitlite/include/
R=OpenVPN+openvpn3; RC=aa57ac46b6c8314934200a245bae368b542a4812
$M $R $RC openvpn/
R=litecoin-project+litecoin; RC=d8c8adc0b46cf96cc713455ba4aeb135efabac86
$M $R $RC $(git --git-dir=/work/.mirror/$R/repo ls-tree -r --name-only $RC src/ \
  | grep -vE '^src/(qt|test|leveldb|secp256k1-zkp/src|bench|crc32c|minisketch|wallet|mweb|libmw/src|libmw/test|libmw/deps)/' \
  | grep -E '\.(h|hpp|cpp|hh)$')
$M $R $RC $(git --git-dir=/work/.mirror/$R/repo ls-tree -r --name-only $RC src/mweb src/libmw/deps src/wallet \
  src/leveldb/include | grep -E '\.(h|hpp)$')
R=yatevoip+yate; RC=1647cdc467274b293c040d5b4d8880cea2b18072
$M $R $RC yatecbase.h yateclass.h yatematchingitem.h yatemath.h yatemime.h yatengine.h yatephone.h yatexml.h \
  libs/yiax/ libs/ysip/ libs/yjabber/ libs/ysnmp/ libs/yasn/ modules/jabber/ modules/server/ysnmpagent.cpp \
  modules/server/heartbeat.cpp modules/server/yradius.cpp
R=bareos+bareos; RC=eda204c31c76ecaf419ecf6279ec5707baaac1ed
$M $R $RC core/src/include/ core/src/lib/
R=vmangos+core; RC=8e4b5f23fa6fed2edf610a9308d70da4eb82354b
$M $R $RC src/shared/ src/framework/
R=veyon+veyon; RC=63e840262cb02dd4bd74884dc69269589d191d19
$M $R $RC core/src/ server/src/ plugins/demo/ plugins/platform/common/
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
