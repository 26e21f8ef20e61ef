#!/bin/bash
# Re-creates /work/corpora/webhook41/src from the fetched mirrors (fetch github:<owner>/<name> first), then writes
# compile_commands.json, labels.jsonl and empty.sarif. Generated / hand-written config headers live only in
# /work/corpora/webhook41/stubs (README.md, Stubs, says how each was produced) and are left alone here.
# Needs from Debian 12: libssl-dev, libsodium-dev, libevent-dev, libbsd-dev, libpam0g-dev, libdb-dev, libcrypt-dev,
# zlib1g-dev, libsqlite3-dev, libboost-dev (all already installed; see README.md).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook41
rm -rf $C/src
R=lwip-tcpip+lwip; RC=3d896ba0a37ff3ce73270ca5e230707fe47f60e3
$M $R $RC src/ contrib/ports/unix/port/include/
R=linux-pam+linux-pam; RC=ddab692c8409c9a3b5613bd21638dea404ba4edf
$M $R $RC libpam/ libpam_internal/ libpam_misc/ modules/pam_unix/ modules/pam_userdb/ modules/pam_pwhistory/
R=OpenSMTPD+OpenSMTPD; RC=3153385b02a0a155690061767491ca4009ccd4ee
$M $R $RC usr.sbin/smtpd/ openbsd-compat/
# tor: the GitHub mirror's main branch was emptied (README only) on 2024-03-05; the pinned commit is its parent,
# the last merge of maint-0.4.7 into main. src/config/ is skipped (its geoip6 blob is absent from the mirror).
R=torproject+tor; RC=3cb6a690be60fcdab60130402ff88dcfc0657596
$M $R $RC src/core/ src/feature/ src/lib/ src/ext/ src/trunnel/ src/app/
R=ddnet+ddnet; RC=28baa427bad88b7dd0b04eca370ab8c9daed9a7c
$M $R $RC src/base/ src/engine/ src/game/ src/rust-bridge/ src/external/ src/antibot/
# PowerDNS: only the regular files directly under pdns/ (the subdirectories are other products, full of symlinks)
R=PowerDNS+pdns; RC=20096dc7c96883e6f92ed91ce8fa6e911f50bca0
$M $R $RC $(git --git-dir=/work/.mirror/$R/repo ls-tree $RC pdns/ | awk '$2=="blob" && $1!="120000"{print $4}' \
  | grep -E '\.(cc|hh|h|c)$') ext/
test -d $C/stubs || echo 'warning: /work/corpora/webhook41/stubs is missing (see README.md, Stubs)' >&2
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
