#!/usr/bin/env python3
# Hand-written labels (from reading the code). Writes labels.jsonl.
C = {
 'nodogsplash/nodogsplash': '6beb760589da5fdeaa7b5f7c5277e38215811dbf',
 'ppp-project/ppp': 'ce4629f181af33fca43a4c95783e063efacead35',
 'merbanan/rtl_433': '91b2ebdb42e59798f98b4ebc192f137d2acbf66d',
 'yquake2/yquake2': '69599f5a7b3c543f33a5cec34811f09a98fbeb45',
 'atomx/nginx-http-auth-digest': 'b3073ef3624ec0e590671399e7b8f31458218d2a',
 'nginx-modules/ngx_http_hmac_secure_link_module': 'b80defebeafbb77b34431aee8f313908cd7cbeb5',
 'gavincarr/mod_auth_tkt': '041c981bbbdcf0e2c170efffe7df94eed5fa8907',
 'emqx/nanomq': 'a2d11e5c3f2fc1cf08901ceb8d0fa8a868de35ee',
 'agile6v/ngx_weixin_auth': '6be120219f1cd0f34b3debcf3fa140f319c4c00d',
}
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import Labels, NS  # noqa: E402

_labels = Labels('wh31', C)
wh, neg, sc = _labels.wh, _labels.neg, _labels.sc

# ---------------- nodogsplash/nodogsplash (C, libmicrohttpd captive portal) ----------------
R, P, M = 'nodogsplash/nodogsplash', 'src/http_microhttpd.c', 'src/main.c'
why_portal = ('Captive-portal web server of the gateway: every request of a (pre)authenticated WiFi client goes through '
              'libmicrohttpd_cb; browser traffic of local clients, not a callback from another system.')
neg(R, P, 305, 'nds-access', 'GET * (MHD access handler)', why_portal + ' Handler head (libmicrohttpd_cb).')
neg(R, M, 339, 'nds-access', 'GET * (MHD access handler)', why_portal + ' Registration: MHD_start_daemon(..., libmicrohttpd_cb, ...).')
neg(R, M, 343, 'nds-access', 'GET * (MHD access handler)', why_portal + ' Registration: the libmicrohttpd_cb argument of MHD_start_daemon.')
neg(R, P, 563, 'nds-auth', 'GET /<authdir>/?tok=&redir=', 'Client login: the splash page form sends the per-client token; '
    'try_to_authenticate compares it with the client record before the firewall is opened. A browser request, not a webhook. '
    'Branch in preauthenticated().')
neg(R, P, 392, 'nds-auth', 'GET /<authdir>/?tok=&redir=', 'Client login token check (try_to_authenticate).')
neg(R, P, 516, 'nds-deny', 'GET /<denydir>/', 'Authenticated client logs itself out (auth_client_deauth). Branch in authenticated().')
neg(R, P, 522, 'nds-status', 'GET /<authdir>/ (authenticated)', 'Status page for an already authenticated client. Branch in authenticated().')
neg(R, P, 584, 'nds-splash', 'GET / (splash page)', 'Splash page for a preauthenticated client (is_splashpage -> show_splashpage).')
neg(R, P, 589, 'nds-files', 'GET /* (static files)', 'Static content of the portal (serve_file).')
sc(R, P, 408, 'no', 'Per-client login token from the query ("tok") compared with client->token using strcmp; the token is the secret '
   'that opens the firewall for this client; early-exit compare.')
sc(R, P, 325, 'yes', 'HTTP method compared with "GET"; not a secret.', NS)
sc(R, P, 377, 'yes', 'URL path compared with the configured authdir (strncmp); route matching, not a secret.', NS)
sc(R, P, 164, 'yes', 'Host header compared with the gateway host name; not a secret.', NS)
sc(R, P, 205, 'yes', 'URL compared with the configured splash page name; not a secret.', NS)
sc(R, P, 820, 'yes', 'Header name compared with "Host"; not a secret.', NS)

# ---------------- ppp-project/ppp (pppd, C: PAP/CHAP/MS-CHAP/EAP authenticator) ----------------
R = 'ppp-project/ppp'
sc(R, 'pppd/chap-md5.c', 92, 'no', 'CHAP-MD5 server side: expected MD5(id||secret||challenge) compared with the peer\'s response using '
   'memcmp; a computed hash of the shared secret compared early-exit.')
sc(R, 'pppd/chap_ms.c', 218, 'no', 'MS-CHAPv1 server side: expected NT response (derived from the secret) compared with the peer\'s '
   'response using memcmp.')
sc(R, 'pppd/chap_ms.c', 273, 'no', 'MS-CHAPv2 server side: expected NT response compared with the peer\'s response using memcmp.')
sc(R, 'pppd/chap_ms.c', 366, 'no', 'MS-CHAPv2 client side (chapms2_check_success -> chapms2_find_in_response_cache): the authenticator '
   'response received from the peer is compared with the expected one (derived from the password) using memcmp.')
sc(R, 'pppd/chap_ms.c', 362, 'yes', 'Cached challenge compared with the current challenge (memcmp); the challenge is public, not a secret.', NS)
sc(R, 'pppd/chap_ms.c', 406, 'yes', 'Success message prefix compared with "S=" (strncmp); protocol syntax, not a secret.', NS)
sc(R, 'pppd/eap.c', 1597, 'no', 'EAP-MD5 server side: expected MD5(id||secret||challenge) compared with the peer\'s response (BCMP = memcmp).')
sc(R, 'pppd/auth.c', 1582, 'no', 'PAP (check_passwd): password sent by the peer compared with the secret from pap-secrets using strcmp.')
sc(R, 'pppd/auth.c', 1585, 'no', 'PAP (check_passwd): crypt() of the peer password compared with the stored crypt hash using strcmp.')
sc(R, 'pppd/auth.c', 1567, 'yes', 'Secret compared with the keyword "@login" (selects login-database mode); a literal, not a secret compare.', NS)
sc(R, 'pppd/auth.c', 2201, 'yes', 'Secrets-file client name compared with the peer name (scan_authfile); a user name, not a secret.', NS)
sc(R, 'pppd/auth.c', 2216, 'yes', 'Secrets-file server name compared with our name (scan_authfile); not a secret.', NS)

# ---------------- merbanan/rtl_433 (C, vendored mongoose 6, hand-written router in ev_handler) ----------------
R, P = 'merbanan/rtl_433', 'src/http_server.c'
why_rtl = ('Local HTTP/JSON-RPC control and data API of the SDR receiver (used by its own web UI and local tools); '
           'not a callback from another system.')
for (branch, handler, group, route) in [
    (1139, 732, 'rtl-options', 'OPTIONS *'),
    (1142, 748, 'rtl-index', 'GET /'),
    (1145, 759, 'rtl-ui', 'GET /ui'),
    (1148, 1037, 'rtl-jsonrpc', 'POST /jsonrpc'),
    (1151, 1002, 'rtl-cmd', 'GET|POST /cmd'),
    (1154, 957, 'rtl-events', 'GET /events'),
    (1157, 976, 'rtl-stream', 'GET /stream'),
    (1160, 780, 'rtl-metrics', 'GET /metrics'),
]:
    neg(R, P, branch, group, route, why_rtl + ' Branch in ev_handler.')
    neg(R, P, handler, group, route, why_rtl + ' Handler.')
neg(R, P, 1130, 'rtl-ws', 'WebSocket frames (JSON-RPC)', why_rtl + ' MG_EV_WEBSOCKET_FRAME case in ev_handler.')
neg(R, P, 1065, 'rtl-ws', 'WebSocket frames (JSON-RPC)', why_rtl + ' Handler (handle_ws_rpc).')
sc(R, P, 1151, 'yes', 'Request URI compared with "/cmd" (mg_vcmp); route matching, not a secret.', NS)
sc(R, P, 1017, 'yes', 'HTTP method compared with "GET" (mg_vcmp); not a secret.', NS)
sc(R, P, 534, 'yes', 'RPC method name compared with "get_dev_query"; not a secret.', NS)

# ---------------- yquake2/yquake2 (C, Quake II dedicated server: UDP connectionless commands) ----------------
R, S, G = 'yquake2/yquake2', 'src/server/sv_conless.c', 'src/game/player/client.c'
sc(R, S, 329, 'no', 'Rcon_Validate: rcon password from the UDP packet compared with the rcon_password cvar using strcmp; '
   'the rcon password grants remote console access.')
sc(R, G, 1445, 'no', 'ClientConnect: spectator password from the userinfo compared with spectator_password using strcmp.')
sc(R, G, 1483, 'no', 'ClientConnect: join password from the userinfo compared with the server password cvar using strcmp.')
sc(R, G, 1444, 'yes', 'spectator_password compared with the literal "none" (disabled marker); not a secret compare.', NS)
sc(R, G, 1482, 'yes', 'password compared with the literal "none" (disabled marker); not a secret compare.', NS)
sc(R, S, 430, 'yes', 'Connectionless command name compared with "rcon"; not a secret.', NS)
sc(R, S, 406, 'yes', 'Connectionless command name compared with "ping"; not a secret.', NS)

# ---------------- atomx/nginx-http-auth-digest (nginx access-phase module, C) ----------------
R, P = 'atomx/nginx-http-auth-digest', 'ngx_http_auth_digest_module.c'
sc(R, P, 727, 'no', 'HTTP Digest auth: the expected response (MD5 hex over HA1 from the htdigest file, nonce, HA2) compared with the '
   'client\'s "response" field using ngx_memcmp; a computed hash of the password compared early-exit.')
sc(R, P, 650, 'yes', 'Request URI compared with the digest "uri" field (ngx_strncmp); not a secret.', NS)
sc(R, P, 392, 'yes', 'Authorization scheme compared with "Digest" (ngx_strncasecmp); not a secret.', NS)
sc(R, P, 160, 'yes', 'Configured realm compared with "off"; configuration keyword, not a secret.', NS)
sc(R, P, 523, 'yes', 'Digest parameter name compared with "username"; not a secret.', NS)

# ---------------- nginx-modules/ngx_http_hmac_secure_link_module (nginx variable module, C) ----------------
R, P = 'nginx-modules/ngx_http_hmac_secure_link_module', 'ngx_http_hmac_secure_link_module.c'
sc(R, P, 740, 'yes', 'Secure-link HMAC from the URL compared with the recomputed HMAC using CRYPTO_memcmp (OpenSSL constant-time compare).')
sc(R, P, 710, 'yes', 'Decoded token length compared with the digest size; a length check, not the secret bytes.', NS)

# ---------------- gavincarr/mod_auth_tkt (Apache httpd 2.x module, C) ----------------
R, P = 'gavincarr/mod_auth_tkt', 'src/mod_auth_tkt.c'
sc(R, P, 956, 'no', 'valid_ticket: ticket digest from the auth_tkt cookie/URL compared with the digest computed with the shared '
   'secret (ticket_digest) using memcmp; a MAC compared early-exit.')
sc(R, P, 974, 'no', 'valid_ticket: same ticket digest compared with the digest computed with the old secret using memcmp.')
sc(R, P, 1028, 'yes', 'Required token name compared with a token from the ticket (strncmp); an authorisation label, not a secret.', NS)
sc(R, P, 756, 'yes', 'Query parameter name compared with the configured cookie name; not a secret.', NS)
sc(R, P, 1500, 'yes', 'Request scheme compared with "https"; not a secret.', NS)
sc(R, P, 362, 'yes', 'Configured digest type compared with "MD5"; configuration, not a secret.', NS)

# ---------------- emqx/nanomq (C, nng HTTP server; hand-written REST router in process_request) ----------------
R, P, W = 'emqx/nanomq', 'nanomq/rest_api.c', 'nanomq/web_server.c'
why_nmq = ('Broker management REST API (HTTP API v4) for operators and dashboards, behind basic_authorize / jwt_authorize '
           'in process_request; not a callback from another system.')
neg(R, W, 199, 'nmq-rest', 'ANY /api/v4/* (dispatcher)', why_nmq + ' rest_handle: the only handler of the API prefix; it hands the '
    'request to process_request.')
neg(R, W, 285, 'nmq-rest', 'ANY /api/v4/* (dispatcher)', why_nmq + ' Registration: nng_http_handler_alloc(&handler, url->u_path, rest_handle).')
neg(R, P, 788, 'nmq-rest', 'ANY /api/v4/* (dispatcher)', why_nmq + ' process_request (auth, then routing).')
neg(R, W, 308, 'nmq-dist', 'GET /* (dashboard static files)', 'Static dashboard files served by nng_http_handler_alloc_directory '
    '("./dist"); not a webhook. Registration line (library directory handler).')
# (branch line in process_request, method, path, handler, handler definition line or None when an earlier group has it)
for (branch, method, path, handler, hdef) in [
    (814, 'GET', '/api/v4', 'get_endpoints', 1051),
    (816, 'GET', '/api/v4/brokers', 'get_brokers', 1102),
    (820, 'GET', '/api/v4/nodes', 'get_nodes', 1146),
    (824, 'GET', '/api/v4/prometheus', 'get_prometheus', 1512),
    (829, 'GET', '/api/v4/metrics', 'get_metrics', 1550),
    (834, 'GET', '/api/v4/clients', 'get_clients', 1286),
    (839, 'GET', '/api/v4/clients/{clientid}', 'get_clients', None),
    (845, 'GET', '/api/v4/clients/username/{username}', 'get_clients', None),
    (852, 'GET', '/api/v4/subscriptions', 'get_subscriptions', 1657),
    (857, 'GET', '/api/v4/subscriptions/{clientid}', 'get_subscriptions', None),
    (863, 'GET', '/api/v4/rules', 'get_rules', 2737),
    (868, 'GET', '/api/v4/rules/{id}', 'get_rules', None),
    (874, 'GET', '/api/v4/topic-tree', 'get_tree', 2810),
    (878, 'GET', '/api/v4/reload', 'show_reload_config', 2936),
    (882, 'GET', '/api/v4/configuration', 'get_config', 3021),
    (886, 'GET', '/api/v4/configuration/{section}', 'get_config', None),
    (890, 'GET', '/api/v4/bridges', 'get_mqtt_bridge', 3712),
    (894, 'GET', '/api/v4/bridges/{name}', 'get_mqtt_bridge', None),
    (904, 'POST', '/api/v4/ctrl/{action}', 'post_ctrl', 2900),
    (907, 'POST', '/api/v4/reload', 'post_reload_config', 2959),
    (911, 'POST', '/api/v4/configuration', 'post_config', 3135),
    (915, 'POST', '/api/v4/config_update', 'update_config', 2988),
    (919, 'POST', '/api/v4/configuration/{section}', 'post_config', None),
    (923, 'POST', '/api/v4/rules', 'post_rules', 2065),
    (927, 'POST', '/api/v4/mqtt/publish', 'post_mqtt_msg', 3639),
    (932, 'POST', '/api/v4/bridges/sub/{name}', 'post_mqtt_bridge_sub', 3955),
    (939, 'POST', '/api/v4/bridges/unsub/{name}', 'post_mqtt_bridge_unsub', 4143),
    (945, 'POST', '/api/v4/mqtt/publish_batch', 'post_mqtt_msg_batch', 3666),
    (951, 'POST', '/api/v4/bridges/switch/{name}', 'put_mqtt_bridge_switch', 3799),
    (989, 'PUT', '/api/v4/rules/{id}', 'put_rules', 2484),
    (993, 'PUT', '/api/v4/bridges/{name}', 'put_mqtt_bridge', 3738),
    (1003, 'DELETE', '/api/v4/rules/{id}', 'delete_rules', 2634),
]:
    g = 'nmq-' + method.lower() + path[len('/api/v4'):].replace('/', '-').replace('{', '').replace('}', '')
    route = method + ' ' + path
    neg(R, P, branch, g, route, why_nmq + ' Branch in process_request -> ' + handler + '.')
    if hdef:
        neg(R, P, hdef, g, route, why_nmq + ' Handler ' + handler + ' (shared handlers are anchored in their first route only).')
sc(R, P, 776, 'no', 'basic_authorize: "username:password" built from the configured credentials compared with the decoded Basic '
   'Authorization value using strcmp; early-exit compare of the API password.')
sc(R, P, 571, 'yes', 'Request URI compared with REST_URI_ROOT; route matching, not a secret.', NS)
sc(R, P, 818, 'yes', 'URI segment compared with "brokers"; route matching, not a secret.', NS)
sc(R, P, 903, 'yes', 'HTTP method compared with "POST" (nng_strcasecmp); not a secret.', NS)

# ---------------- agile6v/ngx_weixin_auth (nginx module, C: WeChat callback verification in front of the app) ----------------
R, P = 'agile6v/ngx_weixin_auth', 'ngx_http_weixin_auth.c'
why_wx = ('WeChat Official Account server callbacks to the location where "weixin_auth on" is set: ngx_http_weixin_auth '
          'recomputes SHA1(sorted token, timestamp, nonce) and compares it with the "signature" query argument; '
          'on mismatch the handler answers 403 before the request reaches the application.')
wh(R, P, 112, 'yes', 'yes', 'wx-message', 'POST <location> (WeChat message push)', why_wx,
   'Handler ngx_http_weixin_auth_access_handler: verifies, then calls the original content handler (proxy_pass).')
wh(R, P, 102, 'yes', 'yes', 'wx-message', 'POST <location> (WeChat message push)', why_wx,
   'Registration: clcf->handler = ngx_http_weixin_auth_access_handler (location already has a content handler).')
wh(R, P, 141, 'yes', 'yes', 'wx-echo', 'GET <location>?signature=&timestamp=&nonce=&echostr=', why_wx,
   'Handler ngx_http_weixin_auth_handler: URL verification, echoes echostr only after the signature matched.')
wh(R, P, 104, 'yes', 'yes', 'wx-echo', 'GET <location>?signature=&timestamp=&nonce=&echostr=', why_wx,
   'Registration: clcf->handler = ngx_http_weixin_auth_handler (location without a content handler).')
sc(R, P, 262, 'no', 'WeChat callback signature (SHA1 hex over the sorted token, timestamp and nonce) compared with the "signature" '
   'argument using ngx_memcmp; early-exit compare of a MAC-like value.')
sc(R, P, 218, 'yes', 'Signature length compared with 40; a length check, not the secret bytes.', NS)
sc(R, P, 225, 'yes', 'timestamp compared with nonce (ngx_memn2cmp) to sort them; both are public request arguments.', NS)

_labels.write(__file__, 'webhook31')
