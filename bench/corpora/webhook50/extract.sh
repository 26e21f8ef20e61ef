#!/bin/bash
# Re-creates /work/corpora/webhook50/src from the fetched mirrors (fetch github:<owner>/<name> first), then writes
# compile_commands.json, labels.jsonl and empty.sarif. configure-generated / hand-written config headers live only
# in /work/corpora/webhook50/stubs (README.md, "Stubs", says how each was produced) and are left alone here.
# Needs from Debian 12: libssl-dev (radsecproxy). Atheme's and ntp's parsed files need no -dev package.
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook50
rm -rf $C/src
gd() { local g=/work/.mirror/$1/repo; [ -d $g/.git ] && g=$g/.git; echo $g; }
R=radsecproxy+radsecproxy; RC=080992767440b37418287cc032db229cb802b4d7
$M $R $RC $(git --git-dir=$(gd $R) ls-tree --name-only $RC | grep -E '\.(c|h)$')
R=atheme+atheme; RC=88de242f4755394746444c7bd28da15127d976d2
$M $R $RC include/ libathemecore/ modules/crypto/ modules/saslserv/
# atheme's libmowgli-2 submodule commit (35d10d758d5a) is not in the mirror: headers from the mirror's HEAD
R=atheme+libmowgli-2; RC=878f7e931b55d36e2e1b27807f7a620cbb0577d8
$M $R $RC src/libmowgli/
# ntp-project/ntp: the mirror's HEAD, NTP_4_3_91 (2016-01-24), before the CVE-2016-1550 fix (isc_tsmemcmp)
R=ntp-project+ntp; RC=9c75327c3796ff59ac648478cd4da8b205bceb77
$M $R $RC include/ lib/isc/ libntp/a_md5encrypt.c sntp/crypto.c sntp/crypto.h sntp/libopts/ sntp/utilities.h \
  sntp/sntp-opts.h sntp/log.h sntp/main.h sntp/networking.h sntp/kod_management.h sntp/data_formats.h
test -d $C/stubs || echo 'warning: /work/corpora/webhook50/stubs is missing (see README.md, Stubs)' >&2
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
