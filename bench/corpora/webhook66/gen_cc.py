#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook66 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook66'
S = R + '/stubs'
# GNU SASL (C): autoconf + gnulib; config.h, gsasl-version.h and the gnulib headers gc.h / memxor.h / minmax.h are
# stubs/gsasl (hand-written; the gnulib submodule is not in the mirror)
GS = ['-std=gnu99', '-DHAVE_CONFIG_H', '-I' + S + '/gsasl', '-I{r}/lib/src']
# vboot (C): Makefile INCLUDES and the host-build defines (not TPM2_MODE, so tlcl.c is the TPM 1.2 library)
VB = ['-std=gnu11', '-D_GNU_SOURCE', '-DCHROMEOS_ENVIRONMENT', '-DEC_EFS=0', '-DEXTERNAL_TPM_CLEAR_REQUEST=0',
      '-I{r}/firmware/include', '-I{r}/firmware/lib/include', '-I{r}/firmware/lib/tpm_lite/include',
      '-I{r}/firmware/2lib/include', '-I{r}/firmware/lib20/include']
# l2tpns (C): Makefile DEFINES; libcli.h is stubs/l2tpns/libcli.h (hand-written, libcli is not installed)
L2 = ['-std=gnu99', '-DSTATISTICS', '-DSTAT_CALLS', '-DRINGBUFFER', '-DHAVE_EPOLL', '-DBGP',
      '-DLIBDIR="/usr/lib/l2tpns"', '-DETCDIR="/etc/l2tpns"', '-I' + S + '/l2tpns', '-I{r}']
# dnscrypt-wrapper (C): Makefile BASIC_CFLAGS (libsodium, libevent from Debian)
DW = ['-std=c99', '-D_GNU_SOURCE', '-I{r}/argparse', '-I{r}']
# wide-dhcpv6 (C): configure DEFS for glibc; stubs/wide-dhcpv6/dprintf-rename.h (hand-written) renames the
# project's dprintf, which clashes with glibc's
WD = ['-std=gnu99', '-include', S + '/wide-dhcpv6/dprintf-rename.h', '-DTIME_WITH_SYS_TIME=1',
      '-DHAVE_SYS_TIME_H=1', '-DHAVE_STDARG_H=1', '-DSYSCONFDIR="/etc/wide-dhcpv6"', '-DLOCALDBDIR="/var/db"',
      '-I{r}']
# burp (C): autoconf; config.h is stubs/burp/config.h (hand-written)
BU = ['-std=gnu99', '-D_GNU_SOURCE', '-I' + S + '/burp', '-I{r}/src']
# GNU Shishi (C): autoconf + gnulib (gl/ is in the repository); config.h and shishi-int.h are stubs/shishi
SH = ['-std=gnu99', '-DHAVE_CONFIG_H', '-I' + S + '/shishi', '-I{r}/lib', '-I{r}/gl']
E = [
 ('jas4711+gsasl', 'lib/scram/server.c', GS),
 ('jas4711+gsasl', 'lib/scram/client.c', GS),
 ('jas4711+gsasl', 'lib/cram-md5/server.c', GS),
 ('jas4711+gsasl', 'lib/digest-md5/server.c', GS),
 ('jas4711+gsasl', 'lib/digest-md5/client.c', GS),
 ('jas4711+gsasl', 'lib/digest-md5/session.c', GS),
 ('jas4711+gsasl', 'lib/digest-md5/validate.c', GS),
 ('jas4711+gsasl', 'lib/digest-md5/parser.c', GS),
 ('jas4711+gsasl', 'lib/login/server.c', GS),
 ('jas4711+gsasl', 'lib/plain/server.c', GS),
 ('jas4711+gsasl', 'lib/src/md5pwd.c', GS),
 ('coreboot+vboot', 'firmware/2lib/2common.c', VB),
 ('coreboot+vboot', 'firmware/2lib/2rsa.c', VB),
 ('coreboot+vboot', 'firmware/2lib/2struct.c', VB),
 ('coreboot+vboot', 'firmware/lib/tpm_lite/tlcl.c', VB),
 ('bodea+l2tpns', 'radius.c', L2),
 ('cofyc+dnscrypt-wrapper', 'dnscrypt.c', DW),
 ('cofyc+dnscrypt-wrapper', 'main.c', DW),
 ('hrs-allbsd+wide-dhcpv6', 'auth.c', WD),
 ('hrs-allbsd+wide-dhcpv6', 'config.c', WD),
 ('hrs-allbsd+wide-dhcpv6', 'common.c', WD),
 ('grke+burp', 'src/server/auth.c', BU),
 ('grke+burp', 'src/client/auth.c', BU),
 ('gnu-mirror-unofficial+shishi', 'lib/crypto.c', SH),
 ('gnu-mirror-unofficial+shishi', 'lib/crypto-rc4.c', SH),
 ('gnu-mirror-unofficial+shishi', 'lib/crypto-des.c', SH),
 ('gnu-mirror-unofficial+shishi', 'lib/kdc.c', SH),
 ('gnu-mirror-unofficial+shishi', 'lib/starttls.c', SH),
 ('gnu-mirror-unofficial+shishi', 'lib/aprep.c', SH),
]
write_compile_commands(R, E)
