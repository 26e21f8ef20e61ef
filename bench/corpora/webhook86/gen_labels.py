#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook86). Every label names the token on its line (labellib.TokenLabels: column and line SHA-1
# computed from the extracted file; the script fails if the line lacks the token).
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'ipxe/ipxe': '0ab2277c40f1de56c736b9e7db7ee23d52509ec5',
 'apache/nuttx-apps': 'a71c329cfb0d40c853ddff6c943aed22e34b71a6',
 'barebox/barebox': 'dd1d839c2c32a9dfb3fff919bad4570953137ab7',
 'u-boot/u-boot': '6073c36b2c8d39afe3ecc789b281667a3ddebc70',
 'contiki-os/contiki': '32b5b17f674232867c22916bb2e2534c8e9a92ff',
 'JAndrassy/ArduinoOTA': '51032537d7c11f52424c84ac632c6df60f8fe6f9',
 'embox/embox': 'da1cd94fb3a308a8416edf155c065102fce892c3',
}
ROOT = '/work/corpora/webhook86/src'
_labels = TokenLabels(ROOT, 'wh86', C)
S = _labels.S
CT = 'Constant-time compare.'
MNQ = ' crypto_memneq (include/crypto/algapi.h -> crypto/memneq.c __crypto_memneq) ORs the XOR of every byte pair.'

# ---------------- ipxe/ipxe (network boot firmware; C) ----------------
R = 'ipxe/ipxe'
P = 'src/net/tcp/iscsi.c'
S(R, P, 942, 'strcmp', 'yes', 'iscsi_handle_authmethod_value: AuthMethod value from the target compared with '
  '"CHAP"; a protocol keyword.', NS)
S(R, P, 991, 'strcmp', 'yes', 'iscsi_handle_chap_a_value: CHAP_A algorithm from the target compared with "5" '
  '(MD5); a protocol constant.', NS)
S(R, P, 1115, 'strcmp', 'yes', 'iscsi_handle_chap_n_value: CHAP_N user name sent by the target compared with the '
  'configured target user name (diagnostics only); a user name.', NS)
S(R, P, 1178, 'memcmp', 'no', 'iscsi_handle_chap_r_value: mutual CHAP response (MD5 of id, target password and '
  'challenge) sent by the target compared with the expected response using memcmp (early exit).')
S(R, P, 1255, 'strcmp', 'yes', 'iscsi_handle_string: negotiation value compared with "Reject"; a protocol '
  'keyword.', NS)
P = 'src/crypto/cms.c'
S(R, P, 138, 'asn1_compare', 'yes', 'cms_parse_content_type: content type OID compared with the known CMS type OIDs; '
  'public identifiers.', NS)
S(R, P, 1094, 'memcmp', 'no', 'cms_decrypt: AEAD authentication tag of the enveloped (authEnveloped) image '
  'compared with the tag computed during decryption using memcmp (early exit).')
P = 'src/crypto/ocsp.c'
S(R, P, 378, 'asn1_compare', 'yes', 'ocsp_parse_response_type: response type OID compared with id-pkix-ocsp-basic; '
  'a public identifier.', NS)
S(R, P, 435, 'memcmp', 'yes', 'ocsp_compare_responder_key_hash: responder key hash compared with the SHA-1 of a '
  'certificate\'s public key; a public-key fingerprint, not a secret.', NS)
S(R, P, 515, 'asn1_compare', 'yes', 'ocsp_parse_cert_id: CertID of the response compared with the CertID of the '
  'request; public certificate identifiers.', NS)

# ---------------- apache/nuttx-apps (RTOS applications; C) ----------------
R = 'apache/nuttx-apps'
P = 'fsutils/passwd/passwd_verify.c'
S(R, P, 72, 'strncmp', 'yes', 'passwd_verify_hash: stored hash checked for the "$pbkdf2-sha256$" modular-crypt '
  'prefix; a format tag.', NS)
S(R, P, 119, 'timingsafe_bcmp', 'yes', 'passwd_verify_hash: PBKDF2-SHA256 of the typed password compared with the '
  'stored hash with timingsafe_bcmp.', CT)
P = 'netutils/ftpd/ftpd.c'
S(R, P, 532, 'strcmp', 'yes', 'ftpd_account_search_user: USER name compared with the account user name; a user '
  'name.', NS)
S(R, P, 612, 'strcmp', 'no', 'ftpd_account_login: PASS password compared with the account\'s configured plaintext '
  'password using strcmp (early exit).')
S(R, P, 3967, 'strcmp', 'yes', 'ftpd_command: command word compared with the command table entries; a protocol '
  'keyword.', NS)

# ---------------- barebox/barebox (bootloader; C) ----------------
R = 'barebox/barebox'
P = 'security/password.c'
S(R, P, 315, 'crypto_memneq', 'yes', 'check_passwd (PBKDF2): PBKDF2-HMAC-SHA1 key of the typed password compared '
  'with the stored key.' + MNQ, CT)
S(R, P, 323, 'crypto_memneq', 'yes', 'check_passwd (digest): digest of the typed password compared with the stored '
  'password digest.' + MNQ, CT)
P = 'crypto/digest.c'
S(R, P, 49, 'crypto_memneq', 'yes', 'digest_generic_verify: computed digest compared with the expected one.' + MNQ,
  CT)
S(R, P, 115, 'strcmp', 'yes', 'digest_algo_get_by_name: driver name compared with the requested algorithm name.',
  NS)
S(R, P, 118, 'strcmp', 'yes', 'digest_algo_get_by_name: algorithm name compared with the requested name.', NS)
S(R, 'crypto/memneq.c', 84, '^', 'yes', '__crypto_memneq: the byte-wise XOR-OR accumulate loop itself (no early '
  'exit, OPTIMIZER_HIDE_VAR).', CT)

# ---------------- u-boot/u-boot (bootloader; C) ----------------
R = 'u-boot/u-boot'
P = 'common/autoboot.c'
S(R, P, 112, 'crypt_compare', 'yes', 'passwd_abort_crypt: typed autoboot password checked against the stored crypt(3) '
  'hash with crypt_compare, which ends in equals_constant_time (lib/crypt/crypt.c 21, XOR-OR loop).', CT)
S(R, P, 142, '^', 'yes', 'slow_equals: XOR-OR accumulate loop over the SHA-256 digests (no early exit).', CT)
S(R, P, 221, 'slow_equals', 'yes', 'passwd_abort_sha256: SHA-256 of the typed autoboot key compared with the stored '
  'bootstopkeysha256 hash through slow_equals (XOR-OR loop at 142).', CT)
S(R, P, 299, 'memcmp', 'no', 'passwd_abort_key: the last characters typed at the console compared with the '
  'bootstopkey / bootdelaykey strings (the keys that interrupt autoboot, a password in keyed autoboot) using '
  'memcmp (early exit).')
P = 'lib/crypt/crypt.c'
S(R, P, 21, '^', 'yes', 'equals_constant_time: XOR-OR accumulate loop over the crypt(3) output and the stored '
  'hash (no early exit).', CT)
S(R, P, 54, 'strncmp', 'yes', 'crypt_compare: stored hash prefix compared with the "$5$" / "$6$" algorithm tags; '
  'a format tag.', NS)
S(R, P, 68, 'equals_constant_time', 'yes', 'crypt_compare: crypt(3) of the passphrase compared with the stored '
  'hash with the constant-time helper (loop at 21).', CT)
P = 'drivers/mmc/rpmb.c'
S(R, P, 153, '!=', 'yes', 'mmc_rpmb_response: response type of the RPMB frame compared with the expected '
  'response code; a protocol constant.', NS)
S(R, P, 282, 'memcmp', 'no', 'mmc_rpmb_read: HMAC-SHA256 (keyed with the RPMB authentication key) of the frame '
  'read from the eMMC compared with the frame MAC using memcmp (early exit).')
P = 'lib/tpm-v1.c'
S(R, P, 644, 'memcmp', 'no', 'verify_response_auth: HMAC-SHA1 (keyed with the entity usage secret) over the TPM '
  'response and the OIAP nonces compared with the response authorization using memcmp (early exit).')
S(R, P, 875, 'memcmp', 'yes', 'tpm1_find_key_sha1: SHA-1 of a loaded key\'s public key compared with the wanted '
  'public key digest; a public-key fingerprint.', NS)

# ---------------- contiki-os/contiki (IoT OS; C) ----------------
R = 'contiki-os/contiki'
P = 'core/net/llsec/noncoresec/noncoresec.c'
S(R, P, 139, 'memcmp', 'no', 'aead (decrypt path): 802.15.4 CCM* MIC of the received frame compared with the MIC '
  'computed with the network key using memcmp (early exit).')
S(R, P, 190, 'linkaddr_cmp', 'yes', 'parse: sender link-layer (MAC) address compared with the node\'s own address; '
  'a hardware address, not a message authentication code.', NS)
S(R, 'core/net/mac/tsch/tsch-security.c', 256, 'memcmp', 'no', 'tsch_security_parse_frame: CCM* MIC of the '
  'received TSCH frame compared with the MIC computed with the link key using memcmp (early exit).')
ROM = (' rom_util_memcmp (cpu/cc2538/dev/rom-util.h 119) calls the ROM\'s plain memcmp through the ROM API table '
       '(early exit).')
S(R, 'cpu/cc2538/dev/ccm.c', 98, 'rom_util_memcmp', 'no', 'ccm_auth_crypt_get_result: AES-CCM MIC computed by '
  'the crypto engine compared with the MIC at the end of the ciphertext.' + ROM)
S(R, 'cpu/cc2538/dev/gcm.c', 84, 'rom_util_memcmp', 'no', 'gcm_auth_crypt_get_result: AES-GCM tag computed by '
  'the crypto engine compared with the received tag.' + ROM)
S(R, 'cpu/cc2538/dev/cbc-mac.c', 78, 'rom_util_memcmp', 'no', 'cbc_mac_auth_get_result: AES CBC-MAC computed by '
  'the crypto engine compared with the expected MAC.' + ROM)

# ---------------- JAndrassy/ArduinoOTA (Arduino OTA library; C++) ----------------
R = 'JAndrassy/ArduinoOTA'
P = 'src/WiFiOTA.cpp'
S(R, P, 123, 'memcmp', 'yes', 'pollMdns: received mDNS query compared with the constant _arduino._tcp.local PTR '
  'question; a protocol constant.', NS)
S(R, P, 250, 'startsWith', 'yes', 'pollServer: request header line compared with the "Content-Length: " header '
  'name.', NS)
S(R, P, 266, '!=', 'yes', 'pollServer: HTTP request line compared with "POST /sketch HTTP/1.1"; method and path.', NS)
S(R, P, 272, '!=', 'no', 'pollServer: Authorization header of the upload compared with the expected "Basic " + '
  'base64("arduino:" + OTA password) with String operator!= (strcmp, early exit).')

# ---------------- embox/embox (embedded OS; C) ----------------
S('embox/embox', 'src/cmds/user/login/login.c', 211, 'strcmp', 'no', 'login_user: crypt(3) of the typed password '
  'compared with the shadow password hash using strcmp (early exit).')

_labels.write(__file__, 'webhook86')
