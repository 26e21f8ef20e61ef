#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook82 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook82'
S = R + '/stubs'
# OONF (C, CMake): the include/ tree is the public header root
OONF = ['-std=gnu99', '-D_GNU_SOURCE', '-I{r}/include']
# booth (C, autoconf): b_config.h and log.h are stubs/booth (hand-written), gcrypt HMAC backend
BOOTH = ['-std=gnu99', '-I' + S + '/booth', '-I{r}/src']
# OpenSIPS (C, Makefile.defs): the core defines the build passes on the command line (Linux, x86_64)
OSIPS = ['-std=gnu11', '-D__CPU_x86_64', '-D__OS_linux', '-DNAME="opensips"', '-DVERSION="3.6.0"',
         '-DARCH="x86_64"', '-DOS="linux"', '-DCOMPILER="gcc"', '-DVERSIONTYPE="git"', '-DTHISREVISION="8f4f1e1"',
         '-DCC_GCC_LIKE_ASM', '-DHAVE_GETHOSTBYNAME2', '-DHAVE_UNION_SEMUN', '-DHAVE_SCHED_YIELD',
         '-DHAVE_MSG_NOSIGNAL', '-DHAVE_MSGHDR_MSG_CONTROL', '-DHAVE_ALLOCA_H', '-DHAVE_TIMEGM', '-DHAVE_EPOLL',
         '-DHAVE_SELECT', '-DUSE_POSIX_SEM', '-DF_MALLOC', '-DQ_MALLOC', '-DHP_MALLOC', '-DPKG_MALLOC', '-DSHM_MMAP',
         '-DUSE_MCAST', '-DFAST_LOCK', '-DADAPTIVE_WAIT', '-DADAPTIVE_WAIT_LOOPS=1024', '-I{r}']
OSIPS_AUTH = OSIPS + ['-DMOD_NAME="auth"']
# ospf-mdr (Quagga-based, C, autoconf): config.h, lib/route_types.h and lib/memtypes.h are stubs/ospf-mdr
MDR = ['-std=gnu99', '-DHAVE_CONFIG_H', '-I' + S + '/ospf-mdr', '-I' + S + '/ospf-mdr/lib', '-I{r}', '-I{r}/lib']
# corosync 2.4.6 (C, autoconf): config.h and the three libqb headers are stubs/corosync; NSS from Debian
CORO = ['-std=gnu99', '-I' + S + '/corosync', '-I{r}/include', '-I{r}/exec', '-I/usr/include/nss',
        '-I/usr/include/nspr']
E = [
 ('OLSR+OONF', 'src/crypto/rfc7182_provider/rfc7182_provider.c', OONF),
 ('OLSR+OONF', 'src/crypto/sharedkey_sig/sharedkey_sig.c', OONF),
 ('ClusterLabs+booth', 'src/auth.c', BOOTH),
 ('OpenSIPS+opensips', 'lib/digest_auth/dauth_calc_md5.c', OSIPS),
 ('OpenSIPS+opensips', 'lib/digest_auth/dauth_calc_sha256.c', OSIPS),
 ('OpenSIPS+opensips', 'lib/digest_auth/dauth_calc_sha512t256.c', OSIPS),
 ('OpenSIPS+opensips', 'modules/auth/api.c', OSIPS_AUTH),
 ('OpenSIPS+opensips', 'modules/auth/auth_mod.c', OSIPS_AUTH),
 ('OpenSIPS+opensips', 'modules/auth/common.c', OSIPS_AUTH),
 ('OpenSIPS+opensips', 'forward.c', OSIPS),
 ('USNavalResearchLaboratory+ospf-mdr', 'ospfd/ospf_packet.c', MDR + ['-I{r}/ospfd']),
 ('USNavalResearchLaboratory+ospf-mdr', 'ripd/ripd.c', MDR + ['-I{r}/ripd']),
 ('USNavalResearchLaboratory+ospf-mdr', 'isisd/isis_pdu.c', MDR + ['-I{r}/isisd']),
 ('USNavalResearchLaboratory+ospf-mdr', 'lib/keychain.c', MDR),
 ('corosync+corosync', 'exec/totemcrypto.c', CORO),
]
write_compile_commands(R, E)
