#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook80 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook80'
S = R + '/stubs'
# SoftHSMv2 (C++): CMake, OpenSSL backend; config.h is stubs/SoftHSMv2/config.h (hand-written)
SH = ['-std=c++11', '-I' + S + '/SoftHSMv2'] + ['-I{r}/src/lib/' + d for d in (
    'common', 'crypto', 'data_mgr', 'object_store', 'session_mgr', 'slot_mgr', 'handle_mgr', 'pkcs11')] + [
    '-I{r}/src/lib']
# ibmswtpm2 (C): src/makefile + makefile-common CCFLAGS (defines), OpenSSL libcrypto
TPM = ['-std=gnu99', '-DTPM_POSIX', '-D_POSIX_', '-DTPM_NUVOTON', '-DUSE_BIT_FIELD_STRUCTURES=NO', '-DSYM_LIB=Ossl',
       '-DHASH_LIB=Ossl', '-DMATH_LIB=TpmBigNum', '-DBN_MATH_LIB=Ossl', '-I{r}/src']
# TrouSerS (C): src/tspi/Makefile.am libtspi_la_CFLAGS with every TSS_BUILD_ option
TSP = ['-std=gnu99', '-I{r}/src/include', '-DAPPID="TSPI"', '-DVAR_PREFIX="/var"', '-DETC_PREFIX="/etc"',
       '-DTSS_NO_GUI', '-DHAVE_PTHREAD_H', '-DTSS_BUILD_TSS12'] + ['-DTSS_BUILD_' + x for x in (
    'ADMIN', 'AIK', 'ASN1', 'ASYM_CRYPTO', 'AUDIT', 'AUTH', 'BIND', 'CAPS', 'CAPS_TPM', 'CERTIFY', 'CHANGEAUTH',
    'CMK', 'COUNTER', 'DAA', 'DELEGATION', 'DIR', 'EK', 'ENCDATA_LIST', 'GETSET', 'GET_FLAGS', 'HASH', 'HASH_LIST',
    'KEY', 'MAINT', 'MIGRATION', 'NV', 'OWN', 'PCRS_LIST', 'PCR_COMP', 'PCR_COMP12', 'PCR_EVENTS', 'PCR_EXTEND',
    'POLICY', 'PS', 'QUOTE', 'QUOTE2', 'RANDOM', 'RSAKEY_LIST', 'SEAL', 'SEALX', 'SELFTEST', 'SIGN', 'TICK',
    'TRANSPORT',)]
# pam-u2f (C): autoconf (no config.h include in util.c); libfido2's public headers from the libfido2 repository
PU = ['-std=gnu99', '-D_GNU_SOURCE', '-I{r}', '-I' + R + '/src/Yubico+libfido2/src']
# solo1 (C): fido2/Makefile with APP_CONFIG=app.h from pc/ (the PC build of the root Makefile); tinycbor headers
# from intel/tinycbor at the submodule commit
SOLO = ['-std=gnu11', '-DAPP_CONFIG="app.h"', '-DAES256=1', '-DSOLO_EXPERIMENTAL=1', '-DDEBUG_LEVEL=1',
        '-I{r}/fido2', '-I{r}/fido2/extensions', '-I{r}/pc', '-I{r}/crypto/sha256',
        '-I' + R + '/src/intel+tinycbor/src']
# Nitrokey Start firmware (Gnuk fork, C): config.h is stubs/nitrokey-start-firmware/config.h (hand-written); ac.c
# needs no chopstx header
GNUK = ['-std=gnu99', '-I' + S + '/nitrokey-start-firmware', '-I{r}/src']
# ibmtss (C): utils/makefiletpm20 + makefile-common20 CCFLAGS / CCLFLAGS (TPM 2.0 only, OpenSSL 3)
ITSS = ['-std=gnu99', '-DTPM_POSIX', '-DTPM_TSS_NODEPRECATED', '-DTPM_TSS_NODEV', '-DOPENSSL_NO_DEPRECATED',
        '-DTPM_TSS_NUVOTON', '-DTPM_TPM20', '-I{r}/utils']
# yubihsm-shell (C): CMake add_definitions for lib/ (OpenSSL backend, cert compression on); common/platform-config.h
# is stubs/yubihsm-shell/common/platform-config.h (hand-written), reached through -I.../common for the
# "../common/platform-config.h" includes
YHSM = ['-std=gnu11', '-DENABLE_CERT_COMPRESS', '-DDEFAULT_CONNECTOR_URL="http://127.0.0.1:12345"',
        '-DOPENSSL_API_COMPAT=0x10000000L', '-DHAVE_EXPLICIT_BZERO', '-DVERSION="2.8.0"', '-DSOVERSION="2"',
        '-I' + S + '/yubihsm-shell/common', '-I{r}/lib']
E = [
 ('opendnssec+SoftHSMv2', 'src/lib/crypto/OSSLEVPMacAlgorithm.cpp', SH),
 ('opendnssec+SoftHSMv2', 'src/lib/crypto/OSSLEVPCMacAlgorithm.cpp', SH),
 ('opendnssec+SoftHSMv2', 'src/lib/data_mgr/SecureDataManager.cpp', SH),
 ('opendnssec+SoftHSMv2', 'src/lib/object_store/SessionObject.cpp', SH),
 ('kgoldman+ibmswtpm2', 'src/Memory.c', TPM),
 ('kgoldman+ibmswtpm2', 'src/SessionProcess.c', TPM),
 ('kgoldman+ibmswtpm2', 'src/ContextCommands.c', TPM),
 ('kgoldman+ibmswtpm2', 'src/EACommands.c', TPM),
 ('kgoldman+ibmswtpm2', 'src/X509_spt.c', TPM),
 ('srajiv+trousers', 'src/tspi/tsp_auth.c', TSP),
 ('srajiv+trousers', 'src/tspi/tspi_ek.c', TSP),
 ('Yubico+pam-u2f', 'util.c', PU),
 ('solokeys+solo1', 'fido2/ctap.c', SOLO),
 ('solokeys+solo1', 'fido2/u2f.c', SOLO),
 ('Nitrokey+nitrokey-start-firmware', 'src/ac.c', GNUK),
 ('kgoldman+ibmtss', 'utils/tsscryptoh.c', ITSS),
 ('kgoldman+ibmtss', 'utils/tss20.c', ITSS),
 ('kgoldman+ibmtss', 'utils/quote.c', ITSS),
 ('Yubico+yubihsm-shell', 'lib/yubihsm.c', YHSM),
]
write_compile_commands(R, E)
