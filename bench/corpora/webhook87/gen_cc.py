#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook87 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook87'
S = R + '/stubs'
# FreeIPMI (C): autoconf; config.h is stubs/freeipmi/config.h (hand-written)
FI = ['-std=gnu99', '-DHAVE_CONFIG_H', '-I' + S + '/freeipmi', '-I{r}/libfreeipmi/include', '-I{r}/libfreeipmi',
      '-I{r}/common/portability', '-I{r}/common/miscutil']
# NSCA (C): autoconf; include/config.h is stubs/nsca/include/config.h (hand-written; nsca.c includes
# "../include/config.h", found through -I stubs/nsca/src)
NSCA = ['-std=gnu99', '-I' + S + '/nsca/include', '-I' + S + '/nsca/src', '-I{r}/include']
# NRPE (C): autoconf; include/config.h is stubs/nrpe/include/config.h (hand-written), include/common.h is made by
# extract.sh from the project's common.h.in (sed of the @SSL_...@ substitutions)
NRPE = ['-std=gnu99', '-I' + S + '/nrpe/include', '-I' + S + '/nrpe/src', '-I{r}/include']
# icecast-kh (C): autoconf; config.h is stubs/icecast-kh/config.h (hand-written); libxml2 / libxslt / OpenSSL
ICE = ['-std=gnu99', '-DHAVE_CONFIG_H', '-D_GNU_SOURCE', '-I' + S + '/icecast-kh', '-I{r}/src',
       '-I/usr/include/libxml2']
# monit (C11, as its configure sets): config.h and libmonit's xconfig.h are stubs/monit/ (hand-written)
MON = ['-std=c11', '-I' + S + '/monit'] + ['-I{r}/' + d for d in (
    'src', 'src/terminal', 'src/process', 'src/notification', 'src/http', 'src/protocols', 'src/device', 'src/ssl',
    'libmonit/src', 'libmonit/src/util', 'libmonit/src/statistics', 'libmonit/src/thread', 'libmonit/src/exceptions',
    'libmonit/src/system', 'libmonit/src/io')]
# MUNGE (C): autoconf; config.h is stubs/munge/config.h (hand-written; OpenSSL 3 backend)
MUN = ['-std=gnu99', '-DHAVE_CONFIG_H', '-I' + S + '/munge', '-I{r}/src/common', '-I{r}/src/libcommon',
       '-I{r}/src/libmunge', '-I{r}/src/munged']
# conserver (C): autoconf; config.h is stubs/conserver/config.h (hand-written); compat.h is the project's own
CON = ['-std=gnu99', '-I' + S + '/conserver', '-I{r}', '-I{r}/conserver']
# OSSEC (C): plain Makefile (src/Makefile DEFINES for Linux with OpenSSL; ARGV0 of ossec-authd)
OSS = ['-std=gnu99', '-DMAX_AGENTS=2048', '-DOSSECHIDS', '-D_FILE_OFFSET_BITS=64', '-D_LARGEFILE64_SOURCE',
       '-DDEFAULTDIR="/var/ossec"', '-DUSER="ossec"', '-DREMUSER="ossecr"', '-DGROUPGLOBAL="ossec"',
       '-DMAILUSER="ossecm"', '-DLinux', '-DLIBOPENSSL_ENABLED', '-DARGV0="ossec-authd"', '-I{r}/src',
       '-I{r}/src/headers', '-I{r}/src/external/compat']
E = [
 ('chu11+freeipmi-mirror', 'libfreeipmi/util/ipmi-lan-util.c', FI),
 ('chu11+freeipmi-mirror', 'libfreeipmi/util/ipmi-rmcpplus-util.c', FI),
 ('NagiosEnterprises+nsca', 'src/nsca.c', NSCA),
 ('NagiosEnterprises+nrpe', 'src/nrpe.c', NRPE),
 ('NagiosEnterprises+nrpe', 'src/acl.c', NRPE),
 ('karlheyes+icecast-kh', 'src/connection.c', ICE),
 ('karlheyes+icecast-kh', 'src/auth_htpasswd.c', ICE),
 ('lfany+monit', 'src/util.c', MON),
 ('lfany+monit', 'src/http/processor.c', MON),
 ('lfany+monit', 'libmonit/src/util/Str.c', MON),
 ('dun+munge', 'src/munged/dec.c', MUN),
 ('dun+munge', 'src/common/crypto.c', MUN),
 ('bstansell+conserver', 'conserver/group.c', CON),
 ('bstansell+conserver', 'conserver/readcfg.c', CON),
 ('ossec+ossec-hids', 'src/os_auth/auth_conn.c', OSS),
 ('ossec+ossec-hids', 'src/os_auth/check_cert.c', OSS),
 ('ossec+ossec-hids', 'src/os_crypto/shared/keys.c', OSS),
]
write_compile_commands(R, E)
