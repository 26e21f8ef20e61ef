#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook80). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'opendnssec/SoftHSMv2': '913e7bfd463194fadcdd28f578087cc9c15643ee',
 'kgoldman/ibmswtpm2': '878cbdd9c6a83f70fe2b2c1f4e7a3823275cbe5c',
 'srajiv/trousers': '1722374cb9dbab6053a71d9422efc3c50e912197',
 'Yubico/pam-u2f': 'b5846bb74f9f9871c14adb986516817f546f8096',
 'solokeys/solo1': 'fc8d2867c5ba8161302b809c80fa1fd6a4df94a2',
 'Nitrokey/nitrokey-start-firmware': '4436e10c5a1c44fa164fa1829ba84445b1e07a92',
 'kgoldman/ibmtss': '6bf34b8c5c2d2658a45cd505a5cc2c4140864680',
 'Yubico/yubihsm-shell': '428bfdd1dae28b64508bc9d38abb71a232d58fd2',
}
ROOT = '/work/corpora/webhook80/src'

_labels = TokenLabels(ROOT, 'wh80', C)
S = _labels.S
CT = 'Constant-time compare.'
ME = ('MemoryEqual (src/Memory.c 96-110) ORs the XOR of every byte pair and tests the result once at the end, no '
      'early exit; MemoryEqual2B checks the (public) sizes and then calls it.')
BS = ('ByteString::operator== (src/lib/data_mgr/ByteString.cpp 330-342) is a generic helper: size check, then '
      'memcmp (early exit).')

# ---------------- opendnssec/SoftHSMv2 (PKCS#11 software HSM, OpenSSL backend; C++) ----------------
R = 'opendnssec/SoftHSMv2'
S(R, 'src/lib/crypto/OSSLEVPMacAlgorithm.cpp', 219, '==', 'no', 'OSSLEVPMacAlgorithm::verifyFinal (C_Verify / '
  'C_VerifyFinal with an HMAC mechanism): caller-supplied MAC compared with the HMAC computed with the token key '
  'using the generic ByteString operator==, i.e. memcmp (early exit). ' + BS)
S(R, 'src/lib/crypto/OSSLEVPCMacAlgorithm.cpp', 243, '==', 'no', 'OSSLEVPCMacAlgorithm::verifyFinal (C_Verify with '
  'CKM_AES_CMAC / DES3 CMAC): caller-supplied MAC compared with the CMAC computed with the token key using the '
  'generic ByteString operator==, i.e. memcmp (early exit). ' + BS)
P = 'src/lib/data_mgr/SecureDataManager.cpp'
S(R, P, 288, '!=', 'yes', 'SecureDataManager::login (user / SO PIN check): after AES-CBC decryption of the stored '
  'key blob with the PBKDF key derived from the PIN, the first 3 plaintext bytes are compared with the public '
  'magic "RJR"; neither side is a stored secret or a MAC.', NS)
S(R, P, 359, '!=', 'yes', 'SecureDataManager::reAuthenticate: decrypted key blob prefix compared with the public '
  'magic "RJR" (same as the login check); not a secret compare.', NS)
S(R, 'src/lib/object_store/SessionObject.cpp', 227, '==', 'yes', 'SessionObject::hasSlotID: PKCS#11 slot number '
  'compared with the requested slot; a public identifier.', NS)

# ---------------- kgoldman/ibmswtpm2 (TPM 2.0 reference implementation; C) ----------------
R = 'kgoldman/ibmswtpm2'
S(R, 'src/Memory.c', 109, '^', 'yes', 'MemoryEqual: the XOR-OR accumulate loop the TPM uses for every HMAC, ticket '
  'and authValue compare; all bytes are visited, one test at the end.', CT)
P = 'src/SessionProcess.c'
S(R, P, 225, 'MemoryEqual2B', 'yes', 'IsSessionBindEntity: bind value (Name and authValue of the entity) compared '
  'with the session\'s bound entity using MemoryEqual2B. ' + ME, CT)
S(R, P, 775, 'MemoryEqual2B', 'yes', 'CheckPWAuthSession: password (authValue) sent in a TPM_RS_PW session compared '
  'with the entity\'s authValue using MemoryEqual2B. ' + ME, CT)
S(R, P, 952, 'MemoryEqual2B', 'yes', 'CheckSessionHMAC: command HMAC from the caller compared with the HMAC computed '
  'with the session key and authValue using MemoryEqual2B. ' + ME, CT)
S(R, P, 143, '==', 'yes', 'IncrementLockout: session handle compared with the password-session handle constant '
  'TPM_RS_PW; a public handle value.', NS)
P = 'src/ContextCommands.c'
S(R, P, 351, 'MemoryEqual2B', 'yes', 'TPM2_ContextLoad: integrity HMAC of the saved context blob compared with the '
  'HMAC computed with the context integrity key using MemoryEqual2B. ' + ME, CT)
S(R, P, 369, 'MemoryEqual', 'yes', 'TPM2_ContextLoad: decrypted fingerprint compared with the context\'s sequence '
  'number (a public counter) using MemoryEqual.', NS)
P = 'src/EACommands.c'
S(R, P, 425, 'MemoryEqual2B', 'yes', 'TPM2_PolicyTicket: ticket HMAC from the caller compared with the ticket HMAC '
  'computed with the hierarchy proof using MemoryEqual2B. ' + ME, CT)
S(R, P, 574, 'MemoryEqual2B', 'yes', 'TPM2_PolicyPCR: caller\'s expected PCR digest compared with the digest of the '
  'current PCR values; public PCR state.', NS)
P = 'src/X509_spt.c'
S(R, P, 116, 'MemoryEqual', 'yes', 'X509FindExtensionByOID: extension OID in a certificate template compared with a '
  'constant OID; public.', NS)
S(R, P, 193, 'MemoryEqual', 'yes', 'X509ProcessExtensions: TPMA_OBJECT bits from the keyAttributes extension '
  'compared with the object attributes; public attribute bits.', NS)

# ---------------- srajiv/trousers (TrouSerS, TPM 1.2 TSS; C) ----------------
R = 'srajiv/trousers'
P = 'src/tspi/tsp_auth.c'
S(R, P, 362, 'memcmp', 'no', 'validateReturnAuth: HMAC-SHA1 of the TPM response (keyed with the usage / OSAP '
  'secret) compared with the HMAC the TPM returned using memcmp (early exit).')
S(R, P, 757, 'memcmp', 'no', 'authsess_callback_hmac (verify branch): response HMAC compared with the HMAC computed '
  'with the OSAP session shared secret using memcmp (early exit).')
S(R, 'src/tspi/tspi_ek.c', 88, 'memcmp', 'yes', 'Tspi_TPM_CreateEndorsementKey: checksum = SHA-1(public EK || '
  'antiReplay nonce) returned by the TPM compared with the locally computed one; an unkeyed hash of public '
  'values, no secret.', NS)

# ---------------- Yubico/pam-u2f (PAM module for FIDO U2F / FIDO2 tokens; C) ----------------
R = 'Yubico/pam-u2f'
P = 'util.c'
S(R, P, 160, 'strcmp', 'yes', 'is_resident: key handle field of the authfile compared with "*" (resident '
  'credential marker); a public constant.', NS)
S(R, P, 231, 'strcmp', 'yes', 'parse_native_format: user name of an authfile line compared with the PAM user; a '
  'user name.', NS)
S(R, P, 470, 'memcmp', 'yes', 'ssh_get_pubkey: SSH key type string compared with '
  '"sk-ecdsa-sha2-nistp256@openssh.com"; a public algorithm name.', NS)
S(R, P, 573, 'memcmp', 'yes', 'parse_ssh_format: decoded OpenSSH private key compared with the magic '
  '"openssh-key-v1"; a public format magic.', NS)
S(R, P, 748, 'strcmp', 'yes', 'get_devices_from_authfile: owner of the authfile compared with the user name and '
  '"root"; a user name.', NS)

# ---------------- solokeys/solo1 (FIDO2 / U2F security key firmware, PC build; C) ----------------
R = 'solokeys/solo1'
P = 'fido2/ctap.c'
S(R, P, 113, 'memcmp', 'no', 'verify_pin_auth_ex: pinAuth from the client compared with HMAC-SHA256(pinToken, '
  'clientDataHash) using memcmp (early exit); pinToken is the per-boot secret.')
S(R, P, 441, 'memcmp', 'yes', 'is_matching_rk: rpIdHash (SHA-256 of the relying party id) of two resident keys '
  'compared; public.', NS)
S(R, P, 481, 'memcmp', 'no', 'ctap_make_extensions (hmac-secret): saltAuth from the client compared with '
  'HMAC-SHA256(ECDH shared secret, saltEnc) using memcmp (early exit).')
S(R, P, 895, 'memcmp', 'yes', 'ctap_authenticate_credential: rpIdHash stored in the credential id compared with '
  'SHA-256 of the relying party id; public.', NS)
S(R, P, 900, 'memcmp', 'no', 'ctap_authenticate_credential: 16-byte tag of a credential id from the client '
  'compared with the HMAC-SHA256 tag computed with the device transport key (make_auth_tag) using memcmp (early '
  'exit).')
S(R, P, 1246, 'memcmp', 'yes', 'ctap_filter_invalid_credentials: rpIdHash of a stored resident key compared with the '
  'request\'s rpIdHash; public.', NS)
S(R, P, 2012, 'memcmp', 'no', 'ctap_update_pin_if_verified: pinAuth from the client compared with HMAC-SHA256(ECDH '
  'shared secret, newPinEnc || pinHashEnc) using memcmp (early exit).')
S(R, P, 2067, 'memcmp', 'no', 'ctap_update_pin_if_verified (changePIN): salted SHA-256 of the decrypted current PIN '
  'hash compared with the stored PIN_CODE_HASH using memcmp (early exit).')
S(R, P, 2108, 'memcmp', 'no', 'ctap_add_pin_if_verified (getPINToken): salted SHA-256 of the decrypted PIN hash '
  'compared with the stored PIN_CODE_HASH using memcmp (early exit).')
P = 'fido2/u2f.c'
S(R, P, 202, 'memcmp', 'yes', 'u2f_authenticate_credential: rpIdHash in a FIDO2 credential id compared with the '
  'U2F application id hash; public.', NS)
S(R, P, 209, 'memcmp', 'no', 'u2f_authenticate_credential: tag of a FIDO2 credential id compared with the HMAC tag '
  'computed with the device transport key using memcmp (early exit).')
S(R, P, 216, 'memcmp', 'no', 'u2f_authenticate_credential: tag of a U2F key handle compared with the HMAC-SHA256 '
  'tag computed with the device key (u2f_make_auth_tag) using memcmp (early exit).')
S(R, P, 250, '!=', 'yes', 'u2f_authenticate: APDU control byte compared with the protocol constants '
  'U2F_AUTHENTICATE_SIGN / ..._NO_USER.', NS)

# ---------------- Nitrokey/nitrokey-start-firmware (Gnuk OpenPGP card firmware; C) ----------------
R = 'Nitrokey/nitrokey-start-firmware'
P = 'src/ac.c'
S(R, P, 198, 'memcmp', 'no', 'verify_admin_00 (VERIFY of the admin PIN PW3 when no signing key is loaded): S2K '
  'keystring (SHA-256 derived) of the PIN sent by the host compared with the stored PW3 keystring using memcmp '
  '(early exit).')
S(R, P, 38, '==', 'yes', 'ac_check_status: access-condition flag of a data object compared with the constant '
  'AC_ALWAYS; a public policy value.', NS)

# ---------------- kgoldman/ibmtss (IBM TPM 2.0 TSS; C) ----------------
R = 'kgoldman/ibmtss'
S(R, 'utils/tsscryptoh.c', 116, 'memcmp', 'no', 'TSS_HMAC_Verify (the helper that checks response HMACs of HMAC '
  'sessions and HMAC signatures): expected HMAC compared with the HMAC computed with the session / key secret '
  'using memcmp (early exit).')
P = 'utils/tss20.c'
S(R, P, 3146, 'TSS_TPM2B_Compare', 'yes', 'TSS_HmacSession_SetHmacKey: Name of the authorized object compared with '
  'the session\'s bind Name using the generic TSS_TPM2B_Compare (memcmp); TPM Names are public.', NS)
S(R, P, 5010, 'memcmp', 'yes', 'TSS_PO_ReadPublic: Name computed from the returned public area compared with the '
  'Name the TPM returned; public.', NS)
S(R, 'utils/quote.c', 385, 'TSS_TPM2B_Compare', 'yes', 'quote tool: caller\'s qualifyingData (an anti-replay nonce '
  'chosen by the caller) compared with extraData of the attestation structure; public.', NS)

# ---------------- Yubico/yubihsm-shell (YubiHSM 2 client library, SCP03 / SCP11 sessions; C) ----------------
R = 'Yubico/yubihsm-shell'
P = 'lib/yubihsm.c'
S(R, P, 432, 'memcmp', 'no', 'send_authenticated_msg: response MAC (R-MAC) of the HSM compared with the CMAC '
  'computed with the session s_rmac key using memcmp (early exit).')
S(R, P, 1064, '!=', 'yes', 'yh_finish_create_session: response command code compared with '
  'YHC_AUTHENTICATE_SESSION_R; a protocol constant.', NS)
S(R, P, 1073, 'memcmp', 'no', 'yh_finish_create_session: card cryptogram from the HSM compared with the cryptogram '
  'computed with the S-MAC session key using memcmp (early exit).')
S(R, P, 1308, 'memcmp', 'no', 'yh_create_session_asym (SCP11): receipt of the HSM compared with the CMAC computed '
  'with the key derived from the ECDH shared secrets using memcmp (early exit).')
S(R, P, 5471, 'memcmp', 'yes', 'yh_verify_logs: digest of an audit log entry compared with the SHA-256 chain over '
  'the previous entries; an unkeyed hash of public log data.', NS)

_labels.write(__file__, 'webhook80')
