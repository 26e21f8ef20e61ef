#!/bin/bash
# Re-creates /work/corpora/webhook33/{src,stubs} from the fetched mirrors (fetch github:<owner>/<name> first),
# copies the generated config headers (stubs/ next to this script), then writes compile_commands.json and
# labels.jsonl. Needs libssl-dev (OpenSSL 3.0) from Debian 12; nothing else beyond libc (see README.md).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook33
rm -rf $C/src $C/stubs
gd() { local g=/work/.mirror/$1/repo; [ -d $g/.git ] && g=$g/.git; echo $g; }
hdrs() { git --git-dir=$(gd $1) ls-tree -r --name-only $2 "${@:3}" | grep -E '\.(h|hpp)$'; }
R=baresip+re; RC=848ed0b69469dc1074dad2fea9b339fbb9cb4fb7
$M $R $RC include/ src/httpauth/ src/stun/ src/srtp/ src/sip/ src/mem/ CMakeLists.txt cmake/
R=kamailio+kamailio; RC=38711a3e788de0130d48cb485578c482b57d9351
$M $R $RC src/core/ src/modules/auth/ src/modules/auth_ephemeral/ src/modules/auth_xkeys/ src/Makefile.defs \
   $(hdrs $R $RC src/modules/sl/ src/modules/crypto/ src/modules/tm/ src/modules/gcrypt/)
R=LibVNC+libvncserver; RC=5277c0ef20e536419bc07c8af1d0e27005d15876
$M $R $RC include/ CMakeLists.txt src/libvncserver/main.c src/common/ src/libvncclient/tls_openssl.c \
   $(hdrs $R $RC src/libvncserver/ src/libvncclient/)
R=libssh2+libssh2; RC=250045f77ad9c906f65d9071d134bf9f8f9652db
$M $R $RC include/ src/ CMakeLists.txt
R=redis+redis; RC=4f8cdc2a1ea53e42955af758aabffee67cb455dd
$M $R $RC src/acl.c $(hdrs $R $RC src/ deps/)
R=solanum-ircd+solanum; RC=115b1e2e8c3d94a490cdcb0fc1f7a4448cefc6bf
$M $R $RC include/ librb/include/ librb/librb-config.h.in modules/m_oper.c ircd/s_user.c ircd/s_serv.c configure.ac \
   librb/configure.ac meson.build meson_options.txt
R=inspircd+inspircd; RC=8b938ea764e52b6d0c7e4f7e6986f28353d1d08c
$M $R $RC include/ vendor/ src/version.sh src/stringutils.cpp src/helperfuncs.cpp src/modules/m_spanningtree/ \
   src/modules/m_pbkdf2.cpp src/coremods/core_channel/ src/modules/m_httpd_acl.cpp src/modules/m_password_hash.cpp
# generated headers (configure / CMake / meson results; no library stand-ins)
mkdir -p $C/stubs
cp -r stubs/* $C/stubs/
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
