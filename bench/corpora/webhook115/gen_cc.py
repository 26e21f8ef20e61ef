#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook115 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook115'
S = R + '/stubs'
# iperf3 (C, autoconf): iperf_config.h is stubs/iperf (OpenSSL and SCTP enabled)
IPERF = ['-std=gnu11', '-I' + S + '/iperf', '-I{r}/src']
# uhub (C, CMake): system.h / version.h made from the .h.in templates by extract.sh (sed, as configure_file)
UHUB = ['-std=gnu99', '-I{r}/src']
# SCST iscsi-scstd (C, Makefile)
SCST = ['-std=gnu99', '-D_GNU_SOURCE', '-I' + S + '/scst', '-I{r}/iscsi-scst/usr', '-I{r}/iscsi-scst/include',
        '-I{r}/scst/include']
# dibbler (C++, autoconf; Portable.h is committed)
DIB = ['-x', 'c++', '-std=c++11', '-DLINUX', '-I' + S + '/dibbler', '-I{r}/Misc', '-I{r}/Messages', '-I{r}/Options',
       '-I{r}/include', '-I{r}/IfaceMgr', '-I{r}/CfgMgr', '-I{r}/poslib']
# ser2net (C, autoconf; gensio from Debian's libgensio-dev)
SER = ['-std=gnu11', '-I' + S + '/ser2net', '-I{r}']
# libnetconf2 (C, CMake): config.h, compat.h, nc_version.h are stubs/libnetconf2 (hand-written); libssh-dev,
# libyang2-dev, OpenSSL 3
NC = ['-std=c11', '-D_GNU_SOURCE', '-DNC_ENABLED_SSH_TLS', '-I' + S + '/libnetconf2', '-I{r}/src']
# odhcp6c (C, CMake): libubox/md5.h is stubs/odhcp6c (hand-written)
OD = ['-std=gnu11', '-D_GNU_SOURCE', '-I' + S + '/odhcp6c', '-I{r}/src']
E = [
 ('esnet+iperf', 'src/iperf_auth.c', IPERF),
 ('esnet+iperf', 'src/iperf_tcp.c', IPERF),
 ('esnet+iperf', 'src/iperf_sctp.c', IPERF),
 ('esnet+iperf', 'src/iperf_udp.c', IPERF),
 ('janvidar+uhub', 'src/core/auth.c', UHUB),
 ('janvidar+uhub', 'src/core/hbri.c', UHUB),
 ('janvidar+uhub', 'src/core/link.c', UHUB),
 ('janvidar+uhub', 'src/core/metrics.c', UHUB),
 ('janvidar+uhub', 'src/seeder/grant.c', UHUB),
 ('SCST-project+scst', 'iscsi-scst/usr/chap.c', SCST),
 ('SCST-project+scst', 'iscsi-scst/usr/iscsid.c', SCST),
 ('tomaszmrugalski+dibbler', 'Messages/Msg.cpp', DIB),
 ('cminyard+ser2net', 'auth.c', SER),
 ('CESNET+libnetconf2', 'src/session_server_ssh.c', NC),
 ('CESNET+libnetconf2', 'src/session_server_tls.c', NC),
 ('openwrt+odhcp6c', 'src/dhcpv6.c', OD),
]
write_compile_commands(R, E)
