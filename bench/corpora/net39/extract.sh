#!/bin/bash
# Re-creates /work/corpora/net39/{src,stubs} from the fetched mirrors (fetch github:<owner>/<name> first),
# copies the stubs and generated headers kept next to this script (stubsrc/), then writes
# compile_commands.json and labels.jsonl. Needs the Debian packages listed in README.md.
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/net39
S=$C/stubs
rm -rf $C/src $S
gd() { local g=/work/.mirror/$1/repo; [ -d $g/.git ] && g=$g/.git; echo $g; }
hdrs() { git --git-dir=$(gd $1) ls-tree -r --name-only $2 -- $3 | grep -E '\.(h|hh|hpp|hxx|inc)$' || true; }
R=guetlein+daceDS; RC=0bc63e53cbf01178d4df28ed1def96339eb02cea
$M $R $RC $(hdrs $R $RC CppBaseWrapper/src) CppBaseWrapper/src/communication/kafka/KafkaProducer.cpp
R=DataDog+dd-opentracing-cpp; RC=2b4a4f202993a0c72879936fdcbf56c3ff2c6b45
$M $R $RC $(hdrs $R $RC src) $(hdrs $R $RC include) 3rd_party/include/nlohmann/json.hpp src/agent_writer.cpp src/transport.cpp
R=javier+questdb-ha-reads; RC=eff502d99c1ee99d773b42178ce83c2657bd6031
$M $R $RC cpp/main.cpp
R=rjzupkoii+PSU-CIDD-Malaria-Simulation; RC=8d06ab44d3f87e6fa0df67c52a0caffbcdd45251
$M $R $RC $(hdrs $R $RC src) ext/easyloggingpp.9.96.4/easylogging++.h src/Reporters/DbReporter.cpp src/Reporters/Utility/PqxxHelpers.cpp
R=Kansattica+msync; RC=f66a2a0cdc4abe8e3f647cb09158693e0237667b
$M $R $RC $(hdrs $R $RC lib) lib/net/net.cpp lib/constants/constants.hpp.in
# configure_file(constants.hpp.in constants.hpp) as msync's CMake does (MSYNC_FILE_LOG/MSYNC_USER_CONFIG unset)
sed -e 's|@INFILEWARNING@|generated from constants.hpp.in (net39 extract.sh)|' -e 's|^#cmakedefine \(.*\)|/* #undef \1 */|' \
    $C/src/$R/lib/constants/constants.hpp.in > $C/src/$R/lib/constants/constants.hpp
# stubs (declaration-only stand-ins for libraries Debian 12 does not package) and generated headers
mkdir -p $S
cp -r stubsrc/. $S/
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
[ -f gen_labels.py ] && python3 gen_labels.py
