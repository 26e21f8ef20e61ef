#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook48). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token or if two labels of one file are less than 3 lines apart.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'unbit/uwsgi': '6cbb2177ae48af91d2799ff3135abda545cf634c',
 'jedisct1/UCarp': '1a9aaf7649c8b84b4e87b581818d6f55605862e7',
 'WireGuard/wireguard-tools': '025f00454fec8fd0816607a28c1ee6cd9a54b134',
 'mtrojnar/stunnel': '61452959a3a1f878bf49acb451d4ffdd6d38ccae',
 'janmojzis/tinyssh': '3d93382cde06c109d5d274fa2dddea064e543c85',
 'gnu-mirror-unofficial/mailutils': '4d8bc05cf0ebc539746a4af12e0f9a4f85885146',   # 3.13.91
}
ROOT = '/work/corpora/webhook48/src'

_labels = TokenLabels(ROOT, 'wh48', C)
S = _labels.S
SAFE = ('stunnel safe_memcmp (src/str.c:653): OR-accumulates word/byte XORs over all n bytes, no early exit, '
        'returns r!=0 - a constant-time compare.')

# ---------------- unbit/uwsgi (application server, C) ----------------
R = 'unbit/uwsgi'
P = 'plugins/router_basicauth/router_basicauth.c'
S(R, P, 89, 'strcmp', 'no', 'htpasswd_check: crypt_r() (or the "{SHA}"+base64(SHA1) of htpasswd_check_sha1) of the '
  'password from the Basic Authorization header compared with the stored hash from the htpasswd file using strcmp; '
  'early exit on a password-derived hash. (Line 90, the user-name uwsgi_strncmp, falls in the same +-2 window.)')
S(R, P, 137, 'uwsgi_strncmp', 'no', 'basicauth route with inline credentials ("user:password" in the route '
  'config, ur->data2): the decoded Authorization header compared with it by uwsgi_strncmp (core/utils.c: length '
  'check then memcmp) - the plaintext password compared early-exit.')
S(R, P, 59, 'uwsgi_starts_with', 'yes', 'Stored htpasswd field tested for the "{SHA}" scheme prefix; selects the '
  'hash algorithm, not a secret compare.', NS)
S(R, P, 114, 'strncmp', 'yes', 'Authorization header scheme compared with "Basic "; not a secret.', NS)
P = 'plugins/router_radius/radius.c'
S(R, P, 126, 'memcmp', 'no', 'RADIUS client (uwsgi_radius_auth): Response Authenticator received from the server '
  'compared with MD5(response with the request authenticator || shared secret) using memcmp; a MAC keyed with the '
  'RADIUS secret, early exit (a forged Access-Accept can be timed).')
S(R, P, 114, '!=', 'yes', 'RADIUS packet identifier of the response compared with the request identifier; a public '
  'sequence number.', NS)
S(R, P, 149, 'strncmp', 'yes', 'Authorization header scheme compared with "Basic "; not a secret.', NS)
P = 'core/snmp.c'
S(R, P, 89, 'memcmp', 'no', 'Embedded SNMP agent: community string from the UDP request compared with the configured '
  'snmp_community (the agent\'s password) using memcmp, after an equal-length check.')
S(R, P, 205, 'memcmp', 'yes', 'Request OID compared with the uWSGI OID prefix; protocol data, not a secret.', NS)
S(R, P, 222, 'memcmp', 'yes', 'Varbind value compared with the ASN.1 NULL encoding; protocol data.', NS)

# ---------------- jedisct1/UCarp (CARP daemon, C) ----------------
R, P = 'jedisct1/UCarp', 'src/carp.c'
S(R, P, 520, 'memcmp', 'no', 'CARP advertisement check: HMAC-SHA1(password pad, vhid/addr, counter) computed in md2 '
  'compared with the carp_md of the received packet using memcmp; a keyed MAC from the network, early exit.')
S(R, P, 516, '!=', 'yes', 'sizeof md2 != sizeof carp_md: compile-time MAC length sanity check, not a compare of '
  'MAC bytes.', NS)
S(R, P, 488, '!=', 'yes', 'Virtual host id of the advertisement compared with ours; public.', NS)

# ---------------- WireGuard/wireguard-tools (wg(8), C) ----------------
R, P = 'WireGuard/wireguard-tools', 'src/setconf.c'
for ln in (24, 80, 98, 105):
    S(R, P, ln, 'memcmp', 'yes', 'syncconf: peer public keys (from the config file and the running interface) '
      'compared with memcmp for sorting / matching peers; public keys, not secrets.', NS)

# ---------------- mtrojnar/stunnel (TLS proxy, C) ----------------
R = 'mtrojnar/stunnel'
P = 'src/ctx.c'
S(R, P, 808, 'strcmp', 'yes', 'psk_compar (qsort/bsearch of the PSK table): PSK identities compared; the identity '
  'is sent in clear by the client, the key itself is not compared.', NS)
S(R, P, 1128, 'strcmp', 'yes', 'Certificate and key file names compared (same store?); paths, not secrets.', NS)
S(R, P, 1864, 'safe_memcmp', 'yes', 'sessiond cache reply: session id in the reply compared with the requested one '
  'using ' + SAFE)
P = 'src/protocol.c'
S(R, P, 805, 'safe_memcmp', 'yes', 'PostgreSQL negotiation: client message compared with the fixed GSSENCRequest '
  'packet (' + SAFE + ' The data is public anyway).', NS)
S(R, P, 810, 'safe_memcmp', 'yes', 'PostgreSQL negotiation: client message compared with the fixed SSLRequest '
  'packet (' + SAFE + ' The data is public anyway).', NS)
S(R, P, 1713, 'strcmp', 'yes', 'CapWIN: command word of the stored credential string compared with "AUTH"; a '
  'keyword.', NS)
S(R, P, 1741, 'memcmp', 'yes', 'CapWIN client: server reply compared with the fixed success marker "BINGO"; public '
  'protocol constant.', NS)
S(R, P, 1878, 'memcmp', 'yes', 'LDAP BindResponse compared with the fixed success response (resultCode 0); public '
  'protocol bytes.', NS)
P = 'src/verify.c'
S(R, P, 450, 'safe_memcmp', 'yes', 'compare_pubkeys: peer certificate public key compared with the locally '
  'installed certificate\'s key using ' + SAFE)

# ---------------- janmojzis/tinyssh (SSH server, C) ----------------
R = 'janmojzis/tinyssh'
S(R, 'sshcrypto_cipher_chachapoly.c', 105, 'crypto_verify_16', 'yes', 'chacha20-poly1305 packet decryption: '
  'computed Poly1305 tag compared with the received tag using crypto_verify_16 (crypto_verify_16.c: OR-accumulated '
  'XOR loop); constant time.')
P = 'crypto_sign_ed25519_tinyssh.c'
S(R, P, 90, 'crypto_verify_32', 'yes', 'Ed25519 open: reduced S compared with the signature\'s S using '
  'crypto_verify_32 (XOR-accumulate); constant time.')
S(R, P, 107, 'crypto_verify_32', 'yes', 'Ed25519 open: recomputed R compared with the signature\'s R using '
  'crypto_verify_32 (XOR-accumulate); constant time.')

# ---------------- gnu-mirror-unofficial/mailutils (GNU Mailutils 3.13.91, C) ----------------
R = 'gnu-mirror-unofficial/mailutils'
P = 'libmu_auth/ldap.c'
S(R, P, 668, 'strcmp', 'no', 'LDAP auth {CRYPT}: userPassword hash from the directory compared with crypt() of the '
  'password the client sent using strcmp.')
S(R, P, 691, 'memcmp', 'no', 'LDAP auth {MD5}: MD5 of the client password compared with the base64-decoded stored '
  'digest using memcmp.')
S(R, P, 731, 'memcmp', 'no', 'LDAP auth {SMD5}: salted MD5 of the client password compared with the stored digest '
  'using memcmp.')
S(R, P, 756, 'memcmp', 'no', 'LDAP auth {SHA}: SHA1 of the client password compared with the stored digest using '
  'memcmp.')
S(R, P, 796, 'memcmp', 'no', 'LDAP auth {SSHA}: salted SHA1 of the client password compared with the stored digest '
  'using memcmp.')
S(R, P, 852, 'strcmp', 'no', 'LDAP auth, malformed "{..." scheme: stored password compared in plaintext with the '
  'client password using strcmp.')
S(R, P, 866, 'strcmp', 'no', 'LDAP auth, plaintext userPassword compared with the client password using strcmp.')
S(R, P, 823, 'mu_c_strncasecmp', 'yes', 'Password scheme name ("CRYPT", "MD5", ...) compared with the table; not a '
  'secret.', NS)
S(R, P, 505, 'strcmp', 'yes', 'LDAP attribute mapping: field name compared with MU_AUTH_PASSWD ("passwd"); a key '
  'name, not the password.', NS)
P = 'libmu_auth/sql.c'
S(R, P, 678, 'strcmp', 'no', 'SQL auth (password_encryption hash): stored hash compared with crypt() of the client '
  'password using strcmp.')
S(R, P, 694, 'strcmp', 'no', 'SQL auth (plaintext): stored password compared with the client password using strcmp.')
S(R, P, 305, 'mu_c_strcasecmp', 'yes', 'Quota column compared with "none"; not a secret.', NS)
P = 'pop3d/apop.c'
S(R, P, 201, 'strcmp', 'no', 'POP3 APOP: digest sent by the client compared with the hex-encoded MD5(timestamp '
  'banner || shared APOP secret) using strcmp; a keyed digest compared early-exit.')
S(R, P, 150, 'memcmp', 'yes', 'APOP password file lookup: user name compared with the line\'s user field; a user '
  'name, not the secret.', NS)

seen = {}
for it in _labels.items:
    k = (it['repo'], it['path'])
    for ln in seen.get(k, []):
        assert abs(ln - it['line']) >= 3, (k, ln, it['line'])
    seen.setdefault(k, []).append(it['line'])
_labels.write(__file__, 'webhook48')
