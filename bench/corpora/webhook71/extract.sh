#!/bin/bash
# Re-creates /work/corpora/webhook71/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook71/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: libssl-dev (minizip-ng, libzip OpenSSL backends), zlib headers (minizip-ng, libzip, q2pro),
# libcrypt-dev (mini_httpd, bftpd).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook71
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=zlib-ng+minizip-ng; RC=d265da043de2279dbe994442679e517bc69ab350
$M $R $RC $(git --git-dir=/work/.mirror/$R/repo ls-tree --name-only $RC | grep -E '\.(c|h)$')
R=nih-at+libzip; RC=4cd731076f4a18e3b4b2cc36b4bfb432f571dec5
$M $R $RC lib/
R=Tarsnap+scrypt; RC=a71ae8281742ac638bc75baa4334f2292251e0eb
$M $R $RC lib/ lib-platform/ libcperciva/ main.c
R=jschwartzenberg+mini_httpd; RC=6dc41c3a02c1931abd2fa6870ede72973f62c809
$M $R $RC mini_httpd.c match.h port.h tdate_parse.h version.h
R=skullernet+q2pro; RC=3aa0d40ba58935154b0d2a02116021bfbb4f17e8
$M $R $RC inc/ src/server/ src/common/
R=jchuang1977+bftpd-1.6.6; RC=2b4f389f2080c1afc99a95a7cc5fbcb61d26aeae
$M $R $RC $(git --git-dir=/work/.mirror/$R/repo ls-tree --name-only $RC | grep -E '\.(c|h)$')
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
