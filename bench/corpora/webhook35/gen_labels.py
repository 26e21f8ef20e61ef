#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook35). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file, and the script fails if the line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'radcli/radcli': 'f41c91962150730d9c8a293cebdc3e53fd35da65',
 'FreeRADIUS/pam_radius': '1200741f4396eb326043008d444fc7f39313510d',
 'jedisct1/pure-ftpd': '5008fcaac7432c34803335c67356d9e6d15bbbe9',
 'proftpd/proftpd': '1dbfb9d7c06df22a6f6b610b014b72b190ab6f86',
 'yandex/odyssey': '89c48ea25ccb633237fb5caa48040a00b7deb7a3',
 'NLnetLabs/unbound': '7fb79b0677a03d6922c29880854e8fdeb271679e',
}
ROOT = '/work/corpora/webhook35/src'

_labels = TokenLabels(ROOT, 'wh35', C)
S = _labels.S
CT = 'Constant-time compare.'
PW = ('Password-hash verification: the leak is about the stored hash (its prefix), the attacker controls only the '
      'password.')
PT = 'Plain-text password compare.'

# ---------------- radcli/radcli (RADIUS client library, GnuTLS build) ----------------
R = 'radcli/radcli'
F = 'lib/sendserver.c'
S(R, F, 272, '!=', 'yes', 'rc_check_reply: the reply packet identifier (auth->id) compared with the request\'s '
  'sequence number; a public 8-bit id, not a secret.', NS)
S(R, F, 283, 'rc_memcmp', 'yes', 'rc_check_reply: Response Authenticator MD5(reply || request vector || secret) '
  'computed with the shared secret compared with the one in the server reply via rc_memcmp, a static inline wrapper '
  '(lib/util.h:28) that calls gnutls_memcmp (GnuTLS\'s constant-time compare) when HAVE_GNUTLS is set, as here.', CT)
S(R, F, 403, 'rc_memcmp', 'yes', 'validate_message_authenticator: HMAC-MD5 Message-Authenticator computed with the '
  'shared secret compared with the received attribute via rc_memcmp -> gnutls_memcmp (constant time under '
  'HAVE_GNUTLS).', CT)

# ---------------- FreeRADIUS/pam_radius (PAM RADIUS client) ----------------
R = 'FreeRADIUS/pam_radius'
F = 'src/pam_radius_auth.c'
S(R, F, 479, '==', 'yes', 'verify_packet: attribute type compared with PW_MESSAGE_AUTHENTICATOR while walking the '
  'reply\'s attributes; a type code, not the MAC.', NS)
S(R, F, 508, 'memcmp', 'no', 'verify_packet: Response Authenticator MD5(response || request vector || shared '
  'secret) computed locally compared with the vector in the server\'s (or a spoofer\'s) reply using memcmp.')
S(R, F, 525, 'memcmp', 'no', 'verify_packet: HMAC-MD5 Message-Authenticator over the reply keyed with the shared '
  'secret compared with the received Message-Authenticator attribute using memcmp.')
S(R, F, 1043, 'memcmp', 'yes', 'ipaddr_cmp: source address of the received packet compared with the configured '
  'server address (IPv4); public addresses.', NS)
S(R, F, 1253, '!=', 'yes', 'talk_radius: response packet id compared with the request id; public.', NS)
S(R, F, 1443, 'strcmp', 'yes', 'pam_sm_authenticate: user name compared with "root" (ruser option); not a secret.',
  NS)

# ---------------- jedisct1/pure-ftpd (FTP server; built without libsodium) ----------------
R = 'jedisct1/pure-ftpd'
S(R, 'src/utils.c', 39, '^', 'yes', 'pure_memcmp: portable XOR-accumulate loop (d |= b1[i] ^ b2[i] over the whole '
  'length, result folded at the end); the constant-time compare used when libsodium is absent (HAVE_LIBSODIUM unset '
  'here).', CT)
S(R, 'src/utils.c', 52, 'pure_memcmp', 'yes', 'pure_strcmp: compares min(len)+1 bytes of two strings with the '
  'constant-time pure_memcmp (leaks only the shorter length); the project\'s constant-time string compare.', CT)
S(R, 'src/log_unix.c', 59, 'strcmp', 'yes', 'pw_unix_check: passwd field after the "##" marker compared with the '
  'account name (the "##user" shadow convention); a user name, not the password.', NS)
S(R, 'src/log_unix.c', 83, 'pure_strcmp', 'yes', 'pw_unix_check: crypt(password, stored hash) compared with the '
  'shadow hash via pure_strcmp (constant time).', CT)
S(R, 'src/log_puredb.c', 92, 'memcmp', 'yes', 'ipv6_cidr_match: client IPv6 address compared with an allowed/denied '
  'network prefix from the PureDB entry (full bytes); public addresses.', NS)
S(R, 'src/log_puredb.c', 346, 'pure_strcmp', 'yes', 'pw_puredb_parseline: crypt(password, stored hash) compared with '
  'the PureDB hash via pure_strcmp (constant time).', CT)
S(R, 'src/log_mysql.c', 424, 'strcasecmp', 'yes', 'pw_mysql_check: configured MySQLCrypt scheme name compared with '
  '"any"; a scheme name, not a secret.', NS)
S(R, 'src/log_mysql.c', 456, 'pure_strcmp', 'yes', 'pw_mysql_check: crypt(password, stored hash) compared with the '
  'SQL-stored hash via pure_strcmp (constant time).', CT)
S(R, 'src/log_mysql.c', 462, 'pure_strcmp', 'yes', 'pw_mysql_check: plain-text password compared with the '
  'SQL-stored password via pure_strcmp (constant time).', CT)
S(R, 'src/log_pgsql.c', 533, 'pure_strcmp', 'yes', 'pw_pgsql_check: crypt(password, stored hash) compared with the '
  'SQL-stored hash via pure_strcmp (constant time).', CT)
S(R, 'src/log_pgsql.c', 539, 'pure_strcmp', 'yes', 'pw_pgsql_check: plain-text password compared with the '
  'SQL-stored password via pure_strcmp (constant time).', CT)
S(R, 'src/log_ldap.c', 130, 'pure_strcmp', 'yes', 'pw_ldap_parse: LDAP URI scheme compared with "ldapi" '
  '(configuration, public; happens to use the constant-time helper).', NS)
S(R, 'src/log_ldap.c', 642, 'pure_strcmp', 'yes', 'pw_ldap_check: crypt()ed or clear-text password compared with '
  'the userPassword from LDAP via pure_strcmp (constant time).', CT)

# ---------------- proftpd/proftpd (FTP/SFTP server and its modules) ----------------
R = 'proftpd/proftpd'
S(R, 'src/support.c', 1173, '^', 'yes', 'pr_timingsafe_bcmp: XOR-accumulate fallback loop (res |= *p1++ ^ *p2++ over '
  'the whole length), compiled because glibc has no timingsafe_bcmp (HAVE_TIMINGSAFE_BCMP unset).', CT)
S(R, 'modules/mod_auth_unix.c', 1071, 'strcmp', 'no', 'pw_check: crypt(password, stored hash) compared with the '
  'passwd/shadow hash using strcmp (early exit).', PW)
S(R, 'modules/mod_auth_file.c', 1618, 'pr_timingsafe_bcmp', 'yes', 'authfile_chkpass: crypt() of the password '
  'compared with the AuthUserFile hash via pr_timingsafe_bcmp over the longer length.', CT)
F = 'contrib/mod_radius.c'
S(R, F, 2300, 'memcmp', 'no', 'radius_verify_auth_mac: HMAC-MD5 Message-Authenticator computed with the shared '
  'secret compared with the value in the received packet (replied) using memcmp.')
S(R, F, 3315, '!=', 'yes', 'radius_verify_packet: response packet id compared with the request id; public.', NS)
S(R, F, 3347, 'memcmp', 'no', 'radius_verify_packet: Response Authenticator MD5(response || request authenticator || '
  'secret) compared with the digest in the server\'s reply using memcmp.')
F = 'contrib/mod_sql.c'
S(R, F, 1175, 'strcmp', 'no', 'sql_auth_crypt (SQLAuthTypes Crypt): crypt(plaintext, stored hash) compared with the '
  'SQL-stored hash using strcmp.', PW)
S(R, F, 1189, 'strcmp', 'no', 'sql_auth_plaintext (SQLAuthTypes Plaintext): the password sent by the client '
  'compared with the SQL-stored password using strcmp.', PT)
S(R, F, 1199, 'strcmp', 'yes', 'sql_auth_empty (SQLAuthTypes Empty): stored password compared with the constant "" '
  '(is it empty?); reveals nothing beyond emptiness and involves no client input.', NS)
S(R, F, 1267, 'strcmp', 'no', 'sql_auth_openssl (SQLAuthTypes OpenSSL): base64 (EVP_EncodeBlock) of the digest of '
  'the client password compared with the stored "{digest}hash" value using strcmp.', PW)
F = 'contrib/mod_sql_passwd.c'
S(R, F, 745, 'pr_timingsafe_bcmp', 'yes', 'sql_passwd_auth: hex/base64-encoded digest of the (salted) password '
  'compared with the stored value via pr_timingsafe_bcmp.', CT)
S(R, F, 794, 'pr_timingsafe_bcmp', 'yes', 'sql_passwd_bcrypt: bcrypt hash of the password compared with the stored '
  'hash via pr_timingsafe_bcmp.', CT)
S(R, F, 928, 'pr_timingsafe_bcmp', 'yes', 'sql_passwd_ssha: encoded salted SHA-1 compared with the stored {SSHA} '
  'value via pr_timingsafe_bcmp.', CT)
S(R, F, 1025, 'pr_timingsafe_bcmp', 'yes', 'sql_passwd_pbkdf2: encoded PBKDF2 output compared with the stored value '
  'via pr_timingsafe_bcmp.', CT)
F = 'contrib/mod_ldap.c'
S(R, F, 2250, 'strncasecmp', 'yes', 'ldap_auth_check: {scheme} prefix of the userPassword compared with "crypt"; '
  'a scheme name.', NS)
S(R, F, 2259, 'strcmp', 'no', 'ldap_auth_check ({crypt} scheme): crypt(password, stored hash) compared with the LDAP '
  'userPassword hash using strcmp.', PW)
S(R, F, 2267, 'strcmp', 'no', 'ldap_auth_check ({clear} scheme): the client password compared with the clear-text '
  'LDAP userPassword using strcmp.', PT)
S(R, 'contrib/mod_auth_otp/mod_auth_otp.c', 634, 'strcmp', 'no', 'auth_otp_chkpass: the expected HOTP/TOTP code '
  'computed from the user\'s shared secret (real_otp) compared with the code the client sent using strcmp.')
S(R, 'contrib/mod_sftp/mac.c', 230, 'strcmp', 'yes', 'get_algo_type: negotiated MAC algorithm name compared with '
  '"none"; public.', NS)
S(R, 'contrib/mod_sftp/mac.c', 384, 'pr_timingsafe_bcmp', 'yes', 'get_mac (SFTP_MAC_FL_READ_MAC): HMAC/UMAC of the '
  'received SSH packet compared with the MAC the client sent via pr_timingsafe_bcmp.', CT)

# ---------------- yandex/odyssey (PostgreSQL connection pooler) ----------------
R = 'yandex/odyssey'
F = 'sources/auth.c'
S(R, F, 283, 'kiwi_password_compare', 'no', 'od_auth_frontend_cleartext: password sent by the client compared with '
  'the configured / auth_query password via kiwi_password_compare (sources/include/kiwi/password.h:40), an inline '
  'length check + memcmp that exits at the first differing byte.', PT)
S(R, F, 444, 'kiwi_password_compare', 'no', 'od_auth_frontend_md5: "md5" || MD5(MD5(password || user) || salt) '
  'computed from the stored password compared with the client\'s MD5 response via kiwi_password_compare (memcmp).')
S(R, F, 533, 'strcmp', 'yes', 'od_auth_frontend_scram_sha_256_internal: SASL mechanism name from the client compared '
  'with "SCRAM-SHA-256"; public.', NS)
F = 'sources/scram.c'
S(R, F, 119, 'strcmp', 'yes', 'od_scram_parse_verifier: verifier scheme name compared with "SCRAM-SHA-256"; public.',
  NS)
S(R, F, 328, 'memcmp', 'yes', 'read_server_first_message: nonce from the server compared with the client '
  'nonce prefix (both sent in the clear).', NS)
S(R, F, 635, 'memcmp', 'no', 'od_scram_verify_server_signature: ServerSignature HMAC(ServerKey, AuthMessage) computed '
  'from the salted password compared with the one the PostgreSQL server sent using memcmp (odyssey as SCRAM client; '
  'the other side could time it).')
S(R, F, 765, 'memcmp', 'yes', 'od_scram_need_channel_binding_check: channel-binding flag compared with "biws"/"eSws" (base64 of '
  '"n,," / "y,,"); protocol constants.', NS)
S(R, F, 856, 'strncmp', 'yes', 'od_scram_read_client_final_message: base64 channel-binding data (tls-server-end-point hash of '
  'the server certificate, public) compared with the client\'s; not a secret.', NS)
S(R, F, 1001, 'memcmp', 'yes', 'od_scram_verify_final_nonce: client-nonce part of the final nonce compared; nonces '
  'travel in the clear.', NS)
S(R, F, 1006, 'memcmp', 'yes', 'od_scram_verify_final_nonce: server-nonce part compared; the server sent it to this '
  'client in server-first-message (public to the party that could time it).', NS)
S(R, F, 1045, 'memcmp', 'no', 'od_scram_verify_client_proof: H(ClientProof XOR ClientSignature) compared with the '
  'stored StoredKey using memcmp; the SCRAM server-side proof check.')

# ---------------- NLnetLabs/unbound (recursive DNS resolver) ----------------
R = 'NLnetLabs/unbound'
S(R, 'util/edns.c', 188, '!=', 'yes', 'edns_cookie_server_validate: cookie length compared with 24 (RFC 9018); a '
  'length, not the cookie.', NS)
S(R, 'util/edns.c', 203, 'memcmp', 'no', 'edns_cookie_server_validate: SipHash-2-4 server cookie computed with the '
  'server secret over client cookie/version/timestamp/client IP compared with the hash the client sent (cookie + 16) '
  'using memcmp.')
F = 'dnscrypt/dnscrypt.c'
S(R, F, 677, 'memcmp', 'yes', 'dnsc_find_cert: client magic query (certificate id sent in the clear) compared with '
  'each certificate\'s; public.', NS)
S(R, F, 842, 'memcmp', 'yes', 'dnsc_parse_keys: public key derived from a configured secret key compared with each '
  'certificate\'s server public key at start-up; public keys, no attacker input.', NS)
S(R, F, 1073, 'sodium_memcmp', 'yes', 'dnsc_shared_secrets_compfunc: shared-secret cache keys compared with '
  'libsodium sodium_memcmp.', CT)
S(R, F, 1112, 'sodium_memcmp', 'yes', 'dnsc_nonces_compfunc: nonce / magic / client public key cache keys compared '
  'with sodium_memcmp.', CT)

# distinct labels in one file must be >= 3 lines apart (the scorer pairs within +-2 lines)
_seen = {}
for it in _labels.items:
    _seen.setdefault((it['repo'], it['path']), []).append(it['line'])
for k, v in _seen.items():
    v = sorted(v)
    assert all(b - a >= 3 for a, b in zip(v, v[1:])), (k, v)

_labels.write(__file__, 'webhook35')
