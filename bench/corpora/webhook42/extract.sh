#!/bin/bash
# Re-creates /work/corpora/webhook42/src from the fetched mirrors (fetch github:<owner>/<name> first), then writes
# compile_commands.json, labels.jsonl and empty.sarif. Configure-generated headers live only in
# /work/corpora/webhook42/stubs (README.md, Stubs, says how each was produced) and are left alone here.
# Needs from Debian 12: libssl-dev, zlib1g-dev, libpam0g-dev, libcrypt-dev, libgnutls28-dev (already present) and
# libcap-dev (installed for vsftpd's sysdeputil.c).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook42
rm -rf $C/src
R=openssh+openssh-portable; RC=0ef0f5a839831c213f24e3f2ae434765c607fb50
$M $R $RC $(git --git-dir=/work/.mirror/$R/repo ls-tree $RC | awk '$2=="blob" && $1!="120000"{print $4}' \
  | grep -E '\.(c|h)$') openbsd-compat/
R=sudo-project+sudo; RC=2e18923c2e959fff57b60207a261080daa2ebee9
$M $R $RC include/ plugins/sudoers/ lib/util/
R=shadow-maint+shadow; RC=816e02a2a98de1b4fa0424de8c751e93a69ee969
$M $R $RC lib/ src/ libsubid/
R=Karlson2k+libmicrohttpd; RC=c372caeb3cc30a996338d84d4ea45aa9cc5dbfab
$M $R $RC src/include/ src/microhttpd/ src/examples/ doc/examples/
R=dagwieers+vsftpd; RC=ce2fa4288b92683f832c3b5179d5cb2a77d0750e
$M $R $RC $(git --git-dir=/work/.mirror/$R/repo ls-tree -r $RC | awk '$2=="blob" && $1!="120000"{print $4}' \
  | grep -E '\.(c|h)$')
R=open62541+open62541; RC=12b72510faae152bb9ec9fc7084063d7e1b00da3
# deps/ holds git submodules (mdnsd, ...): only its regular files are extracted
$M $R $RC include/ src/ plugins/ arch/ $(git --git-dir=/work/.mirror/$R/repo ls-tree -r $RC deps/ \
  | awk '$2=="blob" && $1!="120000"{print $4}')
test -d $C/stubs || echo 'warning: /work/corpora/webhook42/stubs is missing (see README.md, Stubs)' >&2
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
[ -f gen_labels.py ] && python3 gen_labels.py
