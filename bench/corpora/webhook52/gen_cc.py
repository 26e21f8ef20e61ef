#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook52 (clang-19, Debian 12 headers; hand-written config headers
# under stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook52'
S = R + '/stubs'
ELL = R + '/src/IWDTestBot+ell'
# iwd (C) against the ell source tree (as iwd's build does with ../ell). HAVE_CONFIG_H is not defined, so
# config.h is not read; the three HAVE_* that configure would put there (and src/missing.h tests) are given here.
IWD = ['-std=gnu11', '-D_GNU_SOURCE', '-DHAVE_EXPLICIT_BZERO', '-DHAVE_RAWMEMCHR', '-DHAVE_REALLOCARRAY',
       '-I{r}', '-I' + ELL]
# BlueZ (C): lib/ for <bluetooth/...>, ell for mesh/; HAVE_CONFIG_H not defined (no labelled line needs config.h)
BLZ = ['-std=gnu11', '-D_GNU_SOURCE', '-I{r}', '-I{r}/lib', '-I' + ELL]
# Facebook tac_plus (tacacs-F4.0.4.28, C): stubs/tac_plus/{config,pathsl}.h written by hand (default options)
TAC = ['-std=gnu99', '-D_GNU_SOURCE', '-I' + S + '/tac_plus', '-I{r}/tacacs-F4.0.4.28']
# yubico-pam (C): challenge-response (ykpers) and LDAP support on, as its configure does when the libraries are
# present; VERSION is what AC_INIT gives (2.28)
YKP = ['-std=gnu99', '-D_GNU_SOURCE', '-DHAVE_CR=1', '-DHAVE_SECURITY_PAM_APPL_H=1',
       '-DHAVE_SECURITY_PAM_MODULES_H=1', '-DHAVE_LIBLDAP=1', '-DPIC', '-DVERSION="2.28"', '-I{r}',
       '-I/usr/include/ykpers-1']
E = [('IWDTestBot+iwd', 'src/' + f + '.c', IWD) for f in
     ('sae', 'handshake', 'eapol', 'eap-pwd', 'eap-mschapv2', 'eap-peap', 'eap-ttls', 'erp', 'fils', 'crypto')]
E += [
 ('bluez+bluez', 'src/shared/crypto.c', BLZ),
 ('bluez+bluez', 'emulator/smp.c', BLZ),
 ('bluez+bluez', 'mesh/prov-acceptor.c', BLZ),
 ('bluez+bluez', 'mesh/prov-initiator.c', BLZ),
 ('facebook+tac_plus', 'tacacs-F4.0.4.28/default_fn.c', TAC),
 ('facebook+tac_plus', 'tacacs-F4.0.4.28/pwlib.c', TAC),
 ('Yubico+yubico-pam', 'pam_yubico.c', YKP),
 ('Yubico+yubico-pam', 'util.c', YKP),
]
write_compile_commands(R, E)
