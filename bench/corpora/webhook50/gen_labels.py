#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook50). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'radsecproxy/radsecproxy': '080992767440b37418287cc032db229cb802b4d7',
 'atheme/atheme': '88de242f4755394746444c7bd28da15127d976d2',
 # NTP_4_3_91 (2016-01-24): before the CVE-2016-1550 fix that moved the MAC checks to isc_tsmemcmp
 'ntp-project/ntp': '9c75327c3796ff59ac648478cd4da8b205bceb77',
}
ROOT = '/work/corpora/webhook50/src'

_labels = TokenLabels(ROOT, 'wh50', C)
S = _labels.S
SMEM = ('Constant-time compare: smemcmp (libathemecore/memory.c) is timingsafe_bcmp / sodium_memcmp / '
        'CRYPTO_memcmp / nettle_memeql_sec, or a volatile XOR-OR loop over all len bytes; with this build\'s '
        'sysconf.h it is sodium_memcmp.')
CRYPT3 = ('crypt(3) of the password with the stored salt compared with the stored hash string using strcmp '
          '(early exit); a password hash compared non-constant-time.')

# ---------------- radsecproxy/radsecproxy (RADIUS over UDP/TCP/TLS/DTLS proxy, C) ----------------
R = 'radsecproxy/radsecproxy'
P = 'radmsg.c'
S(R, P, 154, 'memcmp', 'no', '_checkmsgauth: Message-Authenticator attribute received in the packet (auth) '
  'compared with HMAC-MD5(shared secret, packet) computed here (hash) using memcmp; a keyed MAC over attacker '
  'input compared with an early-exit compare (called from buf2radmsg for every packet with the attribute).')
S(R, P, 174, 'memcmp', 'no', '_validauth: Request/Response Authenticator in the packet (rad + 4) compared with '
  'MD5(code|id|len|request authenticator|attributes|shared secret) computed here using memcmp; a keyed digest '
  'compared with an early-exit compare (accounting/CoA/disconnect requests and all responses).')
S(R, P, 331, '!=', 'yes', 'buf2radmsg: length of the Message-Authenticator attribute compared with 16 before the '
  'MAC check; a length, not a secret.', NS)
P = 'tlscommon.c'
S(R, P, 286, '!=', 'yes', 'cookie_verify_cb: expected DTLS cookie length compared with the received cookie '
  'length; a length, not a secret.', NS)
S(R, P, 291, 'memcmp', 'no', 'cookie_verify_cb (DTLS HelloVerifyRequest): the HMAC part of the cookie sent by '
  'the client compared with HMAC(cookie_secret, peer address, timestamp) from cookie_calculate_hash using '
  'memcmp; an early-exit compare of a MAC keyed by the server secret lets a spoofing client forge a cookie.')
S(R, P, 422, 'strcmp', 'yes', 'psk_find_session_cb: TLS 1.3 PSK identity sent by the client compared with the '
  'configured pskid to pick the key; the identity travels in clear in the ClientHello.', NS)
P = 'radsecproxy.c'
S(R, P, 949, 'memcmp', 'yes', 'rewriteusername: original User-Name compared with the rewritten one to decide '
  'whether to keep the original; user names, not secrets.', NS)
S(R, P, 1335, 'memcmp', 'yes', 'addclientrq: Request Authenticator of a new request compared with the one of the '
  'pending request with the same id (duplicate detection); the Request Authenticator is sent in clear in '
  'the packet header, not a secret.', NS)
S(R, P, 3371, 'memcmp', 'yes', 'warnpskreuse (config load): an existing block\'s TLS-PSK key compared with this '
  'block\'s RADIUS shared secret, only to warn about reuse; both sides come from the local config file at '
  'startup, so no attacker can time it.', 'Tricky: secret values, but a config-time compare of two local values.')
S(R, P, 3376, 'memcmp', 'yes', 'warnpskreuse (config load): an existing block\'s RADIUS secret compared with this '
  'block\'s PSK key, only to warn; both from the local config at startup.',
  'Tricky: secret values, but a config-time compare of two local values.')
S(R, P, 3379, 'memcmp', 'yes', 'warnpskreuse (config load): two blocks\' PSK keys compared, only to warn about '
  'reuse; both from the local config at startup.',
  'Tricky: secret values, but a config-time compare of two local values.')
S(R, P, 3382, 'strcmp', 'yes', 'warnpskreuse: two blocks\' PSK identities compared (public identities).', NS)

# ---------------- atheme/atheme (IRC services: password crypto modules, SASL; C) ----------------
R = 'atheme/atheme'
S(R, 'libathemecore/auth.c', 80, 'strcmp', 'no', 'verify_password: an account stored without MU_CRYPTPASS '
  '(plain-text password) compared with the password the user sent (NickServ IDENTIFY / SASL PLAIN / XMLRPC '
  'login) using strcmp; the comment above admits it is not constant time.')
P = 'libathemecore/authcookie.c'
S(R, P, 86, 'strcmp', 'no', 'authcookie_find (ticket only): the XMLRPC/JSONRPC session ticket sent by the client '
  'compared with each stored ticket (random secret cookies) using strcmp; an early-exit compare of a bearer token.')
S(R, P, 107, 'strcmp', 'no', 'authcookie_find (ticket and account; used by authcookie_validate): the session '
  'ticket sent by the client compared with the account\'s stored ticket using strcmp.')
P = 'libathemecore/crypto.c'
S(R, P, 115, 'strcasecmp', 'yes', 'crypt_get_named_provider: crypto module id compared with a name.', NS)
S(R, P, 161, 'strcmp', 'no', 'crypt_verify_password, fallback for crypto modules without a verify callback: '
  'ci->crypt(password, stored parameters) compared with the stored password hash using strcmp (early exit).')
S(R, 'modules/crypto/crypt3-sha2-256.c', 91, 'strcmp', 'no', 'atheme_crypt3_sha2_256_verify: ' + CRYPT3)
S(R, 'modules/crypto/crypt3-wrapper.h', 107, 'strcmp', 'yes', 'atheme_crypt3_selftest: crypt(3) of the fixed test '
  'password compared with the expected test vector at module load; no user secret involved.', NS)
P = 'modules/crypto/legacy/crypt3-des.c'
S(R, P, 35, 'strcmp', 'yes', 'atheme_crypt3_des_verify: the stored parameters compared with their own sscanf '
  'round-trip (format sanity check before crypt); no user input on either side.', NS)
S(R, P, 55, 'strcmp', 'no', 'atheme_crypt3_des_verify: ' + CRYPT3)
P = 'modules/crypto/legacy/ircservices.c'
S(R, P, 53, 'strncmp', 'yes', 'atheme_ircservices_verify: stored hash compared with the module prefix '
  '"$ircservices$" to claim it; a fixed format prefix.', NS)
S(R, P, 63, 'strcmp', 'no', 'atheme_ircservices_verify: hex MD5 of the password the user sent compared with the '
  'stored hash string using strcmp (early exit).')
P = 'modules/crypto/pbkdf2v2.c'
S(R, P, 170, '!=', 'yes', 'atheme_pbkdf2v2_parse_dbentry: decoded length of the stored ServerKey compared with '
  'the digest length; a length.', NS)
S(R, P, 283, '!=', 'yes', 'atheme_pbkdf2v2_recrypt: PRF algorithm id of the stored hash compared with the '
  'configured default; an enum.', NS)
S(R, P, 609, 'smemcmp', 'yes', 'atheme_pbkdf2v2_verify (SCRAM entry): ServerKey derived from the password the user '
  'sent compared with the stored ServerKey.', SMEM)
S(R, P, 617, 'smemcmp', 'yes', 'atheme_pbkdf2v2_verify: PBKDF2 digest of the password the user sent compared with '
  'the stored digest.', SMEM)
P = 'modules/saslserv/scram.c'
S(R, P, 533, 'strcmp', 'yes', 'scram_step_clientproof: combined client+server nonce echoed in '
  'client-final-message compared with the nonce this server sent in server-first-message; the nonce is public '
  '(sent in clear), not a secret.', NS)
S(R, P, 541, 'strcmp', 'yes', 'scram_step_clientproof: base64 GS2 header from client-final-message compared '
  'with the one from client-first-message (channel-binding flag and authzid, not secret).', NS)
S(R, P, 549, '!=', 'yes', 'decoded ClientProof length compared with the digest length; a length.', NS)
S(R, P, 589, 'smemcmp', 'yes', 'scram_step_clientproof: StoredKey = H(ClientProof XOR HMAC(StoredKey, '
  'AuthMessage)) compared with the stored StoredKey.', SMEM)
S(R, P, 834, 'strcmp', 'yes', 'scram_pbkdf2v2_scram_confhook: default crypto provider id compared with '
  '"crypto/pbkdf2v2"; a module name.', NS)
P = 'modules/saslserv/ecdh-x25519-challenge.c'
S(R, P, 285, 'smemcmp', 'yes', 'ecdh_x25519_sasl_step_verify_challenge: challenge returned by the client compared '
  'with the random challenge the server encrypted under the ECDH shared secret.', SMEM)
S(R, P, 355, 'strcmp', 'yes', 'ns_cmd_set_x25519_pubkey_func (NickServ SET PUBKEY): stored base64 public key compared '
  'with the new one to report "no change"; public keys, not secrets.', NS)

# ---------------- ntp-project/ntp (classic NTP reference implementation, C) ----------------
R = 'ntp-project/ntp'
P = 'libntp/a_md5encrypt.c'
S(R, P, 90, '!=', 'yes', 'MD5authdecrypt: MAC field size in the packet compared with the digest length + 4 '
  '(key id); a length.', NS)
S(R, P, 95, 'memcmp', 'no', 'MD5authdecrypt: MAC in the received NTP packet compared with MD5/digest(symmetric key '
  '| packet) computed here using memcmp; an early-exit compare of a keyed digest (ntpd authentication). Fixed '
  'upstream by CVE-2016-1550 (isc_tsmemcmp).')
P = 'sntp/crypto.c'
S(R, P, 62, 'memcmp', 'no', 'auth_md5 (sntp client): MAC in the server\'s reply compared with digest(key | '
  'packet) from make_mac using memcmp (early exit). Fixed upstream by CVE-2016-1550 (isc_tsmemcmp).')
S(R, P, 187, '==', 'yes', 'get_key: key id of a configured key compared with the requested key id; the key id '
  'is sent in clear in the packet.', NS)
S(R, 'lib/isc/hmacmd5.c', 148, 'memcmp', 'no', 'isc_hmacmd5_verify2: the caller-supplied (received) digest '
  'compared with the HMAC-MD5 computed here using memcmp (early exit).')
P = 'lib/isc/hmacsha.c'
for line, alg in ((541, 'SHA1'), (554, 'SHA224'), (567, 'SHA256'), (580, 'SHA384'), (593, 'SHA512')):
    S(R, P, line, 'memcmp', 'no', 'isc_hmac%s_verify: the caller-supplied (received) digest compared with the '
      'HMAC-%s computed here using memcmp (early exit).' % (alg.lower(), alg))

_labels.write(__file__, 'webhook50')
