#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook118). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token. S2 is S for a line that holds the token more than once: `at` is a longer piece of the line
# that contains the labelled occurrence.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS, token_location  # noqa: E402

C = {
 'replay/ngx_http_secure_download': 'f379a1acf2a76f63431a12fa483d9e22e718400b',
 'kaltura/nginx-akamai-token-validate-module': '818d94a712e6bbd32d9d086d2c96ccd98f79e438',
 'archiecobbs/mod-authn-otp': 'e5f3444e867a6bcaee898cde12c02f1e5e8b05aa',
 'manuelkasper/mod_auth_pubtkt': 'ad00de3bd9054c6124cf8d2a0210e3fbcf80765b',
 'FreeRADIUS/mod_auth_radius': 'f4da3968d05ee83028e2bd6e47b96a5c5cd7219f',
 'phokz/pwauth': '13b3b23d840fd4d8cdc5f89a4fc98134b2736c69',
 'embedthis/appweb': '736ac8cba5798f4382254141f9bb91f10ff94ee2',
 'etr/libhttpserver': '02bf41c5147790694e78f41b7248c810a8f46ad5',
 'babelouest/ulfius': 'efaf28af8ae8effff28ed9a2d8f65ed95b99624e',
}
ROOT = '/work/corpora/webhook118/src'

_labels = TokenLabels(ROOT, 'wh118', C)
S = _labels.S
CT = 'Constant-time compare.'


def S2(repo, path, line, tok, at, ct, why, note=''):
    _labels.sc(repo, path, line, ct, why, note)
    _labels.items[-1]['column'], _labels.items[-1]['line_sha1'] = token_location(ROOT, repo, path, line, tok, at)


# ---------------- replay/ngx_http_secure_download (nginx module; C) ----------------
R = 'replay/ngx_http_secure_download'
P = 'ngx_http_secure_download_module.c'
S(R, P, 106, 'strncmp', 'yes', 'ngx_conf_set_path_mode (secure_download_path_mode directive): configuration argument compared with the '
  'keyword "folder"; a mode name.', NS)
S(R, P, 333, 'memcmp', 'no', 'ngx_http_secure_download_check_hash: MD5 of uri + secret + timestamp (hex, 32 chars) '
  'compared with the hash from the request URL using memcmp; the URL MAC, early exit.')
S(R, P, 352, '!=', 'yes', 'ngx_http_secure_download_split_uri: length of the timestamp path segment compared with 8; '
  'a length.', NS)
S(R, P, 360, '!=', 'yes', 'ngx_http_secure_download_split_uri: length of the hash path segment compared with 32; the '
  'length of the MAC field, not its value.', NS)

# ---------------- kaltura/nginx-akamai-token-validate-module (nginx module; C) ----------------
R = 'kaltura/nginx-akamai-token-validate-module'
P = 'ngx_http_akamai_token_validate_module.c'
S(R, P, 221, 'ngx_memcmp', 'yes', 'ngx_http_akamai_token_validate_parse: name of a token parameter (st, exp, acl, ip, ...) compared with the '
  'known field names; protocol keywords.', NS)
S(R, P, 236, 'ngx_memcmp', 'yes', 'ngx_http_akamai_token_validate_parse: name of the last token parameter compared with "hmac"; a field '
  'name, not the HMAC value.', NS)
S(R, P, 307, 'ngx_memcmp', 'no', 'ngx_http_akamai_token_validate: hex HMAC computed over the token with the configured key compared '
  'with the token\'s hmac field using ngx_memcmp (memcmp); early exit.')
S(R, P, 348, 'ngx_memcmp', 'yes', 'ngx_http_akamai_token_validate: request URI compared with the token\'s acl prefix (wildcard acl); '
  'a path carried in clear in the signed token.', NS)
S(R, P, 356, 'ngx_memcmp', 'yes', 'ngx_http_akamai_token_validate: request URI compared with the token\'s exact acl; a path.', NS)
S(R, P, 368, 'ngx_memcmp', 'yes', 'ngx_http_akamai_token_validate: token ip field compared with the client address text; an IP '
  'address.', NS)
S(R, P, 478, 'ngx_memcmp', 'yes', 'ngx_http_akamai_token_validate_handler: requested file name compared with the configured filename prefixes; '
  'names, public.', NS)

# ---------------- archiecobbs/mod-authn-otp (Apache 2.4 module; C) ----------------
R = 'archiecobbs/mod-authn-otp'
P = 'mod_authn_otp.c'
S(R, P, 271, 'strcmp', 'yes', 'find_update_user: user name field of a users-file line compared with the user being '
  'looked up; a user name.', NS)
S(R, P, 294, 'strcmp', 'yes', 'find_update_user: PIN column of the users file compared with the marker "-" (no PIN; "+" at 297 means external PIN); a users-file syntax marker, not a check of a typed PIN.', NS)
S(R, P, 493, 'strcasecmp', 'yes', 'parse_token_type: token type from the users file compared with "HOTP"; an '
  'algorithm name.', NS)
S(R, P, 686, 'strcmp', 'no', 'authn_otp_check_pin: PIN typed by the user compared with the PIN stored in the users '
  'file using strcmp; early exit.')
S(R, P, 734, 'strcmp', 'yes', 'authn_otp_check_password (logout via empty password): last login IP compared with '
  'the client IP; IP addresses.', NS)
S(R, P, 773, '!=', 'yes', 'authn_otp_check_password: length of the OTP given compared with the configured number '
  'of digits; a length.', NS)
S(R, P, 782, 'strcmp', 'no', 'authn_otp_check_password: OTP given compared with the last accepted OTP (reuse within '
  'the linger/idle time grants access) using strcmp; a one-time password, early exit.')
S(R, P, 787, 'strcmp', 'yes', 'authn_otp_check_password: last login IP compared with the client IP (logout on IP '
  'change); IP addresses.', NS)
S2(R, P, 842, 'strcmp', 'if (strcmp(otp_given', 'no', 'authn_otp_check_password: OTP given compared with the '
   'expected HOTP/TOTP/mOTP value for the current counter using strcmp (decimal) and strcasecmp (hex) on the same '
   'line; early exit.')
S2(R, P, 856, 'strcmp', 'if (strcmp(otp_given', 'no', 'authn_otp_check_password: OTP given compared with the '
   'expected value for each counter offset in the window, strcmp / strcasecmp; early exit.')
S(R, P, 960, 'strcmp', 'yes', 'authn_otp_get_realm_hash (digest): last login IP compared with the client IP; IP '
  'addresses.', NS)

# ---------------- manuelkasper/mod_auth_pubtkt (Apache 2.4 module; C) ----------------
R = 'manuelkasper/mod_auth_pubtkt'
P = 'src/mod_auth_pubtkt.c'
S(R, P, 261, 'strcasecmp', 'yes', 'setup_digest (TKTAuthDigest directive): digest name compared with "SHA1"; an '
  'algorithm name.', NS)
S(R, P, 391, 'strcmp', 'yes', 'parse_ticket: key of a ticket key=value pair compared with "uid"; a field name.', NS)
S(R, P, 530, 'strcasecmp', 'yes', 'get_header_ticket: configured header name compared with "Cookie"; a header '
  'name.', NS)
S(R, P, 766, 'strcmp', 'yes', 'check_tokens: first configured TKTAuthToken compared with "NULL" (no token required); a configuration keyword.', NS)
S(R, P, 781, 'strncmp', 'yes', 'check_tokens: authorization tokens required by the configuration compared with '
  'the tokens listed in the signed ticket; group-like names carried in clear, not credentials.', NS)
S(R, P, 806, 'strcmp', 'yes', 'check_clientip: client IP from the ticket compared with the request\'s IP; IP '
  'addresses.', NS)
S(R, P, 998, 'strcasecmp', 'yes', 'auth_pubtkt_check: AuthType compared with "mod_auth_pubtkt"; a configuration '
  'name.', NS)
S(R, P, 1010, 'strcmp', 'yes', 'auth_pubtkt_check: request scheme compared with "https"; a scheme.', NS)
S(R, P, 1067, 'strcmp', 'yes', 'auth_pubtkt_check: request method compared with "POST"; an HTTP method.', NS)
S(R, P, 1076, 'strcmp', 'yes', 'auth_pubtkt_check: request method compared with "GET" (grace-period refresh); an '
  'HTTP method.', NS)

# ---------------- FreeRADIUS/mod_auth_radius (Apache 2.4 module; C) ----------------
R = 'FreeRADIUS/mod_auth_radius'
P = 'mod_auth_radius.c'
S(R, P, 481, 'memcmp', 'no', 'packet_verify: Response Authenticator computed as MD5(packet + request vector + '
  'shared secret) compared with the one in the RADIUS reply using memcmp; a MAC keyed with the shared secret, '
  'early exit.')
S(R, P, 602, 'strcmp', 'no', 'cookie_validate: authentication cookie from the request compared with the cookie '
  'recomputed from the server secret, user, password, IP and expiry (MD5) using strcmp; a MAC cookie, early exit.')

# ---------------- phokz/pwauth (authenticator for mod_authnz_external; C) ----------------
R = 'phokz/pwauth'
P = 'pwauth/auth_sun.c'
S(R, P, 87, 'strcmp', 'no', 'check_auth (SHADOW_SUN, the Linux configuration): crypt() of the password given '
  'compared with the shadow password hash using strcmp; early exit.')

# ---------------- embedthis/appweb (embedded web server; C amalgamations) ----------------
R = 'embedthis/appweb'
P = 'src/http/httpLib.c'
S(R, P, 1537, 'smatch', 'yes', 'httpAuthenticate: IP stored in the session compared with the client IP; IP '
  'addresses.', NS)
S(R, P, 1671, 'smatch', 'yes', 'httpGetCredentials: auth type of the request compared with the route\'s auth type '
  'name; a scheme name.', NS)
S(R, P, 2064, 'sncmp', 'yes', 'configVerifyUser: stored password compared with the "BF" prefix (Blowfish hash '
  'format); a format prefix.', NS)
S(R, P, 2074, 'smatchsec', 'yes', 'configVerifyUser: MD5(user:realm:password) (or the digest response) compared with '
  'the stored hash using smatchsec (src/mpr/mprLib.c 26946: XOR-OR over the longer length, no early exit).', CT)
S(R, P, 6017, 'smatch', 'yes', 'httpDigestParse: "secret" field decoded from the client\'s digest nonce compared '
  'with http->secret. createDigestNonce (6130) puts that value base64-encoded in every nonce sent to clients, so '
  'it is public; the check only ties the nonce to this server.', NS)
S(R, P, 6021, 'smatch', 'yes', 'httpDigestParse: realm decoded from the nonce compared with the route realm; a '
  'realm name.', NS)
S(R, P, 6025, 'smatch', 'yes', 'httpDigestParse: qop compared with "auth"; a protocol keyword.', NS)
S(R, P, 23024, 'smatch', 'no', 'httpCheckSecurityToken: XSRF token from the header/param compared with the token '
  'stored in the session using smatch (scmp -> sncmp, early exit); a CSRF token.')
P = 'src/mpr/mprLib.c'
S(R, P, 8736, 'smatch', 'yes', 'mprCheckPassword: algorithm field of the stored hash compared with "BF1"; an '
  'algorithm name.', NS)
S(R, P, 8749, '^', 'yes', 'mprCheckPassword: bcrypt of the password given compared with the stored hash by an '
  'XOR-OR loop (no early exit; length difference folded in at 8747).', CT)
S(R, P, 26955, '!=', 'yes', 'smatchsec: the two lengths compared; the result is folded into the accumulator, no '
  'early exit; lengths.', NS)
S(R, P, 26964, '^', 'yes', 'smatchsec: XOR-OR over the longer length, no early exit (the constant-time compare the '
  'auth code calls).', CT)
P = 'src/esp/espLib.c'
S(R, P, 4527, 'smatch', 'no', 'espIsCurrentSession: session ID of the request (from the session cookie) compared '
  'with the current session ID of the single-login user using smatch; a session id, early exit.')

# ---------------- etr/libhttpserver (C++ HTTP server library on libmicrohttpd) ----------------
R = 'etr/libhttpserver'
S2(R, 'examples/basic_authentication.cpp', 53, '!=', 'req.get_pass() != expected_pass', 'no', '/hello GET lambda (main): Basic '
   'auth password compared with the expected password using std::string !=; early exit. (The user name compare on '
   'the same line is not a secret.)')
P = 'examples/centralized_authentication.cpp'
S(R, P, 66, '!=', 'yes', 'constant_time_equal: sizes compared before the XOR loop; lengths.', NS)
S(R, P, 69, '^', 'yes', 'constant_time_equal: volatile XOR-OR loop over the bytes, no early exit.', CT)
S(R, P, 96, 'constant_time_equal', 'yes', 'auth_handler: Basic auth password compared with AUTH_PASS using '
  'constant_time_equal (66).', CT)
P = 'examples/per_route_auth.cpp'
S(R, P, 83, '!=', 'yes', 'constant_time_equal: sizes compared before the XOR loop; lengths.', NS)
S(R, P, 86, '^', 'yes', 'constant_time_equal: volatile XOR-OR loop over the bytes, no early exit.', CT)
S(R, P, 144, 'constant_time_equal', 'yes', 'before_handler hook: Basic auth password compared with AUTH_PASS using '
  'constant_time_equal (83).', CT)
S(R, 'src/detail/upload_pipeline.cpp', 102, 'strcmp', 'yes', 'upload_pipeline::manage_upload_stream: form field name ("key" of the '
  'multipart part) compared with the field of the open upload stream; a field name, not a key.', NS)

# ---------------- babelouest/ulfius (C HTTP framework) ----------------
R = 'babelouest/ulfius'
S2(R, 'example_programs/auth_example/auth_server.c', 78, 'o_strcmp', 'o_strcmp(request->auth_basic_password',
   'no', 'callback_auth_basic_body: Basic auth password compared with PASSWORD using o_strcmp (orcania, NULL-safe '
   'strcmp); early exit.')
S2(R, 'example_programs/multiple_callbacks_example/multiple_callbacks_example.c', 242, 'o_strcmp',
   'o_strcmp(request->auth_basic_password', 'no', 'callback_multiple_level_auth_check: Basic auth password compared with '
   'PASSWORD using o_strcmp; early exit.')
S(R, 'example_programs/websocket_example/websocket_server.c', 186, 'o_strncmp', 'yes', 'websocket_manager_callback: '
  'User-Agent header compared with the ulfius websocket client agent; a header value.', NS)
S(R, 'src/u_websocket.c', 904, 'o_strcmp', 'yes', 'ulfius_websocket_connection_handshake (client): header name compared with '
  '"Sec-WebSocket-Protocol"; a header name.', NS)
S(R, 'src/u_websocket.c', 1243, 'o_strcmp', 'yes', 'ulfius_check_handshake_response: Sec-WebSocket-Accept from the '
  'server compared with SHA-1/base64 of the client key and the RFC 6455 GUID; public handshake values.', NS)
S(R, 'src/ulfius.c', 679, 'o_strcmp', 'yes', 'ulfius_webservice_dispatcher (websocket upgrade check): HTTP protocol of the request compared with '
  '"HTTP/1.1"; a protocol version.', NS)

_labels.write(__file__, 'webhook118')
