#!/usr/bin/env python3
# Hand-written labels (from reading the code). Writes labels.jsonl.
C = {
 'pkoc112/tv-webhook-trader': '8d9de86ea42730a26bf05bfd5e2ddb84c96d1bfd',
 'caozhanhao/wxserver': '8ae7323b95860d2d3f12eb243c11702a3841bcca',
 'obsproject/obs-websocket': '032c99331b5ec254604296be49171d468651e449',
 'qt/qthttpserver': '7603d016a0154fcf496f5fbcd29af04dbd4e1636',
 'kingpeterking/Base-Application': '2796342cf1b9ca9f71524002aa3f8214d8446258',
 'drogonframework/drogon': '74fc004c8dc8244fe3b6c56628601053b5a15c37',
 'zerotier/ZeroTierOne': '36b4659f77bc480fdc510304bc53f009fde5d629',
 'T1fon/SmartLift': 'e7a3c4e68b2769a4e1b627b742a5e4b61e9fa260',
}
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import Labels, NS  # noqa: E402

_labels = Labels('wh16', C)
wh, neg, sc = _labels.wh, _labels.neg, _labels.sc

# ---------------- pkoc112/tv-webhook-trader (Boost.Beast, header-only servers) ----------------
R, H, D, M = ('pkoc112/tv-webhook-trader', 'include/webhook/http_server.hpp', 'include/dashboard/dashboard_api.hpp',
              'src/main.cpp')
why = ('TradingView alert webhook (README/main.cpp: "TradingView Webhook -> Bitget Futures"): WebhookSession::handle_request '
       'accepts only POST /webhook, parses the signal JSON, and answers 401 unless the token field of the body equals '
       'webhook.auth_token (constant_time_eq: size check + CRYPTO_memcmp, line 56-58) before the signal is queued for order '
       'execution. TradingView cannot sign alerts, so a shared token in the body is the provider\'s only mechanism.')
wh(R, H, 156, 'yes', 'yes', 'tradingview-webhook', 'POST /webhook', why,
   'Handler. Token compared with constant_time_eq (CRYPTO_memcmp) -> constant time. The check is skipped when auth_token is '
   'empty, which main() only allows in shadow (paper-trading) mode (see Doubts).', compare_line=185, ct='yes')
wh(R, H, 165, 'yes', 'yes', 'tradingview-webhook', 'POST /webhook', why,
   'Routing line: method/target test inside handle_request (Beast has no route table).')
wh(R, M, 441, 'yes', 'yes', 'tradingview-webhook', 'POST /webhook', why, 'Registration: hft::WebhookServer constructed with the config '
   'and the signal callback.')
neg(R, H, 160, 'webhook-health', 'GET /health (webhook port)', 'Liveness probe of the webhook listener; returns a constant.')
for (line, group, route, what) in [
    (284, 'dash-stats', 'GET /api/stats', 'Dashboard statistics.'),
    (296, 'dash-positions', 'GET /api/positions', 'Dashboard open positions.'),
    (336, 'dash-close-all', 'POST /api/close-all', 'Operator command: close every position.'),
    (448, 'dash-import-trades', 'POST /api/import-trades', 'Operator upload of external trades.'),
    (465, 'dash-metrics', 'GET /metrics', 'Prometheus metrics.'),
    (470, 'dash-index', 'GET / (dashboard.html)', 'Static dashboard page (public, its own login form).'),
]:
    neg(R, D, line, group, route, what + ' DashboardServer::route_request if-chain (dispatch and handler are the same line); '
        'every /api route is behind the Basic-auth check of handle_connection (check_auth, line 251). Operator API, not a callback.')
sc(R, H, 58, 'yes', 'constant_time_eq: CRYPTO_memcmp after a length check (the webhook token compare, called at line 185).')
sc(R, D, 260, 'no', 'check_auth: base64-decoded "user:pass" of the Authorization header compared with the configured dashboard '
   'credential (m_auth_token) via std::string operator== -> not constant time.', 'Dashboard Basic-auth compare.')
sc(R, D, 257, 'yes', 'Authorization header prefix compared with "Basic "; not a secret.', NS)
sc(R, D, 224, 'yes', 'Request target compared with public page paths ("/health", "/", ...); routing, not a secret.', NS)
sc(R, M, 425, 'yes', 'Startup sanity check: configured auth_token compared with the placeholder literal "CHANGE_ME" (no attacker '
   'input involved; refuses to start outside shadow mode).', NS)

# ---------------- caozhanhao/wxserver (cpp-httplib, WeCom / WeChat Work callback) ----------------
R, S, K = 'caozhanhao/wxserver', 'include/wxserver/server.hpp', 'include/wxserver/msgcrypto.hpp'
why_get = ('WeCom (WeChat Work) callback URL verification: GET / with msg_signature/timestamp/nonce/echostr; '
           'Crypto::verify_url (msgcrypto.hpp:194) throws MsgCryptoError unless SHA1(sort(token, timestamp, nonce, echostr)) '
           'equals msg_signature (verify_sign, line 186), so the decrypted echostr is only returned for a valid signature '
           '(cpp-httplib turns the exception into a 500).')
why_post = ('WeCom callback message receiver: POST / decrypts the Encrypt element with Crypto::decrypt_msg, which first checks '
            'msg_signature (verify_sign, msgcrypto.hpp:186) and throws; the handler catches MsgCryptoError, logs and returns before '
            'the message is parsed or dispatched to the bot (msg_handle, e.g. ChatGPT replies).')
wh(R, S, 181, 'yes', 'yes', 'wecom-url-verify', 'GET /', why_get, 'Registration + handler lambda (svr.Get). Verification is in the '
   'Crypto helper (other file); its compare has its own secret_compare label.')
wh(R, S, 188, 'yes', 'yes', 'wecom-url-verify', 'GET /', why_get, 'The verify_url call that gates the echo.')
wh(R, S, 192, 'yes', 'yes', 'wecom-message', 'POST /', why_post, 'Registration + handler lambda (svr.Post).')
wh(R, S, 203, 'yes', 'yes', 'wecom-message', 'POST /', why_post, 'The decrypt_msg call (signature check + decryption) in a try/catch '
   'that returns on MsgCryptoError.')
sc(R, K, 186, 'no', 'verify_sign: SHA1 hex of the sorted token/timestamp/nonce/payload compared with msg_signature from the query '
   'string via std::string operator== -> not constant time.', 'Webhook signature compare (helper).')
sc(R, K, 225, 'yes', 'Receive id from the decrypted payload compared with the configured CorpID; a public identifier, not a secret.', NS)
sc(R, S, 218, 'yes', 'MsgType of the decrypted message compared with "text"; not a secret.', NS)
sc(R, 'examples/src/main.cpp', 53, 'yes', 'Message content compared with the bot command "clear conversation"; not a secret.', NS)

# ---------------- obsproject/obs-websocket (WebSocket Identify authentication helper) ----------------
R, P = 'obsproject/obs-websocket', 'src/utils/Crypto.cpp'
sc(R, P, 71, 'no', 'CheckAuthenticationString: base64(SHA256(secret + challenge)) compared with the client\'s Identify '
   '"authentication" string via std::string operator== -> not constant time. Called from WebSocketServer_Protocol.cpp (Identify '
   'op, closes with AuthenticationFailed on mismatch).', 'WebSocket hello/auth compare; the protocol file is not part of this corpus.')

# ---------------- qt/qthttpserver examples (QHttpServer, Qt 6.4.2) ----------------
R, P = 'qt/qthttpserver', 'examples/httpserver/simple/main.cpp'
for (line, group, route, what) in [
    (17, 'simple-root', 'GET /', 'Hello world.'),
    (21, 'simple-query', 'GET /query', 'Echoes the Host header.'),
    (38, 'simple-user', 'GET /user/<id>', 'Echoes the user id.'),
    (50, 'simple-json', 'GET /json/', 'Constant JSON object.'),
    (64, 'simple-remote-address', 'GET /remote_address', 'Returns the peer address.'),
    (69, 'simple-auth', 'GET /auth', 'RFC 7617 Basic-auth demo (user Aladdin).'),
]:
    neg(R, P, line, group, route, what + ' QHttpServer::route lambda (registration and handler on the same line). Example route, '
        'not a webhook.')
sc(R, P, 80, 'no', 'Basic-auth demo: decoded password compared with the literal "open sesame" via QByteArray operator== '
   '(the user id "Aladdin" is compared on the same line) -> not constant time.', 'Login compare.')
sc(R, P, 72, 'yes', 'Authorization scheme prefix compared with "basic "; not a secret.', NS)
R, P = 'qt/qthttpserver', 'examples/httpserver/addressbookserver/main.cpp'
for (line, group, route, what) in [
    (70, 'contact-list', 'GET /v2/contact', 'List contacts (no key).'),
    (81, 'contact-get', 'GET /v2/contact/<id>', 'Get one contact (no key).'),
    (91, 'contact-add', 'POST /v2/contact', 'Add a contact; 401 unless checkApiKeyHeader.'),
    (106, 'contact-put', 'PUT /v2/contact/<id>', 'Replace a contact; 401 unless checkApiKeyHeader.'),
    (124, 'contact-patch', 'PATCH /v2/contact/<id>', 'Update a contact; 401 unless checkApiKeyHeader.'),
    (144, 'contact-delete', 'DELETE /v2/contact/<id>', 'Delete a contact; 401 unless checkApiKeyHeader.'),
]:
    neg(R, P, line, group, route, what + ' Address-book REST example (QHttpServer::route); not a webhook.')
sc(R, P, 38, 'no', 'checkApiKeyHeader: value of the api_key header compared with the API_KEY literal "SecretKey" via QByteArray '
   'operator== (the header name is compared with "api_key" on the same line) -> not constant time.', 'API-key compare.')

# ---------------- kingpeterking/Base-Application (cpp-httplib inside an ImGui desktop template) ----------------
R, P = 'kingpeterking/Base-Application', 'src/Tools/Web/WebServer.cpp'
why = ('Example webhook receiver of the application template\'s embedded web server ("Example POST route: /webhook"): any POST '
       'body is recorded as a WebRequest and queued for the UI (GetRecentRequests) with 200 "Webhook received"; no secret, token '
       'or signature is read. The server listens on 0.0.0.0.')
wh(R, P, 163, 'yes', 'no', 'example-webhook', 'POST /webhook', why, 'Registration + handler lambda (m_server->Post).')
neg(R, P, 102, 'template-root', 'GET /', 'Hello page of the template web server; request is only queued for the UI.')
neg(R, P, 133, 'template-status', 'GET /api/status', 'Status JSON of the template web server.')

# ---------------- drogonframework/drogon examples/login_session (registerHandler lambdas + sessions) ----------------
R, P = 'drogonframework/drogon', 'examples/login_session/main.cc'
for (line, group, route, what) in [
    (9, 'login-page', 'GET /', 'Login/logout page chosen from the session flag.'),
    (23, 'logout', 'POST /logout', 'Erases the session flag.'),
    (34, 'login', 'POST /login', 'Form login; sets the session flag on success, 401 otherwise.'),
]:
    neg(R, P, line, group, route, what + ' app().registerHandler lambda (path argument line). Not a webhook.')
sc(R, P, 46, 'no', 'Login: MD5(salt + submitted password) compared with the stored hex hash literal via std::string operator== '
   '(user == "user" on the same line is the non-secret part) -> not constant time.', 'Password-hash compare.')
sc(R, P, 15, 'yes', 'Session flag loggedIn compared with false; not a secret compare.', NS)

# ---------------- zerotier/ZeroTierOne (cpp-httplib local control plane, pre-routing auth check) ----------------
R, P = 'zerotier/ZeroTierOne', 'service/OneService.cpp'
for (dline, rline, group, route, what) in [
    (2165, 2230, 'zt-status', 'GET /status', 'Node status.'),
    (2016, 2028, 'zt-network-list', 'GET /network', 'Joined networks.'),
    (2049, 2101, 'zt-network-join', 'POST /network/<nwid>', 'Join or configure a network.'),
    (2106, 2120, 'zt-network-leave', 'DELETE /network/<nwid>', 'Leave a network.'),
    (2123, 2140, 'zt-peer-list', 'GET /peer', 'Peer list.'),
    (1892, 1907, 'zt-config-post', 'POST /config/settings', 'Change local settings.'),
    (1912, 1931, 'zt-health', 'GET /health', 'Health probe (auth-exempt).'),
    (2305, 2315, 'zt-metrics', 'GET /metrics', 'Prometheus metrics (metrics token or auth token).'),
]:
    why = (what + ' Local JSON control API of zerotier-one (port 9993, loopback or allowManagementFrom), guarded by the authCheck '
           'pre-routing handler (line 1707); used by zerotier-cli and the desktop UI, not a callback from another system.')
    neg(R, P, dline, group, route, why + ' Handler lambda.')
    neg(R, P, rline, group, route, why + ' Registration (_controlPlane.Get/Post/Delete).')
for (line, what) in [
    (1712, 'x-zt1-auth header compared with the metrics token and the service auth token (authtoken.secret) via std::string =='),
    (1717, 'auth query parameter compared with the metrics token and the auth token via std::string =='),
    (1766, 'x-zt1-auth header compared with the auth token via std::string =='),
    (1771, 'auth query parameter compared with the auth token via std::string =='),
]:
    sc(R, P, line, 'no', 'authCheck (pre-routing handler): ' + what + ' -> not constant time.', 'API-token compare.')
sc(R, P, 222, 'no', 'bearerTokenValid: Bearer token of the Authorization header compared with the checked token via std::string != '
   '-> not constant time.', 'API-token compare (helper, called at lines 1722 and 1776).')
sc(R, P, 218, 'yes', 'Authorization scheme (lower-cased) compared with "bearer"; not a secret.', NS)
sc(R, P, 1708, 'yes', 'Request path compared with "/metrics"; routing, not a secret.', NS)
sc(R, P, 1753, 'yes', 'std::find of the request path in the auth-exempt endpoint list ("/sso", "/health"); not a secret.', NS)

# ---------------- T1fon/SmartLift (Boost.Beast HTTPS server: VK Marusia voice-assistant skill webhook -> MQTT lift) ----------------
R, P = 'T1fon/SmartLift', 'Smart_lift/MainServer/Modules/HTTPSServer/HTTPSServer.cpp'
why = ('Marusia (VK voice assistant) skill webhook of the "smart lift" system: Session::__analizeRequest accepts any POST, parses '
       'the JSON body, looks the body\'s session.application.application_id up in the station table (an identifier the platform '
       'sends in clear, not a secret), forwards the request to a Marusia worker and, when the worker answers move_lift '
       '(__callbackWorkerMarussia, line 348), sends a MOVE_LIFT command to the MQTT worker that drives the elevator. No signature, '
       'token or shared secret is checked.')
wh(R, P, 148, 'yes', 'no', 'marusia-skill', 'POST (any path) on the HTTPS port', why, 'Handler.')
wh(R, P, 98, 'yes', 'no', 'marusia-skill', 'POST (any path) on the HTTPS port', why, 'Dispatch: __onRead -> __analizeRequest (Beast has no route table).')
wh(R, P, 519, 'yes', 'no', 'marusia-skill', 'POST (any path) on the HTTPS port', why, 'Registration side: Listener::__onAccept creates the '
   'Session for every connection (the Listener is built in MainServer.cpp:49).')
sc(R, P, 212, 'yes', 'application_id from the request body compared with the station table entries (allow-list of device/application '
   'identifiers, not a secret).', NS)
sc(R, P, 209, 'yes', 'Cached station-table application id compared with the request\'s application_id; identifier, not a secret.', NS)
sc(R, P, 233, 'yes', 'Worker id of a connected worker session compared with the configured worker ids; not a secret.', NS)
sc(R, P, 348, 'yes', 'Worker answer target compared with "move_lift"; not a secret.', NS)

_labels.write(__file__, 'webhook16')
