#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook103). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'notroj/neon': '33063cb663a31d9d232b0d968db93c9ac4be599e',
 'GNOME/libsoup': '00858a9740fd67cbf3b6ee4ba6def1b681e3c9da',
 'apache/subversion': '33bbc9853714e0a0c8a0c5af1250d4c49179aac8',
 'kristapsdz/kcgi': '0bc8a1114d76e8deec7857c76cd8faac516e096d',
 'jorisvink/kore': '9278698ba9f97aaa444a462bbf9e840a414b8936',
 'babelouest/glewlwyd': '0219fa08044c1594d8b014903165e53754291605',
}
ROOT = '/work/corpora/webhook103/src'

_labels = TokenLabels(ROOT, 'wh103', C)
S = _labels.S
NECASE = ' ne_strcasecmp (src/ne_string.c 702) is a byte loop that returns at the first difference.'
OSTR = ' o_strcmp (liborcania) is a NULL-safe strcmp wrapper: early exit.'

# ---------------- notroj/neon (HTTP/WebDAV client library; C) ----------------
R = 'notroj/neon'
P = 'src/ne_auth.c'
S(R, P, 1312, 'ne_strcasecmp', 'no', 'verify_digest_response: rspauth of the Authentication-Info header (RFC 7616 '
  'mutual authentication: digest keyed with H(A1), i.e. the password) compared with the locally computed '
  'response-digest.' + NECASE,
  'Client-side check of the server proof; the timing is observable by the (possibly impostor) server.')
S(R, P, 1276, 'strcmp', 'yes', 'verify_digest_response: cnonce echoed in Authentication-Info compared with the '
  'client nonce the client itself sent in clear in the Authorization header; a public nonce.', NS)
S(R, P, 959, 'strcmp', 'yes', 'digest_challenge: realm of a stale=true challenge compared with the session realm; '
  'the realm is sent in clear in every WWW-Authenticate challenge.', NS)
S(R, P, 1496, 'ne_strcasecmp', 'yes', 'auth_challenge: algorithm= parameter compared with the known hash algorithm '
  'names (MD5, SHA-256, ...); an algorithm name.', NS)

# ---------------- GNOME/libsoup (HTTP client/server library; C) ----------------
R = 'GNOME/libsoup'
P = 'libsoup/server/soup-auth-domain-digest.c'
S(R, P, 284, 'strcmp', 'no', 'check_hex_urp (server-side HTTP Digest auth): response= value of the client\'s '
  'Authorization header compared with the digest computed from the stored H(user:realm:password) with strcmp, '
  'early exit.')
S(R, P, 217, 'strcmp', 'yes', 'check_hex_urp: username= parameter compared with the user being checked; a user '
  'name, sent in clear.', NS)
S(R, P, 251, 'strcmp', 'yes', 'check_hex_urp: qop= parameter compared with "auth"; a protocol token.', NS)
S(R, P, 256, 'strcmp', 'yes', 'check_hex_urp: realm= parameter compared with the domain realm; the realm is '
  'announced in the 401 challenge.', NS)
S(R, P, 299, 'strncmp', 'yes', 'soup_auth_domain_digest_accepts: Authorization header compared with the '
  '"Digest " scheme prefix; a format prefix.', NS)
P = 'libsoup/server/soup-auth-domain-basic.c'
S(R, P, 302, 'strcmp', 'no', 'soup_auth_domain_basic_check_password: password decoded from the Basic '
  'Authorization header compared with the expected password with strcmp, early exit.')
S(R, P, 223, 'strncmp', 'yes', 'parse_basic: Authorization header compared with the "Basic " scheme prefix; a '
  'format prefix.', NS)
P = 'libsoup/auth/soup-auth-digest.c'
S(R, P, 86, 'g_ascii_strcasecmp', 'yes', 'soup_auth_digest_parse_algorithm: algorithm parameter of the challenge '
  'compared with "MD5"; an algorithm name.', NS)
S(R, P, 115, 'g_ascii_strcasecmp', 'yes', 'soup_auth_digest_parse_qop: qop token compared with "auth"; a protocol '
  'token.', NS)

# ---------------- apache/subversion (svnserve CRAM-MD5; C) ----------------
R = 'apache/subversion'
P = 'subversion/libsvn_ra_svn/cram.c'
S(R, P, 175, 'memcmp', 'no', 'svn_ra_svn_cram_server: client CRAM-MD5 digest (HMAC-MD5 of the challenge keyed '
  'with the password from the svnserve passwd file) compared with the server-computed digest with memcmp, early '
  'exit.')
S(R, P, 165, '!=', 'yes', 'svn_ra_svn_cram_server: length of the hex digest part of the client response '
  'compared with 2 * APR_MD5_DIGESTSIZE; a public length.', NS)
S(R, P, 197, 'strcmp', 'yes', 'svn_ra_svn__cram_client: status word of the server reply compared with "step"; a '
  'protocol keyword.', NS)

# ---------------- kristapsdz/kcgi (CGI/FastCGI library; C) ----------------
R = 'kristapsdz/kcgi'
S(R, 'auth.c', 112, 'strcmp', 'no', 'khttpbasic_validate: base64("user:password") built from the expected '
  'credentials compared with the token of the Basic Authorization header with strcmp, early exit.')
S(R, 'auth.c', 227, 'strcmp', 'no', 'khttpdigest_validatehash: HTTP Digest response= of the client compared with '
  'the response computed from the stored H(A1) with strcmp, early exit.')
P = 'compats.c'
S(R, P, 1422, 'timingsafe_bcmp', 'yes', 'bcrypt_checkpass (compat crypt_checkpass): bcrypt hash of the offered '
  'password compared with the stored hash with timingsafe_bcmp (compats.c 5843: OR of XORs, no early exit); a '
  'real constant-time compare.')
S(R, P, 1611, 'strcmp', 'yes', 'crypt_newhash: hash preference string compared with "blowfish"/"bcrypt"; an '
  'algorithm name.', NS)
S(R, 'httpauth.c', 439, 'strncasecmp', 'yes', 'kworker_auth_child: Authorization scheme token compared with '
  '"bearer"; a scheme name.', NS)
S(R, 'child.c', 1178, 'strcasecmp', 'yes', 'kworker_child_auth: AUTH_TYPE CGI variable compared with the known '
  'scheme names; a scheme name.', NS)

# ---------------- jorisvink/kore (web application framework; C) ----------------
R = 'jorisvink/kore'
S(R, 'src/auth.c', 118, 'strncmp', 'yes', 'kore_auth_cookie: each cookie of the Cookie header compared with the '
  'configured authentication_value, which is the cookie NAME (e.g. session_id); the value is handed to the '
  'validator afterwards. A cookie name, not the cookie.', NS)
S(R, 'src/websocket.c', 70, 'strcmp', 'yes', 'kore_websocket_handshake: sec-websocket-version header compared '
  'with "13"; a protocol version.', NS)
P = 'examples/generic/src/example.c'
S(R, P, 287, 'strcmp', 'no', 'v_session_validate: value of the session_id authentication cookie (validator of '
  'the auth_example authentication block, conf/generic.conf) compared with the session id "test123" with strcmp, '
  'early exit.', 'Example application shipped with the framework; the session id is hard-coded.')
S(R, P, 276, 'strcmp', 'yes', 'v_example_func: query-string parameter arg1 of /params-test compared with "test" '
  '(an input validator); not a credential.', NS)

# ---------------- babelouest/glewlwyd (OAuth2/OIDC single sign-on server; C) ----------------
R = 'babelouest/glewlwyd'
P = 'src/user/mock.c'
S(R, P, 715, 'o_strcmp', 'no', 'user_module_check_password (mock user backend): offered password compared with '
  'each configured password.' + OSTR, 'Mock backend module shipped with the server (used by its tests).')
S(R, P, 720, 'o_strcmp', 'no', 'user_module_check_password (mock user backend): offered password compared with '
  'the configured password.' + OSTR, 'Mock backend module shipped with the server (used by its tests).')
S(R, P, 415, 'o_strcmp', 'yes', 'user_module_get: user name compared with each mock user\'s username; a user name.',
  NS)
P = 'src/client/mock.c'
S(R, P, 646, 'o_strcmp', 'no', 'client_module_check_password (mock client backend): client secret offered by a '
  'confidential client compared with "password".' + OSTR,
  'Mock backend module; the line also holds a json_true() pointer compare.')
S(R, P, 460, 'o_strcmp', 'yes', 'client_module_get: client_id compared with each mock client\'s client_id; a '
  'public OAuth2 client identifier.', NS)
P = 'src/scheme/mock.c'
S(R, P, 438, 'o_strcmp', 'no', 'user_auth_scheme_module_identify (mock authentication scheme): code sent by the '
  'user compared with the scheme\'s secret mock-value code.' + OSTR,
  'Mock scheme module shipped with the server (used by its tests).')
S(R, P, 402, 'o_strcmp', 'no', 'user_auth_scheme_module_validate (mock authentication scheme): code sent by the '
  'user compared with the secret mock-value.' + OSTR,
  'Mock scheme module; the line also holds != NULL checks.')
P = 'src/plugin/register.c'
S(R, P, 1647, 'o_strcmp', 'no', 'reset_credentials_code_verify: hash of the one-time reset-credentials code '
  'typed by the user compared with each stored code hash; a stored credential hash compared with early exit.'
  + OSTR)
S(R, P, 136, 'o_strcmp', 'yes', 'get_template_property: user language compared with a template language; not a '
  'secret.', NS)

_labels.write(__file__, 'webhook103')
