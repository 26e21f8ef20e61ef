#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook66). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'jas4711/gsasl': '3ac45ba007433e0191c27c7b99e38847a1b0be1a',
 'coreboot/vboot': '29a919a2a73305e58e79e6625a2824dff75166f9',
 'bodea/l2tpns': 'c8209f928e85ac8d289696e03b220142b059b19b',
 'cofyc/dnscrypt-wrapper': '45915218c44f05a2afe7bc9643ecb58c4ed487d5',
 'hrs-allbsd/wide-dhcpv6': '24ee2a4f0009bc6ac9bd0b7b737aef93a4aa9905',
 'grke/burp': '85c6c505eec4848fd3218a48c37daf87e46465ec',
 'gnu-mirror-unofficial/shishi': 'a482f5a8b6f5a5366573f5c286157386d9871f0c',
}
ROOT = '/work/corpora/webhook66/src'

_labels = TokenLabels(ROOT, 'wh66', C)
S = _labels.S
CT = 'Constant-time compare.'
VSM = ('vb2_safe_memcmp (firmware/2lib/2common.c 13-30) ORs the XOR of every byte pair, no data-dependent branch.')

# ---------------- jas4711/gsasl (GNU SASL library: server and client mechanisms; C) ----------------
R = 'jas4711/gsasl'
S(R, 'lib/cram-md5/server.c', 120, 'memcmp', 'no', '_gsasl_cram_md5_server_step: hex HMAC-MD5 of the challenge '
  'keyed with the user\'s password compared with the digest the client sent using memcmp (early exit).')
S(R, 'lib/digest-md5/server.c', 318, 'strcmp', 'no', '_gsasl_digest_md5_server_step: client "response" value '
  'compared with the DIGEST-MD5 response computed from the stored secret using strcmp (early exit).')
S(R, 'lib/digest-md5/client.c', 274, 'strcmp', 'no', '_gsasl_digest_md5_client_step: server "rspauth" (mutual '
  'authentication proof computed from the shared secret) compared with the expected value using strcmp.')
S(R, 'lib/digest-md5/session.c', 167, 'memcmp', 'no', 'digest_md5_decode: HMAC-MD5 of an integrity-protected '
  'message (session key) compared with the MAC in the message using memcmp (early exit).')
S(R, 'lib/digest-md5/session.c', 171, 'memcmp', 'yes', 'digest_md5_decode: message type bytes compared with the '
  'protocol constant MAC_MSG_TYPE ("\\x00\\x01").', NS)
S(R, 'lib/digest-md5/session.c', 174, 'memcmp', 'yes', 'digest_md5_decode: sequence number of the message '
  'compared with the expected counter; a public sequence number.', NS)
S(R, 'lib/digest-md5/validate.c', 121, 'strcmp', 'yes', 'digest_md5_validate: nonce echoed in the client response '
  'compared with the server challenge nonce; a public nonce.', NS)
S(R, 'lib/digest-md5/parser.c', 222, 'strcmp', 'yes', 'parse_challenge: charset directive compared with '
  '"utf-8".', NS)
S(R, 'lib/digest-md5/parser.c', 233, 'strcmp', 'yes', 'parse_challenge: algorithm directive compared with '
  '"md5-sess".', NS)
S(R, 'lib/login/server.c', 130, 'strcmp', 'no', '_gsasl_login_server_step: password sent by the client compared '
  'with the stored password (GSASL_PASSWORD) using strcmp (early exit).')
S(R, 'lib/plain/server.c', 148, 'strcmp', 'no', '_gsasl_plain_server_step: SASLprep of the stored password '
  'compared with the SASLprep of the client password using strcmp (early exit).')
S(R, 'lib/scram/server.c', 201, 'strcmp', 'yes', '_gsasl_scram_server_step: channel binding type name compared with '
  '"tls-exporter".', NS)
S(R, 'lib/scram/server.c', 348, 'strcmp', 'yes', '_gsasl_scram_server_step: nonce of client-final compared with the combined '
  'nonce of server-first; a public nonce.', NS)
S(R, 'lib/scram/server.c', 367, 'memcmp', 'yes', '_gsasl_scram_server_step: decoded c= field compared with the GS2 header of '
  'client-first (flags and authzid); public protocol data.', NS)
S(R, 'lib/scram/server.c', 511, 'memcmp', 'no', '_gsasl_scram_server_step: H(ClientProof XOR ClientSignature) compared with '
  'the StoredKey using memcmp (early exit); the SCRAM proof check.')
S(R, 'lib/scram/client.c', 247, 'memcmp', 'yes', '_gsasl_scram_client_step: client nonce compared with the prefix of the '
  'server nonce; a public nonce.', NS)
S(R, 'lib/scram/client.c', 409, 'strcmp', 'no', '_gsasl_scram_client_step: server verifier (ServerSignature, an HMAC keyed with '
  'the ServerKey) compared with the expected signature using strcmp (early exit).')
S(R, 'lib/src/md5pwd.c', 70, 'strncmp', 'yes', 'gsasl_simple_getpass: user name at the start of a password-file '
  'line compared with the requested user name; the password is only copied out.', NS)

# ---------------- coreboot/vboot (verified boot firmware library; C) ----------------
R = 'coreboot/vboot'
S(R, 'firmware/2lib/2common.c', 27, '^', 'yes', 'vb2_safe_memcmp: the XOR-OR accumulate loop itself (no early '
  'exit).', CT)
S(R, 'firmware/2lib/2rsa.c', 322, 'vb2_safe_memcmp', 'yes', 'vb2_check_padding: PKCS#1 DigestInfo tail of the '
  'RSA-decrypted signature compared with the expected tail. ' + VSM, CT)
S(R, 'firmware/2lib/2rsa.c', 399, 'vb2_safe_memcmp', 'yes', 'vb2_rsa_verify_digest: digest in the RSA-decrypted '
  'signature compared with the computed digest. ' + VSM, CT)
S(R, 'firmware/2lib/2struct.c', 19, 'memcmp', 'yes', 'vb2_check_keyblock: keyblock magic compared with '
  'VB2_KEYBLOCK_MAGIC; a format identifier.', NS)
S(R, 'firmware/2lib/2struct.c', 185, 'vb2_safe_memcmp', 'yes', 'vb2_verify_keyblock_hash: SHA-512 keyblock hash '
  'compared with the stored hash. ' + VSM, CT)
S(R, 'firmware/lib/tpm_lite/tlcl.c', 381, 'vb2_safe_memcmp', 'yes', 'CheckResponseAuthBlock: HMAC-SHA1 of the TPM '
  'response keyed with the OIAP session shared secret compared with the MAC in the response. ' + VSM, CT)
S(R, 'firmware/lib/tpm_lite/tlcl.c', 1272, 'vb2_safe_memcmp', 'yes', 'TlclReadPubek: SHA-1 checksum of the '
  'public key and the anti-replay nonce compared with the TPM\'s checksum. ' + VSM, CT)

# ---------------- bodea/l2tpns (L2TP network server, RADIUS client; C) ----------------
R = 'bodea/l2tpns'
P = 'radius.c'
S(R, P, 576, 'memcmp', 'no', 'processrad: RADIUS Response Authenticator compared with MD5(packet || request '
  'authenticator || shared secret) using memcmp (early exit).')
S(R, P, 762, 'memcmp', 'yes', 'processrad: suffix of a Filter-Id attribute compared with "in".', NS)
S(R, P, 764, 'memcmp', 'yes', 'processrad: suffix of a Filter-Id attribute compared with "out".', NS)
S(R, P, 957, 'memcmp', 'no', 'processdae: Request Authenticator of a Disconnect/CoA request compared with '
  'MD5(packet || zero || shared secret) using memcmp (early exit).')
S(R, P, 1031, 'memcmp', 'yes', 'processdae: Filter-Id suffix compared with ".in".', NS)
S(R, P, 1095, 'strcmp', 'yes', 'processdae: User-Name of the DAE request compared with the session\'s user name; '
  'a user name (the request was authenticated at 957).', NS)

# ---------------- cofyc/dnscrypt-wrapper (DNSCrypt server proxy; C) ----------------
R = 'cofyc/dnscrypt-wrapper'
S(R, 'dnscrypt.c', 36, 'memcmp', 'yes', 'cache_get: client public key compared with the cached public key (shared-key '
  'cache lookup); public keys.', NS)
S(R, 'dnscrypt.c', 38, 'memcmp', 'yes', 'cache_get: server public key compared with the cached one; a public '
  'key.', NS)
S(R, 'dnscrypt.c', 70, 'memcmp', 'yes', 'find_cert: client magic of the query compared with each certificate\'s '
  'magic; a public certificate identifier.', NS)
S(R, 'dnscrypt.c', 74, 'memcmp', 'yes', 'find_cert: client magic compared with the old-format constant '
  'CERT_OLD_MAGIC_HEADER.', NS)
S(R, 'dnscrypt.c', 88, 'memcmp', 'yes', 'dnscrypt_cmp_client_nonce: client nonce echoed in a response compared '
  'with the nonce that was sent; a public nonce.', NS)
S(R, 'main.c', 307, 'memcmp', 'yes', 'match_cert_to_keys: key pair public key compared with the signed '
  'certificate\'s server public key; public keys.', NS)

# ---------------- hrs-allbsd/wide-dhcpv6 (DHCPv6 client/server, RFC 3315 authentication; C) ----------------
R = 'hrs-allbsd/wide-dhcpv6'
S(R, 'auth.c', 269, 'memcmp', 'no', 'hmacmd5_verify (delayed authentication / reconfigure key): HMAC-MD5 in the '
  'Authentication option compared with the HMAC computed with the shared key using memcmp (early exit).')
S(R, 'config.c', 852, 'strcmp', 'yes', 'find_keybyname: configured key name compared with the name an authinfo '
  'statement refers to; a configuration name, not the secret.', NS)
S(R, 'config.c', 1833, 'memcmp', 'yes', 'find_hostconf: client DUID compared with a host block\'s DUID; a public '
  'identifier.', NS)
S(R, 'config.c', 1883, 'memcmp', 'yes', 'find_key: realm of the Authentication option compared with a key\'s '
  'realm (with the key id) to select the key; a public key identifier.', NS)
S(R, 'common.c', 2897, 'memcmp', 'yes', 'duidcmp: DUID bytes compared; public identifiers.', NS)

# ---------------- grke/burp (backup server/client; C) ----------------
R = 'grke/burp'
S(R, 'src/server/auth.c', 24, 'strcmp', 'no', 'compare_password: configured password (or crypt hash) compared with '
  'the client\'s password (or its crypt) using strcmp (early exit); a random sleep after a mismatch adds noise but '
  'does not make the compare constant-time.')
S(R, 'src/server/auth.c', 150, 'strcmp', 'yes', 'version_warn: client version string compared with '
  'PACKAGE_VERSION.', NS)
S(R, 'src/server/auth.c', 177, 'strncmp_w', 'yes', 'authorise_server: first message compared with the protocol word '
  '"hello" (strncmp_w is a strncmp over the word length).', NS)
S(R, 'src/client/auth.c', 28, 'strncmp_w', 'yes', 'authorise_client: server reply compared with the protocol word '
  '"whoareyou".', NS)
S(R, 'src/client/auth.c', 66, 'strcmp', 'yes', 'authorise_client: server reply compared with "ok".', NS)

# ---------------- gnu-mirror-unofficial/shishi (GNU Shishi Kerberos 5 library; C) ----------------
R = 'gnu-mirror-unofficial/shishi'
S(R, 'lib/crypto.c', 169, 'memcmp', 'no', 'simplified_hmac_verify: HMAC (derived key) of the decrypted data '
  'compared with the HMAC at the end of the ciphertext using memcmp (early exit).')
S(R, 'lib/crypto-rc4.c', 337, 'memcmp', 'no', 'arcfour_hmac_decrypt: HMAC-MD5 checksum (key K2) of the decrypted '
  'plaintext compared with the checksum of the message using memcmp (early exit).')
S(R, 'lib/crypto-des.c', 800, 'memcmp', 'no', 'des_verify (RSA-MD4/MD5-DES keyed checksum): MD of confounder and '
  'message compared with the checksum decrypted with the key using memcmp (early exit).')
S(R, 'lib/kdc.c', 445, 'memcmp', 'yes', 'shishi_as_check_cname: client principal name of the reply compared with '
  'the request; a principal name.', NS)
S(R, 'lib/kdc.c', 520, 'memcmp', 'yes', 'shishi_kdc_check_nonce_1: last 4 bytes of the request nonce compared with '
  'the reply nonce; a public nonce.', NS)
S(R, 'lib/kdc.c', 529, 'memcmp', 'yes', 'shishi_kdc_check_nonce_1: request nonce compared with the reply nonce; a '
  'public nonce.', NS)
S(R, 'lib/starttls.c', 107, 'memcmp', 'yes', '_shishi_sendrecv_tls1: KDC reply compared with the STARTTLS accept '
  'constant.', NS)
S(R, 'lib/aprep.c', 481, 'strcmp', 'yes', 'shishi_aprep_verify: ctime of the authenticator compared with the ctime '
  'in the AP-REP; a timestamp, both sides already decrypted.', NS)

_labels.write(__file__, 'webhook66')
