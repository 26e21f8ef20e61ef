#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook121). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS, NEGATIVE  # noqa: E402

C = {
 'Nexusoft/LLL-TAO': '1185145534a20ed4d2288e4513c505f271be536d',
 'GNOME/gnome-keyring': '81a9cc98263f43630007482ebfeb05dcb6cb0556',
 'gpg/gnupg': '89f6537840310c06cacfb1e82b1d9382af830afd',
 'otrv4/libotr-ng': 'c307676a858fe9f85d9638f7a1ad8fa99999c045',
 'alpinelinux/apk-tools': '90b974fd8510fbc2b3d6adde311ad1ba8754c728',
 'zchunk/zchunk': '2ec65c97e1168275a4b94089fa93f6d8357518d3',
}
ROOT = '/work/corpora/webhook121/src'

_labels = TokenLabels(ROOT, 'wh121', C)
S = _labels.S
N = _labels.N
CT = 'Constant-time compare.'

# ---------------- Nexusoft/LLL-TAO (Nexus: Bitcoin-derived node, rewritten LLP/TAO layers; C++) ----------------
R = 'Nexusoft/LLL-TAO'
P = 'src/LLP/rpcnode.cpp'
N(R, P, 128, 'ProcessPacket', 'nexus-rpc', 'POST / (legacy JSON-RPC, rpcport)', 'RPCNode::ProcessPacket: the '
  'node\'s JSON-RPC server (wallet and chain commands called by the operator\'s own tools with -rpcuser / '
  '-rpcpassword Basic auth); not a webhook receiver.')
S(R, P, 270, '!=', 'yes', 'RPCNode::Authorized: first six bytes of the Authorization header compared with the '
  '"Basic " scheme keyword; a protocol keyword.', NS)
S(R, P, 280, '==', 'no', 'RPCNode::Authorized: base64-decoded "user:password" of the Authorization header '
  'compared with -rpcuser ":" -rpcpassword using std::string == (early exit); the RPC password check '
  '(Bitcoin\'s TimingResistantEqual was not carried over).')
P = 'src/LLP/apinode.cpp'
N(R, P, 119, 'ProcessPacket', 'nexus-api', 'GET|POST /<api>/<verb> (apiport)', 'APINode::ProcessPacket: the '
  'node\'s JSON API (profiles, sessions, finance, ...) behind -apiuser / -apipassword Basic auth; ordinary API '
  'routes, not a webhook receiver.')
S(R, P, 370, '!=', 'yes', 'APINode::Authorized: Authorization header prefix compared with "Basic"; a protocol '
  'keyword.', NS)
S(R, P, 377, '==', 'no', 'APINode::Authorized: decoded "user:password" from the Authorization header compared '
  'with the cached -apiuser ":" -apipassword using std::string == (early exit); the API password check.')
P = 'src/LLP/filenode.cpp'
N(R, P, 99, 'ProcessPacket', 'nexus-files', 'GET /<file>', 'FileNode::ProcessPacket: static file server of '
  'the node (GET / OPTIONS); not a webhook receiver.')
S(R, P, 258, '!=', 'yes', 'FileNode::Authorized: Authorization header prefix compared with "Basic"; a protocol '
  'keyword.', NS)
S(R, P, 265, '==', 'no', 'FileNode::Authorized: decoded "user:password" from the Authorization header compared '
  'with -apiuser ":" -apipassword using std::string == (early exit); the API password check (a copy of '
  'APINode::Authorized).')
P = 'src/TAO/API/authentication.cpp'
S(R, P, 233, '!=', 'no', 'Authentication::Authenticate (-requirepassword): "password" parameter of the API call '
  'compared with the session\'s stored sigchain password (Credentials()->Password(), a SecureString) using '
  'basic_string != (early exit).')
S(R, P, 513, '!=', 'no', 'Authentication::Unlock (-requirepassword): "password" parameter compared with the '
  'session credentials\' password using basic_string != (early exit); failure counts toward the session '
  'lockout.')
S(R, P, 703, '==', 'yes', 'Authentication::authenticate: stored auth key hash compared with 0 (auth key '
  'disabled); a sentinel test, not a comparison with the caller\'s value.', NS)
S(R, P, 711, '!=', 'no', 'Authentication::authenticate: key hash derived from the session credentials and the '
  'PIN the caller sent compared with the "auth" hash of the crypto register using uint256_t != (base_uint '
  'word loop, early exit); the PIN check.')
P = 'src/Legacy/cryptokeystore.cpp'
S(R, P, 156, '!=', 'yes', 'CryptoKeyStore::Unlock: public key derived from the first decrypted private key '
  'compared with the stored public key; this decides whether the wallet passphrase was right, but both operands '
  'are public keys.', NS)

# ---------------- GNOME/gnome-keyring (keyring daemon, PKCS#11 stores; C) ----------------
R = 'GNOME/gnome-keyring'
S(R, 'pkcs11/gkm/gkm-secret.c', 177, 'memcmp', 'no', 'gkm_secret_equals: a PIN / password compared with the '
  'secret held in the GkmSecret (the keyring master password or store login) using memcmp (early exit); the '
  'helper behind every unlock / login check below.')
S(R, 'pkcs11/gkm/gkm-secret.c', 145, 'gkm_secret_equals', 'no', 'gkm_secret_equal: two secrets compared through '
  'gkm_secret_equals (memcmp, early exit); the wrapper the collection unlock (gkm-secret-collection.c 482) '
  'calls.')
S(R, 'pkcs11/gkm/gkm-secret.c', 183, 'gkm_secret_equals', 'yes', 'gkm_secret_is_trivially_weak: the secret '
  'compared with NULL and "" (length 0); only its emptiness is at stake.', NS)
P = 'pkcs11/secret-store/gkm-secret-collection.c'
S(R, P, 482, 'gkm_secret_equal', 'no', 'gkm_secret_collection_real_unlock (already unlocked): master password '
  'of the new credential compared with the keyring\'s master password through gkm_secret_equal -> '
  'gkm_secret_equals (memcmp, early exit); CKR_PIN_INCORRECT on mismatch.')
S(R, P, 500, 'gkm_secret_equals', 'yes', 'gkm_secret_collection_real_unlock (no file): master password tested '
  'for being empty (compared with NULL / length 0); only the emptiness of the password is at stake.', NS)
S(R, P, 910, 'gkm_secret_equals', 'yes', 'gkm_secret_collection_save: master password tested for being empty '
  '(choice of the textual or the encrypted format); only its emptiness is at stake.', NS)
P = 'pkcs11/secret-store/gkm-secret-binary.c'
S(R, P, 447, 'memcmp', 'no', 'verify_decrypted_buffer: MD5 of the keyring contents decrypted with the key derived '
  'from the master password compared with the 16-byte hash stored inside the encrypted block using memcmp (early '
  'exit); the master password check of the binary keyring format (GKM_DATA_LOCKED on mismatch).')
S(R, P, 883, 'memcmp', 'yes', 'gkm_secret_binary_read: file header compared with the "GnomeKeyring\\n\\r\\0\\n" '
  'magic; a magic number.', NS)
P = 'pkcs11/gnome2-store/gkm-gnome2-module.c'
S(R, P, 214, 'gkm_secret_equals', 'no', 'gkm_gnome2_module_real_login_user (an application already logged in): '
  'PIN passed to C_Login compared with the login secret of the user store through gkm_secret_equals (memcmp, '
  'early exit); CKR_PIN_INCORRECT on mismatch.')
P = 'pkcs11/gnome2-store/gkm-gnome2-file.c'
S(R, P, 205, 'memcmp', 'yes', 'parse_file_blocks: store file header compared with the "Gnome Keyring Store 2" '
  'magic; a magic number.', NS)
S(R, P, 341, 'memcmp', 'no', 'validate_buffer: hash recomputed over a block compared with the hash stored in it '
  'using memcmp (early exit); for the private block (update_from_private_block, decrypted with the login '
  'password) a mismatch is "usually a bad password" and returns GKM_DATA_LOCKED, i.e. the login check. (The '
  'same function also checks the public block, where it is an integrity checksum.)')
P = 'pkcs11/gnome2-store/gkm-gnome2-storage.c'
S(R, P, 469, 'memcmp', 'yes', 'check_object_hash: SHA-1 hex digest of an object file\'s data compared with the '
  'CKA_GNOME_INTERNAL_SHA1 value recorded in the store index; change detection of a file, not an '
  'authenticator.', NS)

# ---------------- gpg/gnupg (GnuPG: gpg-agent, gpg, gpgsm; C) ----------------
R = 'gpg/gnupg'
P = 'agent/protect.c'
S(R, P, 1055, 'smatch', 'yes', 'agent_unprotect: S-expression tag compared with "protected-private-key"; a '
  'format keyword.', NS)
S(R, P, 1151, 'smatch', 'yes', 'agent_unprotect: protection method name compared with the names of the table '
  '("openpgp-s2k3-sha1-aes-cbc", ...); algorithm names.', NS)
S(R, P, 1267, 'memcmp', 'no', 'agent_unprotect (CBC modes): SHA-1 MIC of the decrypted key S-expression (stored '
  'inside the passphrase-encrypted part) compared with the MIC recomputed over the merged key using memcmp (early '
  'exit); the passphrase / integrity check of a protected private key (GPG_ERR_CORRUPTED_PROTECTION).')
P = 'g10/decrypt-data.c'
S(R, P, 566, '!=', 'yes', 'decrypt_data (MDC mode): first bytes of the decrypted trailer compared with the MDC packet '
  'header 0xd3 0x14; packet tag and length.', NS)
S(R, P, 206, 'gcry_cipher_checktag', 'yes', 'aead_checktag: OCB/EAX authentication tag of the decrypted chunk '
  'checked by libgcrypt\'s gcry_cipher_checktag (constant-time buffer compare inside libgcrypt). ' + CT)
S(R, P, 569, 'memcmp', 'no', 'decrypt_data (MDC mode): SHA-1 MDC computed over the decrypted data compared with the '
  'MDC carried in the encrypted trailer using memcmp (early exit); the modification detection code that '
  'authenticates a symmetrically encrypted OpenPGP packet (GPG_ERR_BAD_SIGNATURE on mismatch).')
S(R, 'sm/verify.c', 553, 'memcmp', 'yes', 'gpgsm_verify: digest computed over the signed data compared with the '
  'messageDigest signed attribute; a digest of public data whose authenticity comes from the signature checked '
  'next.', NS)

# ---------------- otrv4/libotr-ng (OTRv4 protocol library; C) ----------------
R = 'otrv4/libotr-ng'
S(R, 'src/data_message.c', 255, 'sodium_memcmp', 'yes', 'otrng_valid_data_message: MAC of the data message '
  'compared with sodium_memcmp. ' + CT)
S(R, 'src/otrng.c', 1295, 'sodium_memcmp', 'yes', 'verify_non_interactive_auth_message: Auth-I MAC of the '
  'non-interactive DAKE compared with sodium_memcmp. ' + CT)
S(R, 'src/prekey_client_messages.c', 146, 'sodium_memcmp', 'yes', 'otrng_prekey_storage_status_message_valid: storage-status message MAC (keyed with the prekey '
  'MAC key) compared with sodium_memcmp. ' + CT)
S(R, 'src/prekey_manager.c', 702, 'sodium_memcmp', 'yes', 'receive_success_or_failure: prekey server success / failure reply MAC keyed with the DAKE mac_key compared with sodium_memcmp. ' + CT)
S(R, 'src/prekey_proofs.c', 200, 'sodium_memcmp', 'yes', 'otrng_ecdh_proof_verify: recomputed proof challenge '
  'compared with the received one using sodium_memcmp. ' + CT)
S(R, 'src/prekey_proofs.c', 405, 'sodium_memcmp', 'yes', 'otrng_dh_proof_verify: recomputed proof challenge '
  'compared with the received one using sodium_memcmp. ' + CT)
S(R, 'src/fingerprint.c', 141, 'memcmp', 'yes', 'otrng_fingerprint_get_by_fp: a peer\'s public key fingerprint '
  'looked up in the list of known fingerprints; public key fingerprints.', NS)
S(R, 'src/fingerprint.c', 218, 'memcmp', 'yes', 'otrng_fingerprint_forget: fingerprint (and user name) of the '
  'entry to drop compared with the known ones; public key fingerprints.', NS)

# ---------------- alpinelinux/apk-tools (Alpine package manager; C) ----------------
R = 'alpinelinux/apk-tools'
S(R, 'src/extract_v2.c', 219, 'apk_digest_cmp', 'yes', 'apk_sign_ctx_mpart_cb: digest of the package data '
  'section compared with the datahash taken from the signed control block; a digest of public package data '
  '(its authenticity comes from the signature).', NS)
S(R, 'src/extract_v2.c', 257, 'apk_digest_cmp_blob', 'yes', 'apk_sign_ctx_mpart_cb (VERIFY_IDENTITY): digest '
  'of the control block compared with the package identity listed in the signed repository index; public '
  'data.', NS)
S(R, 'src/extract_v3.c', 306, 'memcmp', 'yes', 'apk_extract: first bytes of the package compared with the "ADB" '
  'magic; a magic number.', NS)
S(R, 'src/adb.c', 128, 'apk_blob_compare', 'yes', '__adb_handle_identity: digest of the ADB block compared with '
  'the identity expected from the signed index; public data.', NS)
S(R, 'src/adb.c', 1373, 'memcmp', 'yes', 'adb_trust_verify_signature: key id of the signature compared with the '
  'ids of the trusted public keys; public key ids.', NS)
S(R, 'src/io.c', 362, 'apk_digest_cmp', 'yes', 'digest_close: digest of a downloaded / read file compared with '
  'the expected digest from the (signed) index; integrity of public data.', NS)

# ---------------- zchunk/zchunk (zchunk delta-download format; C) ----------------
R = 'zchunk/zchunk'
P = 'src/lib/hash/hash.c'
S(R, P, 307, 'memcmp', 'yes', 'validate_chunk: checksum of a downloaded chunk compared with the chunk digest from '
  'the header index; a public checksum (the header itself is checked against the digest from signed repo '
  'metadata).', NS)
S(R, P, 354, 'memcmp', 'yes', 'validate_file: digest of the whole data compared with the full-file digest of the '
  'header; public checksum.', NS)
S(R, P, 380, 'memcmp', 'yes', 'validate_header: digest of the header compared with the header digest given by '
  'the caller (from signed repository metadata); public checksum.', NS)
P = 'src/lib/header.c'
S(R, P, 495, 'memcmp', 'yes', 'read_lead: lead compared with the "\\0ZHR1" magic; a magic number.', NS)
S(R, P, 497, 'memcmp', 'yes', 'read_lead: lead compared with the "\\0ZCK1" magic; a magic number.', NS)
S(R, P, 567, 'memcmp', 'yes', 'read_lead: expected header digest set by the caller (zck_set_header_digest) '
  'compared with the digest stored in the lead; public checksum.', NS)
S(R, 'src/lib/dl/dl.c', 148, 'memcmp', 'yes', 'write_and_verify_chunk: checksum of a chunk copied from a local source file '
  'compared with the source index digest; public checksum.', NS)
S(R, 'src/lib/dl/dl.c', 207, 'memcmp', 'yes', 'dl_write_range: digest of a wanted chunk compared with '
  'the digest of a chunk of the local source file to reuse it; public checksums.', NS)

_labels.write(__file__, 'webhook121')
