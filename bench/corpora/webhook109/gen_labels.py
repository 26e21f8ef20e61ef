#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook109). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.token_location), and the script fails if
# the line lacks the token. Where a line holds the token twice, `at` names the occurrence meant.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS, token_location  # noqa: E402

C = {
 'ithewei/libhv': '6bcfc5026b1e467c39ffb49c1ac765b48c76bc6d',
 'Corvusoft/restbed': '33508c8e2c8770a6b8a6ca72272c3c690c008781',
 'CrowCpp/Crow': '2366edbadb568f9cc3d0ba035a6c1d6e55382adf',
 'oatpp/oatpp': 'c9765f9e903acaa8a89f2d215ce8f45780a623cb',
 'ilpanich/axiam-cplusplus-sdk': 'ba9b9d24df89071dc7048ccc21a6aa7f2cd15abc',
 'ikawrakow/ik_llama.cpp': '8337e4cd3861406fc04e0854b1409cd1b027fbc9',
}
ROOT = '/work/corpora/webhook109/src'

_labels = TokenLabels(ROOT, 'wh109', C)
N = _labels.N


def S(repo, path, line, tok, ct, why, note='', at=None):
    """A secret compare (sc) at `tok` (inside `at` when given)."""
    _labels.sc(repo, path, line, ct, why, note)
    it = _labels.items[-1]
    it['column'], it['line_sha1'] = token_location(ROOT, repo, path, line, tok, at)


CT = 'Constant-time compare.'
STR = ' strcmp / strncmp stop at the first differing byte.'
SEQ = (' std::string operator== / != (restbed: the iso646 spelling not_eq) compares length and then bytes with an '
       'early exit.')

# ---------------- ithewei/libhv (C/C++ event-loop + HTTP framework; example httpd, socks5 proxy, WS client) ---------
R = 'ithewei/libhv'
P = 'examples/httpd/handler.cpp'
S(R, P, 53, 'strcmp', 'yes', 'Handler::Authorization (auth middleware of the example httpd): request path compared '
  'with "/login" to let the login route through unauthenticated; a public route path.', NS)
S(R, P, 61, 'strcmp', 'no', 'Handler::Authorization: the Authorization header (the bearer token the /login route '
  'hands out) compared with the expected token "abcdefg"; a secret token.' + STR)
S(R, P, 192, 'strcmp', 'yes', 'Handler::login (POST /login): submitted user name compared with "admin"; a user name '
  '(not secret; the password is checked separately below).', NS)
S(R, P, 196, 'strcmp', 'no', 'Handler::login (POST /login): submitted password compared with the configured '
  'password "123456" before the token is issued.' + STR)
P = 'examples/socks5_proxy_server.c'
S(R, P, 185, '!=', 'yes', 'on_recv (s_auth_username_len): SOCKS5 username/password sub-negotiation version byte '
  'compared with SOCKS5_AUTH_VERSION; a protocol version.', NS)
S(R, P, 200, 'strncmp', 'yes', 'on_recv (s_auth_username): user name sent by the SOCKS5 client compared with the '
  'configured auth_username; a user name.', NS)
S(R, P, 234, 'strncmp', 'no', 'on_recv (s_auth_password): password sent by the SOCKS5 client compared with the '
  'configured auth_password (argv) before the proxy is opened to it.' + STR)
S(R, 'http/client/WebSocketClient.cpp', 135, 'strcmp', 'yes', 'WebSocketClient::open (upgrade response): '
  'Sec-WebSocket-Accept from the server compared with the value derived from our own Sec-WebSocket-Key (SHA-1 + '
  'fixed GUID, RFC 6455); a public handshake check, no secret involved.', NS)
P = 'examples/httpd/router.cpp'
B = (' Route of libhv\'s example HTTP server (Router::Register, HttpService); a normal API route called by clients, '
     'not a callback/push from another system.')
for line, tok, group, route, what in [
    (22, 'GET', 'hv-ping', 'GET /ping', 'Health ping.'),
    (64, 'POST', 'hv-echo', 'POST /echo', 'Echoes the body.'),
    (113, 'POST', 'hv-kv', 'POST /kv', 'Form/key-value demo (Handler::kv).'),
    (138, 'POST', 'hv-login', 'POST /login', 'Login: user name + password for a token (Handler::login).'),
    (148, 'GET', 'hv-sse', 'GET /sse', 'Server-sent events demo.'),
]:
    N(R, P, line, tok, group, route, what + B)

# ---------------- Corvusoft/restbed (C++ REST framework; examples at a commit that still had example/*.cpp) -------
R = 'Corvusoft/restbed'
P = 'example/authentication/source/example.cpp'
S(R, P, 25, 'not_eq', 'no', 'service_authentication_handler: the Authorization header compared with the two '
  'accepted HTTP Basic credentials ("Basic " + base64(user:password)) of ben and laura; the credential string holds '
  'the password. Both compares on the line are of the same kind; the label is at the first.' + SEQ)
S(R, P, 39, 'not_eq', 'no', 'ben_authentication_handler: the Authorization header compared with ben\'s Basic '
  'credential (base64 of ben:1234).' + SEQ)
S(R, P, 53, 'not_eq', 'no', 'laura_authentication_handler: the Authorization header compared with laura\'s Basic '
  'credential (base64 of laura:4321).' + SEQ)
S(R, 'example/basic_authentication/source/example.cpp', 25, 'not_eq', 'no', 'authentication_handler: the '
  'Authorization header compared with the Basic credential base64(Corvusoft:Glasgow) before any resource is '
  'served.' + SEQ)
S(R, 'example/digest_authentication/source/example.cpp', 38, 'regex_match', 'no', 'authentication_handler: the '
  'Digest Authorization header matched against a regex holding the expected response hash '
  '(MD5 over user:realm:password, nonce and request); the regex engine stops at the first mismatching character, '
  'so this is a non-constant-time compare of a challenge response.')
S(R, 'example/web_socket/source/example.cpp', 172, '==', 'yes', 'get_method_handler: Upgrade header compared with '
  '"websocket"; a protocol keyword.', NS)
S(R, 'example/compression/source/example.cpp', 31, '==', 'yes', 'deflate_method_handler: Content-Encoding header '
  'compared with "deflate"; a content coding name.', NS)
S(R, 'example/http_pipelining/source/example.cpp', 27, '==', 'yes', 'get_method_handler_one: Connection header '
  'compared with "keep-alive"; a connection option.', NS)
B = (' Resource published by the restbed example service (Resource::set_path + set_method_handler); a normal '
     'resource for clients, not a callback/push from another system.')
N(R, P, 77, 'set_method_handler', 'rb-ben', 'GET /ben', 'Greets ben (Basic auth).' + B)
N(R, P, 82, 'set_method_handler', 'rb-laura', 'GET /laura', 'Greets laura (Basic auth).' + B)
N(R, 'example/basic_authentication/source/example.cpp', 44, 'set_method_handler', 'rb-resource', 'GET /resource',
  'Password-protected hello.' + B)
N(R, 'example/compression/source/example.cpp', 55, 'set_method_handler', 'rb-deflate', 'POST /api/deflate',
  'Inflates a deflate-compressed body and echoes it.' + B)
N(R, 'example/web_socket/source/example.cpp', 209, 'set_method_handler', 'rb-chat', 'GET /chat (WebSocket)',
  'WebSocket upgrade for the browser chat page.' + B)

# ---------------- CrowCpp/Crow (header-only C++ web framework; examples) ----------------
R = 'CrowCpp/Crow'
P = 'examples/example.cpp'
B = ' Route of the Crow example app (CROW_ROUTE); a normal page/API route, not a callback/push from another system.'
for line, group, route, what in [
    (51, 'crow-about', 'GET /about', 'Static text page.'),
    (153, 'crow-add-json', 'POST /add_json', 'Adds two numbers from a JSON body.'),
    (167, 'crow-params', 'GET /params', 'Echoes query parameters.'),
    (211, 'crow-multipart', 'POST /multipart', 'Parses a multipart body.'),
]:
    N(R, P, line, 'CROW_ROUTE', group, route, what + B)
N(R, 'examples/example_middleware.cpp', 66, 'CROW_ROUTE', 'crow-secret', 'GET /secret',
  'Route guarded by the SecretContentGuard local middleware (always answers 403).' + B)

# ---------------- oatpp/oatpp (C++ web framework) ----------------
R = 'oatpp/oatpp'
P = 'src/oatpp/web/server/handler/AuthorizationHandler.cpp'
S(R, P, 65, 'compare', 'yes', 'BasicAuthorizationHandler::handleAuthorization: first 6 bytes of the Authorization '
  'header compared with the scheme prefix "Basic "; a public scheme name (the credential itself is passed to '
  'authorize(), which compares nothing here).', NS)
S(R, P, 111, 'compare', 'yes', 'BearerAuthorizationHandler::handleAuthorization: first 7 bytes of the Authorization '
  'header compared with the scheme prefix "Bearer "; a public scheme name (the token is handed to authorize()).', NS)

# ---------------- ilpanich/axiam-cplusplus-sdk (C++ client SDK; JWKS / EdDSA JWT verification) ----------------
R = 'ilpanich/axiam-cplusplus-sdk'
P = 'src/jwks.cpp'
S(R, P, 60, '!=', 'yes', 'ed25519_verify: length of the raw Ed25519 public key compared with 32 (and the signature '
  'length with 64); key/signature sizes, not secret values. The signature itself is checked by '
  'EVP_DigestVerify.', NS)
S(R, P, 103, '!=', 'yes', 'JwksVerifier key refresh: JWK key type compared with "OKP" (and curve with "Ed25519"); '
  'public key-type names.', NS)
S(R, P, 150, '!=', 'yes', 'JwksVerifier::verify: JWT header alg compared with "EdDSA" before any signature work; '
  'a public algorithm name.', NS)

# ---------------- ikawrakow/ik_llama.cpp (llama.cpp fork; HTTP inference server on cpp-httplib) ----------------
R = 'ikawrakow/ik_llama.cpp'
P = 'examples/server/server.cpp'
S(R, P, 645, '==', 'yes', 'middleware_validate_api_key: request path compared with "/" to skip the API-key check '
  'for the web UI; a public route path.', NS, at='req.path ==')
S(R, P, 655, 'std::find', 'no', 'middleware_validate_api_key: bearer token from "Authorization: Bearer <key>" '
  'looked up in params.api_keys with std::find, i.e. std::string operator== against each configured API key (early '
  'exit on the first differing byte). The "Bearer " prefix compare two lines above is not labelled (non-secret, '
  'and too close to this label).')
S(R, P, 662, 'std::find', 'no', 'middleware_validate_api_key: X-Api-Key header looked up in params.api_keys with '
  'std::find (std::string operator==, early exit) before any route runs.')
S(R, P, 706, '==', 'yes', 'pre-routing handler: request method compared with "OPTIONS" (CORS preflight skip); an '
  'HTTP method name.', NS)
B = (' Route of the OpenAI-compatible inference server (httplib::Server, API key checked by the pre-routing '
     'middleware); called by chat clients, not a callback/push from another system.')
for line, tok, group, route, what in [
    (2128, 'Get', 'ik-metrics', 'GET /metrics', 'Prometheus metrics.'),
    (2136, 'Post', 'ik-chat', 'POST /chat/completions', 'Chat completion.'),
    (2146, 'Post', 'ik-tokenize', 'POST /tokenize', 'Tokenizes text.'),
    (2158, 'Get', 'ik-slots', 'GET /slots', 'Lists server slots.'),
    (2169, 'Get', 'ik-version', 'GET /version', 'Server version.'),
]:
    N(R, P, line, tok, group, route, what + B)

_labels.write(__file__, 'webhook109')
