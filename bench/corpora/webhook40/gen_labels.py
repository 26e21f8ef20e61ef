#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook40). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file, and the script fails if the line lacks the token
# or if two labels of one file are less than 3 lines apart.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'libssh/libssh-mirror': '04979babae0e626ab32c81876b97cf22ef926d14',
 'asterisk/asterisk': 'f0c1c1a7b79b0f8cc0311649bf36824cbeee30a9',
 'openconnect/ocserv': '25e899017a4ea0a1a84cc603d70914a215a87bc1',
 'krb5/krb5': '473b51b640bef2e97c490d6f2985658befa89c16',
 'FreeRADIUS/freeradius-server': '23811c830f1230ad466b3fc597e5676c045f8e0c',
}
ROOT = '/work/corpora/webhook40/src'

_labels = TokenLabels(ROOT, 'wh40', C)
S = _labels.S
N = _labels.N
CT = 'Constant-time compare.'
SSHCT = ('Constant-time compare: libssh\'s secure_memcmp (src/crypto_common.c:24, XOR-OR accumulate over all n bytes, '
         'declared in include/libssh/crypto.h).')
K5CT = ('Constant-time compare: krb5\'s k5_bcmp (src/util/support/bcmp.c, XOR-OR accumulate over all n bytes, '
        'declared in include/k5-platform.h).')
FRCT = ('Constant-time compare: FreeRADIUS\'s rad_digest_cmp (src/lib/radius.c:2366, XOR-OR accumulate over all '
        'bytes, declared in include/libradius.h).')

# ---------------- libssh/libssh-mirror (transport MACs, keys, example and test servers) ----------------
R = 'libssh/libssh-mirror'
S(R, 'src/packet_crypt.c', 322, 'secure_memcmp', 'yes', 'ssh_packet_hmac_verify: MAC received with the packet '
  'compared with the HMAC computed over seq || packet with the session MAC key.', SSHCT)
S(R, 'src/libcrypto.c', 1090, 'CRYPTO_memcmp', 'yes', 'chacha20_poly1305_aead_decrypt (OpenSSL backend): Poly1305 '
  'tag computed over the received packet compared with the tag sent by the peer.', CT)
P = 'src/pki_ed25519.c'
S(R, P, 107, 'secure_memcmp', 'yes', 'pki_ed25519_key_cmp, SSH_KEY_CMP_PRIVATE: the two Ed25519 private keys (seed || '
  'public key) compared.', SSHCT)
S(R, P, 118, 'memcmp', 'yes', 'pki_ed25519_key_cmp, SSH_KEY_CMP_PUBLIC: Ed25519 public keys compared (public data, '
  'right after the constant-time private-key compare).', NS)
S(R, 'src/knownhosts.c', 136, 'memcmp', 'yes', 'match_hashed_hostname: HMAC-SHA1(salt, host name) compared with '
  'the hashed host entry of the known_hosts file. The MAC only hides host names in a local file; the salt, the '
  'hash and the host name are no secret of a remote party, so nothing is learnt from the timing.', NS)
P = 'src/pki.c'
S(R, P, 3739, 'memcmp', 'yes', 'sshsig_verify: SSHSIG armoured blob checked for the fixed "SSHSIG" magic preamble '
  '(a format marker, not the signature).', NS)
S(R, P, 3779, 'memcmp', 'yes', 'sshsig_verify: signature namespace of the blob compared with the namespace the '
  'caller expects (public string, e.g. "file").', NS)
S(R, 'src/getpass.c', 100, 'strcmp', 'yes', 'ssh_gets (verify mode): the passphrase typed twice at the local '
  'terminal compared for confirmation; both strings are the local user\'s own input, no remote party can time it.',
  NS)
P = 'examples/ssh_server.c'
S(R, P, 543, 'strcmp', 'no', 'auth_password: user name and password of the SSH password request (client input) '
  'compared with the configured username / password (-u / -P) using strcmp; the password strcmp exits early.')
S(R, P, 678, 'strcasecmp', 'yes', 'kbdint_check_response: first keyboard-interactive answer compared with the '
  'weapon name "omnitrix"; that prompt is sent with echo on (echo[] = {1, 0}), it is the name question, not the '
  'secret.', NS)
S(R, P, 684, 'strcmp', 'no', 'kbdint_check_response: second keyboard-interactive answer (the "Destruct Code" '
  'prompt, echo off) compared with the fixed code "000" using strcmp.')
P = 'examples/samplesshd-kbdint.c'
S(R, P, 74, 'strcmp', 'yes', 'auth_password: user name of the request compared with SSHD_USER.', NS)
S(R, P, 78, 'strcmp', 'no', 'auth_password: password of the SSH password request compared with SSHD_PASSWORD '
  'using strcmp.')
S(R, P, 190, 'strcasecmp', 'yes', 'kbdint_check_response: first answer compared with the name "Arthur Dent" '
  '(prompt "The main character\'s full name", echoed).', NS)
S(R, P, 197, 'strcmp', 'no', 'kbdint_check_response: second keyboard-interactive answer (the shared answer "42", '
  'prompt sent without echo) compared using strcmp; it is the secret that grants the login.')
P = 'tests/server/test_server/default_cb.c'
S(R, P, 164, 'strcmp', 'no', 'auth_password_cb: password of the SSH password request compared with the configured '
  'sdata->password using strcmp (line 163, one line above, compares the user name; merged into this label).')
S(R, P, 190, 'strcasecmp', 'yes', 'kbdint_check_response: first keyboard-interactive answer compared with the '
  'configured user name.', NS)
S(R, P, 195, 'strcmp', 'no', 'kbdint_check_response: second keyboard-interactive answer compared with the '
  'configured password sdata->password using strcmp.')

# ---------------- asterisk/asterisk (AMI login, HTTP manager digest, ARI, Prometheus, dialplan apps) ----------------
R = 'asterisk/asterisk'
P = 'main/manager.c'
S(R, P, 2291, 'strcasecmp', 'yes', 'authenticate (AMI Login): "AuthType" header compared with "MD5" (scheme name).',
  NS)
S(R, P, 2306, 'strcmp', 'no', 'authenticate (AMI Login, AuthType MD5): hex MD5(challenge || user->secret) '
  'computed by the server compared with the "Key" header sent by the client using strcmp.')
S(R, P, 2316, 'strcmp', 'no', 'authenticate (AMI Login, plain): "Secret" header of the Login action compared with '
  'the configured manager user secret using strcmp.')
S(R, P, 8038, '==', 'yes', 'find_session: session id of the mansession_id cookie compared with session->managerid. '
  'Both are uint32_t, compared with one integer ==: no byte-wise early exit, nothing to time.', NS)
S(R, P, 8077, 'strcasecmp', 'yes', 'find_session_by_nonce: user name compared with strcasecmp and the digest nonce '
  '(an unsigned long sent to the client in WWW-Authenticate, public) compared with integer ==.', NS)
S(R, P, 8703, 'strcasecmp', 'yes', 'auth_http_callback: header name compared with "Authorization".', NS)
S(R, P, 8778, 'strncasecmp', 'no', 'auth_http_callback: HTTP Digest "response" of the Authorization header compared '
  'with the expected MD5(A1 hash : nonce : ... : A2 hash) computed from the user\'s secret, using strncasecmp '
  '(early exit).')
WHY_AMI = ('Asterisk Manager Interface over HTTP (manager.conf webenabled, http.conf): %s; the AMI actions it '
           'carries are authenticated by a Login action or a session cookie, it is no webhook.')
N(R, P, 8988, 'manager_http_callback', 'asterisk-ami-http', 'GET/POST /manager',
  WHY_AMI % 'HTML manager interface, handler of struct ast_http_uri manageruri (uri "manager", line 9029)')
N(R, P, 8999, 'mxml_http_callback', 'asterisk-ami-http', 'GET/POST /mxml',
  WHY_AMI % 'XML manager interface, handler of managerxmluri (uri "mxml", line 9037)')
N(R, P, 9010, 'rawman_http_callback', 'asterisk-ami-http', 'GET/POST /rawman',
  WHY_AMI % 'raw manager interface, handler of rawmanuri (uri "rawman", line 9021)')
N(R, P, 9047, 'auth_manager_http_callback', 'asterisk-ami-http-digest', 'GET/POST /amanager',
  WHY_AMI % 'HTML manager interface with HTTP Digest authentication (auth_http_callback), handler of amanageruri '
  '(uri "amanager", line 9089)')
N(R, P, 9058, 'auth_mxml_http_callback', 'asterisk-ami-http-digest', 'GET/POST /amxml',
  WHY_AMI % 'XML manager interface with HTTP Digest authentication, handler of amanagerxmluri (uri "amxml", '
  'line 9098)')
N(R, P, 9069, 'auth_rawman_http_callback', 'asterisk-ami-http-digest', 'GET/POST /arawman',
  WHY_AMI % 'raw manager interface with HTTP Digest authentication, handler of arawmanuri (uri "arawman", '
  'line 9080)')
S(R, 'main/crypt.c', 139, 'strcmp', 'no', 'ast_crypt_validate (HAVE_CRYPT_R branch): stored crypt() hash compared '
  'with crypt_r(password of the request, stored hash) using strcmp; called by ARI (res/ari/config.c:634) and '
  'other password checks.')
P = 'res/res_prometheus.c'
N(R, P, 614, 'http_callback', 'asterisk-prometheus-metrics', 'GET /metrics',
  'Prometheus scrape endpoint (prometheus.conf uri, default "metrics"; struct ast_http_uri prometheus_uri at line '
  '819): a pull endpoint protected by optional HTTP Basic auth, no webhook.')
S(R, P, 637, 'strcmp', 'yes', 'http_callback: Basic-auth user id compared with the configured auth_username.', NS)
S(R, P, 643, 'strcmp', 'no', 'http_callback: password of the HTTP Basic Authorization header compared with the '
  'configured auth_password using strcmp.')
S(R, 'res/ari/config.c', 631, 'strcmp', 'no', 'ari_conf_validate_user (password_format plain): password of the ARI '
  'request (Basic auth or api_key) compared with the configured user password using strcmp.')
P = 'apps/app_authenticate.c'
S(R, P, 181, 'strcmp', 'no', 'auth_exec: DTMF password entered by the caller compared with the fixed password '
  'argument of Authenticate() using strcmp.')
S(R, P, 225, 'strcmp', 'no', 'auth_exec (m option): hex MD5 of the entered password compared with the md5 secret '
  'of the password file line using strcmp.')
S(R, P, 234, 'strcmp', 'no', 'auth_exec (password file): entered password compared with a password line of the '
  'file using strcmp.')
S(R, P, 249, 'strcmp', 'no', 'auth_exec (m option, after the loop): hex MD5 of the entered password compared again '
  'with the last md5 secret read using strcmp.')
S(R, P, 252, 'strcmp', 'no', 'auth_exec (after the loop): entered password compared again with the last password '
  'line read using strcmp.')
P = 'apps/app_voicemail.c'
S(R, P, 1808, 'strcmp', 'yes', 'change_password_realtime: current password compared with the new one the already '
  'authenticated user chose, only to skip a no-op database update; the caller knows both values.', NS)
S(R, P, 11211, 'strcmp', 'yes', 'vm_newuser_setup: new password compared with its re-entry (both typed by the '
  'same caller).', NS)
S(R, P, 11310, 'strcmp', 'yes', 'vm_options (change password): new password compared with its re-entry (both '
  'typed by the same caller).', NS)
S(R, P, 11809, 'strcmp', 'no', 'vm_authenticate: password entered by the caller compared with the mailbox '
  'password from voicemail.conf / realtime using strcmp.')

# ---------------- openconnect/ocserv (plain password backend, sec-mod) ----------------
R = 'openconnect/ocserv'
P = 'src/auth/plain.c'
S(R, P, 186, 'strcmp', 'yes', 'read_auth_pass: user name compared with the first field of an ocpasswd line.', NS)
S(R, P, 316, 'strcmp', 'no', 'plain_auth_pass: crypt(password sent by the client, stored hash) compared with the '
  'stored ocpasswd hash pctx->cpass using strcmp.')
P = 'src/sec-mod-auth.c'
S(R, P, 244, 'strcmp', 'yes', 'check_cert_user_group_status: user name compared with the user name of the client '
  'certificate.', NS)
S(R, P, 254, 'strcmp', 'yes', 'check_cert_user_group_status: group name compared with the certificate group names.',
  NS)
S(R, P, 801, 'memcmp', 'no', 'handle_sec_auth_init: HMAC (keyed by sec->hmac_key) over the client IP, our IP and '
  'session start time compared with the hmac field of the SecAuthInitMsg sent by the worker (which the client\'s '
  'connection drives) using memcmp.')
S(R, 'src/sec-mod-db.c', 149, 'memcmp', 'no', 'client_entry_cmp (htable compare of find_client_entry): session id '
  '(the secret behind the session cookie, SID_SIZE bytes) of the looked-up entry compared with a stored one using '
  'memcmp.', 'Only entries whose hash matches reach the memcmp, which limits what can be timed; see README, Doubts.')

# ---------------- krb5/krb5 (checksums, krad, GSSAPI, S4U) ----------------
R = 'krb5/krb5'
S(R, 'src/lib/crypto/krb/verify_checksum.c', 75, 'k5_bcmp', 'yes', 'krb5_k_verify_checksum: checksum computed with '
  'the key compared with the received checksum.', K5CT)
S(R, 'src/lib/crypto/krb/enc_dk_hmac.c', 259, 'k5_bcmp', 'yes', 'krb5int_dk_decrypt: HMAC of the decrypted '
  'plaintext compared with the trailer of the ciphertext.', K5CT)
S(R, 'src/lib/crypto/krb/enc_etm.c', 244, 'k5_bcmp', 'yes', 'krb5int_etm_decrypt: HMAC over IV || ciphertext '
  'compared with the received trailer (encrypt-then-MAC enctypes).', K5CT)
P = 'src/lib/krad/packet.c'
S(R, P, 490, 'k5_bcmp', 'yes', 'verify_msgauth: Message-Authenticator HMAC-MD5 computed with the RADIUS secret '
  'compared with the attribute of the packet.', K5CT)
S(R, P, 603, 'k5_bcmp', 'yes', 'krad_packet_decode_response: Response Authenticator MD5(... || secret) compared with '
  'the one in the reply.', K5CT)
S(R, 'src/lib/gssapi/krb5/util_crypt.c', 309, 'k5_bcmp', 'yes', 'kg_verify_checksum_v1 (RFC 1964 / DES3 GSS tokens): '
  'computed token checksum compared with the checksum in the token.', K5CT)
S(R, 'src/lib/gssapi/krb5/accept_sec_context.c', 530, 'k5_bcmp', 'yes', 'process_checksum (accept_sec_context): channel-binding checksum '
  'of the authenticator compared with the MD5 computed from the acceptor\'s bindings (line 529, one line above, '
  'compares it with all-zero null bindings, also k5_bcmp; merged).', K5CT)
P = 'src/lib/krb5/krb/s4u_creds.c'
S(R, P, 377, 'memcmp', 'yes', 'verify_s4u2self_reply: PA-S4U-X509-USER echo in the encrypted reply padata compared '
  'with the request\'s checksum; that checksum was sent in the clear in the request, so both sides are known to a '
  'network observer (the echo only detects tampering).', NS)
S(R, P, 380, 'memcmp', 'yes', 'verify_s4u2self_reply: second half of the echo compared with the reply\'s '
  'PA-S4U-X509-USER checksum, also sent in the clear.', NS)

# ---------------- FreeRADIUS/freeradius-server 3.2.9 (RADIUS authenticators, EAP methods, PAP/CHAP/MS-CHAP) -------
R = 'FreeRADIUS/freeradius-server'
P = 'src/lib/radius.c'
S(R, P, 2408, 'rad_digest_cmp', 'yes', 'calc_acctdigest: Request Authenticator of an Accounting-Request / CoA / '
  'Disconnect packet compared with MD5(packet || shared secret).', FRCT)
S(R, P, 2453, 'rad_digest_cmp', 'yes', 'calc_replydigest: Response Authenticator of a reply compared with '
  'MD5(reply with the request authenticator || shared secret).', FRCT)
S(R, P, 3120, 'rad_digest_cmp', 'yes', 'rad_verify: Message-Authenticator HMAC-MD5 keyed by the shared secret '
  'compared with the attribute received.', FRCT)
P = 'src/main/process.c'
S(R, P, 2018, 'memcmp', 'yes', 'request_receive: duplicate detection, Request Authenticator of the new packet '
  'compared with that of the request in progress; the authenticator travels in clear, it is a nonce here.', NS)
S(R, P, 3249, 'memcmp', 'yes', 'request_proxy_reply: duplicate detection of proxied replies, Response '
  'Authenticator of the new reply compared with the one already received (both seen on the wire).', NS)
S(R, 'src/modules/rlm_eap/libeap/eapsimlib.c', 469, 'memcmp', 'no', 'eapsim_checkmac: AT_MAC of the EAP-SIM / '
  'EAP-AKA message from the peer compared with HMAC-SHA1-128 computed with K_aut using memcmp.')
S(R, 'src/modules/rlm_eap/types/rlm_eap_fast/eap_fast.c', 1071, 'memcmp', 'no', 'eap_fast_crypto_binding: '
  'Compound MAC of the peer\'s Crypto-Binding TLV compared with HMAC-SHA1 keyed by the tunnel CMK using memcmp.')
P = 'src/modules/rlm_eap/types/rlm_eap_teap/eap_teap.c'
S(R, P, 1669, 'memcmp', 'yes', 'eap_teap_validate_crypto_binding: nonce of the peer\'s Crypto-Binding TLV compared '
  'with the server nonce with its last bit set (RFC 7170 4.2.13); the server nonce was sent to the peer, it is '
  'public.', NS)
S(R, P, 1724, 'memcmp', 'no', 'eap_teap_validate_crypto_binding: MSK Compound MAC of the peer compared with the HMAC '
  'keyed by the inner-method CMK using memcmp.')
S(R, P, 1738, 'memcmp', 'no', 'eap_teap_validate_crypto_binding: EMSK Compound MAC of the peer compared with the '
  'HMAC keyed by the EMSK-derived CMK using memcmp.')
S(R, 'src/modules/rlm_eap/types/rlm_eap_md5/eap_md5.c', 180, 'rad_digest_cmp', 'yes', 'eapmd5_verify: '
  'MD5(id || password || challenge) compared with the peer\'s EAP-MD5 response.', FRCT)
P = 'src/modules/rlm_eap/types/rlm_eap_pwd/rlm_eap_pwd.c'
S(R, P, 806, 'CRYPTO_memcmp', 'yes', 'mod_process (PWD-Id response): token echoed by the peer compared with the '
  'session token.', CT)
S(R, P, 845, 'memcmp', 'yes', 'mod_process (PWD-Id response): peer identity compared with the identity of the '
  'session (a user name).', NS)
S(R, P, 970, 'CRYPTO_memcmp', 'yes', 'mod_process (PWD-Confirm): peer confirm value compared with the one computed '
  'from the shared secret element.', CT)
P = 'src/modules/rlm_pap/rlm_pap.c'
S(R, P, 620, 'rad_digest_cmp', 'yes', 'pap_auth_md5: MD5 of the User-Password compared with the stored MD5-Password.',
  FRCT)
S(R, P, 654, 'rad_digest_cmp', 'yes', 'pap_auth_smd5: salted MD5 of the User-Password compared with the stored '
  'SMD5-Password.', FRCT)
S(R, P, 1309, 'rad_digest_cmp', 'yes', 'pap_auth_pbkdf2_sha256_legacy: PBKDF2 of the User-Password compared with '
  'the stored hash.', FRCT)
S(R, 'src/modules/rlm_chap/rlm_chap.c', 135, 'rad_digest_cmp', 'yes', 'mod_authenticate: CHAP response computed '
  'from the known password compared with the CHAP-Password of the request.', FRCT)
P = 'src/modules/rlm_mschap/rlm_mschap.c'
S(R, P, 1209, 'rad_digest_cmp', 'yes', 'do_mschap: 24-byte NT-Response computed from the NT hash compared with the '
  'peer\'s response.', FRCT)
S(R, P, 1322, 'memcmp', 'yes', 'do_mschap (ntlm_auth helper): helper output checked for the "NT_KEY: " prefix '
  '(a protocol marker, not the key).', NS)

# labels of one file must be at least 3 lines apart (the scorer pairs within +-2 lines)
_seen = {}
for _l in _labels.items:
    _k = (_l['repo'], _l['path'])
    for _o in _seen.get(_k, []):
        assert abs(_o - _l['line']) >= 3, (_k, _o, _l['line'])
    _seen.setdefault(_k, []).append(_l['line'])

_labels.write(__file__, 'webhook40')
