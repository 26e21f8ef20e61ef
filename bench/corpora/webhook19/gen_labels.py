#!/usr/bin/env python3
# Hand-written labels (from reading the code). Writes labels.jsonl.
C = {
 'zltl/ssh-proxy-core': '16def90a0cf86bc39bf7b27d2bc1c72a02a3d52b',
 'fantasydreams/wework_callback_sdk_server': 'fe7c62aaca0459ba822531e22c21a1ea62470bb7',
 'ericoporto/IFTTTLed': '4a62fd094b44001b8e03a61ee239af3b32d9ec2c',
 'jellewie/Arduino_IFTTT_to_milight_hub': '43352b536d71b662dda367fa2f7a151ff3e62cb9',
 'sinricpro/esp-idf': 'c68910bec1e520c009917579313d62a9fceca084',
 'redBorder/n2kafka': '0bdc5ddeb019d08a28fabf4aa48d912657edbab0',
 'milosz08/home-theater-automation-system': '632441750f30c31ab4fae963279eb35d6cb13a77',
 'transmission/transmission': 'bb6b5a062ee594dfd4b7a12a6b6e860c43849bfd',
 'nginx/nginx': '3f6f7824d4e2eb1ac37dec76683d525ac0ff521c',
 'mitixx/StackChan': '9965271b927d613dbd553030c0022a18d9c8990e',
 'liberodark/ESPTimeCast': 'b5ebcb083b687cf13b3a8ff9c5f93b8ba53f9abe',
 'ainyan03/prompt-relay': 'f97b699817602fbfa7bdb534c18b04d2114c5542',
 'luguanlin1992/xiaozhi': '53f3e516b7e2405a799596be94dbced618e5e172',
 'kilng235/ai-passport-bridge': '22c52dd84815b43b858d11ce1cc97ebc665ef837',
 'dkonigsberg/wallbox-code': '2098ae5c59a51ae26c64a95a7f47df76fa885cfd',
}
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import Labels, NS  # noqa: E402

_labels = Labels('wh19', C)
wh, neg, sc = _labels.wh, _labels.neg, _labels.sc

# ---------------- zltl/ssh-proxy-core (C11, raw POSIX socket admin/health HTTP server) ----------------
R, P = 'zltl/ssh-proxy-core', 'src/health_check.c'
why_admin = ('Admin REST API of the SSH proxy (operator-facing), behind check_admin_auth (static token, hmac: or jwt: mode, '
             'all compared in constant time); not a callback from another system.')
for (line, rline, group, route, what) in [
    (969, 1482, 'hc-health', 'GET /health', 'Public liveness endpoint.'),
    (995, 1486, 'hc-metrics', 'GET /metrics', 'Public Prometheus metrics.'),
    (1380, 1501, 'hc-token', 'POST /api/v1/token', 'Issues an admin token when the body "secret" equals the configured secret (XOR loop, line 1421).'),
    (1064, 1533, 'hc-sessions-list', 'GET /api/v1/sessions', why_admin),
    (1184, 1535, 'hc-session-delete', 'DELETE /api/v1/sessions/{id}', why_admin),
    (1139, 1537, 'hc-upstreams', 'GET /api/v1/upstreams', why_admin),
    (1179, 1539, 'hc-reload', 'POST /api/v1/reload', why_admin),
    (1217, 1541, 'hc-config', 'GET /api/v1/config', why_admin),
    (1253, 1545, 'hc-drain-update', 'PUT /api/v1/drain', why_admin),
]:
    neg(R, P, line, group, route, what + ' Handler.')
    neg(R, P, rline, group, route, what + ' Dispatch line in handle_request (strcmp routing).')
sc(R, P, 601, 'yes', 'HMAC token check (health_check_validate_token): hex HMAC compared with a fixed-length XOR-accumulate loop over '
   'all 64 bytes after a length check; constant time.')
sc(R, P, 668, 'yes', 'JWT signature (health_check_validate_jwt): base64url HMAC compared with an XOR-accumulate loop after a length check; '
   'constant time.')
sc(R, P, 736, 'yes', 'Static admin token (check_admin_auth): volatile XOR-accumulate loop, length mismatch folded into diff; constant time '
   '(loops over the shorter length, so only the length leaks).')
sc(R, P, 1421, 'yes', 'POST /api/v1/token: body "secret" vs configured secret, XOR-accumulate loop after a length check; constant time.')
sc(R, P, 641, 'yes', 'JWT header segment compared with the fixed header constant (strcmp); the header is public, not a secret.', NS)
sc(R, P, 378, 'yes', 'Token scope string compared with "admin"; not a secret.', NS)
sc(R, P, 715, 'yes', 'Configured token prefix compared with the mode literal "hmac:" (strncmp); selects the auth mode, not a secret compare.', NS)
sc(R, P, 1414, 'yes', 'Length of the supplied secret compared with the configured one (early 401); a length, not the secret bytes.', NS)

# ---------------- fantasydreams/wework_callback_sdk_server (mongoose 6.18 vendored, C++11) ----------------
R, M, X = 'fantasydreams/wework_callback_sdk_server', 'httpserverc++/httpmain.cpp', 'httpserverc++/WXBizJsonMsgCrypt.cpp'
why_url = ('WeCom (WeChat Work) callback URL verification: GET /?msg_signature=&timestamp=&nonce=&echostr= from WeCom; '
           'URLverifyHandler calls WXBizJsonMsgCrypt::VerifyURL, which recomputes the SHA1 signature over token/timestamp/nonce/echostr '
           '(ValidateSignature) and returns an error before decrypting echostr; on error the handler answers "verify error".')
wh(R, M, 338, 'yes', 'yes', 'wecom-url-verify', 'GET / (query has echostr)', why_url,
   'Handler. Signature compared with std::string != in ValidateSignature -> not constant time.', compare_line=None)
wh(R, M, 112, 'yes', 'yes', 'wecom-url-verify', 'GET / (query has echostr)', why_url,
   'Dispatch: DisPatcher routes requests whose raw message contains "echostr" to URLverifyHandler.')
why_msg = ('WeCom JSON message/event callback POST /?msg_signature=&timestamp=&nonce=: CallbackHandler -> JsonHandler, which calls '
           'WXBizJsonMsgCrypt::DecryptMsg; DecryptMsg validates the msg_signature (ValidateSignature) before decrypting, and JsonHandler '
           'returns on failure before replying to text/image messages.')
wh(R, M, 256, 'yes', 'yes', 'wecom-message', 'POST / (application/json)', why_msg,
   'Handler. Signature compared with std::string != (WXBizJsonMsgCrypt.cpp:410) -> not constant time.')
wh(R, M, 93, 'yes', 'yes', 'wecom-message', 'POST / (application/json)', why_msg,
   'Dispatch: CallbackHandler, Content-Type application/json -> JsonHandler.')
wh(R, M, 107, 'yes', 'yes', 'wecom-message', 'POST / (application/json)', why_msg,
   'DisPatcher, the only handler in the route map (every request to "/").')
wh(R, M, 407, 'yes', 'yes', 'wecom-message', 'POST / (application/json)', why_msg,
   'Registration: http_server->AddHandler("/", DisPatcher) (route map looked up in HttpServer::HandleHttpEvent).')
sc(R, X, 410, 'no', 'WeCom msg_signature (SHA1 hex over token, timestamp, nonce, payload) compared with std::string operator!= in '
   'ValidateSignature; early-exit compare of a MAC-like signature.')
sc(R, M, 91, 'yes', 'Content-Type value compared with "application/json"; not a secret.', NS)
sc(R, M, 128, 'yes', 'Decrypted message MsgType compared with "text"; not a secret.', NS)

# ---------------- ericoporto/IFTTTLed (Arduino + Ethernet shield, raw HTTP parsing) ----------------
R, P = 'ericoporto/IFTTTLed', 'iftttled.ino'
why = ('IFTTT Maker (Webhooks) applet POSTs "on"/"off" to the Arduino (README: port-forward the board, then point the IFTTT Maker '
       'action at it); loop() reads the request with readHttpRequest and, for any POST, switches the LED from the body. No key, '
       'token or source check of any kind.')
wh(R, P, 189, 'yes', 'no', 'ifttt-led', 'POST / (any path, port 80)', why, 'Handler: loop() processes every accepted client.')
wh(R, P, 31, 'yes', 'no', 'ifttt-led', 'POST / (any path, port 80)', why, 'Registration: EthernetServer server(80) (accepted in loop()).')
sc(R, P, 206, 'yes', 'Request body compared with the command literal "on"; not a secret.', NS)
sc(R, P, 57, 'yes', 'HTTP method token compared with "POST"; not a secret.', NS)
sc(R, P, 84, 'yes', 'Header name compared with "Content-Length:"; not a secret.', NS)

# ---------------- jellewie/Arduino_IFTTT_to_milight_hub (ESP32 Arduino WebServer) ----------------
R, P = 'jellewie/Arduino_IFTTT_to_milight_hub', 'Arduino/IFTTT.ino'
why = ('IFTTT webhook target (Arduino.ino header: "IFTT SETTINGS: http://<public ip>/ POST ..."): /set takes light=, on=, r/g/b, '
       'brightness, transition parameters from the query/body and POSTs the resulting command to the MiLight hub. No key, token or '
       'signature is checked (the IFTTT key in the file is only used for outgoing triggers).')
wh(R, P, 42, 'yes', 'no', 'ifttt-set', 'ANY /set', why, 'Handler: IFTTT_handle_Set.')
wh(R, P, 35, 'yes', 'no', 'ifttt-set', 'ANY /set', why, 'Registration: IFTTT_server.on("/set", IFTTT_handle_Set).')
sc(R, P, 54, 'yes', 'Query argument name compared with "light" (String ==); not a secret.', NS)
sc(R, P, 98, 'yes', 'Argument value compared with "true"/"false"; not a secret.', NS)

# ---------------- sinricpro/esp-idf (ESP-IDF C SDK, WebSocket client receiving cloud commands) ----------------
R = 'sinricpro/esp-idf'
why = ('SinricPro cloud pushes device requests (setPowerState, ...) over the device\'s WebSocket; handle_received_message verifies '
       'the HMAC only when the message has a "signature" object with a string "HMAC" and the payload can be extracted; a message '
       'without them is processed (fail-open). Not an HTTP route: a cloud-to-device command channel (see Doubts).')
wh(R, 'src/core/sinricpro_core.c', 242, 'yes', 'unclear', 'sinric-ws-message', 'WebSocket message from ws.sinric.pro', why,
   'Handler: handle_received_message. verified=unclear: fail-open check on a non-HTTP channel.', compare_line=None)
wh(R, 'src/core/sinricpro_core.c', 523, 'yes', 'unclear', 'sinric-ws-message', 'WebSocket message from ws.sinric.pro', why,
   'Registration: .on_receive = handle_received_message in the WebSocket config.')
sc(R, 'src/core/sinricpro_signature.c', 127, 'no', 'sinricpro_verify_signature: base64 HMAC-SHA256 of the payload compared with the '
   'received signature by strcmp; early-exit compare of a MAC.')
sc(R, 'src/core/sinricpro_core.c', 293, 'yes', 'Payload type compared with "request"; not a secret.', NS)

# ---------------- redBorder/n2kafka (C, libmicrohttpd listener -> per-listener decoders -> Kafka) ----------------
R = 'redBorder/n2kafka'
why_meraki = ('Cisco Meraki Scanning API push (location observations POSTed by the Meraki cloud to the listener configured with '
              '"decode_as": "meraki"): extract_meraki_data requires the body "secret" to be a key of the configured meraki-secrets '
              'database (line 559) and discards the message otherwise (lines 577-580), before anything is sent to Kafka. '
              'See Doubts: a "*" default entry in meraki-secrets accepts any secret.')
wh(R, 'src/decoder/meraki/rb_meraki.c', 623, 'yes', 'yes', 'meraki-scanning', 'POST <http listener> (decode_as meraki)', why_meraki,
   'Handler: meraki_decode (called by the libmicrohttpd listener with the full body). The secret is looked up in a jansson '
   'object (hash table), not compared with an operator.')
wh(R, 'src/engine/global_config.c', 93, 'yes', 'yes', 'meraki-scanning', 'POST <http listener> (decode_as meraki)', why_meraki,
   'Registration: registered_decoders table entry "meraki" -> meraki_decode.')
why_mse = ('Cisco MSE / CMX streaming notifications pushed to the listener configured with "decode_as": "MSE": mse_decode parses '
           'the JSON and sends every notification to Kafka. The only lookup is the notification\'s subscriptionName (a stream name '
           'configured on the MSE, with a "default" fallback) to pick enrichment data; no credential, signature or source check.')
wh(R, 'src/decoder/mse/rb_mse.c', 706, 'yes', 'no', 'mse-notifications', 'POST <http listener> (decode_as MSE)', why_mse,
   'Handler: mse_decode.')
wh(R, 'src/engine/global_config.c', 91, 'yes', 'no', 'mse-notifications', 'POST <http listener> (decode_as MSE)', why_mse,
   'Registration: registered_decoders table entry "MSE" -> mse_decode.')
sc(R, 'src/listener/http.c', 557, 'yes', 'HTTP method compared with "POST"; not a secret.', NS)
sc(R, 'src/listener/http.c', 372, 'yes', 'URL path segment compared with "rbdata"; routing, not a secret.', NS)

# ---------------- milosz08/home-theater-automation-system (ESP-IDF https server + middleware) ----------------
R = 'milosz08/home-theater-automation-system'
B = 'esp32_firmware/components/'
why = ('Control API of the home-theater ESP32 used by the project\'s Android client; every endpoint has is_public=false, so '
       'http_middleware (https_server.c:36) calls app_api_check_auth (token header vs NVS password, constant time) first. User-facing, '
       'not a callback from another system.')
for (line, rline, group, route, what) in [
    (20, 10, 'htas-change-password', 'POST /api/change-password', 'Change password (old password compared in constant time).'),
    (62, 17, 'htas-reset-password', 'DELETE /api/reset-password', 'Reset to the factory password.'),
]:
    neg(R, B + 'app_api/app_api_auth.c', line, group, route, what + ' ' + why + ' Handler.')
    neg(R, B + 'app_api/app_api_registry.c', rline, group, route, what + ' Registration: s_endpoints table entry.')
sc(R, B + 'app_api/app_api.c', 179, 'yes', 'app_api_check_auth: token header vs stored password with helper_secure_memcmp '
   '(XOR-accumulate over the full length, helper.c:49) after an equal-length check; constant time.')
sc(R, B + 'app_api/app_api_auth.c', 51, 'yes', 'change-password: old password vs stored password with helper_secure_memcmp after a '
   'length check; constant time.')
sc(R, B + 'app_api/app_api.c', 178, 'yes', 'Lengths of the supplied and stored password compared; a length, not the secret bytes.', NS)

# ---------------- transmission/transmission 3.00 (C, libevent evhttp RPC server) ----------------
R, P = 'transmission/transmission', 'libtransmission/rpc-server.c'
why = ('Transmission RPC/web interface (user-facing remote control), behind the optional Basic-auth password, the address and host '
       'whitelists and the X-Transmission-Session-Id anti-CSRF token; not a callback from another system.')
for (line, rline, group, route, what) in [
    (429, 697, 'tr-web-client', 'GET <rpc-url>web/...', 'Static web client files.'),
    (164, 701, 'tr-upload', 'POST <rpc-url>upload', 'Torrent upload (multipart; requires the session id in a part).'),
    (512, 746, 'tr-rpc', 'POST <rpc-url>rpc', 'JSON-RPC endpoint.'),
]:
    neg(R, P, line, group, route, what + ' ' + why + ' Handler.')
    neg(R, P, rline, group, route, what + ' Dispatch line in handle_request.')
neg(R, P, 625, 'tr-request', '<rpc-url>* (evhttp generic callback)', 'handle_request: auth, whitelist and session-id gate in front '
    'of the three routes. ' + why + ' Handler.')
neg(R, P, 831, 'tr-request', '<rpc-url>* (evhttp generic callback)', 'Registration: evhttp_set_gencb(httpd, handle_request, server).')
sc(R, P, 621, 'no', 'test_session_id: X-Transmission-Session-Id header (anti-CSRF token) compared with the current session id by strcmp.')
sc(R, P, 191, 'no', 'handle_upload: session id sent in a multipart part compared with the current session id by memcmp.')
sc(R, 'libtransmission/crypto-utils.c', 183, 'no', 'tr_ssha1_matches: salted SHA1 hex of the Basic-auth password compared with the '
   'stored hash by strncmp (called from handle_request line 674).')
sc(R, P, 673, 'yes', 'Basic-auth username compared with the configured username by strcmp; the username is not the secret '
   '(the password goes through tr_ssha1_matches).', NS)
sc(R, P, 597, 'yes', 'Host header name compared with "localhost"; not a secret.', NS)
sc(R, P, 688, 'yes', 'Request URI prefix compared with the configured RPC URL; routing, not a secret.', NS)

# ---------------- nginx/nginx (C, http modules: access-phase auth and secure_link variable) ----------------
R = 'nginx/nginx'
A, L = 'src/http/modules/ngx_http_auth_basic_module.c', 'src/http/modules/ngx_http_secure_link_module.c'
sc(R, A, 303, 'no', 'auth_basic: ngx_crypt(password, stored hash) output compared with the stored htpasswd hash by ngx_strcmp '
   '(for {PLAIN} entries ngx_crypt returns the plaintext, so the password itself is compared); early exit.')
sc(R, L, 182, 'yes', 'secure_link: base64url MD5 from the request vs computed MD5, XOR-accumulate over 16 bytes '
   '("constant time comparison" comment); constant time.')
sc(R, L, 261, 'yes', 'secure_link_secret (old form): hex MD5 in the URI vs computed MD5, XOR-accumulate over 16 bytes; constant time.')
sc(R, A, 118, 'yes', 'auth_basic realm value compared with "off"; configuration keyword, not a secret.', NS)

# ---------------- mitixx/StackChan (fork of M5Stack StackChan firmware, ESP-IDF esp_http_server) ----------------
R, P = 'mitixx/StackChan', 'firmware/main/main.cpp'
why = ('GitHub webhook (the fork\'s development log: GitHub -> Cloudflare tunnel -> ESP32 POST /github; "認証: 現在は無認証", i.e. '
       'no authentication yet, HMAC of X-Hub-Signature-256 recommended): github_webhook_handler reads X-GitHub-Event and the body, '
       'parses repository/sender and plays the "notification from GitHub" sound. No signature or token check.')
wh(R, P, 36, 'yes', 'no', 'github-notify', 'POST /github', why, 'Handler: github_webhook_handler.')
wh(R, P, 109, 'yes', 'no', 'github-notify', 'POST /github', why, 'Registration: httpd_register_uri_handler(_server, &github_uri).')
neg(R, P, 26, 'hello', 'GET /hello', 'Local test endpoint: plays "hello" (curl from the LAN). Handler.')
neg(R, P, 108, 'hello', 'GET /hello', 'Registration: httpd_register_uri_handler(_server, &hello_uri).')

# ---------------- liberodark/ESPTimeCast (ESP32/ESP8266 LED clock, ESPAsyncWebServer lambdas) ----------------
R, P = 'liberodark/ESPTimeCast', 'ESPTimeCast_ESP/ESPTimeCast_ESP.ino'
why = ('Incoming webhook for notifications from external services (README "Webhooks": POST /webhook with key, message, priority): '
       'the lambda answers 403 unless webhooks are enabled and the "key" form field equals webhookKey (secureCompare, an XOR loop, '
       'line 327), before the message is queued for display.')
wh(R, P, 2006, 'yes', 'yes', 'esptimecast-webhook', 'POST /webhook', why,
   'Registration and handler (lambda passed to server.on). Key compared with secureCompare (constant time, line 333).',
   compare_line=2017, ct='yes')
sc(R, P, 333, 'yes', 'secureCompare: webhook key vs configured key, XOR-accumulate over the whole length after a length check; '
   'constant time (called at line 2017).')
sc(R, P, 318, 'no', 'checkAuth: X-Auth-Token header vs the session token with Arduino String operator==; early exit.')
sc(R, P, 2110, 'no', '/auth/login: submitted password vs adminPassword with String operator!= (char array converted); early exit.')
sc(R, P, 329, 'yes', 'secureCompare length check (strlen(a) != len); compares lengths, not secret bytes.', NS)
for (line, group, route, what) in [
    (2104, 'etc-login', 'POST /auth/login', 'Admin login (password, optional TOTP) returning a session token.'),
    (1153, 'etc-save', 'POST /save', 'Save configuration (checkAuth when auth is enabled).'),
    (1115, 'etc-config', 'GET /config.json', 'Read configuration.'),
    (1675, 'etc-api-message', 'POST /api/message', 'Local API (README "API"): show a custom message; gated only by the apiEnabled switch.'),
    (1725, 'etc-api-status', 'GET /api/status', 'Local API: device status.'),
    (1815, 'etc-api-mode', 'POST /api/mode', 'Local API: change display mode.'),
    (1951, 'etc-api-reboot', 'POST /api/reboot', 'Local API: reboot.'),
    (2092, 'etc-set-webhooks', 'POST /set_webhooks', 'Web UI toggle that enables/disables the webhook endpoint.'),
]:
    neg(R, P, line, group, route, what + ' User-facing web UI / local API, not a callback from another system. '
        'Registration and handler (lambda).')

# ---------------- ainyan03/prompt-relay (M5Stack/ESP32 server for Claude Code hooks, esp_http_server) ----------------
R, P = 'ainyan03/prompt-relay', 'server-esp32/main/http_server.cpp'
why_gate = ('check_auth (line 19) only requires an "Authorization: Bearer <key>" header whose key is 8-128 characters long; the key is '
            'never compared with anything (the Node.js server uses it as a room name, the ESP32 port has a single store), so any '
            'caller on the network passes.')
why = ('Claude Code hook callbacks (docs/design-esp32.md: "Claude Code のフックが ESP32 に POST /permission-request を送信"): the '
       'hook script POSTs each permission prompt (tool name, command, tmux target, choices) to the device, which shows it and later '
       'hands back allow/deny for the hook to type into tmux. ' + why_gate)
wh(R, P, 98, 'yes', 'no', 'cc-permission-request', 'POST /permission-request', why, 'Handler: handle_permission_request_create.')
wh(R, P, 567, 'yes', 'no', 'cc-permission-request', 'POST /permission-request', why, 'Registration: httpd_register_uri_handler(server, &uri_pr_create).')
why_n = ('Claude Code notification hook POST /notify: shows the hook\'s message on the device display. ' + why_gate)
wh(R, P, 488, 'yes', 'no', 'cc-notify', 'POST /notify', why_n, 'Handler: handle_notify.')
wh(R, P, 603, 'yes', 'no', 'cc-notify', 'POST /notify', why_n, 'Registration: httpd_register_uri_handler(server, &uri_notify).')
for (line, rline, group, route, what) in [
    (91, 558, 'pr-health', 'GET /health', 'Health check.'),
    (423, 576, 'pr-list', 'GET /permission-requests', 'List pending requests (clients / UI).'),
    (238, 585, 'pr-response', 'GET /permission-request/{id}/response', 'Poll for the decision (called by the hook script as a client).'),
    (249, 594, 'pr-respond', 'POST /permission-request/{id}/respond|cancel', 'Answer or cancel a request (clients / UI).'),
]:
    neg(R, P, line, group, route, what + ' Not a callback into the device from another system. Handler.')
    neg(R, P, rline, group, route, what + ' Registration line.')
sc(R, P, 24, 'yes', 'Authorization scheme prefix compared with "Bearer " (strncmp); not a secret.', NS)
sc(R, P, 27, 'yes', 'Bearer key length range check (8-128); the key itself is never compared, see the handler labels.', NS)

# ---------------- luguanlin1992/xiaozhi (xiaozhi-esp32 fork; files reconstructed from the index) ----------------
R, P = 'luguanlin1992/xiaozhi', 'main/cc_notify_server.cc'
why = ('Claude Code event push (header comment: the PC-side "cc-bridge" POSTs Claude Code events - permission needed / question / '
       'done - over the LAN to the device): NotifyHandler parses {"level","title","text"} and raises an alert with sound and emotion '
       'on the device. No token, signature or source check at all (port 8930 on the LAN).')
wh(R, P, 43, 'yes', 'no', 'cc-bridge-notify', 'POST /notify (port 8930)', why, 'Handler: CcNotifyServer::NotifyHandler.')
wh(R, P, 108, 'yes', 'no', 'cc-bridge-notify', 'POST /notify (port 8930)', why, 'Registration: httpd_register_uri_handler(server_handle_, &notify_uri) in Start().')
sc(R, P, 27, 'yes', 'Notification level compared with "permission"; not a secret.', NS)

# ---------------- kilng235/ai-passport-bridge (ESP-IDF C; app_notify files reconstructed from the index) ----------------
R, P = 'kilng235/ai-passport-bridge', 'main/app_notify.c'
why = ('Coding-agent status push from the PC-side bridge/plugin (header: "HTTP /notify, receive pushes from the computer"): '
       'notify_post_handler records the sender IP as the bridge address for later reverse requests, parses the JSON '
       '{kind,title,text,sessions} and stores it as the latest notification (ring/wake the screen). No token, signature or '
       'source check; any LAN host can post and also becomes the "bridge" target.')
wh(R, P, 45, 'yes', 'no', 'passport-notify', 'POST /notify', why, 'Handler: notify_post_handler.')
wh(R, P, 107, 'yes', 'no', 'passport-notify', 'POST /notify', why, 'Registration: httpd_register_uri_handler(server, &notify) in server_start().')

# ---------------- dkonigsberg/wallbox-code (ESP8266 NONOS SDK, raw espconn TCP listener for UPnP GENA NOTIFY) ----------------
R, P = 'dkonigsberg/wallbox-code', 'user/user_sonos_listener.c'
why = ('UPnP GENA event callback from a Sonos speaker (the device SUBSCRIBEs with CALLBACK http://<self>:3400/notify): '
       'sonos_listener_recv_callback parses the raw HTTP request (NOTIFY /notify, SID, NT, NTS, CONTENT-LENGTH) and rejects '
       'the connection unless the SID header equals the subscription id Sonos returned (os_strcmp, line 390) before the body is '
       'buffered; the disconnect callback then parses LastChange and fires the transport-state callback. The SID is the only '
       'credential GENA has (a capability id, not an HMAC), compared with a plain strcmp.')
wh(R, P, 304, 'yes', 'yes', 'sonos-gena-notify', 'NOTIFY /notify (port 3400)', why,
   'Handler: sonos_listener_recv_callback (espconn receive callback); the SID compare is labelled separately (secret_compare, line 390).')
wh(R, P, 183, 'yes', 'yes', 'sonos-gena-notify', 'NOTIFY /notify (port 3400)', why,
   'Registration: espconn_regist_recvcb(pesp_conn, sonos_listener_recv_callback) in the accept callback.')
sc(R, P, 390, 'no', 'Notification SID (subscription capability id) compared with the stored subscribe_id via os_strcmp '
   '(= strcmp); early-exit compare of the only credential of the callback.')
sc(R, P, 350, 'yes', 'Request line compared with "NOTIFY /notify HTTP/1.1" (os_strncmp); route match, not a secret.', NS)
sc(R, P, 353, 'yes', 'Header name prefix "SID: " matched with os_strncmp; header name, not a secret.', NS)

_labels.write(__file__, 'webhook19')
