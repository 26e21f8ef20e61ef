#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook49). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token or if two labels of one file are less than 3 lines apart.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'colinmkeith/tpop3d': '8fd0f6965503a69c416f3214e1ac923584a12db8',
 'dbmail/dbmail': '3d0c40db5692cc1584798605560451a1bfac0024',          # tag v3.5
 'marlam/msmtp': '933d35be8ab6e35a7ea3f78df54b64230177590b',
 'trusteddomainproject/OpenDKIM': '5c539587561785a66c1f67f720f2fb741f320785',
}
ROOT = '/work/corpora/webhook49/src'
_labels = TokenLabels(ROOT, 'wh49', C)
S = _labels.S

# ---------------- colinmkeith/tpop3d (POP3 server, C) ----------------
R = 'colinmkeith/tpop3d'
P = 'password.c'
CP = ('check_password (called by the auth drivers with the PASS the POP3 client sent and the hash stored for the '
      'user): ')
S(R, P, 105, 'strncmp', 'yes', 'crypt_md5: the salt string compared with the constant "$1$" magic prefix to skip '
  'it; a format marker, not a secret.', NS)
S(R, P, 266, 'strcmp', 'no', CP + '{crypt}: crypt(password, stored hash) compared with the stored hash using strcmp '
  '(early exit); the client controls the password, the stored hash is secret.')
S(R, P, 269, 'strcmp', 'no', CP + '{crypt_md5}: crypt_md5(password, stored hash) compared with the stored hash '
  'using strcmp.')
S(R, P, 272, 'strcmp', 'no', CP + '{plaintext}: the password sent by the client compared with the stored plain-text '
  'password using strcmp.')
S(R, P, 282, 'strncmp', 'no', CP + '{mysql}, 8-character hash: MySQL PASSWORD() scramble of the client password '
  'compared with the stored hash using strncmp.')
S(R, P, 285, 'strcmp', 'no', CP + '{mysql}, 16-character hash: scramble of the client password compared with the '
  'stored hash using strcmp.')
S(R, P, 313, 'strcasecmp', 'no', CP + '{sha1} (SHA1_PASSWORDS): hex SHA-1 of the client password compared with the '
  'stored hex hash using strcasecmp.')
S(R, P, 320, 'strcasecmp', 'no', CP + '{md5} hex: md5_digest_str(password) compared with the stored hex hash using '
  'strcasecmp.')
S(R, P, 323, 'strcmp', 'no', CP + '{md5} base64: base64 MD5 of the client password compared with the stored hash '
  'using strcmp.')
S(R, P, 345, 'strncmp', 'yes', 'check_password_apop: the stored password field compared with the scheme tag '
  '"{plaintext}" only (first 11 bytes, a constant scheme prefix) to decide whether APOP is possible; no secret '
  'byte is compared.', NS)
S(R, P, 357, 'memcmp', 'no', 'check_password_apop: MD5(timestamp + stored plain-text password) compared with the '
  'APOP digest sent by the client using memcmp (early exit): a password-keyed digest against attacker input.')
S(R, 'auth_passwd.c', 95, 'strcmp', 'no', 'auth_passwd_new_user_pass: crypt(PASS from the client, shadow hash) '
  'compared with the shadow password hash using strcmp.')
S(R, 'authcache.c', 206, 'memcmp', 'no', 'authcache_new_user_pass: MD5 over user, domain and the PASS the client '
  'just sent compared with the MD5 key of a cached successful login (which covers the real password) using memcmp; '
  'a password-derived digest compared non-constant-time decides whether the login succeeds from the cache.')
P = 'mailspool.c'
S(R, P, 729, 'memcmp', 'yes', 'mailspool_load_index: first bytes of the index file compared with the constant '
  'index_signature (file-format magic).', NS)
S(R, P, 761, 'memcmp', 'yes', 'mailspool_load_index: MD5 of the first 512 bytes of a message compared with the MD5 '
  'recorded in the local index file (cache validation); message digests, nothing secret.', NS)

# ---------------- dbmail/dbmail (IMAP/POP3/LMTP server, C) ----------------
R = 'dbmail/dbmail'
P = 'src/dm_db.c'
DV = ('db_user_validate (password from IMAP LOGIN / POP3 PASS / ManageSieve, stored password from the users table): ')
S(R, P, 3981, 'strcmp', 'no', DV + 'plain-text encoding: the client password compared with the stored password '
  'using strcmp. Merged with line 3979, the CRAM-MD5 branch that calls Cram_verify (src/dm_cram.c, strncmp inside) '
  'with the stored password.')
S(R, P, 3987, 'strcmp', 'no', DV + '"crypt": crypt(password, stored hash) compared with the stored hash using '
  'strcmp.')
S(R, P, 3990, 'strncmp', 'yes', DV + '"md5": the stored hash compared with the constant "$1$" prefix to pick md5 '
  'digest vs md5-crypt; a format marker, not a secret compare.', NS)
S(R, P, 3993, 'strncmp', 'no', DV + '"md5" digest: hex MD5 of the client password compared with the stored hash '
  'using strncmp.')
S(R, P, 4001, 'strncmp', 'no', DV + '"md5" crypt: md5-crypt of the client password compared with the stored hash '
  'using strncmp.')
S(R, P, 4006, 'strncmp', 'no', DV + '"md5sum": hex MD5 of the client password compared with the stored hash.')
S(R, P, 4010, 'strncmp', 'no', DV + '"md5base64": base64 MD5 of the client password compared with the stored hash.')
S(R, P, 4014, 'strncmp', 'no', DV + '"whirlpool": hex Whirlpool of the client password compared with the stored '
  'hash.')
S(R, P, 4018, 'strncmp', 'no', DV + '"sha512": hex SHA-512 of the client password compared with the stored hash.')
S(R, P, 4022, 'strncmp', 'no', DV + '"sha256": hex SHA-256 of the client password compared with the stored hash.')
S(R, P, 4026, 'strncmp', 'no', DV + '"sha1": hex SHA-1 of the client password compared with the stored hash.')
S(R, P, 4030, 'strncmp', 'no', DV + '"tiger": hex Tiger of the client password compared with the stored hash.')
S(R, 'src/dm_cram.c', 105, 'strncmp', 'no', 'Cram_verify (IMAP AUTHENTICATE CRAM-MD5, server side): the response '
  'the client sent compared with hex HMAC-MD5(stored password, challenge) using strncmp, and only over '
  'strlen(response) bytes (an empty response matches).')

# ---------------- marlam/msmtp (msmtpd, a minimal SMTP server; msmtp TLS client; C) ----------------
R = 'marlam/msmtp'
P = 'src/msmtpd.c'
S(R, P, 399, 'strncasecmp', 'yes', 'msmtpd_session: the SMTP command line compared with "AUTH PLAIN" (command '
  'name).', NS)
S(R, P, 424, 'strncmp', 'no', 'msmtpd_session, AUTH PLAIN: the password decoded from the client\'s base64 '
  'credentials compared with the password configured by --auth (from a file or command) using strncmp. Merged '
  'with line 422, the user-name strncmp of the same condition.')
P = 'src/mtls-openssl.c'
S(R, P, 374, 'strncmp', 'yes', 'hostname_match: the certificate name compared with the wildcard '
  'prefix "*.".', NS)
S(R, P, 398, 'strcasecmp', 'yes', 'hostname_match: host name from the server certificate compared with '
  'the host name the client connects to; both public.', NS)
FP = ('mtls_check_cert (client): the %s fingerprint of the certificate the server presented compared with the '
      'fingerprint pinned in the configuration (tls_fingerprint); a certificate fingerprint is public, so there '
      'is nothing secret to leak.')
S(R, P, 475, 'memcmp', 'yes', FP % 'SHA-256', NS)
S(R, P, 493, 'memcmp', 'yes', FP % 'SHA-1', NS)
S(R, P, 511, 'memcmp', 'yes', FP % 'MD5', NS)

# ---------------- trusteddomainproject/OpenDKIM (libopendkim, C) ----------------
R = 'trusteddomainproject/OpenDKIM'
P = 'libopendkim/dkim.c'
S(R, P, 1135, 'strncmp', 'yes', 'dkim_privkey_load (OpenSSL branch): the signing private key compared with the '
  'constant "-----" only, to tell PEM from DER; a fixed format prefix, not attacker-timeable.', NS)
S(R, P, 5053, 'strncmp', 'yes', 'dkim_sign: the private key compared with "MII" (base64 DER prefix) to decide '
  'whether to decode it; format check on operator-supplied key, not attacker-timeable.', NS)
S(R, P, 5536, 'strcmp', 'yes', 'dkim_sig_process: base64 of the computed body hash compared with the bh= tag of the '
  'DKIM-Signature header; both come from the received message (public data), there is no key in a body hash.',
  NS)
S(R, P, 8260, 'strncmp', 'yes', 'dkim_get_sigsubstring: the b= values of two DKIM-Signature headers of '
  'the same message compared (first dkim_minsiglen bytes) to find the shortest unique prefix; public signatures.', NS)

_labels.write(__file__, 'webhook49')
