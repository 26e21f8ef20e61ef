#!/bin/bash
# Re-creates /work/corpora/webhook55/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook55/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: libssl-dev (olsrd secure plugin with USE_OPENSSL), libsodium-dev (minisign),
# libcurl headers (ykclient), libcrypt-dev (ircu2, bahamut).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook55
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=OLSR+olsrd; RC=3653c47b88653be6c5dcf9e8ce3a5efbb69684a4
$M $R $RC src/ lib/secure/src/ lib/pud/src/ lib/pud/nmealib/include/ lib/pud/wireformat/include/
R=z3APA3A+3proxy; RC=5fa261e91e9f9877419202f596620d4af1fa5026
$M $R $RC src/
R=Yubico+yubico-c-client; RC=1df5c128fa6112e8b7273becd7bba6a60d91d076
$M $R $RC $(git --git-dir=/work/.mirror/$R/repo ls-tree --name-only $RC | grep -E '\.(c|h)$')
R=Tarsnap+spiped; RC=a945f3315e35ee48c8a79af952addc1b6616db83
$M $R $RC lib/proto/ libcperciva/
R=jedisct1+minisign; RC=e369d9447d7d96b8bbc6a7cd73b6b1e4ccd2f934
$M $R $RC src/
R=LoupVaillant+Monocypher; RC=ab2b16dd619ad5f6979a4fbe69cfa324a6fcc35f
$M $R $RC src/monocypher.c src/monocypher.h
R=UndernetIRC+ircu2; RC=062cdb82e0a4ce1c3941f65c895ddd4a88f30178
$M $R $RC include/ ircd/m_oper.c ircd/m_server.c ircd/m_join.c ircd/ircd_crypt.c ircd/m_burst.c
R=DALnet+bahamut; RC=59fe3ae05c42c02c7ef70eb6576e1f9484acbeaa
$M $R $RC include/ src/s_user.c src/m_server.c src/m_webirc.c src/s_serv.c src/channel.c
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
