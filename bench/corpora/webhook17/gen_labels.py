#!/usr/bin/env python3
# Hand-written labels (from reading the code). Writes labels.jsonl.
C = {
 'pikvm/ustreamer': 'b5e12a841270fedea75aa03b05de8fda15a3745e',
 'tsl0922/ttyd': '647d55ad865f5ad85ad89ba5e1b28d9b6ac8fd55',
 'jacksonliam/mjpg-streamer': '310b29f4a94c46652b20c4b7b6e5cf24e532af39',
 'oun111/mnet': '7b2744a4d203a4c5ac7f07b12e67443c870e3699',
 'brettsheffield/lcwebhook': '346de751955a37fbc8360197ae3a464d52dc4554',
 'calvinwilliams/weixin4c': '2f0cac24441cb863f4fdea8c39df1eafbe8c0245',
 'HadeonYu/cqhttp-cpplib': 'c4b5de0549a4a315bc9743784c19eb58e79c6d46',
 'RuiPro/QQBot': 'f7b0752b1e07f462573ace14493a46759a03bca7',
 'meetecho/janus-gateway': '94408ffccbc1a7c39dac82d55e5dd475c807e770',
 'heimskr/algiz': '612dbef658899e5eec8ebbafe23c2b741213173a',
 'beastoin/claudecode-telegram': '0de08c6cabf6b8166ee827d1c5f2e467c7739c28',
 'aresbit/cclaw': '1eab2d0784c1ebd0e348c89d388641c4122b20d6',
 'gerbenvoshol/noclaw': 'cdb85e4ad52efe170db66e1853556119364cd49d',
 'TheMapleseed/Doctor-Claw': '72e21276487cb9965b4a532d3577982fb4673a41',
}
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import Labels, NS  # noqa: E402

_labels = Labels('wh17', C)
wh, neg, sc = _labels.wh, _labels.neg, _labels.sc

# ---------------- pikvm/ustreamer (C, libevent evhttp) ----------------
R, P = 'pikvm/ustreamer', 'src/ustreamer/http/server.c'
sc(R, P, 288, 'no', '_http_preprocess_request: Authorization header compared with run->auth_token ("Basic " + base64(user:passwd), '
   'built at line 213 from --user/--passwd) via strcmp; 401 on mismatch. Early-exit compare of a credential.',
   'Every route runs PREPROCESS_REQUEST first, so this one compare guards all of them.')
sc(R, P, 317, 'yes', 'MJPG-Streamer compatibility: ?action= query value compared with "snapshot"; not a secret.', NS)
sc(R, P, 320, 'yes', 'MJPG-Streamer compatibility: ?action= query value compared with "stream"; not a secret.', NS)
for (line, rline, group, route, what) in [
    (335, 190, 'root', 'GET /', 'Built-in index page (only when --static is not given).'),
    (350, 191, 'favicon', 'GET /favicon.ico', 'Built-in favicon.'),
    (364, 188, 'static', 'GET <any> (evhttp_set_gencb, --static)', 'Static file server for --static.'),
    (438, 193, 'state', 'GET /state', 'JSON state of the encoder/stream for the viewer.'),
    (541, 194, 'snapshot', 'GET /snapshot', 'Current JPEG frame.'),
    (556, 195, 'stream', 'GET /stream', 'MJPEG multipart stream to a browser/viewer.'),
]:
    neg(R, P, line, group, route, what + ' Viewer-facing route of a video streamer (optionally behind HTTP Basic auth); not a webhook.')
    neg(R, P, rline, group, route, what + ' Registration (evhttp_set_cb / evhttp_set_gencb in us_server_listen).')

# ---------------- tsl0922/ttyd (C, libwebsockets) ----------------
R = 'tsl0922/ttyd'
sc(R, 'src/http.c', 38, 'no', 'check_auth (HTTP): Authorization value after "Basic " compared with server->credential (base64 user:pass from '
   '-c) via strcmp; 401 otherwise.', 'Guards every HTTP request of callback_http (index page and /token).')
sc(R, 'src/protocol.c', 195, 'no', 'check_auth (WebSocket upgrade, LWS_CALLBACK_FILTER_PROTOCOL_CONNECTION): Basic credential compared with '
   'server->credential via strcmp.', '')
sc(R, 'src/protocol.c', 341, 'no', 'First WebSocket message (JSON_DATA hello): "AuthToken" compared with server->credential via strcmp; '
   'the connection is closed unless it matches.', 'WebSocket hello auth token.')
sc(R, 'src/http.c', 116, 'yes', 'Request path compared with endpoints.token ("/token", the route name); not a secret despite the name.', NS)
sc(R, 'src/http.c', 144, 'yes', 'Request path compared with endpoints.index ("/"); routing, not a secret.', NS)
neg(R, 'src/http.c', 93, 'http', 'GET / and GET /token', 'callback_http: index page and the /token endpoint (returns the credential as '
    'JSON for the web client) of a web terminal, behind check_auth. Browser-facing, not a webhook.')
neg(R, 'src/server.c', 30, 'http', 'GET / and GET /token', 'Registration: lws_protocols entry "http-only" -> callback_http.')
neg(R, 'src/protocol.c', 201, 'ws-tty', 'WS /ws (protocol "tty")', 'callback_tty: terminal WebSocket (input, resize, pause); '
    'browser-facing, not a webhook.')
neg(R, 'src/server.c', 31, 'ws-tty', 'WS /ws (protocol "tty")', 'Registration: lws_protocols entry "tty" -> callback_tty.')

# ---------------- jacksonliam/mjpg-streamer (C, raw POSIX-socket HTTP server) ----------------
R, P = 'jacksonliam/mjpg-streamer', 'mjpg-streamer-experimental/plugins/output_http/httpd.c'
sc(R, P, 1292, 'no', 'client_thread: decoded "Authorization: Basic" value compared with the configured user:password (-c) via strcmp; '
   '401 and close on mismatch.', 'Hand-written HTTP server; the check guards every route below it.')
sc(R, P, 733, 'yes', 'File extension compared with the MIME table; not a secret.', NS)
for (line, rline, group, route, what) in [
    (402, 1067, 'snapshot', 'GET /?action=snapshot', 'send_snapshot: one JPEG frame.'),
    (458, 1102, 'stream', 'GET /?action=stream', 'send_stream: MJPEG stream.'),
    (865, 1169, 'command', 'GET /?action=command&...', 'command(): forwards a control command (camera controls) to an input/output plugin.'),
    (703, 1207, 'file', 'GET /<file>', 'send_file: static web UI files from the www folder.'),
]:
    neg(R, P, line, group, route, what + ' Viewer/operator route of a webcam streamer (optionally Basic auth); not a webhook.')
    neg(R, P, rline, group, route, what + ' Dispatch: strstr on the request line in client_thread (the route table of this server).')

# ---------------- oun111/mnet (C payment gateway, own HTTP server, pay_svr module) ----------------
R, P = 'oun111/mnet', 'src/level5/pay_svr/chan__alipay.c'
why = ('Alipay asynchronous payment notification (notify_url -> <prefix>/alipay/notify): do_alipay_notify looks up the order by '
       'out_trade_no, then do_verify_sign (RSA public-key verify of the url-decoded "sign" over the sorted params, line 1510) '
       'closes the connection and skips processing on failure (line 1746), before acknowledging "success", marking the order paid on '
       'TRADE_SUCCESS and notifying the merchant.')
wh(R, P, 1701, 'yes', 'yes', 'alipay-notify', 'POST alipay/notify', why,
   'Handler. Signature verified with RSA (rsa_public_verify1), not a byte compare. See Doubts: orders of type t_persTrans skip the check.')
wh(R, P, 2629, 'yes', 'yes', 'alipay-notify', 'POST alipay/notify', why, 'Action table entry {.action = "notify", .cb = do_alipay_notify}.')
wh(R, P, 2723, 'yes', 'yes', 'alipay-notify', 'POST alipay/notify', why, 'Registration: add_http_action(pe, "alipay", &action__alipay_notify).')
sc(R, P, 1771, 'yes', 'trade_status of the notification compared with "TRADE_SUCCESS"; not a secret.', NS)
sc(R, 'src/level5/http_base/crypto/md.c', 194, 'no', 'do_md_verify: merchant-supplied "sign" compared with the MD5/SHA digest of the '
   'params plus the merchant key (verify_merchant_sign, chan__alipay.c:1207) via strcasecmp; early exit, not constant time.',
   'Guards the merchant-facing pay, query and mnote2 routes.')
for (line, sline, rline, group, route, what) in [
    (1399, 2622, 2722, 'pay-order', 'POST alipay/pay', 'Merchant creates a payment order (verify_merchant_sign at line 1434).'),
    (1806, 2636, 2724, 'pay-query', 'POST alipay/query', 'Merchant queries an order (verify_merchant_sign at line 1831).'),
    (1882, 2643, 2725, 'manual-notify', 'POST alipay/mnote2', 'Merchant asks for the merchant notification to be re-sent (verify_merchant_sign at line 1907).'),
    (2402, 2650, 2726, 'cfg-update', 'POST alipay/cfgUpdate', 'Operator reloads channel/merchant configuration.'),
    (2526, 2657, 2727, 'reset-rc', 'POST alipay/reset-rc', 'Operator resets the risk-control counters.'),
    (2564, 2664, 2728, 'enable-chan', 'POST alipay/enableChan', 'Operator enables/disables a pay channel by login name.'),
]:
    neg(R, P, line, group, route, what + ' Merchant/operator API of the gateway; not a callback from another system.')
    neg(R, P, sline, group, route, what + ' Action table entry.')
    neg(R, P, rline, group, route, what + ' Registration: add_http_action(pe, "alipay", ...).')

# ---------------- brettsheffield/lcwebhook (C, GitHub webhook run by the gladd web server) ----------------
R = 'brettsheffield/lcwebhook'
why = ('GitHub webhook (README: gladd.conf "url plugin POST /github/ .../lcwebhook"): the program reads the payload from stdin, parses '
       'it with cJSON and relays the "zen" field to a librecast channel. No X-Hub-Signature(-256) check, no secret at all.')
wh(R, 'src/lcwebhook.c', 32, 'yes', 'no', 'github-webhook', 'POST /github/ (gladd plugin)', why, 'Handler: main() of the plugin program.')
wh(R, 'README.md', 13, 'yes', 'no', 'github-webhook', 'POST /github/ (gladd plugin)', why,
   'Registration lives in the gladd web server configuration, documented in README.md (no code anchor).')

# ---------------- calvinwilliams/weixin4c (C, FastCGI WeChat official-account framework) ----------------
R = 'calvinwilliams/weixin4c'
why = ('WeChat official-account message push (the URL configured in the WeChat console). cgimain only checks the signature when the '
       'request carries signature+timestamp+nonce+echostr (the one-time URL handshake, VerifyServer). Every other request (the POSTed '
       'message/event XML) is read, deserialized and dispatched by MsgType to ReceiveText/ReceiveEvent/... and the application '
       'callbacks with no signature check at all.')
wh(R, 'src/weixin4c/weixin4c.c', 30, 'yes', 'no', 'wechat-push', 'POST <CGI URL> (WeChat message push)', why, 'Handler: cgimain.')
wh(R, 'src/weixin4c/weixin4c.c', 243, 'yes', 'no', 'wechat-push', 'POST <CGI URL> (WeChat message push)', why,
   'Registration: FastCGI accept loop (FCGI_Accept, line 241) -> cgimain for every request.')
wh(R, 'demo/main.c', 23, 'yes', 'no', 'wechat-push', 'POST <CGI URL> (WeChat message push)', why,
   'Demo application: weixin4c(&conf) with conf.funcs.pfuncReceiveTextProc etc. (line 15).')
sc(R, 'src/weixin4c/VerifyServer.c', 49, 'no', 'VerifyServer: hex SHA1 of sorted(token, timestamp, nonce) compared with the signature '
   'parameter via length check + strncmp; early exit.', 'Only used for the GET echostr handshake, not for message pushes.')
sc(R, 'src/weixin4c/weixin4c.c', 89, 'yes', 'MsgType of the pushed XML compared with "<![CDATA[event]]>"; not a secret.', NS)

# ---------------- HadeonYu/cqhttp-cpplib (C++ library for go-cqhttp QQ bots, raw POSIX sockets) ----------------
R = 'HadeonYu/cqhttp-cpplib'
why = ('go-cqhttp "reverse HTTP" event receiver (README: go-cqhttp posts QQ events to LISTEN_PORT): Bot::receive accepts a connection, '
       'reads the raw request and parses the JSON body after the first "{" into a ListenMsg (Msg.cpp:143) that the bot code acts on. '
       'go-cqhttp can sign posts with X-Signature (HMAC-SHA1 of the body with its "secret"), but the headers are never looked at.')
wh(R, 'src/Bot.cpp', 101, 'yes', 'no', 'cqhttp-event', 'POST <any path> on LISTEN_PORT (go-cqhttp reverse HTTP)', why, 'Handler: Bot::receive.')
wh(R, 'src/Bot.cpp', 33, 'yes', 'no', 'cqhttp-event', 'POST <any path> on LISTEN_PORT (go-cqhttp reverse HTTP)', why,
   'Registration: Bot::setListen binds/listens on listenPort (called from the constructor, line 19).')
wh(R, 'src/Msg.cpp', 143, 'yes', 'no', 'cqhttp-event', 'POST <any path> on LISTEN_PORT (go-cqhttp reverse HTTP)', why,
   'Body parsing: ListenMsg(char *message) -> json::parse of the payload.')
sc(R, 'src/Bot.cpp', 134, 'yes', 'message_type of the event compared with "private"; not a secret.', NS)
sc(R, 'src/Msg.cpp', 198, 'yes', 'post_type of the event compared with "message"; not a secret.', NS)

# ---------------- RuiPro/QQBot (C++ QQ bot on go-cqhttp, libevent evhttp) ----------------
R, P = 'RuiPro/QQBot', 'src/main_process.cpp'
why = ('go-cqhttp event post receiver: HTTPRequestCB (evhttp "/") reads the POSTed JSON, only drops it when self_id differs from the '
       'bot\'s own QQ number (a public id, not a secret), then queues it; handOutMsg hands every event to corePlugin (group/friend '
       'notices, friend and group-invite requests) and to all loaded plugins. No X-Signature (HMAC-SHA1 with the go-cqhttp secret) check.')
wh(R, P, 33, 'yes', 'no', 'cqhttp-event', 'POST / (go-cqhttp reverse HTTP post_url)', why, 'Handler: HTTPRequestCB.')
wh(R, P, 260, 'yes', 'no', 'cqhttp-event', 'POST / (go-cqhttp reverse HTTP post_url)', why, 'Registration: evhttp_set_cb(httpd, "/", HTTPRequestCB, this).')
wh(R, P, 522, 'yes', 'no', 'cqhttp-event', 'POST / (go-cqhttp reverse HTTP post_url)', why,
   'Dispatch of the queued (unverified) events to corePlugin and the plugins.')
sc(R, P, 70, 'yes', 'self_id of the event compared with the bot\'s own QQ number; a public account id, not a secret (and not an '
   'authentication of the sender).', NS)
sc(R, P, 454, 'yes', 'post_type compared with "notice"; not a secret.', NS)

# ---------------- meetecho/janus-gateway (C WebRTC server, signed-token authentication helper) ----------------
R, P = 'meetecho/janus-gateway', 'src/auth.c'
sc(R, P, 114, 'yes', 'janus_auth_check_signature: base64 HMAC-SHA1(auth_secret, "expiry,realm,...") compared with the token\'s signature part '
   'through janus_strcmp_const_time (utils.c:61, pads both strings to the longer length and OR-accumulates XORs, no early exit).',
   'Used by the HTTP/WebSocket transports for every request when token_auth_secret is set.')
sc(R, P, 165, 'yes', 'janus_auth_check_signature_contains: same signed-token HMAC compare via janus_strcmp_const_time.', '')
sc(R, P, 107, 'yes', 'Realm field of the token compared with the expected realm ("janus"); a public label, not a secret.', NS)
sc(R, P, 153, 'yes', 'Plugin descriptor listed in the token compared with the requested plugin name; not a secret.', NS)

# ---------------- heimskr/algiz (C++23 own HTTP server on libevent; plugins add pre-handlers to the GET/POST chains) ----------------
R, P = 'heimskr/algiz', 'src/plugins/game3ci/Game3CI.cpp'
why = ('Game3CI plugin: GitHub push webhook at POST /ci/hook. The X-Hub-Signature-256 value (after "sha256=") is compared with '
       'hex(HMAC-SHA256(secret, body)) in compareHMAC (full-length loop, no early exit); 403 and Kill on mismatch, before the JSON is '
       'parsed and a build/publish job for the pushed commit is queued.')
wh(R, P, 68, 'yes', 'yes', 'github-ci-hook', 'POST /ci/hook', why, 'Handler: Game3CI::handle.', compare_line=89, ct='yes')
wh(R, P, 60, 'yes', 'yes', 'github-ci-hook', 'POST /ci/hook', why,
   'Registration: postinit appends the handler (bound to Game3CI::handle in Game3CI.h:24) to HTTP::Server::postHandlers.')
sc(R, P, 38, 'yes', 'compareHMAC: counts equal and unequal characters over the whole (equal) length and returns sum == 0; no early exit. '
   'Labelled constant time (see Doubts: per-character branch).', 'HMAC compare.')
sc(R, P, 75, 'yes', 'Request path compared with "/ci/hook"; route selection, not a secret.', NS)
sc(R, P, 79, 'yes', 'Content-Type header compared with "application/json"; not a secret.', NS)
sc(R, P, 104, 'yes', 'Push ref compared with "refs/heads/master"; not a secret.', NS)
P = 'src/http/Request.cpp'
sc(R, P, 274, 'no', 'Request::checkAuthentication: password from the Basic Authorization header compared with the configured password '
   'by std::string_view operator!= (early exit). Used by the Ansuz plugin-management pages (config "password").', '')
sc(R, P, 271, 'yes', 'checkAuthentication: user name from the Basic header compared with the expected user name; not a secret.', NS)
sc(R, P, 261, 'yes', 'Authorization scheme prefix compared with "Basic "; not a secret.', NS)
P = 'src/plugins/calculator/Calculator.cpp'
neg(R, P, 19, 'calculator', 'GET /<op>/<a>/<b>', 'Calculator plugin: arithmetic on path parts for a browser; not a webhook.')
neg(R, P, 12, 'calculator', 'GET /<op>/<a>/<b>', 'Registration: postinit pushes the handler onto HTTP::Server::getHandlers.')

# ---------------- beastoin/claudecode-telegram c/bridge.c (C, libmicrohttpd; Telegram <-> Claude Code tmux bridge) ----------------
R, P = 'beastoin/claudecode-telegram', 'c/bridge.c'
why = ('POST /response: callback from the Claude Code Stop hook (hooks/send-to-telegram.sh) carrying {session, text}; the bridge '
       'looks up the session\'s chat id and sends the text (and any image files named in it) to Telegram. handle_request dispatches '
       'it before, and independently of, the optional Telegram secret check; the daemon listens on all interfaces and is meant to '
       'sit behind a Cloudflare tunnel. No token or signature.')
wh(R, P, 1829, 'yes', 'no', 'claude-hook-response', 'POST /response', why, 'Handler: handle_hook_response.')
wh(R, P, 2161, 'yes', 'no', 'claude-hook-response', 'POST /response', why, 'Dispatch in handle_request (strcmp(url, "/response")).')
why = ('POST /notify: hook callback {text} broadcast to every known chat id via telegram_send_message; dispatched before the '
       'optional Telegram secret check, no authentication.')
wh(R, P, 1883, 'yes', 'no', 'claude-hook-notify', 'POST /notify', why, 'Handler: handle_notify.')
wh(R, P, 2169, 'yes', 'no', 'claude-hook-notify', 'POST /notify', why, 'Dispatch in handle_request (strcmp(url, "/notify")).')
why = ('Telegram webhook (any other POST path): when TELEGRAM_WEBHOOK_SECRET is set, X-Telegram-Bot-Api-Secret-Token must equal it '
       '(strcmp, early exit) or 403 before handle_message_update runs the update (commands, tmux send-keys). See Doubts: the '
       'secret is optional.')
wh(R, P, 2126, 'yes', 'yes', 'telegram-update', 'POST <any other path> (Telegram setWebhook)', why,
   'Handler: handle_request (the check lives here; handle_message_update at 1899 does the processing).', compare_line=2180, ct='no')
wh(R, P, 2294, 'yes', 'yes', 'telegram-update', 'POST <any other path> (Telegram setWebhook)', why,
   'Registration: MHD_start_daemon(..., &handle_request, ...).')
sc(R, P, 2161, 'yes', 'Request URL compared with "/response"; route selection, not a secret.', NS)
sc(R, P, 2169, 'yes', 'Request URL compared with "/notify"; route selection, not a secret.', NS)
sc(R, P, 2005, 'yes', 'Chat id of the update compared with the admin chat id (a public Telegram id; an authorization filter, not a secret).', NS)

# ---------------- aresbit/cclaw (C AI-agent daemon; webhook channel: hand-written HTTP parsing on libuv) ----------------
R, P = 'aresbit/cclaw', 'src/channels/webhook.c'
why = ('Webhook channel: POST /webhook (or /) bodies {text, sender, channel} are parsed and handed to on_message_callback (the agent). '
       'When a secret is configured the "verification" block sets signature_valid = false and then, per its TODO, back to true '
       'without reading any header; verify_hmac_signature (line 86) exists but is never called. Unverified in effect.')
wh(R, P, 578, 'yes', 'no', 'webhook-channel', 'POST /webhook', why, 'Handler: on_read (libuv read callback that parses and dispatches the request).')
wh(R, P, 691, 'yes', 'no', 'webhook-channel', 'POST /webhook', why, 'Registration: uv_read_start(client, alloc_buffer, on_read) in on_connection (uv_listen at 717).')
sc(R, P, 125, 'yes', 'verify_hmac_signature: computed HMAC-SHA256 compared with sodium_memcmp (constant time); the helper is unused.', '')
sc(R, P, 600, 'yes', 'Request path compared with "/webhook" and "/"; route selection, not a secret.', NS)

# ---------------- gerbenvoshol/noclaw (C11 AI agent; gateway = POSIX sockets, nullclaw/zeroclaw-compatible /health /pair /webhook) ----------------
R, P = 'gerbenvoshol/noclaw', 'src/gateway.c'
why = ('POST /webhook: {"message": ...} from another system is passed to nc_agent_chat (the agent, with tools). Requires '
       '"Authorization: Bearer <token>" compared with ct_str_eq (constant time) and a completed pairing; 401 otherwise.')
wh(R, P, 195, 'yes', 'yes', 'gateway-webhook', 'POST /webhook', why,
   'Handler: handle_request (the /webhook branch is at 235-239).', compare_line=239, ct='yes')
wh(R, P, 373, 'yes', 'yes', 'gateway-webhook', 'POST /webhook', why, 'Registration: accept loop in nc_gateway_run calls handle_request.')
neg(R, P, 204, 'health', 'GET /health', 'Health probe returning the version; public, not a webhook.')
neg(R, P, 212, 'pair', 'POST /pair', 'Pairing: X-Pairing-Code checked with ct_str_eq, returns the bearer token; a client login, not a webhook.')
sc(R, P, 214, 'yes', 'X-Pairing-Code compared with the generated pairing code by ct_str_eq (full-length XOR accumulate, volatile).', '')
sc(R, P, 235, 'yes', 'Request path compared with "/webhook"; route selection, not a secret.', NS)

# ---------------- TheMapleseed/Doctor-Claw (C23 agent; gateway = POSIX sockets, one thread per request) ----------------
R, P = 'TheMapleseed/Doctor-Claw', 'src/gateway/gateway.c'
why = ('POST /telegram*, /discord*, /slack*: the body\'s message is pushed to the agent (jobcache JOB_AGENT_CHAT or agent_chat) and '
       'the reply is sent back to the channel (channels_reply_to_webhook). No X-Telegram-Bot-Api-Secret-Token, no Discord Ed25519, '
       'no X-Slack-Signature check; gateway_worker only runs security_monitor (injection/rate-limit heuristics, not authentication).')
wh(R, P, 398, 'yes', 'no', 'chat-webhooks', 'POST /telegram, /discord, /slack', why, 'Handler: handle_request (webhook branch at 457).')
wh(R, P, 457, 'yes', 'no', 'chat-webhooks', 'POST /telegram, /discord, /slack', why, 'Webhook branch of handle_request.')
wh(R, P, 368, 'yes', 'no', 'chat-webhooks', 'POST /telegram, /discord, /slack', why, 'Dispatch: gateway_worker calls handle_request (thread started at 676).')
neg(R, P, 402, 'metrics', 'GET /metrics', 'Prometheus metrics export; not a webhook.')
neg(R, P, 419, 'index', 'GET / and /index.html', 'Built-in HTML page; not a webhook.')
neg(R, P, 425, 'health', 'GET /health', 'Health probe (full detail only with the health secret); not a webhook.')
neg(R, P, 528, 'agent-chat', 'POST /agent/chat', 'Chat API for a local client (prompt -> agent); unauthenticated but an API route, not a callback.')
sc(R, P, 434, 'no', '/health: "Authorization: Bearer <x>" compared with DOCTORCLAW_HEALTH_SECRET by strcmp (early exit).', '')
sc(R, P, 441, 'no', '/health?full=<x>: query value compared with DOCTORCLAW_HEALTH_SECRET by strcmp (early exit).', '')
sc(R, P, 457, 'yes', 'Path prefixes compared with "/telegram", "/discord", "/slack" (strncmp); route selection, not a secret.', NS)

_labels.write(__file__, 'webhook17')
