#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook63). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'MarcJHuber/event-driven-servers': '774d7b4d6cabf35e1e3fe4d79ba41553400e083b',
 'freeswitch/sofia-sip': '7333682a297f28130ff46d5ef0f9e2f72adca0e8',
 'graygnuorg/pound': 'b96424f23a11238e243a18859b15823d4f6a1873',
 'libtom/libtomcrypt': 'cbb01b3708c39f62a4876eb03e3b37f1a4bbd8a2',
 'DerDakon/vpopmail': 'b0aaedaf1b24acd09ed6e2a358969f6869718d62',
 'oftc/oftc-ircservices': 'a8bf00c375722b7398e223aabf8cf68bf61b3275',
}
ROOT = '/work/corpora/webhook63/src'

_labels = TokenLabels(ROOT, 'wh63', C)
S = _labels.S
CT = 'Constant-time compare.'
EE = ' (early exit).'

# ---------------- MarcJHuber/event-driven-servers (tac_plus-ng TACACS+/RADIUS server, MAVIS auth modules; C) ------
R = 'MarcJHuber/event-driven-servers'
P = 'tac_plus-ng/authen.c'
S(R, P, 256, 'strncmp', 'yes', 'verify_cisco_asa_pbkdf2: stored password string checked for the "$sha512$" format '
  'prefix; a hash-format tag, not hash material.', NS)
S(R, P, 300, 'memcmp', 'no', 'verify_cisco_asa_pbkdf2: PBKDF2-HMAC-SHA512 of the password the user typed compared '
  'with the stored Cisco ASA password hash using memcmp' + EE)
S(R, P, 332, 'strcmp', 'no', 'verify_cisco_type4: Cisco type 4 (SHA-256) hash of the typed password compared with '
  'the stored hash using strcmp' + EE)
S(R, P, 366, 'strcmp', 'no', 'verify_cisco_type89: Cisco type 8/9 (PBKDF2 / scrypt) hash of the typed password '
  'compared with the stored hash using strcmp' + EE)
S(R, P, 395, 'strcmp', 'no', 'verify_cisco_asa_md5: ASA MD5 hash of the typed password compared with the stored '
  'hash using strcmp' + EE)
S(R, P, 409, 'strcmp', 'no', 'compare_pwdat (S_clear): configured clear-text password compared with the password '
  'sent by the TACACS+/RADIUS client using strcmp' + EE)
S(R, P, 414, 'strcmp', 'no', 'compare_pwdat (S_crypt, $1$): stored MD5-crypt hash compared with md5crypt() of the '
  'sent password using strcmp' + EE)
S(R, P, 418, 'strcmp', 'no', 'compare_pwdat (S_crypt): stored crypt(3) hash compared with crypt() of the sent '
  'password using strcmp' + EE)
S(R, P, 722, 'memcmp', 'no', 'chap_helper: expected CHAP response MD5(id || clear password || challenge) compared '
  'with the client\'s CHAP response using memcmp' + EE)
S(R, P, 1543, 'memcmp', 'no', 'mschap_helper: expected MS-CHAPv1 NT response computed from the user\'s clear '
  'password compared with the client\'s response using memcmp' + EE)
S(R, P, 2393, 'strncmp', 'yes', 'downloadable-ACL request: user name checked for the ACSACL prefix; a user name.',
  NS)
P = 'tac_plus-ng/main.c'
S(R, P, 611, 'memcmp', 'yes', 'read_px: PROXY protocol v2 header signature compared with the 12-byte protocol '
  'magic.', NS)
S(R, P, 895, 'memcmp', 'no', 'TLS 1.3 PSK connection: the session master key exported from OpenSSL compared with '
  'the configured pre-shared key using memcmp' + EE)
P = 'mavis/libmavis_userdb.c'
S(R, P, 180, 'strncmp', 'yes', 'userdb: stored password checked for the "$1$" MD5-crypt prefix; a hash-format tag.',
  NS)
S(R, P, 181, 'strcmp', 'no', 'userdb: stored MD5-crypt hash compared with md5crypt() of the sent password using '
  'strcmp' + EE)
S(R, P, 183, 'strcmp', 'no', 'userdb: stored crypt(3) hash compared with crypt() of the sent password using strcmp'
  + EE)
P = 'mavis/libmavis_system.c'
S(R, P, 335, 'strcmp', 'no', 'system (password file): passwd-file hash compared with crypt() of the sent password '
  'using strcmp' + EE)
P = 'mavis/libmavis_auth.c'
S(R, P, 62, 'strcasecmp', 'yes', 'auth: client certificate subject compared with the subjects listed for the user; '
  'a public certificate name.', NS)
S(R, P, 95, 'strcmp', 'no', 'auth: database (clear) password compared with the password the user sent using '
  'strcmp' + EE)

# ---------------- freeswitch/sofia-sip (SIP stack, HTTP/SIP digest server side; C) ----------------
R = 'freeswitch/sofia-sip'
P = 'libsofia-sip-ua/iptsec/auth_module.c'
S(R, P, 212, 'strcmp', 'yes', 'auth_init_default: configured opaque value compared with "*" (generate one); a '
  'configuration keyword.', NS)
S(R, P, 562, 'strcmp', 'no', 'auth_method_basic: stored password compared with the Basic password the client sent '
  'using strcmp' + EE)
S(R, P, 743, 'strcmp', 'no', 'auth_check_digest: expected digest response (computed from the stored A1) compared '
  'with the response the client sent using strcmp' + EE)
S(R, P, 863, 'strcmp', 'yes', 'auth_mod_getpass: user name of a password entry compared with the requested user '
  'name; a user name.', NS)
S(R, P, 865, 'strcmp', 'yes', 'auth_mod_getpass: realm of a password entry compared with the requested realm; a '
  'public realm.', NS)
S(R, P, 1236, 'strcmp', 'yes', 'auth_allow_check: request method compared with "ACK"; a method name.', NS)
S(R, P, 1246, 'strcmp', 'yes', 'auth_allow_check: request method compared with the methods allowed without '
  'authentication; method names.', NS)
S(R, P, 1435, 'memcmp', 'no', 'auth_validate_digest_nonce: HMAC-MD5 (keyed with the module master key) over the '
  'nonce fields compared with the MAC carried in the client\'s nonce using memcmp' + EE)
S(R, 'libsofia-sip-ua/iptsec/auth_client.c', 871, 'su_strcmp', 'yes', 'auc_digest_authorization: nonce of the new '
  'server challenge compared with the cached one to decide whether to make a new cnonce; public nonces.', NS)

# ---------------- graygnuorg/pound (reverse proxy, Basic auth against htpasswd; C) ----------------
R = 'graygnuorg/pound'
P = 'src/bauth.c'
S(R, P, 29, 'strcmp', 'no', 'auth_plain: clear-text htpasswd password compared with the Basic password using '
  'strcmp' + EE)
S(R, P, 41, 'strcmp', 'no', 'auth_crypt: crypt() of the Basic password compared with the stored crypt hash using '
  'strcmp' + EE)
S(R, P, 88, 'strncmp', 'yes', 'apr_md5_encode: salt checked for the "$apr1$" prefix; a hash-format tag.', NS)
S(R, P, 193, 'strcmp', 'no', 'auth_apr: APR1-MD5 hash of the Basic password compared with the stored hash using '
  'strcmp' + EE)
S(R, P, 246, 'memcmp', 'no', 'auth_sha1: SHA-1 of the Basic password compared with the stored {SHA} hash using '
  'memcmp' + EE)
S(R, P, 276, 'memcmp', 'yes', 'auth_match: stored hash checked for a scheme prefix ("$apr1$", "{SHA}") to pick the '
  'matcher; a format tag.', NS)
S(R, P, 360, 'strcmp', 'yes', 'basic_auth_internal: user name of an htpasswd entry compared with the Basic user '
  'name; a user name.', NS)

# ---------------- libtom/libtomcrypt (crypto library; C) ----------------
R = 'libtom/libtomcrypt'
MN = ' XMEM_NEQ is mem_neq (src/misc/mem_neq.c 29-52): OR of the XOR of every byte pair, no early exit.'
S(R, 'src/misc/mem_neq.c', 42, '^', 'yes', 'mem_neq: the XOR-OR accumulate loop itself (no early exit).', CT)
S(R, 'src/encauth/gcm/gcm_memory.c', 99, 'XMEM_NEQ', 'yes', 'gcm_memory (decrypt): computed GCM tag compared with '
  'the received tag.' + MN, CT)
S(R, 'src/encauth/chachapoly/chacha20poly1305_memory.c', 60, 'XMEM_NEQ', 'yes', 'chacha20poly1305_memory '
  '(decrypt): computed Poly1305 tag compared with the received tag.' + MN, CT)
S(R, 'src/encauth/eax/eax_decrypt_verify_memory.c', 82, 'XMEM_NEQ', 'yes', 'eax_decrypt_verify_memory: computed '
  'EAX tag compared with the received tag.' + MN, CT)
P = 'src/pk/rsa/rsa_verify_hash.c'
S(R, P, 156, 'XMEMCMP', 'yes', 'rsa_verify_hash: DigestInfo OID from the decoded signature compared with the hash '
  'algorithm OID; a public identifier.', NS)
S(R, P, 158, 'XMEMCMP', 'yes', 'rsa_verify_hash (PKCS #1 v1.5): hash recovered from the signature with the public '
  'key compared with the message hash; both are public (no key-dependent secret).', NS)
S(R, P, 164, 'XMEMCMP', 'yes', 'rsa_verify_hash (v1.5 without DigestInfo): hash recovered with the public key '
  'compared with the message hash; public values.', NS)
P = 'src/misc/pem/pem_read.c'
S(R, P, 133, 'XMEMCMP', 'yes', 'PEM header: line compared with "Proc-Type: 4,ENCRYPTED"; a format marker.', NS)
S(R, P, 147, 'XMEMCMP', 'yes', 'PEM header: line compared with "DEK-Info: "; a format marker.', NS)

# ---------------- DerDakon/vpopmail (qmail virtual domains: vchkpw POP3/IMAP/SMTP-AUTH checker; C) ----------------
R = 'DerDakon/vpopmail'
P = 'vchkpw.c'
S(R, P, 188, 'strcmp', 'yes', 'main: client IP address compared with the webmail IP list; a public address.', NS)
S(R, P, 651, 'strcmp', 'no', 'vchkpw system login: crypt() of the sent password compared with the shadow hash '
  'using strcmp' + EE)
S(R, P, 780, 'strcmp', 'no', 'authcram: SMTP AUTH CRAM-MD5 expected HMAC-MD5(challenge, clear password) in hex '
  'compared with the client\'s response using strcmp' + EE)
S(R, P, 815, 'strcmp', 'no', 'authapop: POP3 APOP digest sent by the client compared with MD5(timestamp || clear '
  'password) using strcmp' + EE)

# ---------------- oftc/oftc-ircservices (IRC services: NickServ; C) ----------------
R = 'oftc/oftc-ircservices'
P = 'modules/nickserv.c'
HM = ('HMAC-SHA1 keyed with the services hmac_secret (generate_hmac, src/interface.c 1777), hex')
S(R, P, 498, 'strncasecmp', 'yes', 'm_register: nick name checked for the "guest" prefix; a nick name.', NS)
S(R, P, 646, 'strncmp', 'no', 'm_drop: DROP auth code from the user compared with the ' + HM + ', using strncmp'
  + EE)
S(R, P, 1490, 'irccmp', 'yes', 'm_info: linked nick names compared with the requested nick; public nick names.', NS)
S(R, P, 1849, 'strncmp', 'no', 'm_sendpass: SENDPASS auth code from the user compared with the ' + HM +
  ', using strncmp' + EE)
S(R, P, 2433, 'strcasecmp', 'yes', 'm_set_flag: SET option value compared with "YES"; a keyword.', NS)
P = 'src/interface.c'
S(R, P, 1110, 'strncasecmp', 'yes', 'process_privmsg: sub-command name compared with the command word the user '
  'sent; a command name.', NS)
S(R, P, 1739, 'strncasecmp', 'no', 'check_nick_pass: stored NickServ password hash compared with the hash of the '
  'sent password + salt using strncasecmp' + EE)

_labels.write(__file__, 'webhook63')
