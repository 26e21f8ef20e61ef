#!/bin/bash
# Re-creates /work/corpora/webhook49/src from the fetched mirrors (fetch github:<owner>/<name> first), then writes
# compile_commands.json, labels.jsonl and empty.sarif. Hand-written headers live only in
# /work/corpora/webhook49/stubs (README.md, "Stubs") and are left alone here.
# Needs from Debian 12: libssl-dev, libglib2.0-dev, libgmime-3.0-dev, libzdb-dev, libmhash-dev, libcurl4-openssl-dev,
# libevent-dev, libbsd-dev (see README.md).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook49
rm -rf $C/src
R=colinmkeith+tpop3d; RC=8fd0f6965503a69c416f3214e1ac923584a12db8
$M $R $RC $(git --git-dir=/work/.mirror/$R/repo ls-tree --name-only $RC | grep -E '\.(c|h)$')
# dbmail: tag v3.5 (HEAD needs libzdb >= 3.2 API; Debian 12 has 3.1)
R=dbmail+dbmail; RC=3d0c40db5692cc1584798605560451a1bfac0024
$M $R $RC src/
R=marlam+msmtp; RC=933d35be8ab6e35a7ea3f78df54b64230177590b
$M $R $RC src/
R=trusteddomainproject+OpenDKIM; RC=5c539587561785a66c1f67f720f2fb741f320785
$M $R $RC libopendkim/
test -d $C/stubs || echo 'warning: /work/corpora/webhook49/stubs is missing (see README.md, Stubs)' >&2
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
