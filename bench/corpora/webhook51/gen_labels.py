#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook51). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token. Length compares on the line next to a labelled ct='no' memcmp are NOT labelled (score.py
# matches a finding within 2 lines, so they would share the anchor).
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'richardcochran/linuxptp': 'f98cb5de87e63696599c59d0a9df7dc04d08d40d',
 'NetworkConfiguration/dhcpcd': '8b312918d8f1885d7fe8fcc03a7e06ae8a0314b4',
 'anope/anope': 'c4c159d19701f3cff742a2b7f5460d86daf60709',
 'agroal/pgagroal': '63c05cfaf6f3912949cc52fcc28e531ab59ad259',
}
ROOT = '/work/corpora/webhook51/src'

_labels = TokenLabels(ROOT, 'wh51', C)
S = _labels.S
CT = 'Constant-time compare.'
EQCS = ('Anope::string::equals_cs (include/anope.h) is std::string operator==, an early-exit compare.')

# ---------------- richardcochran/linuxptp (ptp4l: IEEE 1588 authentication TLV, SAD; C) ----------------
R = 'richardcochran/linuxptp'
P = 'sad.c'
S(R, P, 33, '==', 'yes', 'sad_get_association: security parameter pointer (spp) of a configured association compared '
  'with the spp carried in the received authentication TLV; a public index, sent in clear.', NS)
S(R, P, 52, '==', 'yes', 'sad_get_key: configured key id compared with the keyID of the received authentication TLV '
  'to pick the key; a public identifier, sent in clear.', NS)
S(R, P, 312, '!=', 'yes', 'sad_check_auth_tlv: spp of the association compared with the spp in the received TLV; '
  'public.', NS)
S(R, P, 339, '!=', 'yes', 'sad_check_auth_tlv: TLV length compared with the expected length for this key\'s ICV; a '
  'length.', NS)
S(R, P, 360, '!=', 'yes', 'sad_check_auth_tlv: return value of sad_verify (the ICV check, constant time in every '
  'back end: CRYPTO_memcmp / memeql_sec / gnutls_memcmp / gcry_mac_verify) tested against 0; an int status, not '
  'a compare of the ICV bytes.', NS)
S(R, P, 644, 'strncmp', 'yes', 'sad_config_parse_key: key string from the SA file compared with the format prefix '
  '"ASCII:"; only the fixed prefix is compared, at config load.', NS)
S(R, P, 647, 'strncmp', 'yes', 'sad_config_parse_key: key string compared with the format prefix "HEX:" (config '
  'load).', NS)
S(R, P, 663, 'strncmp', 'yes', 'sad_config_parse_key: key string compared with the format prefix "B64:" (config '
  'load).', NS)
S(R, 'sad_openssl.c', 199, 'CRYPTO_memcmp', 'yes', 'sad_verify (OpenSSL back end): ICV of the received PTP message '
  'compared with HMAC/CMAC(key, message) computed here using OpenSSL CRYPTO_memcmp.', CT)
S(R, 'sad_nettle.c', 162, 'memeql_sec', 'yes', 'sad_verify (Nettle back end): received ICV compared with the MAC '
  'computed here using nettle memeql_sec.', CT)
S(R, 'sad_gnutls.c', 203, 'gnutls_memcmp', 'yes', 'sad_verify (GnuTLS back end): received ICV compared with the MAC '
  'computed here using gnutls_memcmp (constant time).', CT)
S(R, 'sad_gnupg.c', 166, 'gcry_mac_verify', 'yes', 'sad_verify (libgcrypt back end): received ICV checked with '
  'gcry_mac_verify, libgcrypt\'s own constant-time MAC verification.', CT + ' (library MAC verify)')

# ---------------- NetworkConfiguration/dhcpcd (DHCP client daemon: RFC 3118 / 3315 authentication; C) ----------
R = 'NetworkConfiguration/dhcpcd'
P = 'src/auth.c'
S(R, P, 189, '==', 'yes', 'dhcp_auth_validate: stored replay-detection counter compared with the counter in the '
  'received packet (replay check); the counter is sent in clear.', NS)
S(R, P, 306, 'memcmp', 'yes', 'dhcp_auth_validate: configured token realm compared with the realm in the received '
  'delayed-auth option to find the key; the realm is sent in clear.', NS)
S(R, P, 327, 'memcmp', 'yes', 'dhcp_auth_validate: realm of the token accepted earlier compared with the realm of the '
  'token now found; public realm names.', NS)
S(R, P, 334, 'memcmp', 'no', 'dhcp_auth_validate, configuration-token protocol (RFC 3118 protocol 0): the token in '
  'the received DHCP packet compared with the configured secret token (t->key) using memcmp; an early-exit '
  'compare of a shared secret with attacker input.')
S(R, P, 344, '!=', 'yes', 'dhcp_auth_validate: remaining option length compared with the MD5 digest length; a '
  'length.', NS)
S(R, P, 383, 'consttime_memequal', 'yes', 'dhcp_auth_validate (delayed auth / reconfigure key): HMAC-MD5 in the '
  'received packet compared with HMAC-MD5(key, packet) computed here using consttime_memequal (NetBSD API; on '
  'Linux compat/consttime_memequal.h, an XOR-OR loop over all bytes).', CT)
S(R, P, 550, '==', 'yes', 'dhcp_auth_encode: secret id of a configured token compared with the configured send '
  'secret id to pick the token; an identifier.', NS)

# ---------------- anope/anope (IRC services: password encryption modules, NickServ, OperServ; C++) ----------------
R = 'anope/anope'
for path, mline, line, meth, what in (
        ('modules/encryption/enc_md5.cpp', 76, 80, 'md5', 'hex MD5 of the password the user sent'),
        ('modules/encryption/enc_none.cpp', 35, 41, 'plain', '"plain:" + base64 of the password the user sent'),
        ('modules/encryption/enc_old.cpp', 71, 75, 'oldmd5', 'old-style Anope MD5 of the password the user sent'),
        ('modules/encryption/enc_sha1.cpp', 200, 204, 'sha1', 'hex SHA-1 of the password the user sent'),
        ('modules/encryption/enc_sha256.cpp', 91, 97, 'sha256', 'salted SHA-256 of the password the user sent')):
    S(R, path, mline, 'equals_cs', 'yes', 'OnCheckAuthentication: hash-method prefix of the stored password compared '
      'with "%s" to claim it; an algorithm name.' % meth, NS)
    S(R, path, line, 'equals_cs', 'no', 'OnCheckAuthentication (NickServ IDENTIFY / SASL): %s compared with the '
      'stored password hash (nc->pass) using equals_cs, an early-exit std::string compare. %s' % (what, EQCS))
P = 'modules/encryption/enc_sha2.cpp'
S(R, P, 159, 'compare', 'yes', 'OnCheckAuthentication: stored hash-method prefix compared with "hmac-"; a format '
  'prefix.', NS)
S(R, P, 160, 'compare', 'yes', 'OnCheckAuthentication: stored hash-method prefix compared with "raw-"; a format '
  'prefix.', NS)
S(R, P, 195, 'equals_cs', 'no', 'OnCheckAuthentication (hmac-sha*): hex HMAC(stored key, password the user sent) '
  'compared with the stored HMAC using equals_cs (early exit); the PHP comment above even suggests hash_equals. '
  + EQCS)
P = 'modules/encryption/enc_bcrypt.cpp'
S(R, P, 86, 'equals_cs', 'no', 'EBCrypt Compare: bcrypt(password the user sent, stored salt) compared with the '
  'stored bcrypt hash using equals_cs (early exit). ' + EQCS)
S(R, P, 142, 'equals_cs', 'yes', 'OnCheckAuthentication: stored hash-method prefix compared with "bcrypt"; an '
  'algorithm name.', NS)
S(R, 'modules/extra/enc_argon2.cpp', 100, 'argon2_verify', 'yes', 'Argon2 Compare: password the user sent checked '
  'against the stored Argon2 encoded hash with libargon2 argon2_verify (constant-time compare of the tag inside '
  'the library).', CT + ' (library password verify)')
P = 'modules/extra/enc_posix.cpp'
S(R, P, 38, 'equals_cs', 'yes', 'OnCheckAuthentication: stored hash-method prefix compared with "posix"; an '
  'algorithm name.', NS)
S(R, P, 42, 'equals_cs', 'no', 'OnCheckAuthentication: crypt(3) of the password the user sent with the stored salt '
  'compared with the stored crypt hash using equals_cs (early exit). ' + EQCS)
S(R, 'modules/operserv/os_login.cpp', 22, 'equals_cs', 'no', 'CommandOSLogin ComparePassword: OPER LOGIN password '
  'sent by the user compared with the plain-text oper password from the config using equals_cs (early exit). '
  + EQCS)
P = 'modules/nickserv/ns_register.cpp'
S(R, P, 46, '!=', 'no', 'CommandNSConfirm: the account\'s secret e-mail confirmation passcode compared with the '
  'parameter the user sent (Anope::string operator!=, early exit), to decide whether an oper confirms someone else; '
  'it runs for every logged-in user that sends CONFIRM.')
S(R, P, 81, '==', 'no', 'CommandNSConfirm: the secret registration passcode (sent by e-mail) compared with the '
  'passcode the user sent using Anope::string operator== (early exit); a correct code confirms the e-mail address.')
S(R, P, 228, 'equals_ci', 'yes', 'CommandNSRegister: the new password the user chose compared with their nick '
  '(weak-password rule); the user\'s own input against a public name, no stored secret.',
  'Tricky: a password compared, but only the registrant\'s own new password against the nick.')
P = 'modules/nickserv/ns_resetpass.cpp'
S(R, P, 35, 'equals_ci', 'yes', 'CommandNSResetPass: the account\'s e-mail address compared with the one the user '
  'sent before mailing a reset code; an e-mail address, not a secret credential.', NS)
S(R, P, 110, 'equals_cs', 'no', 'OnPreCommand (NickServ CONFIRM for RESETPASS): the passcode sent by an '
  'unauthenticated user compared with the secret reset code mailed to the account owner using equals_cs (early '
  'exit); a match identifies the user as the account. ' + EQCS)

# ---------------- agroal/pgagroal (PostgreSQL connection pool: client/server/management authentication; C) -------
R = 'agroal/pgagroal'
P = 'src/libpgagroal/security.c'
S(R, P, 1113, 'memcmp', 'no', 'pgagroal_remote_management_scram_sha256 (pgagroal-cli and '
  'pgagroal-vault as SCRAM clients of a remote management endpoint): ServerSignature received from the peer '
  'compared with HMAC(ServerKey, AuthMessage) computed from the admin password using memcmp (early exit).')
S(R, P, 1331, 'strcmp', 'no', 'compare_auth_response (pooled connection reuse): the password / MD5 response the new '
  'client sent compared with the response stored from the connection\'s first authentication using strcmp; an '
  'early-exit compare of a password or password hash.')
S(R, P, 1334, 'memcmp', 'no', 'compare_auth_response, SASL case: the client\'s authentication message compared '
  'with the stored one using memcmp (early exit).')
S(R, P, 1798, 'strcmp', 'no', 'client_password: cleartext password sent by the client (PasswordMessage) compared '
  'with the configured user password using strcmp (early exit).')
S(R, P, 1892, 'strcmp', 'no', 'client_md5: md5(md5(password || user) || salt) sent by the client compared with the '
  'value computed from the configured password using strcmp (early exit).')
S(R, P, 2047, 'memcmp', 'no', 'client_scram256: ClientProof sent by the client compared with the proof computed '
  'from the configured password using memcmp (early exit).')
S(R, P, 2900, 'memcmp', 'no', 'server_scram256 (pgagroal as SCRAM client of the PostgreSQL backend): '
  'ServerSignature received compared with the signature computed from the user password using memcmp (early exit).')
S(R, P, 3242, 'strcmp', 'yes', 'get_password: configured user name compared with the requested user name to '
  'find the password; user names, not secrets.', NS)
S(R, P, 3260, 'strcmp', 'yes', 'get_frontend_password: user name lookup before returning the frontend password.', NS)
S(R, P, 3278, 'strcmp', 'yes', 'get_admin_password: admin user name lookup before returning the admin password.', NS)
S(R, P, 3727, 'strncmp', 'yes', 'get_scram_attribute: SCRAM attribute name ("r=", "p=", ...) compared while '
  'splitting the message; attribute names, not values.', NS)
S(R, P, 3939, 'memcmp', 'no', 'verify_client_proof (auth_query SCRAM): StoredKey from the backend\'s verifier '
  'compared with H(ClientProof XOR ClientSignature) derived from the client\'s proof using memcmp (early exit).')
S(R, P, 5160, 'memcmp', 'no', 'auth_query_server_scram256 (SCRAM to the backend as the auth_query user): '
  'ServerSignature received compared with the signature computed from the password using memcmp (early exit).')
S(R, P, 5368, 'strcmp', 'no', 'auth_query_client_md5: MD5 response sent by the client compared with md5(stored '
  'md5 hash || salt) using strcmp (early exit).')
S(R, P, 5480, 'strcmp', 'yes', 'auth_query_client_scram256: mechanism field of the stored SCRAM verifier compared '
  'with "SCRAM-SHA-256"; an algorithm name.', NS)
S(R, P, 6083, 'strcmp', 'yes', 'pgagroal_is_cert_authorized: identity from the client certificate compared with '
  'the requested user name; public identities.', NS)

_labels.write(__file__, 'webhook51')
