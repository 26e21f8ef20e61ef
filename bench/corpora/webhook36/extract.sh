#!/bin/bash
# Re-creates /work/corpora/webhook36/{src,stubs} from the fetched mirrors (fetch github:<owner>/<name> first),
# copies the generated config headers (stubs/ next to this script), then writes compile_commands.json,
# labels.jsonl and empty.sarif. Needs from Debian 12: libssl-dev, zlib1g-dev, libsodium-dev, libpam0g-dev and
# libuecc-dev (installed for this corpus); see README.md.
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook36
rm -rf $C/src $C/stubs
gd() { local g=/work/.mirror/$1/repo; [ -d $g/.git ] && g=$g/.git; echo $g; }
R=DarkPlacesEngine+DarkPlaces; RC=c6b823caad344835f426fa992a97a45674a940cc
$M $R $RC $(git --git-dir=$(gd $R) ls-tree --name-only $RC | grep -E '\.(h|c)$|^makefile')
R=ntop+n2n; RC=fff50a7d80728069ca101a262d1543d85ac5313f
$M $R $RC include/ src/ configure.ac Makefile config.mak.in VERSION
R=neocturne+fastd; RC=071fdb165b0f86df427f90731a312d07c11d5d20
$M $R $RC src/ meson.build meson_options.txt
R=malept+oath-toolkit; RC=e9d90cd579bb65f15184605f38a23d8857c8747d
$M $R $RC liboath/aux.c liboath/aux.h liboath/usersfile.c liboath/hotp.c liboath/totp.c liboath/oath.h.in \
  liboath/configure.ac liboath/Makefile.am
R=google+google-authenticator-libpam; RC=288db94951a9c93960a20cfd0d72359813ccc909
$M $R $RC src/ configure.ac Makefile.am
R=RsyncProject+rsync; RC=7c20b077c980036a19587701cec320cc88e42a4a
$M $R $RC $(git --git-dir=$(gd $R) ls-tree --name-only $RC | grep -E '\.h$') authenticate.c checksum.c \
  configure.ac Makefile.in popt/ zlib/ lib/
R=andrius4669+zeromod-sauerbraten; RC=7ad9d10380c061095ddb189b5a6bd5355bd08a22
$M $R $RC src/shared/ src/fpsgame/ src/enet/include/ src/engine/ src/Makefile
# generated headers (configure / meson results; no library stand-ins)
mkdir -p $C/stubs
cp -r stubs/* $C/stubs/
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
