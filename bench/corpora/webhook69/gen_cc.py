#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook69 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook69'
S = R + '/stubs'
# Quake II (C, 1997): linux/Makefile BASE_CFLAGS (-Dstricmp=strcasecmp); gnu89 for the K&R-era implicit decls
Q2 = ['-std=gnu89', '-Dstricmp=strcasecmp', '-I{r}']
# QuakeWorld server (C): QW/Makefile.Linux, server objects built with -DSERVERONLY
QW = ['-std=gnu89', '-DSERVERONLY', '-Dstricmp=strcasecmp', '-I{r}/QW/client', '-I{r}/QW/server']
# BTstack (C): btstack_config.h is stubs/btstack/btstack_config.h (hand-written, port feature switches)
BT = ['-std=gnu11', '-I' + S + '/btstack', '-I{r}/src', '-I{r}/src/ble', '-I{r}']
# freeradius-client (C): autoconf; config.h is stubs/freeradius-client/config.h (hand-written)
FRC = ['-std=gnu99', '-DHAVE_CONFIG_H', '-I' + S + '/freeradius-client', '-I{r}/include', '-I{r}/lib']
# OpenIPMI (C): autoconf; config.h is stubs/openipmi/config.h (HAVE_OPENSSL only)
IPMI = ['-std=gnu99', '-I' + S + '/openipmi', '-I{r}/include', '-I{r}/lanserv']
# libpam-pwdfile (C): plain Makefile
PWD = ['-std=gnu99', '-I{r}']
# X server os/ (C): meson; dix-config.h and pixman.h are stubs/xserver (hand-written); XDMCP / HASXDMAUTH /
# TCPCONN as a meson build with xdmcp and xdm-auth-1 enabled defines them
XS = ['-std=gnu11', '-DXDMCP', '-DHASXDMAUTH', '-DTCPCONN', '-I' + S + '/xserver', '-I{r}/include', '-I{r}/os',
      '-I{r}']
E = [
 ('id-Software+Quake-2', 'server/sv_main.c', Q2),
 ('id-Software+Quake-2', 'game/p_client.c', Q2),
 ('id-Software+Quake-2', 'ctf/g_ctf.c', Q2),
 ('id-Software+Quake', 'QW/server/sv_main.c', QW),
 ('bluekitchen+btstack', 'src/ble/sm.c', BT),
 ('bluekitchen+btstack', 'src/ble/att_server.c', BT),
 ('bluekitchen+btstack', 'src/ble/gatt_client.c', BT),
 ('bluekitchen+btstack', 'src/ble/gatt-service/bond_management_service_server.c', BT),
 ('bluekitchen+btstack', 'src/mesh/beacon.c', BT),
 ('bluekitchen+btstack', 'src/mesh/mesh_network.c', BT),
 ('bluekitchen+btstack', 'src/mesh/mesh_upper_transport.c', BT),
 ('bluekitchen+btstack', 'src/mesh/pb_adv.c', BT),
 ('FreeRADIUS+freeradius-client', 'lib/sendserver.c', FRC),
 ('FreeRADIUS+freeradius-client', 'lib/config.c', FRC),
 ('cminyard+openipmi', 'lanserv/lanserv_ipmi.c', IPMI),
 ('cminyard+openipmi', 'lib/hmac.c', IPMI),
 ('cminyard+openipmi', 'utils/ipmi_auth.c', IPMI),
 ('cminyard+openipmi', 'utils/md5.c', IPMI),
 ('cminyard+openipmi', 'utils/md2.c', IPMI),
 ('tiwe-de+libpam-pwdfile', 'pam_pwdfile.c', PWD),
 ('metux+xorg-xserver', 'os/mitauth.c', XS),
 ('metux+xorg-xserver', 'os/timingsafe_memcmp.c', XS),
 ('metux+xorg-xserver', 'os/auth.c', XS),
 ('metux+xorg-xserver', 'os/xdmauth.c', XS),
]
write_compile_commands(R, E)
