#!/bin/bash
# Re-creates /work/corpora/webhook48/src from the fetched mirrors (fetch github:<owner>/<name> first), then writes
# compile_commands.json, labels.jsonl and empty.sarif. Hand-written config headers live only in
# /work/corpora/webhook48/stubs (README.md, "Stubs") and are left alone here.
# Needs from Debian 12: libssl-dev, libpcre2-dev (already installed), libpcap-dev, libmailutils-dev, gettext.
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook48
rm -rf $C/src
$M unbit+uwsgi 6cbb2177ae48af91d2799ff3135abda545cf634c core/ plugins/router_basicauth/ plugins/router_radius/ plugins/ldap/ uwsgi.h uwsgiconfig.py lib/
$M WireGuard+wireguard-tools 025f00454fec8fd0816607a28c1ee6cd9a54b134 src/
$M jedisct1+UCarp 1a9aaf7649c8b84b4e87b581818d6f55605862e7 src/ configure.ac
$M mtrojnar+stunnel 61452959a3a1f878bf49acb451d4ffdd6d38ccae src/
RC=3d93382cde06c109d5d274fa2dddea064e543c85
$M janmojzis+tinyssh $RC $(git --git-dir=/work/.mirror/janmojzis+tinyssh/repo ls-tree --name-only $RC | grep -E '\.(c|h)$') cryptoint/
$M gnu-mirror-unofficial+mailutils 4d8bc05cf0ebc539746a4af12e0f9a4f85885146 include/ libmu_auth/ pop3d/ lib/
test -d $C/stubs || echo 'warning: /work/corpora/webhook48/stubs is missing (see README.md, Stubs)' >&2
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
