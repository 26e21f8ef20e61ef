#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook38). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file, and the script fails if the line lacks the token
# or if two labels of one file are less than 3 lines apart.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'apache/httpd': 'f45abec1bd20396cea777a411bd5975abefad279',
 'TigerVNC/tigervnc': 'ff59f40894270c622d6b927e74a658bfe1d8e4fd',
 'bitlbee/bitlbee': '8af06ca5362445ff6379aca028b79c607ed77f90',
 'networkupstools/nut': '6c63f7745ab58a8bde1725d94551b912c550ac58',
 'FreeRDP/FreeRDP': '9626564421df72c84f891afdbc0b20bf702f369f',
 'strongswan/strongswan': '3b902ea59b86a8ac097e27a34db85feb877a00f9',
 'dovecot/core': 'f28b5a92ec52eef0a111a095d00435756343dc94',
}
ROOT = '/work/corpora/webhook38/src'

_labels = TokenLabels(ROOT, 'wh38', C)
S, N = _labels.S, _labels.N
CT = 'Constant-time compare.'
WRAP = ('Call site of a project verify helper whose body compares with memcmp / an early-exit byte loop; the call '
        'is labelled as a non-constant-time compare of the secret (see README, Doubts).')

# ---------------- apache/httpd 2.4.x (mod_auth_digest, mod_auth_basic, mod_auth_form, mod_session_crypto) -------------
R = 'apache/httpd'
P = 'modules/aaa/mod_auth_digest.c'
S(R, P, 934, 'ap_cstr_casecmp', 'yes', 'get_digest_rec: authorization scheme of the request compared with "Digest".',
  NS)
S(R, P, 1449, 'strcmp', 'no', 'check_nonce: hash part of the client-supplied nonce compared with gen_nonce_hash() '
  '(SHA-1 over the time stamp and opaque, keyed by the server secret in conf->nonce_ctx, hex-encoded by ap_bin2hex) '
  'using strcmp; a MAC of the server secret checked against attacker input.')
S(R, P, 1478, 'memcmp', 'yes', 'check_nonce (AuthDigestNonceLifetime 0): nonce of the request compared with the '
  'last nonce issued to this client; nonces are sent in clear in WWW-Authenticate, not secrets.', NS)
S(R, P, 1648, 'strcmp', 'yes', 'authenticate_digest_user: digest uri attribute compared with the request URI.', NS)
S(R, P, 1752, 'strcmp', 'yes', 'authenticate_digest_user: realm of the Authorization header compared with the '
  'configured realm.', NS)
S(R, P, 1761, 'ap_cstr_casecmp', 'yes', 'authenticate_digest_user: algorithm attribute compared with "MD5".', NS)
S(R, P, 1799, 'strcmp', 'no', 'authenticate_digest_user (RFC 2069 digest): response from the Authorization header '
  'compared with old_digest() (MD5 over the stored HA1 = user:realm:password hash, nonce and HA2) using strcmp.')
S(R, P, 1812, 'ap_cstr_casecmp', 'yes', 'authenticate_digest_user: qop of the request compared with the configured '
  'qop list.', NS)
S(R, P, 1834, 'strcmp', 'no', 'authenticate_digest_user (RFC 2617 qop digest): response from the Authorization '
  'header compared with new_digest() (MD5 over the stored HA1, nonce, nc, cnonce, qop, HA2) using strcmp.')
P = 'modules/aaa/mod_auth_basic.c'
S(R, P, 264, 'ap_cstr_casecmp', 'yes', 'get_basic_auth: authorization scheme compared with "Basic".', NS)
S(R, P, 323, 'ap_cstr_casecmp', 'yes', 'authenticate_basic_user: AuthBasicUseDigestAlgorithm setting compared '
  'with "MD5" (configuration keyword).', NS)
S(R, P, 370, 'strcmp', 'no', 'authenticate_basic_user (AuthBasicUseDigestAlgorithm MD5): MD5(user:realm:password) '
  'of the password sent in the Authorization header compared with the stored realm hash from the authn provider '
  '(get_realm_hash) using strcmp.')
P = 'modules/aaa/mod_auth_form.c'
S(R, P, 633, 'strcmp', 'yes', 'get_form_auth: name of a posted form field compared with the configured name of the '
  'password field (AuthFormPassword, e.g. "httpd_password"); a field name, not the password.', NS)
S(R, P, 740, 'strcmp', 'no', 'check_site: site hash from the session compared with ap_md5(user ":" '
  'AuthFormSitePassphrase) using strcmp; the passphrase is a server secret and the session value comes from the '
  'client cookie.')
N(R, P, 1112, 'authenticate_form_login_handler', 'form-login', 'POST <SetHandler form-login-handler>',
  'Content handler (ap_hook_handler) for the login form: a browser posts user name and password; checked with the '
  'configured authn providers. A login page, not a webhook.')
S(R, P, 1120, 'strcmp', 'yes', 'authenticate_form_login_handler: r->handler compared with "form-login-handler" '
  '(handler dispatch).', NS)
N(R, P, 1192, 'authenticate_form_logout_handler', 'form-logout', 'GET <SetHandler form-logout-handler>',
  'Content handler that clears the session credentials (browser logout). Not a webhook.')
S(R, P, 1197, 'strcmp', 'yes', 'authenticate_form_logout_handler: r->handler compared with "form-logout-handler".',
  NS)
N(R, P, 1240, 'authenticate_form_redirect_handler', 'form-redirect', 'GET/POST <SetHandler form-redirect-handler>',
  'Content handler that replays the original request after a successful form login. Not a webhook.')
S(R, P, 1246, 'strcmp', 'yes', 'authenticate_form_redirect_handler: r->handler compared with '
  '"form-redirect-handler".', NS)
P = 'modules/session/mod_session_crypto.c'
S(R, P, 407, 'ap_crypto_equals', 'yes', 'decrypt_string: SipHash MAC computed with each configured passphrase '
  'compared with the MAC at the start of the session cookie using ap_crypto_equals = apr_crypto_equals (APU 1.6, '
  'constant time; the file\'s own XOR-OR fallback at :168 is in the inactive #else).', CT)

# ---------------- TigerVNC/tigervnc (VNC server security types) ----------------
R = 'TigerVNC/tigervnc'
P = 'common/rfb/SSecurityVncAuth.cxx'
S(R, P, 80, 'memcmp', 'no', 'SSecurityVncAuth::verifyResponse: the client\'s 16-byte DES response to the challenge compared with the '
  'expected response (challenge DES-encrypted with the VNC password) using memcmp.')
S(R, P, 110, 'verifyResponse', 'no', 'SSecurityVncAuth::processMsg: client response checked against the full-access password via '
  'verifyResponse (memcmp at :80).', WRAP)
S(R, P, 116, 'verifyResponse', 'no', 'SSecurityVncAuth::processMsg: client response checked against the view-only password via '
  'verifyResponse (memcmp at :80).', WRAP)
P = 'common/rfb/SSecurityRSAAES.cxx'
S(R, P, 582, 'memcmp', 'yes', 'SSecurityRSAAES::readHash: SHA-1/SHA-256 over the client and server public keys received from the '
  'client compared with the locally computed one; both inputs are public keys (a channel-binding check, no secret '
  'in the hash).', NS)
S(R, P, 661, '==', 'no', 'SSecurityRSAAES::verifyPass (RA2 password): password received over the RSA-AES channel (char array) '
  'compared with the configured VNC password (std::string operator==, early exit).')
S(R, P, 666, '==', 'no', 'SSecurityRSAAES::verifyPass: received password compared with the view-only password (std::string '
  'operator==).')
P = 'common/rfb/CSecurityRSAAES.cxx'
S(R, P, 473, 'memcmp', 'yes', 'CSecurityRSAAES::readHash (viewer side): hash over the two public keys from the server compared with '
  'the local one; public inputs.', NS)
P = 'common/rfb/SSecurityPlain.cxx'
S(R, P, 54, 'strcmp', 'yes', 'PasswordValidator::validUser: PlainUsers entry compared with the wildcard "*".', NS)
S(R, P, 65, 'strcmp', 'yes', 'PasswordValidator::validUser: PlainUsers entry compared with the user name sent by '
  'the client; a user name, the password goes to PAM.', NS)

# ---------------- bitlbee/bitlbee (IRC to IM gateway: server / oper / account passwords) ----------------
R = 'bitlbee/bitlbee'
P = 'irc_commands.c'
S(R, P, 50, 'strcmp', 'no', 'irc_cmd_pass: password from the IRC PASS command compared with the plain-text '
  'AuthPassword of bitlbee.conf using strcmp (line 49, 1 line up, calls md5_verify_password for "md5:" hashes: '
  'early-exit loop in lib/misc.c:590; merged into this label, as is the "md5:" prefix strncmp of line 48).')
S(R, P, 125, 'strcmp', 'yes', 'irc_sasl_plain_parse: authorization id compared with authentication id of the SASL '
  'PLAIN blob; user names.', NS)
S(R, P, 186, 'strcmp', 'yes', 'irc_cmd_authenticate: SASL user name compared with the IRC nick.', NS)
S(R, P, 210, 'g_strcasecmp', 'yes', 'irc_cmd_authenticate: SASL mechanism name compared with "PLAIN".', NS)
S(R, P, 551, 'strcmp', 'no', 'irc_cmd_oper: password from the OPER command compared with the plain-text '
  'OperPassword using strcmp (line 550 calls md5_verify_password for "md5:" hashes; merged).')
S(R, P, 569, 'strcmp', 'yes', 'irc_cmd_oper_hack: stored IM account password compared with the PASSWORD_PENDING '
  'placeholder constant to find accounts waiting for a password; no received secret is checked.', NS)
S(R, 'lib/misc.c', 590, '!=', 'no', 'md5_verify_password: salted MD5 of the given password compared byte by byte '
  'with the base64-decoded stored hash; the loop breaks at the first differing byte (early exit).')
P = 'storage_xml.c'
S(R, P, 270, 'strcmp', 'yes', 'xml_load_real: XML root element name compared with "user".', NS)
S(R, P, 287, 'md5_verify_password', 'no', 'xml_load_real (XML_PASS_CHECK): password given to "identify" / PASS '
  'checked against the salted MD5 from the user\'s XML file with md5_verify_password (early-exit loop, '
  'lib/misc.c:590).', WRAP)
S(R, 'auth.c', 39, 'strcmp', 'yes', 'auth_check_pass: name of an auth backend compared with the user\'s configured '
  'backend name.', NS)

# ---------------- networkupstools/nut (upsd users) ----------------
R = 'networkupstools/nut'
P = 'server/user.c'
S(R, P, 52, 'strcmp', 'yes', 'user_add: user name of upsd.users compared with existing entries (duplicate check).',
  NS)
S(R, P, 251, 'strcmp', 'yes', 'user_checkinstcmd: configured user name compared with the USERNAME of the client.',
  NS)
S(R, P, 256, 'strcmp', 'no', 'user_checkinstcmd: password from upsd.users compared with the PASSWORD the network '
  'client sent using strcmp.')
S(R, P, 279, 'strcasecmp', 'yes', 'user_matchaction: action name compared with the user\'s allowed actions.', NS)
S(R, P, 302, 'strcmp', 'yes', 'user_checkaction: configured user name compared with the client\'s USERNAME.', NS)
S(R, P, 306, 'strcmp', 'no', 'user_checkaction (LOGIN / PRIMARY / SET): configured password compared with the '
  'client\'s PASSWORD using strcmp.')
S(R, P, 348, 'strcasecmp', 'yes', 'parse_var: upsd.users keyword compared with "password"; configuration syntax.',
  NS)

# ---------------- FreeRDP/FreeRDP (WinPR NTLM SSP) ----------------
R = 'FreeRDP/FreeRDP'
P = 'winpr/libwinpr/sspi/NTLM/ntlm.c'
S(R, P, 1764, 'memcmp', 'no', 'ntlm_DecryptMessage: 16-byte signature of the received message compared with the '
  'expected one (HMAC-MD5 with RecvSigningKey, RC4-sealed) using memcmp.')
S(R, P, 1887, 'memcmp', 'no', 'ntlm_VerifySignature: received signature compared with the HMAC-MD5 / RC4 signature '
  'computed with RecvSigningKey using memcmp.')
P = 'winpr/libwinpr/sspi/NTLM/ntlm_message.c'
S(R, P, 320, 'strncmp', 'yes', 'ntlm_read_message_header: 8-byte "NTLMSSP\\0" signature field of the message '
  'compared with the constant; a protocol magic named Signature.', NS)
S(R, P, 331, '!=', 'yes', 'ntlm_read_message_header: message type compared with the expected type.', NS)
S(R, P, 1227, 'memcmp', 'no', 'ntlm_read_AuthenticateMessage (server): MIC computed with the exported session key '
  'compared with the MIC of the client\'s AUTHENTICATE message using memcmp.')
S(R, P, 1258, 'memcmp', 'no', 'ntlm_read_AuthenticateMessage (server, no MIC): NTProofStr of the client\'s NTLMv2 '
  'response compared with the NtProofString computed from the stored NTLMv2 hash using memcmp.')
P = 'winpr/libwinpr/sspi/NTLM/ntlm_compute.c'
S(R, P, 270, 'memcmp', 'yes', 'ntlm_generate_timestamp: challenge time stamp compared with an all-zero buffer '
  '(is it set); public.', NS)
S(R, P, 454, 'memcmp', 'yes', 'ntlm_compute_ntlm_v2_hash: configured NTLMv2 hash compared with an all-zero buffer '
  'to see whether a precomputed hash was supplied; presence test against a constant, nothing received is '
  'compared (see README, Doubts).', NS)
S(R, P, 678, 'memcmp', 'yes', 'ntlm_generate_client_challenge: client challenge compared with zeros (already '
  'set?); a public nonce.', NS)
S(R, P, 693, 'memcmp', 'yes', 'ntlm_generate_server_challenge: server challenge compared with zeros; a public '
  'nonce.', NS)

# ---------------- strongswan/strongswan (IKE PSK, EAP, XAuth, RADIUS, cookies) ----------------
R = 'strongswan/strongswan'
P = 'src/libcharon/plugins/eap_md5/eap_md5.c'
S(R, P, 185, '!=', 'yes', 'process_server: EAP identifier of the response compared with the request\'s.', NS)
S(R, P, 197, 'memeq_const', 'yes', 'process_server: peer\'s EAP-MD5 response compared with MD5(id, secret, '
  'challenge) using memeq_const (utils/utils/memory.c OR-accumulate loop).', CT)
S(R, 'src/libcharon/sa/ikev2/authenticators/psk_authenticator.c', 173, 'chunk_equals_const', 'yes', 'process: '
  'AUTH payload of the peer compared with the PSK signature computed with each candidate key '
  '(chunk_equals_const -> memeq_const).', CT)
S(R, 'src/libcharon/plugins/xauth_generic/xauth_generic.c', 184, 'chunk_equals_const', 'yes', 'process_server: '
  'XAuth password from the client compared with each configured EAP/XAuth secret with chunk_equals_const.', CT)
S(R, 'src/libradius/radius_message.c', 560, 'memeq_const', 'yes', 'verify: RADIUS Response-Authenticator of the '
  'server\'s reply compared with MD5(packet, request authenticator, shared secret) using memeq_const.', CT)
P = 'src/libcharon/plugins/eap_mschapv2/eap_mschapv2.c'
S(R, P, 937, 'chunk_equals_const', 'yes', 'process_peer_success: server\'s authenticator response ("S=...") '
  'compared with the expected one derived from the password with chunk_equals_const.', CT)
S(R, P, 1230, 'memeq_const', 'yes', 'process_server_response: peer\'s NT-Response compared with the one computed '
  'from the stored NT hash using memeq_const.', CT)
S(R, P, 1267, '!=', 'yes', 'process_server: EAP identifier compared with the request\'s.', NS)
P = 'src/libcharon/plugins/eap_sim/eap_sim_server.c'
S(R, P, 266, 'chunk_equals_const', 'yes', 'process_reauthentication: AT_COUNTER from the encrypted attributes '
  'compared with the server\'s counter with chunk_equals_const.', CT)
S(R, P, 305, 'chunk_equals', 'yes', 'process_start: AT_SELECTED_VERSION compared with the supported version '
  '(non-constant chunk_equals on a public version number).', NS)
P = 'src/libcharon/plugins/eap_aka/eap_aka_server.c'
S(R, P, 429, 'chunk_equals_const', 'yes', 'process_challenge: RES of the peer compared with the stored XRES with '
  'chunk_equals_const.', CT)
S(R, P, 490, 'chunk_equals_const', 'yes', 'process_reauthentication: AT_COUNTER compared with the server\'s '
  'counter with chunk_equals_const.', CT)
P = 'src/libcharon/network/receiver.c'
S(R, P, 259, 'chunk_equals_const', 'yes', 'cookie_verify: COOKIE notify of the IKE_SA_INIT compared with the cookie '
  'recomputed with the receiver secret (cookie_build) with chunk_equals_const.', CT)
S(R, P, 515, 'memeq', 'yes', 'receive_packets: first bytes of a UDP datagram compared with the 4-byte Non-ESP '
  'marker (zeros); framing, not a secret.', NS)
P = 'src/libstrongswan/crypto/signers/mac_signer.c'
S(R, P, 84, '!=', 'yes', 'verify_signature: length of the received ICV compared with the truncation length.', NS)
S(R, P, 89, 'memeq_const', 'yes', 'verify_signature: received (truncated) MAC compared with the computed MAC using '
  'memeq_const; used for IKE integrity and RADIUS Message-Authenticator.', CT)
S(R, 'src/libstrongswan/utils/utils/memory.c', 88, '!=', 'yes', 'memeq_const: the project\'s constant-time '
  'compare, `bad |= a[i] != b[i]` over the whole length without an early exit (branch-free OR accumulation).', CT)

# ---------------- dovecot/core (password schemes, SCRAM, OAuth2 JWT, dcrypt key ids, auth master cookie) -------------
R = 'dovecot/core'
P = 'src/lib-auth/password-scheme.c'
S(R, P, 110, 'mem_equals_timing_safe', 'yes', 'password_verify (generic schemes): password hash generated from the '
  'plaintext compared with the stored hash with mem_equals_timing_safe (src/lib/strfuncs.c XOR-OR loop).', CT)
S(R, P, 286, 'strcasecmp', 'yes', 'password_scheme_is_alias: two password scheme names compared.', NS)
S(R, P, 334, 'str_begins_with', 'yes', 'md5_verify: stored password checked for the "$1$" MD5-CRYPT prefix; format '
  'syntax, not a compare of the secret.', NS)
S(R, P, 337, 'str_equals_timing_almost_safe', 'yes', 'md5_verify (MD5-CRYPT): crypt of the plaintext compared with '
  'the stored crypt string with str_equals_timing_almost_safe (XOR-OR loop; only the length can leak).', CT)
S(R, P, 357, 'str_equals_timing_almost_safe', 'yes', 'md5_crypt_verify: MD5-CRYPT of the plaintext compared with '
  'the stored string with str_equals_timing_almost_safe.', CT)
S(R, P, 451, 'mem_equals_timing_safe', 'yes', 'ssha_verify: salted SHA-1 of the plaintext compared with the stored '
  'digest with mem_equals_timing_safe.', CT)
S(R, P, 493, 'mem_equals_timing_safe', 'yes', 'ssha256_verify: salted SHA-256 compared with the stored digest.', CT)
S(R, P, 536, 'mem_equals_timing_safe', 'yes', 'ssha512_verify: salted SHA-512 compared with the stored digest.', CT)
S(R, P, 578, 'mem_equals_timing_safe', 'yes', 'smd5_verify: salted MD5 compared with the stored digest.', CT)
S(R, P, 598, 'mem_equals_timing_safe', 'yes', 'plain_verify: plaintext password compared with the stored PLAIN '
  'password (after an equal-length check) with mem_equals_timing_safe.', CT)
S(R, P, 625, 'mem_equals_timing_safe', 'yes', 'plain_trunc_verify: truncated stored password compared with the '
  'plaintext prefix with mem_equals_timing_safe.', CT)
S(R, P, 628, 'mem_equals_timing_safe', 'yes', 'plain_trunc_verify: full-length case, mem_equals_timing_safe.', CT)
P = 'src/lib-auth/password-scheme-pbkdf2.c'
S(R, P, 61, 'memcmp', 'yes', 'pbkdf2_verify: stored entry checked for the "$1$" format prefix with memcmp; syntax.',
  NS)
S(R, P, 81, 'mem_equals_timing_safe', 'yes', 'pbkdf2_verify: PBKDF2 of the plaintext compared with the stored key '
  'with mem_equals_timing_safe.', CT)
P = 'src/lib-auth/password-scheme-crypt.c'
S(R, P, 57, 'str_equals_timing_almost_safe', 'yes', 'crypt_verify: crypt(3) of the plaintext compared with the '
  'stored hash with str_equals_timing_almost_safe.', CT)
S(R, P, 133, 'str_equals_timing_almost_safe', 'yes', 'crypt_verify_blowfish: bcrypt of the plaintext compared with the '
  'stored hash with str_equals_timing_almost_safe.', CT)
S(R, P, 251, 'strcmp', 'yes', 'password_scheme_register_crypt: self-test at start-up, crypt() of a fixed sample '
  'key compared with the known answer to see whether libc supports the scheme; no secret involved.', NS)
P = 'src/lib-auth/auth-scram-server.c'
S(R, P, 338, 'mem_equals_timing_safe', 'yes', 'auth_scram_server_verify_credentials: StoredKey recovered from the '
  'client proof compared with the stored StoredKey with mem_equals_timing_safe.', CT)
S(R, P, 406, 'str_equals_timing_almost_safe', 'yes', 'auth_scram_parse_client_final: channel-binding field compared with the '
  'expected "c=" value (constant-time helper, on non-secret data).', CT)
S(R, P, 417, 'str_equals_timing_almost_safe', 'yes', 'auth_scram_parse_client_final: nonce of client-final-message compared '
  'with the combined nonce (constant-time helper, public nonce).', CT)
P = 'src/lib-oauth2/oauth2-jwt.c'
S(R, P, 205, 'strcmp', 'yes', 'oauth2_validate_hmac: JWT "alg" header compared with "HS256" (and HS384/HS512 on the '
  'next lines); algorithm names.', NS)
S(R, P, 233, 'mem_equals_timing_safe', 'yes', 'oauth2_validate_hmac: HMAC over header.payload compared with the '
  'base64url-decoded JWT signature with mem_equals_timing_safe (the digest-length != check one line up is '
  'merged).', CT)
P = 'src/lib-dcrypt/dcrypt-openssl3.c'
KID = ('; a key id (SHA-256 over the public key, hex via binary_to_hex) checked after loading a key file, both sides '
       'public although the value flows from a digest through a hex helper into strcmp.')
S(R, P, 1439, 'strcmp', 'yes', 'dcrypt_openssl_load_private_key_dovecot_v1: id of the decrypted EC key compared with the id stored '
  'in the key file' + KID, NS)
S(R, P, 1609, 'strcmp', 'yes', 'dcrypt_openssl_load_private_key_dovecot_v2: public key id of the decryption key compared with the '
  'id named in the key file (is this the right key?)' + KID, NS)
S(R, P, 1756, 'strcmp', 'yes', 'dcrypt_openssl_load_private_key_dovecot_v2: id of the loaded private key compared with the stored '
  'key id' + KID, NS)
S(R, P, 2849, 'strcmp', 'yes', 'dcrypt_openssl_load_public_key_dovecot_v1: old-style key id compared with the stored id' + KID, NS)
S(R, P, 2894, 'strcmp', 'yes', 'dcrypt_openssl_load_public_key_dovecot_v2: key id compared with the stored id' + KID, NS)
P = 'src/lib/strfuncs.c'
S(R, P, 637, '^', 'yes', 'mem_equals_timing_safe: XOR-OR accumulation over the whole length, no early exit.', CT)
S(R, P, 651, '^', 'yes', 'str_equals_timing_almost_safe: XOR-OR accumulation up to the shorter string (length '
  'leaks, contents do not).', CT)
S(R, 'src/auth/auth-master-connection.c', 139, 'mem_equals_timing_safe', 'yes', 'master_input_request: auth '
  'client cookie sent by the master (REQUEST) compared with the client connection\'s cookie with '
  'mem_equals_timing_safe.', CT)
P = 'src/auth/auth-request.c'
S(R, P, 1799, 'str_equals_timing_almost_safe', 'yes', 'compare_fp: expected client-certificate fingerprint '
  'compared with the presented one (constant-time helper).', CT)
S(R, P, 1967, 'strcmp', 'yes', 'auth_request_set_field: passdb field name compared with "password"; a field name.',
  NS)
S(R, P, 1972, 'strcmp', 'yes', 'auth_request_set_field: field name compared with "password_noscheme".', NS)

# ---------------- checks ----------------
by_file = {}
for it in _labels.items:
    by_file.setdefault((it['repo'], it['path']), []).append(it['line'])
for k, ls in by_file.items():
    ls = sorted(ls)
    for a, b in zip(ls, ls[1:]):
        assert b - a >= 3, (k, a, b)
_labels.write(__file__, 'webhook38')
