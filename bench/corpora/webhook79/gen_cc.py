#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook79 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook79'
S = R + '/stubs'
FD = R + '/src/open5gs+freeDiameter/include'
# open5gs (C, meson): core-config.h / sctp-config.h are stubs/open5gs (hand-written), <talloc.h> is stubs/talloc,
# <mongoc.h> is stubs/mongoc (libtalloc-dev / libmongoc-dev are not installed); freeDiameter headers from the
# open5gs/freeDiameter fork (the meson wrap), its generated freeDiameter-host.h is stubs/freeDiameter.
O5 = ['-std=gnu99', '-I' + S + '/open5gs', '-I' + S + '/talloc', '-I{r}/lib', '-I{r}/lib/core', '-I{r}/lib/crypt',
      '-I{r}/lib/proto', '-I{r}/lib/app', '-I{r}/lib/sbi', '-I{r}/lib/sbi/openapi', '-I{r}/lib/metrics']
O5C = ['-std=gnu99', '-DOGS_CRYPT_COMPILATION', '-I' + S + '/open5gs', '-I' + S + '/talloc', '-I{r}/lib',
       '-I{r}/lib/core', '-I{r}/lib/crypt']
O5AMF = O5 + ['-I{r}/lib/nas/common', '-I{r}/lib/nas/5gs', '-I{r}/lib/ngap', '-I{r}/lib/asn1c/common',
              '-I{r}/lib/asn1c/ngap', '-I{r}/lib/asn1c/util', '-I{r}/lib/gtp', '-I{r}/lib/sctp', '-I{r}/src/amf']
O5MME = O5 + ['-I' + S + '/freeDiameter', '-I' + FD, '-I{r}/lib/nas/common', '-I{r}/lib/nas/eps', '-I{r}/lib/s1ap',
              '-I{r}/lib/asn1c/common', '-I{r}/lib/asn1c/s1ap', '-I{r}/lib/asn1c/util', '-I{r}/lib/gtp',
              '-I{r}/lib/sctp', '-I{r}/lib/diameter', '-I{r}/lib/diameter/common', '-I{r}/lib/diameter/s6a',
              '-I{r}/src/mme']
O5HSS = O5 + ['-DOGS_HAVE_MONGOC_H', '-I' + S + '/mongoc', '-I' + S + '/freeDiameter', '-I' + FD,
              '-I{r}/lib/diameter', '-I{r}/lib/diameter/common', '-I{r}/lib/diameter/s6a', '-I{r}/lib/diameter/cx',
              '-I{r}/lib/diameter/swx', '-I{r}/lib/dbi', '-I{r}/src/hss']
# srsRAN_4G (C++, CMake): srsran/version.h is stubs/srsran (generated from version.h.in), <netinet/sctp.h> is
# stubs/sctp (libsctp-dev is not installed).
SRS = ['-std=c++14', '-I' + S + '/srsran', '-I' + S + '/sctp', '-I{r}/lib/include', '-I{r}']
# Osmocom (C, autoconf): bit16/32/64gen.h and socket_compat.h (generated from .tpl) are stubs/libosmocore,
# libosmocore's config.h is stubs/libosmocore-config, <talloc.h> is stubs/talloc.
LOC = '/work/corpora/webhook79/src/osmocom+libosmocore'
HLR = '/work/corpora/webhook79/src/osmocom+osmo-hlr'
OSMO = ['-std=gnu11', '-I' + S + '/libosmocore', '-I' + S + '/talloc', '-I' + LOC + '/include']
LIBO = ['-std=gnu11', '-I' + S + '/libosmocore-config', '-I' + S + '/libosmocore', '-I' + S + '/talloc',
        '-I{r}/include', '-I{r}/src/gsm']
MSC = OSMO + ['-I' + HLR + '/include', '-I{r}/include', '-I{r}/src/libvlr']
HLRF = OSMO + ['-I{r}/include', '-I{r}/src']
E = [
 ('open5gs+open5gs', 'lib/crypt/milenage.c', O5C),
 ('open5gs+open5gs', 'lib/crypt/ogs-aes-cmac.c', O5C),
 ('open5gs+open5gs', 'src/ausf/nausf-handler.c', O5 + ['-I{r}/src/ausf']),
 ('open5gs+open5gs', 'src/udm/nudm-handler.c', O5 + ['-I{r}/src/udm']),
 ('open5gs+open5gs', 'src/amf/gmm-handler.c', O5AMF),
 ('open5gs+open5gs', 'src/amf/nas-security.c', O5AMF),
 ('open5gs+open5gs', 'src/mme/emm-handler.c', O5MME),
 ('open5gs+open5gs', 'src/mme/nas-security.c', O5MME),
 ('open5gs+open5gs', 'src/hss/hss-s6a-path.c', O5HSS),
 ('srsran+srsRAN_4G', 'srsue/src/stack/upper/nas_base.cc', SRS),
 ('srsran+srsRAN_4G', 'srsue/src/stack/upper/nas.cc', SRS),
 ('srsran+srsRAN_4G', 'srsue/src/stack/upper/usim.cc', SRS),
 ('srsran+srsRAN_4G', 'srsepc/src/mme/nas.cc', SRS),
 ('srsran+srsRAN_4G', 'srsepc/src/hss/hss.cc', SRS),
 ('osmocom+libosmocore', 'src/gsm/milenage/milenage.c', LIBO),
 ('osmocom+libosmocore', 'src/gsm/auth_xor.c', LIBO),
 ('osmocom+libosmocore', 'src/gsm/tuak/tuak.c', LIBO),
 ('osmocom+libosmocore', 'src/gsm/oap_client.c', LIBO),
 ('osmocom+libosmocore', 'src/core/utils.c', LIBO),
 ('osmocom+osmo-msc', 'src/libvlr/vlr_auth_fsm.c', MSC),
 ('osmocom+osmo-msc', 'src/libvlr/vlr.c', MSC),
 ('osmocom+osmo-hlr', 'src/gsupclient/cni_peer_id.c', HLRF),
 ('osmocom+osmo-hlr', 'src/gsupclient/gsup_req.c', HLRF),
]
write_compile_commands(R, E)
