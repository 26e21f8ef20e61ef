#!/bin/bash
# Re-creates /work/corpora/webhook35/{src,stubs} from the fetched mirrors (fetch github:<owner>/<name> first),
# copies the generated config headers (stubs/ next to this script), then writes compile_commands.json and
# labels.jsonl. Needs from Debian 12: libssl-dev, libgnutls28-dev, nettle-dev, libpam0g-dev, libldap-dev,
# libpq-dev, libmariadb-dev (default-libmysqlclient-dev), libsodium-dev (see README.md).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook35
rm -rf $C/src $C/stubs
gd() { local g=/work/.mirror/$1/repo; [ -d $g/.git ] && g=$g/.git; echo $g; }
R=radcli+radcli; RC=f41c91962150730d9c8a293cebdc3e53fd35da65
$M $R $RC lib/ include/ meson.build
R=FreeRADIUS+pam_radius; RC=1200741f4396eb326043008d444fc7f39313510d
$M $R $RC src/ configure.ac VERSION
R=jedisct1+pure-ftpd; RC=5008fcaac7432c34803335c67356d9e6d15bbbe9
$M $R $RC src/ puredb/src/ configure.ac
R=proftpd+proftpd; RC=1dbfb9d7c06df22a6f6b610b014b72b190ab6f86
$M $R $RC include/ src/support.c modules/mod_auth_unix.c modules/mod_auth_file.c contrib/mod_radius.c contrib/mod_sql.c \
  contrib/mod_sql.h contrib/mod_sql_passwd.c contrib/mod_ldap.c contrib/mod_auth_otp/ contrib/mod_sftp/ config.h.in configure.in
R=yandex+odyssey; RC=89c48ea25ccb633237fb5caa48040a00b7deb7a3
$M $R $RC sources/ VERSION CMakeLists.txt
R=NLnetLabs+unbound; RC=7fb79b0677a03d6922c29880854e8fdeb271679e
$M $R $RC util/ sldns/ dnscrypt/ configure.ac
# generated headers (configure / meson / CMake results; no library stand-ins)
mkdir -p $C/stubs
cp -r stubs/* $C/stubs/
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
