#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook122). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'IvorySQL/IvorySQL': 'dae81eae9a90bc10b394aba23460af971eba2122',
 'sqlcipher/sqlcipher': 'c7e811b399379c948b423872ad7ba91d2ce38434',
 'utelle/SQLite3MultipleCiphers': '3e93d841da1983140a8cd47cc773761dadbb0f71',
 'couchbase/libcouchbase': '3ff90efc9e9ec3fbeda035315d5a84e51aaaf934',
 'couchbase/couchbase-cxx-client': 'ef6b12aede2f34b8e2310ca6459c7a3f45445783',
 'dearcode/inception2': '4a5e2cdc910becd07e4883a12578fdee95461d82',
}
ROOT = '/work/corpora/webhook122/src'

_labels = TokenLabels(ROOT, 'wh122', C)
S = _labels.S
CT = 'Constant-time compare.'

# ---------------- IvorySQL/IvorySQL (PostgreSQL 18 fork: server auth, libpq client auth, pgcrypto; C) ----------------
R = 'IvorySQL/IvorySQL'
P = 'src/backend/libpq/auth-scram.c'
S(R, P, 256, 'strcmp', 'yes', 'scram_init: SASL mechanism selected by the client compared with '
  '"SCRAM-SHA-256-PLUS"; a mechanism name.', NS)
S(R, P, 260, 'strcmp', 'yes', 'scram_init: selected mechanism compared with "SCRAM-SHA-256"; a mechanism name.', NS)
S(R, P, 582, 'memcmp', 'no', 'scram_verify_plain_password: ServerKey computed from the plaintext password the client '
  'sent compared with the ServerKey of the stored SCRAM secret (pg_authid.rolpassword) using memcmp (early exit); '
  'the password check of "password" authentication against a SCRAM secret.')
S(R, P, 635, 'strcmp', 'yes', 'parse_scram_secret: scheme of the stored secret compared with "SCRAM-SHA-256"; an '
  'algorithm name.', NS)
S(R, P, 1133, 'memcmp', 'yes', 'verify_final_nonce: nonce in client-final-message compared with the client nonce of '
  'client-first-message; nonces travel in clear, not secrets.', NS)
S(R, P, 1135, 'memcmp', 'yes', 'verify_final_nonce: tail of the final nonce compared with the server nonce the server '
  'sent in clear in server-first-message; a public nonce, not a secret.', NS)
S(R, P, 1189, 'memcmp', 'no', 'verify_client_proof: StoredKey recomputed from the client\'s ClientProof (H(ClientProof '
  'XOR ClientSignature)) compared with the user\'s StoredKey using memcmp (early exit); the SCRAM ClientProof check.')
S(R, P, 1351, 'strcmp', 'yes', 'read_client_final_message: channel-binding data sent by the client compared with '
  'base64 of "p=tls-server-end-point,," + the hash of the server\'s own certificate; public data.', NS)
S(R, P, 1368, 'strcmp', 'yes', 'read_client_final_message: channel-binding attribute compared with "biws" (base64 of '
  '"n,,"); a protocol constant.', NS)
S(R, P, 1369, 'strcmp', 'yes', 'read_client_final_message: channel-binding attribute compared with "eSws" (base64 '
  'of "y,,"); a protocol constant.', NS)
P = 'src/backend/libpq/crypt.c'
S(R, P, 162, 'strncmp', 'yes', 'get_password_type: stored password compared with the "md5" prefix to recognise its '
  'format; a format tag, not a compare of the secret.', NS)
S(R, P, 296, 'strcmp', 'no', 'md5_crypt_verify: MD5 response sent by the client compared with the response computed '
  'from the stored MD5 hash and the salt using strcmp (early exit); the md5 password check.')
S(R, P, 375, 'strcmp', 'no', 'plain_crypt_verify: MD5 hash of the plaintext password the client sent compared with '
  'the stored MD5 password hash using strcmp (early exit).')
P = 'src/backend/libpq/auth.c'
S(R, P, 1634, 'strcmp', 'yes', 'interpret_ident_response: ident reply type compared with "USERID"; a protocol '
  'keyword.', NS)
S(R, P, 2484, 'strcmp', 'yes', 'CheckLDAPAuth: configured LDAP scheme compared with "ldaps" to pick the default '
  'port; a scheme name.', NS)
S(R, P, 3207, '!=', 'yes', 'PerformRadiusTransaction: identifier of the RADIUS response compared with the request '
  'identifier; a packet id, not a secret.', NS)
S(R, P, 3244, 'memcmp', 'no', 'PerformRadiusTransaction: Response Authenticator of the RADIUS reply compared with '
  'MD5(code+id+length+request authenticator+attributes+shared secret) using memcmp (early exit); the keyed '
  'authenticator proving the reply comes from the server holding the RADIUS secret.')
S(R, P, 3252, '==', 'yes', 'PerformRadiusTransaction: RADIUS reply code compared with Access-Accept; a protocol '
  'code.', NS)
P = 'src/backend/storage/ipc/procsignal.c'
S(R, P, 750, '==', 'yes', 'SendCancelRequest: length of the backend\'s cancel key compared with the length of the '
  'key in the cancel request; a length, not the key.', NS)
S(R, P, 751, 'timingsafe_bcmp', 'yes', 'SendCancelRequest: cancel key of the backend compared with the key in the '
  'cancel request via timingsafe_bcmp (src/port, XOR-OR loop).', CT)
P = 'src/interfaces/libpq/fe-auth-scram.c'
S(R, P, 171, 'strcmp', 'yes', 'scram_init (client): SASL mechanism compared with "SCRAM-SHA-256-PLUS"; a mechanism '
  'name.', NS)
S(R, P, 634, 'memcmp', 'yes', 'read_server_first_message: combined nonce from the server compared with the client\'s '
  'own nonce prefix; nonces are sent in clear.', NS)
S(R, P, 899, 'memcmp', 'no', 'verify_server_signature: ServerSignature sent by the server compared with the one '
  'computed from the salted password using memcmp (early exit); the SCRAM server authentication check.')
P = 'src/interfaces/libpq/fe-auth.c'
S(R, P, 487, 'strcmp', 'yes', 'pg_SASL_init: mechanism offered by the server compared with "SCRAM-SHA-256-PLUS"; a '
  'mechanism name.', NS)
S(R, P, 533, 'strcmp', 'yes', 'pg_SASL_init: mechanism offered by the server compared with "SCRAM-SHA-256"; a '
  'mechanism name.', NS)
S(R, P, 1468, 'strcmp', 'yes', 'PQencryptPasswordConn: password_encryption setting compared with "scram-sha-256"; an '
  'algorithm name.', NS)
S(R, P, 1478, 'strcmp', 'yes', 'PQencryptPasswordConn: password_encryption setting compared with "md5"; an '
  'algorithm name.', NS)
P = 'contrib/pgcrypto/pgp-decrypt.c'
S(R, P, 383, 'memcmp', 'no', 'mdc_finish: SHA-1 Modification Detection Code computed over the decrypted data '
  'compared with the MDC decrypted from the packet using memcmp (early exit); the integrity check of the '
  'encrypted message.')
S(R, P, 470, '!=', 'yes', 'mdcbuf_finish: MDC packet header bytes compared with 0xD3 / 0x14; a packet tag.', NS)
S(R, P, 477, 'memcmp', 'no', 'mdcbuf_finish: computed SHA-1 MDC compared with the decrypted MDC using memcmp (early '
  'exit); the integrity check of the encrypted message.')

# ---------------- sqlcipher/sqlcipher (encrypted SQLite; C) ----------------
R = 'sqlcipher/sqlcipher'
P = 'src/sqlcipher.c'
S(R, P, 710, '^', 'yes', 'sqlcipher_memcmp: ORs the XOR of every byte pair into an accumulator (volatile), no '
  'early exit.', CT)
S(R, P, 1157, '==', 'yes', 'sqlcipher_cipher_ctx_cmp: pointer identity of the two key buffers (c1->pass == '
  'c2->pass); compares addresses, not key bytes (those go through sqlcipher_memcmp on the next line).', NS)
S(R, P, 1158, 'sqlcipher_memcmp', 'yes', 'sqlcipher_cipher_ctx_cmp: passphrases / keys of two cipher contexts '
  'compared via sqlcipher_memcmp (constant time).', CT)
S(R, P, 1681, 'sqlcipher_memcmp', 'yes', 'sqlcipher_page_cipher: HMAC stored with the page compared with the HMAC '
  'computed over the page via sqlcipher_memcmp (constant time).', CT)
S(R, P, 1991, 'sqlcipher_memcmp', 'yes', 'sqlcipher_codec_ctx_integrity_check: stored page HMAC compared with the '
  'computed HMAC via sqlcipher_memcmp (constant time).', CT)
S(R, P, 2540, 'sqlite3_stricmp', 'yes', 'sqlcipher_codec_pragma: pragma name compared with "key" / "rekey"; a '
  'keyword, not the key.', NS)
S(R, P, 2839, 'sqlite3_stricmp', 'yes', 'sqlcipher_codec_pragma (cipher_hmac_algorithm): value compared with '
  '"HMAC_SHA1"; an algorithm name.', NS)

# ---------------- utelle/SQLite3MultipleCiphers (encrypted SQLite, several ciphers; C) ----------------
R = 'utelle/SQLite3MultipleCiphers'
S(R, 'src/cipher_sqlcipher.c', 502, 'memcmp', 'no', 'DecryptPageSQLCipherCipher: HMAC stored with the page compared '
  'with the HMAC computed with the page HMAC key using memcmp (early exit); the page authentication check of the '
  'SQLCipher-compatible scheme.')
S(R, 'src/cipher_chacha20.c', 328, 'poly1305_tagcmp', 'yes', 'DecryptPageChaCha20Cipher: Poly1305 tag stored with '
  'the page compared with the computed tag via poly1305_tagcmp (XOR-OR of all 16 bytes).', CT)
S(R, 'src/chacha20poly1305.c', 219, '^', 'yes', 'poly1305_tagcmp: ORs the XOR of all 16 tag byte pairs, no early '
  'exit.', CT)
S(R, 'src/cipher_wxaes128.c', 249, '==', 'yes', 'DecryptPageAES128Cipher: bytes of the page-1 header (page size, '
  'payload fractions 0x40/0x20/0x20) compared with the fixed SQLite header values; format constants.', NS)
S(R, 'src/cipher_wxaes128.c', 260, 'memcmp', 'yes', 'DecryptPageAES128Cipher: the eight header bytes saved before '
  'decryption compared with the decrypted ones to detect the encryption scheme; SQLite header fields, not a '
  'secret (no MAC in this cipher).', NS)

# ---------------- couchbase/libcouchbase (Couchbase C client; contrib/cbsasl SCRAM client) ----------------
R = 'couchbase/libcouchbase'
P = 'contrib/cbsasl/src/client.c'
S(R, P, 274, 'memcmp', 'yes', 'cbsasl_client_step: combined nonce from the server compared with the client nonce; '
  'nonces travel in clear.', NS)
S(R, P, 360, 'memcmp', 'yes', 'cbsasl_client_check: server-final-message compared with the "v=" prefix; a protocol '
  'attribute.', NS)
S(R, P, 384, 'memcmp', 'no', 'cbsasl_client_check: ServerSignature sent by the server compared with the one '
  'computed from the salted password using memcmp (early exit); the SCRAM server authentication check.')

# ---------------- couchbase/couchbase-cxx-client (Couchbase C++ SDK; SCRAM client) ----------------
R = 'couchbase/couchbase-cxx-client'
S(R, 'core/sasl/scram-sha/scram-sha.cc', 361, '!=', 'no', 'ClientBackend::step: base64 of the ServerSignature '
  'computed from the salted password compared with the "v" attribute of server-final-message using std::string '
  'operator!= (early exit); the SCRAM server authentication check.')

# ---------------- dearcode/inception2 (MySQL 5.6 based audit server; native / old password auth) ----------------
R = 'dearcode/inception2'
P = 'sql/password.c'
S(R, P, 234, '!=', 'yes', 'check_scramble_323: length of the client\'s scrambled reply compared with '
  'SCRAMBLE_LENGTH_323; a length.', NS)
S(R, P, 242, '!=', 'no', 'check_scramble_323: client\'s scrambled reply compared byte by byte with the expected '
  'scramble derived from the stored password hash, returning at the first difference ("Wrong password").')
S(R, P, 551, 'memcmp', 'no', 'check_scramble_sha1: hash_stage2 recomputed from the client\'s mysql_native_password '
  'reply compared with the stored hash_stage2 using memcmp (early exit); the native-password check.')

_labels.write(__file__, 'webhook122')
