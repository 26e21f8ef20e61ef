#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook113). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'OpenPrinting/libcups': 'a932cb9c8fe3f44a2703353d1d2435b70262719c',
 'OpenIDC/mod_auth_openidc': '1deff3d91057dd3f3cb1db7d0d1773c2764e795c',
 'cisco/cjose': 'db7d26ef2bd02572128c7cdaa4066f39af2b42da',
 'LINBIT/csync2': '83b36449abb4c2903ef3b40b46018240633989e0',
 'zbackup/zbackup': '3e4977c5e59884cb092159c660b22ebeeaca2632',
 'curityio/nginx_oauth_proxy_module': '50e26aeb4b226782ff805cab5f233685e4a68c6e',
 'kvspb/nginx-auth-ldap': '241200eac8e4acae74d353291bd27f79e5ca3dc4',
 'openNDS/openNDS': 'b9fbb8d1e8b0619070d1cf0cbfdfcb5fcd2432a7',
 'paolostivanin/libcotp': '29220a9707355f67bd7c44b5a8c964765ee29394',
 'pokowaka/jwt-cpp': '3ce24c1fcf58a2044c1d041922ac6712b1f5ee0d',
 'CERN-CERT/pam_2fa': 'e0578c9662bae32af0681cf7ab3bb38b0e1b36f3',
}
ROOT = '/work/corpora/webhook113/src'

_labels = TokenLabels(ROOT, 'wh113', C)
S = _labels.S
CT = 'Constant-time compare.'
OS = (' _oidc_strcmp (src/const.h) is a NULL-safe byte-exact strcmp wrapper, early exit; the project itself reserves '
      'oidc_util_strcmp_const_time for secret-derived values.')

# ---------------- OpenPrinting/libcups (CUPS 3 client library: JWT and OAuth 2.0 client; C) ----------------
R = 'OpenPrinting/libcups'
P = 'cups/jwt.c'
S(R, P, 413, 'memcmp', 'no', 'cupsJWTHasValidSignature (HS256/384/512): HMAC signature computed over the token with '
  'the shared key compared with the signature carried in the JWT using memcmp (early exit); a forger learns the '
  'MAC byte by byte.')
S(R, P, 693, 'strcmp', 'yes', 'cupsJWTImportString: "alg" header value compared with the JWA algorithm names; a '
  'public algorithm name.', NS)
S(R, P, 1184, 'strcmp', 'yes', 'cupsJWTMakePublicKey: JWK "kty" compared with "RSA"; a public key type.', NS)
S(R, P, 1552, 'strcmp', 'yes', 'make_signature: key id of a JWKS entry compared with the requested "kid"; a public '
  'key identifier.', NS)
S(R, P, 1568, 'strcmp', 'yes', 'make_signature: JWKS key types compared with "ocy" / "RSA" / "EC" to pick a key '
  'for the algorithm; public key types.', NS)
P = 'cups/oauth.c'
S(R, P, 402, 'strcmp', 'yes', 'cupsOAuthGetAuthorizationCode: redirect host compared with "localhost" / '
  '"127.0.0.1"; a host name.', NS)
S(R, P, 569, 'strncmp', 'yes', 'cupsOAuthGetAuthorizationCode (local redirect listener, HEAD request): request '
  'path compared with the redirect URI path; a public path.', NS)
S(R, P, 582, 'strncmp', 'yes', 'cupsOAuthGetAuthorizationCode (local redirect listener): request path compared '
  'with the redirect URI path; a public path.', NS)
S(R, P, 598, 'strcmp', 'no', 'cupsOAuthGetAuthorizationCode (local redirect listener): "state" of the incoming '
  'authorization response compared with the random state this client generated (the OAuth CSRF token) using '
  'strcmp (early exit) before the code is accepted.')
S(R, P, 1316, 'strcmp', 'yes', 'cupsOAuthGetTokens: token-endpoint error code compared with "slow_down"; a '
  'protocol keyword.', NS)
S(R, P, 1341, 'strcmp', 'yes', 'cupsOAuthGetTokens: "nonce" claim of the id_token compared with the nonce sent in '
  'the authorization request; the nonce travelled in clear in the front-channel request URL and comes back inside '
  'the IdP-issued id_token (replay binding, not a secret an attacker could probe).', NS)
S(R, P, 1364, 'memcmp', 'yes', 'cupsOAuthGetTokens: SHA-256 of the access token compared with the "at_hash" claim '
  'of the id_token, after its signature was verified (line 1351); both sides are computable by whoever holds the '
  'token, a mismatch leaks nothing secret.', NS)
S(R, P, 2047, 'strncmp', 'yes', 'oauth_make_path: authorization server URI compared with '
  'the "https://" prefix; a scheme.', NS)

# ---------------- OpenIDC/mod_auth_openidc (Apache OpenID Connect RP module; C) ----------------
R = 'OpenIDC/mod_auth_openidc'
P = 'src/handle/response.c'
S(R, P, 95, '_oidc_strcmp', 'yes', 'oidc_response_browser_back: state of a repeated authorization response compared '
  'with the state stored in the already authenticated session, only to detect a browser "back" and redirect to '
  'the original URL; no access is granted by the match (the state was consumed already).', NS)
S(R, P, 333, '_oidc_strcmp', 'yes', 'oidc_response_save_in_session: "sid" claim compared with "sub" to decide on a '
  'second logout index; public identifiers.', NS)
S(R, P, 375, 'oidc_util_strcmp_const_time', 'yes', 'oidc_response_proto_state_restore: hash of browser fingerprint '
  '+ nonce compared with the state parameter of the authorization response via oidc_util_strcmp_const_time '
  '(CRYPTO_memcmp after a length check).', CT)
S(R, P, 421, '_oidc_strcmp', 'yes', 'oidc_response_match_state: state parameter compared with "" (presence check); '
  'an emptiness test.', NS)
P = 'src/handle/discovery.c'
S(R, P, 358, 'oidc_util_strcmp_const_time', 'yes', 'oidc_discovery_csrf_cookie_valid: CSRF query parameter '
  'compared with the CSRF cookie via oidc_util_strcmp_const_time (CRYPTO_memcmp).', CT)
S(R, P, 417, '_oidc_strcmp', 'yes', 'oidc_discovery_response_static: "iss" request parameter compared with the '
  'configured issuer; a public URL.', NS)
P = 'src/handle/refresh.c'
S(R, P, 304, '_oidc_strcmp', 'yes', 'oidc_refresh_token_grant_id_token_sub_match: "sub" claim of the refreshed '
  'id_token compared with the session subject; a public user identifier.', NS)
S(R, P, 469, 'oidc_util_strcmp_const_time', 'yes', 'oidc_refresh_token_request: access_token request parameter '
  '(XSRF guard) compared with the session access token via oidc_util_strcmp_const_time (CRYPTO_memcmp).', CT)
P = 'src/proto/id_token.c'
S(R, P, 81, '_oidc_strcmp', 'yes', 'oidc_proto_idtoken_validate_nonce: nonce from the state cookie compared with '
  'the "nonce" claim of the verified id_token; the nonce travelled in clear in the authorization request URL and '
  'is a replay binding, not a secret.' + OS, NS)
S(R, P, 116, '_oidc_strcmp', 'yes', 'oidc_proto_idtoken_validate_azp: "azp" claim compared with the client_id; a '
  'public identifier.', NS)
S(R, P, 129, '_oidc_strcmp', 'yes', 'oidc_proto_idtoken_aud_resolve: configured audience compared with the special '
  'value "@"; a literal.', NS)
S(R, P, 142, '_oidc_strcmp', 'yes', 'oidc_proto_idtoken_validate_aud_string: "aud" claim compared with the '
  'client_id; a public identifier.', NS)
S(R, P, 151, '_oidc_strcmp', 'yes', 'oidc_proto_idtoken_validate_aud_string: "aud" claim compared with the '
  'configured audience values; public identifiers.', NS)
S(R, P, 272, 'CRYPTO_memcmp', 'yes', 'oidc_proto_idtoken_validate_hash_value: at_hash / c_hash claim compared with '
  'the hash of the access token / code using OpenSSL CRYPTO_memcmp.', CT)
S(R, P, 428, '_oidc_strcmp', 'yes', 'oidc_proto_idtoken_parse: id_token "alg" header compared with "none"; a '
  'public algorithm name.', NS)
P = 'src/session.c'
S(R, P, 238, '_oidc_strcmp', 'no', 'oidc_session_load_cache_by_uuid: session id from the session cookie compared '
  'with the session id stored in the cache entry (corruption check) using an early-exit byte compare; session '
  'ids are bearer secrets.' + OS)
S(R, P, 360, '_oidc_strcmp', 'no', 'oidc_session_save_cache (session removal): session id stored in the "sub" index compared '
  'with the current session id using an early-exit byte compare; session ids are bearer secrets.' + OS)
P = 'src/util/util.c'
S(R, P, 497, '!=', 'yes', 'oidc_util_strcmp_const_time: lengths of the two strings compared before the '
  'constant-time compare; lengths.', NS)
S(R, P, 500, 'CRYPTO_memcmp', 'yes', 'oidc_util_strcmp_const_time: the bytes compared with OpenSSL CRYPTO_memcmp.',
  CT)

# ---------------- cisco/cjose (JOSE library; C) ----------------
R = 'cisco/cjose'
P = 'src/jws.c'
S(R, P, 269, 'strcmp', 'yes', '_cjose_jws_build_dig_hmac_sha: "alg" header compared with "HS256"; a public '
  'algorithm name.', NS)
S(R, P, 842, 'strcmp', 'yes', 'cjose_jws_import (unsigned JWS): "alg" header compared with "none"; a public '
  'algorithm name.', NS)
S(R, P, 1012, '!=', 'yes', '_cjose_jws_verify_sig_hmac_sha: signature length compared with the digest length '
  '(ORed into the result, no early exit); lengths.', NS)
S(R, P, 1015, 'CRYPTO_memcmp', 'yes', '_cjose_jws_verify_sig_hmac_sha: HMAC of the JWS compared with its signature '
  'using OpenSSL CRYPTO_memcmp.', CT)
P = 'src/jwe.c'
S(R, P, 174, 'strcmp', 'yes', '_keylen_from_enc: "enc" header compared with "A256GCM"; a public '
  'algorithm name.', NS)
S(R, P, 1348, 'CRYPTO_memcmp', 'yes', '_cjose_jwe_decrypt_dat_aes_cbc: AES-CBC-HMAC authentication tag computed '
  'with the MAC key compared with the tag of the JWE using OpenSSL CRYPTO_memcmp.', CT)

# ---------------- LINBIT/csync2 (cluster file synchronisation; C) ----------------
R = 'LINBIT/csync2'
P = 'groups.c'
S(R, P, 155, 'strcmp', 'yes', 'csync_match_file_host: host name sent by the peer compared with the group\'s own '
  'host name; a host name.', NS)
S(R, P, 159, 'strcmp', 'no', 'csync_match_file_host (daemon LIST command): group key sent by the peer '
  '(tag[3..]) compared with the group\'s pre-shared key using strcmp (early exit).')
S(R, P, 164, 'strcmp', 'yes', 'csync_match_file_host: group host name compared with the peer name; a host '
  'name.', NS)
S(R, P, 217, 'strcmp', 'yes', 'csync_key: group host name compared with the peer name to pick the key to send; '
  'a host name.', NS)
S(R, P, 233, 'strcmp', 'no', 'csync_perm (every daemon command that needs a permission check): group key sent by '
  'the peer (tag[1]) compared with the group\'s pre-shared key using strcmp (early exit).')
P = 'conn.c'
S(R, P, 105, 'strncmp', 'yes', 'conn_response_to_enum: daemon response line compared with the known response '
  'texts; protocol strings.', NS)
S(R, P, 109, 'strncmp', 'yes', 'conn_response_to_enum: response compared with the "OK (" prefix; a protocol '
  'string.', NS)

# ---------------- zbackup/zbackup (deduplicating backup; C++) ----------------
R = 'zbackup/zbackup'
S(R, 'encryption_key.cc', 56, '!=', 'no', 'EncryptionKey::EncryptionKey: HMAC-SHA1 (keyed with the decrypted '
  'repository key) of key_check_input compared with the stored key_check_hmac with std::string != (early exit); '
  'the repository password / key check.')
S(R, 'chunk_id.cc', 43, 'memcmp', 'yes', 'operator< (ChunkId): SHA-1 content hashes of two chunks compared to '
  'order the chunk index; public content ids.', NS)
S(R, 'chunk_id.cc', 46, 'memcmp', 'yes', 'operator< (ChunkId): rolling hashes of two chunks compared for ordering; '
  'public content ids.', NS)

# ---------------- curityio/nginx_oauth_proxy_module (nginx module; C) ----------------
R = 'curityio/nginx_oauth_proxy_module'
S(R, 'src/oauth_proxy_handler.c', 213, 'ngx_strcmp', 'no', 'apply_csrf_checks: CSRF token decrypted from the CSRF '
  'cookie compared with the x-<prefix>-csrf request header using ngx_strcmp (strcmp, early exit).')
S(R, 'src/oauth_proxy_handler.c', 171, 'ngx_strncasecmp', 'yes', 'verify_web_origin: Origin header compared with '
  'the trusted web origins; public URLs.', NS)

# ---------------- kvspb/nginx-auth-ldap (nginx LDAP basic-auth module; C) ----------------
R = 'kvspb/nginx-auth-ldap'
P = 'ngx_http_auth_ldap_module.c'
S(R, P, 519, 'ngx_memcmp', 'yes', 'ngx_http_auth_ldap_servers: server alias from the configuration compared with '
  'the configured server names; a name.', NS)
S(R, P, 948, 'memcmp', 'no', 'ngx_http_auth_ldap_check_cache: MD5 over user name, server and the Basic-auth '
  'password compared with the cached credential hash using memcmp (early exit); a cache hit authenticates the '
  'request without LDAP.')
S(R, P, 2137, 'ngx_memcmp', 'yes', 'ngx_http_auth_ldap_check_user: user DN compared with the required user DNs; '
  'a public identifier.', NS)

# ---------------- openNDS/openNDS (captive portal; C, libmicrohttpd) ----------------
R = 'openNDS/openNDS'
P = 'src/http_microhttpd.c'
S(R, P, 297, 'strcmp', 'yes', 'is_foreign_hosts: Host header compared with the gateway IP; a host name.', NS)
S(R, P, 520, 'strncmp', 'yes', 'check_authdir_match: request path compared with the auth directory name; a public '
  'path.', NS)
S(R, P, 562, 'strcmp', 'no', 'try_to_authenticate (hid mode): SHA-256 of client hid + faskey (the FAS shared '
  'secret) compared with the "tok" query parameter using strcmp (early exit) before the client is let through.')
S(R, P, 570, 'strcmp', 'no', 'try_to_authenticate (tok mode): client token compared with the "tok" query '
  'parameter using strcmp (early exit).')
P = 'src/client_list.c'
S(R, P, 305, 'strcmp', 'yes', 'client_list_find_by_mac: client MAC address compared with the requested MAC; a '
  'public identifier.', NS)
S(R, P, 342, 'strcmp', 'no', 'client_list_find_by_token (hid mode, ndsctl auth): SHA-256 of hid + faskey '
  'compared with the supplied token using strcmp (early exit).')
S(R, P, 352, 'strcmp', 'no', 'client_list_find_by_token (tok mode): client token compared with the supplied token '
  'using strcmp (early exit).')

# ---------------- paolostivanin/libcotp (TOTP/HOTP library; C) ----------------
R = 'paolostivanin/libcotp'
S(R, 'src/utils/validation.c', 60, 'cotp_timing_safe_memcmp', 'yes', 'validate_totp_in_window: generated TOTP '
  'compared with the user code using cotp_timing_safe_memcmp (secure_zero.c: XOR-OR over all bytes, no early '
  'exit).', CT)
P = 'src/utils/otpauth_uri.c'
S(R, P, 120, 'strncasecmp', 'yes', 'cotp_otpauth_uri_parse: URI type compared with "totp"; a keyword.', NS)
S(R, P, 184, 'strncasecmp', 'yes', 'cotp_otpauth_uri_parse: query parameter NAME compared with "secret" (the value '
  'is only copied); a parameter name.', NS)
S(R, P, 195, 'strncasecmp', 'yes', 'cotp_otpauth_uri_parse: algorithm parameter compared with "SHA1"; a public '
  'algorithm name.', NS)

# ---------------- pokowaka/jwt-cpp (JWT library; C++) ----------------
R = 'pokowaka/jwt-cpp'
P = 'src/validators/hmacvalidator.cpp'
S(R, P, 40, '!=', 'yes', 'HMACValidator::Verify: signature length compared with the HMAC size; a length.', NS)
S(R, P, 47, 'const_time_cmp', 'yes', 'HMACValidator::Verify: HMAC of the header compared with the JWT signature '
  'using const_time_cmp (line 56: XOR-OR over all bytes).', CT)
S(R, P, 56, '^', 'yes', 'HMACValidator::const_time_cmp: ORs the XOR of every byte pair, no early exit.', CT)
S(R, 'src/validators/messagevalidator.cpp', 28, '==', 'yes', 'MessageValidator::Accepts: "alg" header compared '
  'with the validator\'s algorithm name; a public algorithm name.', NS)

# ---------------- CERN-CERT/pam_2fa (PAM second-factor module; C) ----------------
R = 'CERN-CERT/pam_2fa'
S(R, 'pam_2fa.c', 101, 'strcmp', 'yes', 'pam_sm_authenticate: PAM_AUTHTOK compared with the public sentinel '
  'AUTHTOK_INCORRECT that a previous module sets after a failed password; nothing secret on the other side.', NS)
S(R, 'user.c', 67, 'strcmp', 'yes', 'compare_user: user name typed at the prompt compared with the PAM user '
  'name; a user name.', NS)

_labels.write(__file__, 'webhook113')
