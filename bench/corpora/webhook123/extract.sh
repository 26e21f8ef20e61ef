#!/bin/bash
# Re-creates /work/corpora/webhook123/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook123/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Debian 12 packages installed for this corpus (apt-get install -y --no-install-recommends):
#   libtalloc-dev libtevent-dev libldb-dev libdhash-dev libkrb5-dev libdbus-1-dev libpopt-dev (SSSD),
#   libcjson-dev (wazuh), libvncserver-dev (gnome-remote-desktop), libspice-protocol-dev libpixman-1-dev (spice,
#   finally not used). Already present: libglib2.0-dev, liblua5.1 headers, libpcre2-dev, libssl-dev,
#   libcurl4-gnutls-dev, zlib headers.
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook123
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=rspamd+rspamd; RC=eaac8e914ef09f837fe53cc4973e0b2312ab1118
$M $R $RC src/ contrib/libucl/ contrib/uthash/ contrib/http-parser/ contrib/fpconv/ contrib/libottery/ contrib/cdb/ \
  contrib/librdns/ contrib/aho-corasick/ contrib/lc-btrie/ contrib/libev/ contrib/xxhash/ contrib/mumhash/ \
  contrib/t1ha/ contrib/lua-lpeg/ contrib/snowball/include/ contrib/frozen/include/ contrib/fu2/include/ \
  contrib/replxx/include/
R=SSSD+sssd; RC=9238b410e4b34bcbaff8e66f057a1e9fd9c14f33
$M $R $RC src/util/ src/db/ src/confdb/ src/sss_client/ src/shared/ src/lib/ src/sbus/ src/providers/ \
  src/sss_iface/ src/resolv/ src/responder/common/
R=wazuh+wazuh; RC=f83861461173de20da5e569229113687a495ffce
$M $R $RC src/shared/ src/config/ src/os_auth/ src/wazuh_db/include/ src/wazuh_modules/include/ \
  src/syscheckd/include/ src/data_provider/include/ src/shared_modules/dbsync/include/ \
  src/shared_modules/rsync/include/ src/shared_modules/common/ \
  src/shared_modules/sync_protocol/include/ src/client-agent/include/ src/remoted/include/
R=GNOME+gnome-remote-desktop; RC=2bb17d1b4ec69decbd47bea57dcc5d16d10c003d
$M $R $RC src/
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
