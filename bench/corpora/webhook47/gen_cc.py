#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook47 (clang-19, Debian 12 headers; hand-written config and
# submodule stand-ins under stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook47'
S = R + '/stubs'
# xl2tpd (C): its Makefile's default Linux flags
L2TP = ['-std=gnu99', '-DDEBUG_PPPD', '-DTRUST_PPPD_TO_DIE', '-DLINUX', '-DUSE_KERNEL', '-DSANITY', '-DIP_ALLOCATION']
# iodine (C): src/Makefile with OS=LINUX (no systemd / selinux)
IOD = ['-std=c99', '-DLINUX', '-D_GNU_SOURCE', '-DGITREVISION="517d729"']
# FRRouting (C): stubs/frr = hand-written config.h (Linux, CRYPTO_OPENSSL), lib/route_types.h generated with
# lib/route_types.pl, lib/version.h and lib/config_paths.h from their .h.in, lib/vty_clippy.c declaration stand-in;
# libyang2-dev, libjson-c-dev and libssl-dev from Debian
FRR = ['-std=gnu11', '-DHAVE_CONFIG_H', '-I' + S + '/frr', '-I{r}', '-I{r}/lib', '-I{r}/lib/assert', '-I{r}/include']
# babeld (C): stubs/babeld = declaration-only rfc6234/sha.h and BLAKE2/ref/blake2.h (git submodules)
BAB = ['-std=gnu11', '-I' + S + '/babeld']
E = [
 ('xelerance+xl2tpd', 'control.c', L2TP),
 ('xelerance+xl2tpd', 'aaa.c', L2TP),
 ('yarrick+iodine', 'src/iodined.c', IOD),
 ('yarrick+iodine', 'src/client.c', IOD),
 ('FRRouting+frr', 'ospfd/ospf_auth.c', FRR),
 ('FRRouting+frr', 'ripd/ripd.c', FRR),
 ('FRRouting+frr', 'lib/keychain.c', FRR),
 ('FRRouting+frr', 'lib/vty.c', FRR),
 ('FRRouting+frr', 'eigrpd/eigrp_packet.c', FRR),
 ('FRRouting+frr', 'bfdd/bfd_packet.c', FRR),
 ('FRRouting+frr', 'ospf6d/ospf6_auth_trailer.c', FRR),
 ('FRRouting+frr', 'isisd/isis_tlvs.c', FRR),
 ('jech+babeld', 'hmac.c', BAB),
 ('jech+babeld', 'message.c', BAB),
]
write_compile_commands(R, E)
