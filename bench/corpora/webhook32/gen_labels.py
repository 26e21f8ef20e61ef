#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook32). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file, and the script fails if the line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'benmcollins/libjwt': '94e3cdf35d120c4d869851714a2cf9f582e9b61e',
 'Thalhammer/jwt-cpp': '0a503e75084cfdb48cc2186e6b961444eb819007',
 'mlichvar/chrony': '8f2db839de0c4c8683ec460819c1ee77a718c770',
 'TokTok/c-toxcore': 'b38cae4a48e5d3cbfcf14a8e7a8844ca4c3a9dac',
 'cisco/libsrtp': '9073dfe9eea29ebd75ea747278e997924f3988bd',
 'net-snmp/net-snmp': '0175f031c1bd902bf9fbd5c698298f645f449606',
 'openldap/openldap': '5ffe12c065c06ecf0ad26d59a465f7a95611fc9c',
 'cyrusimap/cyrus-sasl': 'ac0c278817a082c625c496ec812318c019e0b96f',
 'civetweb/civetweb': '3309a6cac05335aa4371a0c3750b42fbe05d3cb4',
}
ROOT = '/work/corpora/webhook32/src'


_labels = TokenLabels(ROOT, 'wh32', C)
S = _labels.S
CT = 'Constant-time compare.'

# ---------------- benmcollins/libjwt (C JWT library, OpenSSL backend) ----------------
R = 'benmcollins/libjwt'
S(R, 'libjwt/jwt.c', 426, '^', 'yes', '_crypto_strcmp: the project\'s own XOR-accumulate loop (ret |= c1 ^ c2 over the longer '
  'length, then the length difference); no early exit. Used for the HMAC signature check.', CT)
S(R, 'libjwt/jwt.c', 451, '_crypto_strcmp', 'yes', '_verify_sha_hmac: base64url(HMAC(key, header.payload)) compared with the '
  'token\'s signature through _crypto_strcmp, the constant-time loop above.', CT)
S(R, 'libjwt/jwt.c', 76, 'strcmp', 'yes', '"alg" header value compared with "HS256" (jwt_str_alg); algorithm name, public.', NS)
S(R, 'libjwt/jwt-verify.c', 141, 'strcmp', 'yes', 'Protected-header name compared with "b64" (crit handling); not a secret.', NS)
S(R, 'libjwt/jwt-verify.c', 328, 'strcmp', 'yes', '__check_str_claim: expected iss/sub/aud/jti value from the checker compared '
  'with the token\'s claim; claims are public token content.', NS)
S(R, 'libjwt/jwt-verify.c', 476, 'strcmp', 'yes', 'Embedded-JWK check: RFC 7638 thumbprint of the token\'s public key compared '
  'with the pinned thumbprint; both are public-key fingerprints.', NS)
S(R, 'libjwt/openssl/jwe.c', 357, 'CRYPTO_memcmp', 'yes', 'JWE A*CBC-HS* decryption: recomputed HMAC tag compared with the '
  'received tag using CRYPTO_memcmp before decrypting.', CT)
S(R, 'libjwt/openssl/jwe.c', 844, 'strcmp', 'yes', 'Ephemeral key type/curve ("EC", expected curve name) compared; public key '
  'parameters.', NS)

# ---------------- Thalhammer/jwt-cpp (header-only C++ JWT library) ----------------
R, P = 'Thalhammer/jwt-cpp', 'include/jwt-cpp/jwt.h'
S(R, P, 1429, '!=', 'yes', 'hmacsha::verify: recomputed HMAC compared with the token signature byte by byte over the '
  'shorter length, clearing a flag instead of returning (no early exit); the length check on the next line is merged '
  'into this label. Not a branch-free XOR accumulate, but the loop always runs to the end.', CT)
S(R, P, 3477, '==', 'yes', 'equals_claim: expected claim string (iss, sub, typ, ...) compared with the token\'s claim; public '
  'token content.', NS)
S(R, P, 3537, '!= c.as_string', 'yes', 'is_subset_claim: expected audience compared with the token\'s "aud" string; public.', NS)

# ---------------- mlichvar/chrony (NTP daemon: symmetric-key MACs, NTS) ----------------
R = 'mlichvar/chrony'
S(R, 'keys.c', 405, 'UTI_IsMemoryEqual', 'yes', 'check_auth: NTP symmetric-key MAC (generate_auth over the packet) compared '
  'with the received MAC through UTI_IsMemoryEqual, which is nettle_memeql_sec (constant time) in this build; the '
  'MIN(hash_len, trunc_len) == auth_len on the same line compares lengths only.', CT)
S(R, 'util.c', 1675, 'nettle_memeql_sec', 'yes', 'UTI_IsMemoryEqual: nettle_memeql_sec, Nettle\'s constant-time equality '
  '(HAVE_NETTLE_MEMEQL; the gnutls_memcmp and XOR-loop branches are inactive in this configuration).', CT)
S(R, 'keys.c', 132, 'strncmp', 'yes', 'Key-file value prefix compared with "ASCII:" (format tag before the key bytes); a '
  'literal, not a key compare.', NS)
S(R, 'nts_ntp_client.c', 490, 'memcmp', 'yes', 'NTS response: Unique Identifier extension field compared with the one the '
  'client sent in its request; it travels in clear in both packets (replay/spoof matching), not a secret. The '
  'authenticator is checked by the AEAD (NNA_DecryptAuthEF).', NS)

# ---------------- TokTok/c-toxcore (Tox messenger core) ----------------
R = 'TokTok/c-toxcore'
S(R, 'toxcore/crypto_core.c', 145, 'memcmp', 'yes', 'pk_equal: two 32-byte public keys compared with memcmp; public keys are '
  'not secret.', NS)
S(R, 'toxcore/crypto_core.c', 159, 'crypto_verify_64', 'yes', 'crypto_sha512_eq: libsodium crypto_verify_64 (constant time); '
  'the memcmp variant above it is only compiled for fuzzing builds.', CT)
S(R, 'toxcore/crypto_core.c', 165, 'memcmp', 'yes', 'crypto_sha256_eq: memcmp of two SHA-256 digests; its only callers '
  '(announce.c) compare hashes of public announcement data, not MACs or secrets.', NS)
S(R, 'toxcore/crypto_core.c', 463, 'crypto_auth_verify', 'yes', 'crypto_hmac_verify: libsodium crypto_auth_verify '
  '(HMAC-SHA512/256, constant-time check).', CT)
S(R, 'toxcore/timed_auth.c', 42, 'crypto_hmac_verify', 'yes', 'check_timed_auth: timed HMAC token (ping id / sendback '
  'auth) verified with crypto_hmac_verify for the current and previous time slot.', CT)
S(R, 'toxcore/net_crypto.c', 564, 'pk_equal', 'yes', 'handle_crypto_handshake: real public key from the cookie compared with '
  'the expected peer key; public keys.', NS)
S(R, 'toxcore/net_crypto.c', 582, 'crypto_sha512_eq', 'yes', 'handle_crypto_handshake: SHA-512 of the cookie compared with the '
  'hash inside the encrypted handshake via crypto_sha512_eq (crypto_verify_64, constant time).', CT)
S(R, 'toxcore/announce.c', 366, 'crypto_sha256_eq', 'yes', 'Hash of the reply compared with the previous_hash sent by the '
  'requester (skip unchanged data); both public.', NS)
S(R, 'toxcore/announce.c', 388, 'check_timed_auth', 'yes', 'Data-search request: timed HMAC checked through check_timed_auth '
  '(crypto_auth_verify).', CT)
S(R, 'toxcore/announce.c', 475, 'crypto_sha256_eq', 'yes', 'Announcement hash from the request compared with the hash of the '
  'stored (public) announcement data; not a MAC.', NS)

# ---------------- cisco/libsrtp (SRTP/SRTCP) ----------------
R = 'cisco/libsrtp'
S(R, 'srtp/srtp.c', 3050, 'srtp_octet_string_equal', 'yes', 'srtp_unprotect (AES-ICM/HMAC path): computed auth tag compared '
  'with the packet\'s tag through srtp_octet_string_equal (XOR accumulate, constant time).', CT)
S(R, 'srtp/srtp.c', 4742, 'srtp_octet_string_equal', 'yes', 'srtp_unprotect_rtcp: computed SRTCP auth tag compared with the '
  'packet\'s tag through srtp_octet_string_equal.', CT)
S(R, 'srtp/srtp.c', 1988, 'memcmp', 'yes', 'MKI lookup: MKI field of the packet (sent in clear) compared with each master '
  'key\'s MKI id; an identifier, not key material.', NS)
S(R, 'crypto/math/datatypes.c', 482, '^', 'yes', 'srtp_octet_string_equal: tail of the XOR-accumulate loop (SSE2 part '
  'above), no early exit.', CT)
S(R, 'crypto/math/datatypes.c', 486, '==', 'yes', 'srtp_octet_string_equal: accumulator == 0 after the loop; compares the '
  'OR of all byte differences, not the data.', CT)

# ---------------- net-snmp/net-snmp 5.9.3 (SNMPv3 USM, SNMPv1/v2c communities) ----------------
R = 'net-snmp/net-snmp'
S(R, 'snmplib/scapi.c', 1127, 'memcmp', 'no', 'sc_check_keyed_hash (USM authentication): HMAC of the message with the '
  'user\'s localized auth key compared with the MAC from the incoming packet using memcmp; early exit, the attacker '
  'controls the received MAC.')
S(R, 'snmplib/transports/snmpUDPDomain.c', 576, 'memcmp', 'no', 'netsnmp_udp_getSecName: community string of an incoming '
  'SNMPv1/v2c request compared with the configured com2sec community (the shared password) using memcmp; the '
  'length check on the line above leaks the length too.')
S(R, 'snmplib/transports/snmpUDPIPv6Domain.c', 904, 'memcmp', 'no', 'netsnmp_udp6_getSecName: same community-string check '
  'for UDP over IPv6 (memcmp against the com2sec6 community).')
S(R, 'snmplib/transports/snmpUDPDomain.c', 358, 'memcmp', 'yes', 'Configuration parsing: the configured community compared '
  'with the placeholder literal "COMMUNITY" to reject example configs; no attacker input.', NS)
S(R, 'snmplib/transports/snmpUDPIPv6Domain.c', 668, 'memcmp', 'yes', 'Configuration parsing (com2sec6): configured community '
  'compared with the "COMMUNITY" placeholder; no attacker input.', NS)
S(R, 'snmplib/snmpusm.c', 2621, 'memcmp', 'yes', 'Time-window check: security engine ID of the message compared with the '
  'local engine ID; engine IDs are public (discovered in clear).', NS)
S(R, 'snmplib/snmpusm.c', 485, 'strcmp', 'yes', 'usm_get_user_from_list: user name lookup; the USM user name is sent in '
  'clear.', NS)

# ---------------- openldap/openldap (liblutil password schemes, contrib password modules) ----------------
R, P = 'openldap/openldap', 'libraries/liblutil/passwd.c'
S(R, P, 305, 'memcmp', 'no', 'lutil_passwd {CLEARTEXT}: stored userPassword compared with the bind password using memcmp '
  '(after an equal-length check).')
S(R, P, 488, 'memcmp', 'no', 'chk_ssha1: stored {SSHA} digest compared with SHA1(bind password + salt) using memcmp.')
S(R, P, 529, 'memcmp', 'no', 'chk_sha1: stored {SHA} digest compared with SHA1(bind password) using memcmp.')
S(R, P, 575, 'memcmp', 'no', 'chk_smd5: stored {SMD5} digest compared with MD5(bind password + salt) using memcmp.')
S(R, P, 616, 'memcmp', 'no', 'chk_md5: stored {MD5} digest compared with MD5(bind password) using memcmp.')
S(R, P, 638, 'strcmp', 'no', 'lutil_crypt (chk_crypt/chk_unix): crypt(bind password, stored hash) compared with the stored '
  'crypt hash using strcmp.')
S(R, P, 231, 'strcasecmp', 'yes', 'is_allowed_scheme: scheme name compared with the allowed scheme list; not a secret.', NS)
S(R, P, 249, 'strncasecmp', 'yes', 'lutil_passwd: stored value\'s "{SCHEME}" prefix compared with each scheme name; only the '
  'public prefix is compared.', NS)
P = 'contrib/slapd-modules/passwd/sha2/slapd-sha2.c'
for line, fn, what in ((262, 'chk_ssha256', 'SHA256(password + salt)'), (303, 'chk_sha256', 'SHA256(password)'),
                       (350, 'chk_ssha384', 'SHA384(password + salt)'), (391, 'chk_sha384', 'SHA384(password)'),
                       (438, 'chk_ssha512', 'SHA512(password + salt)'), (479, 'chk_sha512', 'SHA512(password)')):
    S(R, P, line, 'memcmp', 'no', '%s: stored digest compared with %s of the bind password using memcmp.' % (fn, what))
P = 'contrib/slapd-modules/passwd/totp/slapd-totp.c'
S(R, P, 497, 'memcmp', 'no', 'chk_totp: TOTP code generated from the user\'s shared secret for the current step compared '
  'with the submitted code using memcmp.')
S(R, P, 509, 'memcmp', 'no', 'chk_totp: same compare for the previous time step.')
S(R, P, 492, '!=', 'yes', 'Length of the generated code compared with the submitted length (DIGITS is public).', NS)
P = 'contrib/slapd-modules/passwd/pbkdf2/pw-pbkdf2.c'
S(R, P, 401, 'memcmp', 'no', 'pbkdf2_check: stored PBKDF2 derived key compared with PBKDF2(bind password, salt) using memcmp.')
S(R, P, 170, 'ber_bvcmp', 'yes', 'Scheme name compared with "{PBKDF2}" to pick the digest; not a secret.', NS)

# ---------------- cyrusimap/cyrus-sasl (SASL library and mechanisms) ----------------
R = 'cyrusimap/cyrus-sasl'
P = 'lib/checkpw.c'
S(R, P, 212, 'strcmp', 'no', 'auxprop_verify_password: plaintext userPassword from the auxprop store compared with the '
  'client\'s password using strcmp.')
S(R, P, 228, 'memcmp', 'no', 'auxprop_verify_password: stored cmusaslsecretPLAIN (salt + MD5(salt "sasldb" password)) '
  'compared with the one built from the client\'s password using memcmp.')
S(R, P, 402, 'strncasecmp', 'no', '_sasl_auxprop_verify_apop: hex MD5(challenge || stored password) compared with the '
  'client\'s APOP digest using strncasecmp.')
S(R, P, 887, 'strncmp', 'yes', 'saslauthd_verify_password: daemon reply compared with "OK"; a status word.', NS)
P = 'plugins/scram.c'
S(R, P, 1486, '!=', 'no', 'SCRAM server: H(ClientKey) recovered from the client proof compared byte by byte with the stored '
  'StoredKey; the loop exits at the first difference (goto cleanup).')
S(R, P, 2859, '!=', 'no', 'SCRAM client: server signature from the server-final message compared byte by byte with '
  'HMAC(ServerKey, AuthMessage); early exit at the first difference.')
S(R, P, 1373, 'strcmp', 'yes', 'Client-final nonce compared with the combined nonce of this exchange; nonces are sent in '
  'clear.', NS)
S(R, P, 907, 'strncmp', 'yes', 'Stored SCRAM hash name compared with the mechanism name; not a secret.', NS)
P = 'plugins/srp.c'
S(R, P, 418, 'memcmp', 'no', 'srp_decode_packet (integrity layer): received HMAC compared with the HMAC computed over the '
  'packet and sequence number using memcmp.')
S(R, P, 2098, '!=', 'no', 'SRP server: client evidence M1 compared byte by byte with the expected M1; the loop exits at the '
  'first difference.')
S(R, P, 3031, '!=', 'no', 'SRP client: server evidence M2 compared byte by byte with the expected M2; early exit.')
S(R, P, 2090, '!=', 'yes', 'Length of the client evidence compared with the hash length; a length, not the bytes.', NS)
S(R, P, 3023, '!=', 'yes', 'Length of the server evidence compared with the hash length.', NS)

# ---------------- civetweb/civetweb (embedded HTTP server library) ----------------
R, P = 'civetweb/civetweb', 'src/civetweb.c'
S(R, P, 8782, 'mg_strcasecmp', 'no', 'check_password_digest: HTTP Digest response from the Authorization header compared '
  'with the expected MD5 response (from the stored HA1) using mg_strcasecmp, an early-exit case-insensitive compare.')
S(R, P, 9155, 'memcmp', 'no', 'read_auth_file (Basic auth): MD5(user:realm:password) of the client\'s password compared with '
  'the stored HA1 from the passwords file using memcmp.')
S(R, P, 9142, 'strcmp', 'yes', 'User name from the Authorization header compared with the passwords-file user (and the '
  'realm on the next line); not secrets.', NS)
S(R, P, 8955, 'strcmp', 'yes', 'Authorization header parameter name compared with "username"; not a secret.', NS)

_labels.write(__file__, 'webhook32')
