#!/bin/bash
# Re-creates /work/corpora/webhook38/src from the fetched mirrors (fetch github:<owner>/<name> first), then writes
# compile_commands.json, labels.jsonl and empty.sarif. The generated config headers live only in
# /work/corpora/webhook38/stubs (not committed; README.md says how each was produced) and are left alone here.
# Needs from Debian 12: apache2-dev, libapr1-dev, libaprutil1-dev, libglib2.0-dev, libssl-dev, nettle-dev,
# libgmp-dev (already on the machine); see README.md.
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook38
rm -rf $C/src
R=apache+httpd; RC=f45abec1bd20396cea777a411bd5975abefad279
$M $R $RC include/ os/unix/ modules/aaa/ modules/session/ modules/http/ \
  modules/ssl/mod_ssl.h
R=TigerVNC+tigervnc; RC=ff59f40894270c622d6b927e74a658bfe1d8e4fd
$M $R $RC common/core/ common/rdr/ common/rfb/ common/network/
R=bitlbee+bitlbee; RC=8af06ca5362445ff6379aca028b79c607ed77f90
$M $R $RC $(git --git-dir=/work/.mirror/$R/repo ls-tree --name-only $RC | grep -E '\.(c|h)$') lib/ protocols/ configure
R=networkupstools+nut; RC=6c63f7745ab58a8bde1725d94551b912c550ac58
$M $R $RC server/ include/ common/common.c configure.ac
R=FreeRDP+FreeRDP; RC=9626564421df72c84f891afdbc0b20bf702f369f
$M $R $RC winpr/include/ winpr/libwinpr/sspi/ winpr/libwinpr/utils/ winpr/libwinpr/crypto/ winpr/libwinpr/log.h winpr/libwinpr/utils.h \
  winpr/libwinpr/crt/ winpr/CMakeLists.txt
R=strongswan+strongswan; RC=3b902ea59b86a8ac097e27a34db85feb877a00f9
$M $R $RC src/libstrongswan/ src/libcharon/ src/libradius/ src/libsimaka/ configure.ac
R=dovecot+core; RC=f28b5a92ec52eef0a111a095d00435756343dc94
$M $R $RC src/lib/ src/lib-test/ src/lib-auth/ src/lib-auth-client/ src/lib-dns-client/ src/lib-login/ src/lib-master/ \
  src/lib-sasl/ src/lib-settings/ src/lib-var-expand/ src/lib-oauth2/ src/lib-dcrypt/ src/lib-json/ src/lib-http/ \
  src/lib-dict/ src/lib-ssl-iostream/ src/lib-ldap/ src/lib-sql/ src/auth/ configure.ac
test -d $C/stubs || echo 'warning: /work/corpora/webhook38/stubs is missing (see README.md, Stubs)' >&2
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
