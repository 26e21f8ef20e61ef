#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook97). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'wolfSSL/wolfssh': '581053bcf6a4fcd46f064d9e62ded2eaf6e5e9fb',
 'wolfSSL/wolfTPM': '68deab3ca6107db1a384c7f162e09ab26e4fadfd',
 'wolfSSL/wolfMQTT': 'e64c1ac537f89195100dfe673878796089d0093b',
 'HomeSpan/HomeSpan': '2f4c4ff91f637255c6a084ba64000f8affa2c673',
 'maximkulkin/esp-homekit': 'ab8a436b4d70ccda416943ef6bf61930d1db6049',
}
ROOT = '/work/corpora/webhook97/src'

_labels = TokenLabels(ROOT, 'wh97', C)
S = _labels.S
CT = 'Constant-time compare.'
WCC = (' ConstantCompare (wolfssh/src/misc.c 113, or wolfSSL\'s misc.h copy) ORs the XOR of every byte pair, '
       'no early exit.')
TCC = ' TPM2_ConstantCompare (src/tpm2_util.c 128) ORs the XOR of every byte pair into a volatile word, no early exit.'
SELFTEST = (' A self-test of the TPM in an example program, but the compared buffers are the shared secret itself and '
            'memcmp exits early; see README Doubts.')

# ---------------- wolfSSL/wolfssh (embedded SSH server library; C) ----------------
R = 'wolfSSL/wolfssh'
P = 'apps/wolfsshd/auth.c'
S(R, P, 329, 'ConstantCompare', 'yes', 'CheckPublicKeyUnix: authorized public key compared with the key the peer '
  'offers; a public key, and compared in constant time anyway.' + WCC, CT)
S(R, P, 389, 'XSTRNCMP', 'yes', 'GetFakeHashFromTemplate: stored hash string compared with the "$2" (bcrypt) scheme '
  'prefix; a format prefix.', NS)
S(R, P, 748, 'ConstantCompare', 'yes', 'CheckPasswordHashUnix: crypt() of the typed password compared with the '
  'stored shadow hash.' + WCC, CT)
S(R, P, 1517, 'XMEMCMP', 'yes', 'OpenSSH certificate principals: principal name from the (signed) certificate '
  'compared with the requested user name; a user name.', NS)
S(R, P, 1563, 'XMEMCMP', 'yes', 'address/prefix match: first full bytes of the client address compared with a '
  'configured network prefix; IP addresses.', NS)
S(R, P, 2333, 'XSTRNCMP', 'yes', 'UPN check: local part of the certificate UPN compared with the requested user '
  'name; a user name.', NS)
P = 'src/internal.c'
S(R, P, 3588, 'XMEMCMP', 'yes', 'NameToIdType: algorithm / method name from the peer compared with the names table; '
  'public protocol names.', NS)
S(R, P, 8243, 'XMEMCMP', 'yes', 'DoServiceRequest: requested service name compared with "ssh-userauth"; a '
  'protocol name.', NS)
S(R, P, 12681, 'ConstantCompare', 'yes', 'VerifyMac (HMAC-SHA1 / SHA1-96 case): MAC computed over the packet compared '
  'with the received MAC.' + WCC, CT)
S(R, P, 14652, 'ConstantCompare', 'yes', 'wolfSSH_RsaVerify: encoded digest of the signed data compared with the digest '
  'recovered from the peer signature (public values; constant time anyway).' + WCC, CT)
P = 'examples/echoserver/echoserver.c'
S(R, P, 2829, 'WMEMCMP', 'yes', 'wsUserAuth: SSH user name compared with the user name of a registered entry; a '
  'user name.', NS)
S(R, P, 2834, 'WMEMCMP', 'yes', 'wsUserAuth (publickey): SHA-256 of the public key offered by the client compared '
  'with the registered key hash; a hash of a public key.', NS)
S(R, P, 2841, 'WMEMCMP', 'no', 'wsUserAuth (password): SHA-256 of the typed password compared with the stored '
  'password hash using memcmp (early exit).')
S(R, P, 2861, 'WMEMCMP', 'no', 'wsUserAuth (keyboard-interactive, -DWOLFSSH_KEYBOARD_INTERACTIVE): hash of the '
  'typed response compared with the stored hash using memcmp (early exit).')
P = 'ide/Espressif/ESP-IDF/examples/wolfssh_echoserver/main/echoserver.c'
S(R, P, 2361, 'WMEMCMP', 'yes', 'ESP32 SSH echo server, wsUserAuth: user name compared with a registered entry; a '
  'user name.', NS)
S(R, P, 2366, 'WMEMCMP', 'yes', 'ESP32 SSH echo server, wsUserAuth (publickey): hash of the offered public key '
  'compared with the registered key hash; a hash of a public key.', NS)
S(R, P, 2373, 'WMEMCMP', 'no', 'ESP32 SSH echo server, wsUserAuth (password): SHA-256 of the typed password '
  'compared with the stored password hash using memcmp (early exit).')
S(R, 'examples/tpmcertserver/tpmcertserver.c', 71, 'XMEMCMP', 'no', 'TpmCsUserAuth: typed SSH password compared '
  'with the fixed server password TPMCS_PASSWORD using memcmp (early exit; the length check before it leaks the '
  'length too).')
P = 'ide/Renesas/cs+/demo_server/wolfssh_demo.c'
S(R, P, 499, 'memcmp', 'yes', 'Renesas RX SSH demo server, wsUserAuth: user name compared with a registered '
  'entry; a user name.', NS)
S(R, P, 502, 'memcmp', 'no', 'Renesas RX SSH demo server, wsUserAuth: SHA-256 of the typed password (or of the '
  'offered public key; same compare) compared with the stored hash using memcmp (early exit).')

# ---------------- wolfSSL/wolfTPM (TPM 2.0 stack and firmware TPM; C) ----------------
R = 'wolfSSL/wolfTPM'
S(R, 'src/tpm2.c', 424, 'TPM2_ConstantCompare', 'yes', 'TPM2_ResponseProcess: response HMAC computed with the '
  'session key compared with the HMAC of the TPM response.' + TCC, CT)
S(R, 'src/tpm2.c', 7143, 'XSTRCMP', 'yes', 'TPM2_GetAlgId: algorithm name compared with "RSA"; an algorithm name.',
  NS)
S(R, 'src/tpm2_util.c', 133, '^', 'yes', 'TPM2_ConstantCompare itself: ORs the XOR of every byte pair into a '
  'volatile accumulator, no early exit.', CT)
S(R, 'src/tpm2_wrap.c', 844, 'XMEMCMP', 'yes', 'wolfTPM2_GetCapabilities: TPM manufacturer string compared with '
  '"IFX"; a vendor id.', NS)
P = 'src/fwtpm/fwtpm_command.c'
S(R, P, 961, 'XMEMCMP', 'yes', 'fwTPM self test: SHA-256 of a fixed input compared with the known answer; a '
  'public test vector.', NS)
S(R, P, 3332, 'XMEMCMP', 'yes', 'fwTPM CreatePrimary cache lookup: hash of the key template compared with cached '
  'template hashes; a hash of public template data.', NS)
S(R, P, 7500, 'TPM2_ConstantCompare', 'yes', 'fwTPM ticket check: ticket digest compared with the HMAC computed '
  'with the hierarchy proof.' + TCC, CT)
S(R, P, 17934, 'TPM2_ConstantCompare', 'yes', 'fwTPM command authorization: HMAC of the command session '
  'compared with the expected HMAC.' + TCC, CT)
P = 'src/fwtpm/fwtpm_nv.c'
S(R, P, 1217, 'XMEMCMP', 'yes', 'fwTPM NV primary-key cache: template hash compared with cached entries; a hash '
  'of public template data.', NS)
S(R, P, 1655, 'TPM2_ConstantCompare', 'yes', 'fwTPM NV journal: stored journal MAC compared with the MAC computed '
  'with the NV key.' + TCC, CT)
S(R, 'src/spdm/spdm_psk.c', 190, '^', 'yes', 'SPDM PSK_FINISH response: expected HMAC (verify data from the PSK '
  'session key) XOR-ORed against the received verify data over the whole hash, no early exit.', CT)
P = 'src/spdm/spdm_responder.c'
S(R, P, 612, 'XMEMCMP', 'yes', 'SPDM responder: vendor-defined command code compared with "GET_PUBK"; a command '
  'name.', NS)
S(R, P, 802, '^', 'yes', 'SPDM responder FINISH: expected HMAC XOR-ORed against the requester verify data over '
  'the whole hash, no early exit.', CT)
S(R, P, 1002, 'XSTRCMP', 'yes', 'SPDM responder: vendor-defined command code compared with "PSK_SET_"; a command '
  'name.', NS)
S(R, P, 1039, '^', 'yes', 'SPDM responder PSK_CLEAR: SHA-384 of the clear-auth value XOR-ORed against the stored '
  'digest, no early exit.', CT)
S(R, 'examples/pqc/mlkem_decap_neg.c', 149, 'XMEMCMP', 'no', 'ML-KEM decapsulation check: shared secret from '
  'Decapsulate compared with the encapsulated shared secret using memcmp.' + SELFTEST)
S(R, 'examples/pqc/mlkem_decap_neg.c', 166, 'XMEMCMP', 'no', 'ML-KEM implicit rejection check: secret from the '
  'tampered ciphertext compared with the genuine shared secret using memcmp.' + SELFTEST)
S(R, 'examples/pqc/mlkem_encap.c', 162, 'XMEMCMP', 'no', 'ML-KEM round trip: the two shared secrets (encapsulate '
  'vs decapsulate) compared using memcmp.' + SELFTEST)
S(R, 'examples/pqc/pqc_ctrl.c', 556, 'XMEMCMP', 'no', 'ML-KEM round trip: shared secrets ss1 / ss2 compared using '
  'memcmp.' + SELFTEST)
S(R, 'examples/pqc/pqc_mssim_e2e.c', 119, 'XMEMCMP', 'no', 'ML-KEM-768 over the simulator wire: shared secrets '
  'compared using memcmp.' + SELFTEST)
S(R, 'examples/native/native_test.c', 258, 'XMEMCMP', 'no', 'ECDH: shared point Z from ECDH_KeyGen compared with Z '
  'from ECDH_ZGen using memcmp.' + SELFTEST)

# ---------------- wolfSSL/wolfMQTT (MQTT client and broker; C) ----------------
R = 'wolfSSL/wolfMQTT'
P = 'src/mqtt_broker.c'
S(R, P, 253, '^', 'yes', 'BrokerBufCompare: fixed-length XOR-OR loop over cmp_len bytes with clamped indexes, no '
  'early exit.', CT)
S(R, P, 5875, 'XSTRNCMP', 'yes', 'client id compared with the reserved "auto-" prefix; a client id prefix.', NS)
S(R, P, 6130, 'BrokerStrCompare', 'yes', 'CONNECT auth gate: configured user name compared with the client\'s user '
  'name (BrokerStrCompare, constant time); a user name.', CT)
S(R, P, 6139, 'BrokerBufCompare', 'yes', 'CONNECT auth gate: configured broker password compared with the CONNECT '
  'password with BrokerBufCompare (mqtt_broker.c 241, constant time).', CT)
S(R, 'src/mqtt_packet.c', 1616, 'XMEMCMP', 'yes', 'MqttDecode_Connect: protocol name compared with "MQTT"; a '
  'protocol name.', NS)

# ---------------- HomeSpan/HomeSpan (HomeKit accessory library for ESP32; C++) ----------------
S('HomeSpan/HomeSpan', 'src/SRP.cpp', 222, 'memcmp', 'no', 'SRP6A::verifyClientProof (pair-setup M3): client proof '
  'M1 compared with the locally computed M1V (a hash over the session key K) using memcmp (early exit).')

# ---------------- maximkulkin/esp-homekit (HomeKit accessory library for ESP8266/ESP32; C) ----------------
R = 'maximkulkin/esp-homekit'
S(R, 'src/storage.c', 111, 'strncmp', 'yes', 'homekit_storage_can_add_pairing: magic of a pairing slot compared with '
  '"HAP"; a storage magic.', NS)
S(R, 'src/storage.c', 234, 'strncmp', 'yes', 'homekit_storage_update_pairing: controller device id compared with the '
  'stored pairing\'s device id; a public identifier.', NS)

_labels.write(__file__, 'webhook97')
