#!/bin/bash
# Re-creates /work/corpora/webhook103/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook103/stubs, generates libsoup's soup-version.h (its own
# generate-version-header.py) and soup-enum-types.h (glib-mkenums with its own template), then writes
# compile_commands.json, labels.jsonl and empty.sarif.
# Needs from Debian 12: libapr1-dev, libaprutil1-dev (installed for subversion), libulfius-dev, liborcania-dev,
# libyder-dev, libhoel-dev, libjansson-dev (installed for glewlwyd), libglib2.0-dev (+ glib-mkenums), libssl-dev,
# libgnutls28-dev, libbsd-dev.
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook103
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
ls_ext() { git --git-dir=/work/.mirror/$1/repo ls-tree -r --name-only $2 -- $3 | grep -E "$4" | grep -vE "$5"; }
R=notroj+neon; RC=33063cb663a31d9d232b0d968db93c9ac4be599e
$M $R $RC $(ls_ext $R $RC src '\.(c|h)$' '^$')
R=GNOME+libsoup; RC=00858a9740fd67cbf3b6ee4ba6def1b681e3c9da
$M $R $RC libsoup/ meson.build
R=apache+subversion; RC=33bbc9853714e0a0c8a0c5af1250d4c49179aac8
$M $R $RC subversion/include/ subversion/libsvn_ra_svn/
R=kristapsdz+kcgi; RC=0bc8a1114d76e8deec7857c76cd8faac516e096d
$M $R $RC auth.c httpauth.c compats.c child.c kcgi.h extern.h
R=jorisvink+kore; RC=9278698ba9f97aaa444a462bbf9e840a414b8936
$M $R $RC include/ src/auth.c src/websocket.c examples/generic/
R=babelouest+glewlwyd; RC=0219fa08044c1594d8b014903165e53754291605
$M $R $RC $(ls_ext $R $RC src '\.(c|h)$' '^$')
# libsoup generated headers (as meson's configure_file / gnome.mkenums would)
SD=$C/src/GNOME+libsoup/libsoup
V=$(sed -n "s/^ *version *: *'\([0-9.]*\)'.*/\1/p" $C/src/GNOME+libsoup/meson.build | head -1)
python3 $SD/generate-version-header.py $SD/soup-version.h.in $SD/soup-version.h $V
HDRS=$(python3 - $C/src/GNOME+libsoup/libsoup/meson.build <<'PY'
import re,sys
t=open(sys.argv[1]).read()
m=re.search(r"soup_introspection_headers = \[(.*?)\]",t,re.S)
print(' '.join(re.findall(r"'([^']+\.h)'",m.group(1))))
PY
)
(cd $SD && glib-mkenums --template soup-enum-types.h.template $HDRS > soup-enum-types.h)
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
