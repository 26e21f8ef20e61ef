#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook42). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file, and the script fails if the line lacks the token
# or if two labels of one file are less than 3 lines apart.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS, NEGATIVE  # noqa: E402

C = {
 'openssh/openssh-portable': '0ef0f5a839831c213f24e3f2ae434765c607fb50',
 'sudo-project/sudo': '2e18923c2e959fff57b60207a261080daa2ebee9',
 'shadow-maint/shadow': '816e02a2a98de1b4fa0424de8c751e93a69ee969',
 'Karlson2k/libmicrohttpd': 'c372caeb3cc30a996338d84d4ea45aa9cc5dbfab',
 'dagwieers/vsftpd': 'ce2fa4288b92683f832c3b5179d5cb2a77d0750e',
 'open62541/open62541': '12b72510faae152bb9ec9fc7084063d7e1b00da3',
}
ROOT = '/work/corpora/webhook42/src'

_labels = TokenLabels(ROOT, 'wh42', C)
S = _labels.S
N = _labels.N
OCT = ('Constant-time compare: timingsafe_bcmp (openbsd-compat/timingsafe_bcmp.c: OR-accumulate of XORed bytes over '
       'the whole length; glibc has none, so the compat one is built).')
UCT = ('Constant-time compare: UA_constantTimeEqual (src/util/ua_util.c:1247, volatile XOR-OR accumulate over all '
       'bytes, declared in include/open62541/util.h).')
SHQ = 'streq is `#define streq(s1, s2) (!strcmp(s1, s2))` (lib/string/strcmp/streq.h).'
UBE = ('UA_ByteString_equal (generated types_generated.h) is UA_order(...) == UA_ORDER_EQ, which for strings is '
       'stringOrder in src/ua_types.c: length check, then memcmp.')

# ---------------- openssh/openssh-portable (sshd password, X11 cookie, MACs, agent lock, monitor) ----------------
R = 'openssh/openssh-portable'
P = 'auth-passwd.c'
S(R, P, 205, 'strcmp', 'yes', 'sys_auth_passwd: stored password field and the typed password each compared with "" '
  '(empty-password account check; comparing with an empty literal leaks nothing).', NS)
S(R, P, 221, 'strcmp', 'no', 'sys_auth_passwd: xcrypt(password from the SSH client, salt of the stored hash) '
  'compared with the stored shadow hash (shadow_pw) using strcmp.')
P = 'channels.c'
S(R, P, 1421, 'memcmp', 'yes', 'x11_open_helper: X11 authentication protocol name of the client\'s setup packet '
  'compared with the saved protocol name ("MIT-MAGIC-COOKIE-1"), public.', NS)
S(R, P, 1427, 'timingsafe_bcmp', 'yes', 'x11_open_helper: X11 authentication cookie from the connecting X client '
  'compared with the fake cookie sshd handed out.', OCT)
S(R, 'mac.c', 213, 'timingsafe_bcmp', 'yes', 'mac_check: MAC computed over the packet compared with the MAC '
  'received from the peer.', OCT)
S(R, 'cipher-chachapoly-libcrypto.c', 109, 'timingsafe_bcmp', 'yes', 'chachapoly_crypt: Poly1305 tag computed '
  'over the received packet compared with the tag appended by the peer.', OCT)
P = 'ssh-agent.c'
S(R, P, 833, 'timingsafe_bcmp', 'yes', 'buf_equal: helper used for session-id / host-key binding checks of '
  'session-bind and signature requests; constant time.', OCT)
S(R, P, 1483, 'timingsafe_bcmp', 'yes', 'process_lock_agent (unlock): bcrypt_pbkdf of the unlock password from '
  'the client compared with the stored lock password hash.', OCT)
P = 'monitor.c'
S(R, P, 571, 'timingsafe_bcmp', 'yes', 'monitor_allowed_key: key blob of the signature request compared with the '
  'key previously allowed by the monitor.', OCT)
S(R, P, 1394, 'timingsafe_bcmp', 'yes', 'monitor_valid_userblob (SSH_OLD_SESSIONID): session id at the start of '
  'the signed public-key authentication blob compared with session_id2.', OCT)
S(R, P, 1403, 'timingsafe_bcmp', 'yes', 'monitor_valid_userblob: session id string of the signed blob compared '
  'with session_id2.', OCT)
S(R, 'dns.c', 262, 'timingsafe_bcmp', 'yes', 'verify_host_key_dns: SHA fingerprint of the server\'s host key '
  'compared with the SSHFP digest from DNS (public data; constant time anyway).', OCT)
S(R, 'sshconnect2.c', 1129, 'strcmp', 'yes', 'userauth_passwd (password change): new password compared with the '
  'retyped one; both typed by the local user, no remote party can time it.', NS)
P = 'sshkey.c'
S(R, P, 2658, 'memcmp', 'yes', 'sshkey_private_deserialize_type: Ed25519 public key of the deserialised private key '
  'compared with the expected public key (public keys).', NS)
S(R, P, 3001, 'memcmp', 'yes', 'private2_uudecode: decoded private-key file compared with the AUTH_MAGIC '
  '"openssh-key-v1" header (format magic).', NS)
S(R, 'kexc25519.c', 70, 'timingsafe_bcmp', 'yes', 'kexc25519_shared_key_ext: X25519 shared secret compared with '
  'all-zero (low-order point check).', OCT)
S(R, 'sshbuf-misc.c', 284, 'timingsafe_bcmp', 'yes', 'sshbuf_cmp: generic buffer-vs-bytes compare helper (used '
  'for magic strings and the SK signature wrapper), constant time.', OCT)

# ---------------- sudo-project/sudo (sudoers passwd auth, command digests) ----------------
R = 'sudo-project/sudo'
P = 'plugins/sudoers/auth/passwd.c'
S(R, P, 91, 'strncmp', 'no', 'sudo_passwd_verify (HP-UX aging info): first DESLEN characters of the stored hash '
  'compared with crypt(typed password, stored hash) using strncmp.')
S(R, P, 94, 'strcmp', 'no', 'sudo_passwd_verify: stored password hash compared with crypt(typed password, stored '
  'hash) using strcmp (the #else branch with the constant-time timingsafe_strmatch is only built without crypt()).')
S(R, 'plugins/sudoers/match_digest.c', 123, 'memcmp', 'yes', 'digest_matches: SHA-2 digest of the command file '
  'compared with the digest written in sudoers (integrity check of public data, no secret).', NS)

# ---------------- shadow-maint/shadow (non-PAM build: login/su/passwd/newgrp password checks) ----------------
R = 'shadow-maint/shadow'
P = 'lib/valid.c'
S(R, P, 45, 'streq', 'yes', 'valid: stored password field compared with "" (and, line 46, the typed password with '
  '"", merged): the empty-password account case.', NS + ' ' + SHQ)
S(R, P, 80, 'streq', 'no', 'valid (login without PAM): pw_encrypt(typed password, stored hash) compared with the '
  'stored hash via streq (strcmp).', SHQ)
S(R, 'lib/pwauth.c', 127, 'strcmp', 'no', 'pw_auth (su / login without PAM): pw_encrypt(typed password, cipher) '
  'compared with the stored hash using strcmp.')
P = 'src/passwd.c'
S(R, P, 218, 'streq', 'no', 'new_password: pw_encrypt(old password typed by the user, stored hash) compared with '
  'the stored hash via streq (strcmp) in setuid passwd (see README, Doubts).', SHQ)
S(R, P, 271, 'streq', 'yes', 'new_password: newly typed password compared with the previous attempt (both typed by '
  'the same user).', NS + ' ' + SHQ)
S(R, P, 305, 'streq', 'yes', 'new_password: new password compared with the re-entered one (both typed by the same '
  'user).', NS + ' ' + SHQ)
P = 'src/newgrp.c'
S(R, P, 162, 'streq', 'yes', 'newgrp: user and group password fields compared with "" (is a group password '
  'needed).', NS + ' ' + SHQ)
S(R, P, 200, 'streq', 'no', 'newgrp: pw_encrypt(typed group password, gr_passwd) compared with the group\'s stored '
  'hash via streq (strcmp) in setuid newgrp; line 199 (gr_passwd == "") is merged.', SHQ)
S(R, 'src/login.c', 878, 'streq', 'yes', 'login: password field compared with SHADOW_PASSWD_STRING "x" (marker that '
  'the hash is in /etc/shadow).', NS + ' ' + SHQ)

# ---------------- Karlson2k/libmicrohttpd (Digest auth core, Basic auth examples) ----------------
R = 'Karlson2k/libmicrohttpd'
P = 'src/microhttpd/digestauth.c'
S(R, P, 2729, 'is_param_equal', 'yes', 'digest_auth_check_all_inner: realm parameter of the Authorization header '
  'compared with the configured realm (public) via is_param_equal (memcmp / quoted compare).', NS)
S(R, P, 2776, 'is_param_equal_caseless', 'yes', 'digest_auth_check_all_inner (userhash): hex of H(username:realm) '
  'compared with the username parameter (a user identifier, not a credential).', NS)
S(R, P, 3005, 'memcmp', 'no', 'digest_auth_check_all_inner: Digest response computed from H(A1) (from the '
  'password or userdigest), nonce, cnonce and H(A2) compared with the client\'s hex-decoded response using memcmp.')
why_ex = ('MHD access handler of an example daemon: every request (GET only) on the port, Basic-auth protected '
          'page. Not a webhook.')
P = 'doc/examples/basicauthentication.c'
N(R, P, 21, 'answer_to_connection', 'mhd-basicauth-doc', 'GET *', why_ex + ' Handler.')
S(R, P, 35, 'strcmp', 'yes', 'answer_to_connection: HTTP method compared with "GET".', NS)
S(R, P, 54, 'memcmp', 'yes', 'answer_to_connection: Basic-auth user name compared with "root" (user name).', NS)
S(R, P, 60, 'memcmp', 'no', 'answer_to_connection: Basic-auth password from the request compared with the '
  'hard-coded password "pa$$w0rd" using memcmp.')
N(R, P, 89, 'MHD_start_daemon', 'mhd-basicauth-doc', 'GET *', why_ex + ' Registration: MHD_start_daemon(..., '
  '&answer_to_connection, ...).')
P = 'src/examples/authorization_example.c'
N(R, P, 45, 'ahc_echo', 'mhd-authorization-example', 'GET *', why_ex + ' Handler.')
S(R, P, 63, 'strcmp', 'yes', 'ahc_echo: HTTP method compared with "GET".', NS)
S(R, P, 77, 'memcmp', 'yes', 'ahc_echo: Basic-auth user name compared with "Aladdin" (user name).', NS)
S(R, P, 83, 'memcmp', 'no', 'ahc_echo: Basic-auth password from the request compared with "open sesame" using '
  'memcmp.')
N(R, P, 124, 'MHD_start_daemon', 'mhd-authorization-example', 'GET *', why_ex + ' Registration: '
  'MHD_start_daemon(..., &ahc_echo, ...) (handler argument on line 127).')
P = 'doc/examples/tlsauthentication.c'
S(R, P, 114, 'memcmp', 'yes', 'is_authenticated: Basic-auth user name compared with USER (user name).', NS)
S(R, P, 119, 'memcmp', 'no', 'is_authenticated: Basic-auth password from the request compared with PASSWORD using '
  'memcmp.')
N(R, P, 146, 'answer_to_connection', 'mhd-tlsauth-doc', 'GET *', why_ex + ' Handler (HTTPS daemon).')
S(R, P, 157, 'strcmp', 'yes', 'answer_to_connection: HTTP method compared with "GET".', NS)
N(R, P, 193, 'MHD_start_daemon', 'mhd-tlsauth-doc', 'GET *', why_ex + ' Registration: MHD_start_daemon('
  'MHD_USE_TLS, ..., &answer_to_connection, ...).')
P = 'src/examples/digest_auth_example_adv.c'
S(R, P, 288, 'strcmp', 'yes', 'find_entry_by_username: user name from the Digest header compared with the user '
  'table (lookup by identifier).', NS)
S(R, P, 324, 'memcmp', 'yes', 'find_entry_by_userhash: MD5 userhash H(username:realm) from the request compared '
  'with the table (an anonymised user identifier; the password check is MHD_digest_auth_check_digest3).', NS)
S(R, P, 338, 'memcmp', 'yes', 'find_entry_by_userhash: SHA-256 userhash lookup (identifier).', NS)
S(R, P, 352, 'memcmp', 'yes', 'find_entry_by_userhash: SHA-512/256 userhash lookup (identifier).', NS)
N(R, P, 819, 'ahc_main', 'mhd-digest-adv-example', 'GET / and /sec_area1/..., /sec_area2/...',
  'MHD access handler of the advanced Digest-auth example: static pages and two Digest-protected areas. Not a '
  'webhook. Handler.')
N(R, P, 1050, 'MHD_start_daemon', 'mhd-digest-adv-example', 'GET / and /sec_area1/..., /sec_area2/...',
  'MHD access handler of the advanced Digest-auth example. Not a webhook. Registration: MHD_start_daemon(..., '
  '&ahc_main, ...).')

# ---------------- dagwieers/vsftpd (non-PAM local-user login) ----------------
R = 'dagwieers/vsftpd'
P = 'sysdeputil.c'
S(R, P, 258, 'vsf_sysutil_strcmp', 'yes', 'vsf_sysdep_check_auth: user\'s login shell compared with the entries of '
  '/etc/shells (public).', NS)
S(R, P, 288, 'vsf_sysutil_strcmp', 'no', 'vsf_sysdep_check_auth: crypt(PASS argument from the FTP client, shadow '
  'hash) compared with the shadow hash via vsf_sysutil_strcmp (sysutil.c:1088, `return strcmp(...)`).')
S(R, P, 296, 'vsf_sysutil_strcmp', 'no', 'vsf_sysdep_check_auth: crypt(PASS argument, pw_passwd) compared with '
  'the passwd-file hash via vsf_sysutil_strcmp (strcmp).')

# ---------------- open62541/open62541 (OPC UA: HMAC verify, user/password, session token) ----------------
R = 'open62541/open62541'
P = 'plugins/crypto/openssl/securitypolicy_common.c'
S(R, P, 226, 'memcmp', 'yes', 'policyUriContains: substring search of a token in the security policy URI '
  '(public).', NS)
S(R, P, 702, 'UA_ByteString_equal', 'no', 'UA_OpenSSL_HMAC_SHA256_Verify: HMAC-SHA256 computed over the received '
  'symmetric message compared with the signature from the peer using UA_ByteString_equal (memcmp).', UBE)
S(R, P, 989, 'UA_ByteString_equal', 'no', 'UA_OpenSSL_HMAC_SHA1_Verify: HMAC-SHA1 of the message compared with '
  'the received signature using UA_ByteString_equal (memcmp).', UBE)
S(R, P, 1706, 'UA_ByteString_equal', 'yes', 'compareCertThumbprint: SHA-1 thumbprint of our certificate compared '
  'with the thumbprint in the asymmetric header (public).', NS)
S(R, P, 2452, 'UA_ByteString_equal', 'no', 'UA_OpenSSL_HMAC_SHA384_Verify: HMAC-SHA384 of the message compared '
  'with the received signature using UA_ByteString_equal (memcmp).', UBE)
P = 'plugins/ua_accesscontrol_default.c'
S(R, P, 111, 'UA_String_equal', 'yes', 'activateSession_default: user name of the UserNameIdentityToken compared '
  'with the configured login (user name).', NS)
S(R, P, 115, 'UA_constantTimeEqual', 'yes', 'activateSession_default: password of the UserNameIdentityToken '
  'compared with the configured password.', UCT)
S(R, 'src/server/ua_services_session.c', 185, 'UA_NodeId_equal', 'no', 'findSessionByToken: authenticationToken '
  'from the request header (the secret session credential, a random GUID) compared with each session\'s token '
  'using UA_NodeId_equal (field compare / memcmp); see README, Doubts.')


def _check_spacing(items):
    by = {}
    for it in items:
        by.setdefault((it['repo'], it['path']), []).append(it['line'])
    for k, ls in by.items():
        ls = sorted(ls)
        for a, b in zip(ls, ls[1:]):
            assert b - a >= 3, 'labels closer than 3 lines in %s: %d, %d' % (k, a, b)


_check_spacing(_labels.items)
_labels.write(__file__, 'webhook42')
