#!/bin/bash
# Re-creates /work/corpora/webhook112/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook112/stubs, generates openl2tp's l2tp_rpc.h with rpcgen
# (as its Makefile does) under /work/corpora/webhook112/gen, then writes compile_commands.json, labels.jsonl and
# empty.sarif.
# Needs from Debian 12: libssl-dev, libgcrypt20-dev, libcrypt-dev, libc-dev-bin (rpcgen),
# libtirpc-dev.
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook112
rm -rf $C/src $C/stubs $C/gen
mkdir -p $C
cp -r stubs $C/stubs
R=Distrotech+inetutils; RC=4f42626b4cbce429b267f5db06654881f3d741e6
$M $R $RC ftpd/ libinetutils/ lib/ src/rexecd.c src/uucpd.c
R=Distrotech+openl2tp; RC=be6c288a8bcf85ef5f930c262ba2c0a5850df38d
$M $R $RC usl/ l2tp_tunnel.c l2tp_private.h l2tp_avp.h l2tp_event.h l2tp_rpc.x md5.h hash.h bits_per_long.h
mkdir -p $C/gen/openl2tp
(cd $C/src/$R && rpcgen -N -M -C -L -h -o $C/gen/openl2tp/l2tp_rpc.h l2tp_rpc.x)
R=ValdikSS+openvpn-radiusplugin; RC=79d98697eddcbd4b2f0c019147060d698b4d0180
$M $R $RC RadiusClass/ Config.cpp Config.h
R=heiher+hev-socks5-core; RC=162dd996299fc2d2bff2dd63728f8a2cd71ed31a
$M $R $RC src/ include/
R=heiher+hev-task-system; RC=328f35d903221b51811b3d02b277d665dfbdc75f
$M $R $RC src/
R=nmap+nmap; RC=db4aefddfa348ec815ffa83a109c97e05db88766
$M $R $RC ncat/ nbase/ nsock/include/
R=peervpn+peervpn; RC=eb35174277fbf745c5ee0d5875d659dad819adfc
$M $R $RC libp2psec/
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
