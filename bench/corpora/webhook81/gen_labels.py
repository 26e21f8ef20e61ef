#!/usr/bin/env python3
# Hand-written labels (from reading the code). Writes labels.jsonl (here and in /work/corpora/webhook81).
C = {
 'Yonle/snac2': '955b24d3ecd484ecb232db8e23b3aa4a4f7227ea',
 'h4rldev/claw': '8e02533b7bd5673a429c7d3bbe638571e28df7f9',
 'qianpeng0523/GameServers': 'ad40b2e1a77c316e7f2e4d0179bb325118a2a5a8',
 'pwiklowski/iot-server': '105aa1b756f0a2f9ea1cc7f3b0ba496f99ca3c55',
 'mkadinalli/events': '00f6e3461915d8747af89269c849e6b28f9e0f12',
}
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import Labels, NS  # noqa: E402

_labels = Labels('wh81', C)
wh, neg, sc = _labels.wh, _labels.neg, _labels.sc

# ---------------- Yonle/snac2 (C; snac, a single-binary ActivityPub/fediverse server with its own xs_httpd) ----------------
R = 'Yonle/snac2'
D = 'httpd.c'
why = ('ActivityPub inbox POST /{user}/inbox: other fediverse servers push activities (Follow, Create, Like, Undo, ...) '
       'to it, a server-to-server callback. activitypub_post_handler checks the body Digest (when present) and queues the '
       'message (enqueue_input); the queue worker runs process_input_message, which fetches the actor and calls '
       'check_signature (http.c: HTTP Signature over the signed headers, RSA-SHA256 verified with the actor\'s public key '
       'via xs_evp_verify) and drops the message (return 1, logged and archived) when it fails, before any state change '
       '(follower_add, timeline_add, notifications). Verified, although only at processing time.')
wh(R, 'activitypub.c', 2023, 'yes', 'yes', 'snac-ap-inbox', 'POST /{user}/inbox', why,
   'Handler: activitypub_post_handler (digest check, enqueue).')
wh(R, D, 218, 'yes', 'yes', 'snac-ap-inbox', 'POST /{user}/inbox', why,
   'Dispatch in httpd_connection (POST cascade).')
wh(R, 'activitypub.c', 1370, 'yes', 'yes', 'snac-ap-inbox', 'POST /{user}/inbox', why,
   'Processing function process_input_message (check_signature before acting).')
for (path, line, dline, group, route, what) in [
    (D, 50, 185, 'snac-server-get', 'GET /, /susie.png, /favicon.ico, /.well-known/nodeinfo, /nodeinfo_2_0, /robots.txt',
     'Greeting page, default avatar, nodeinfo and robots.txt (server_get_handler).'),
    ('webfinger.c', 109, 188, 'snac-webfinger', 'GET /.well-known/webfinger',
     'WebFinger lookup of local users; a query answered to anyone, nothing is changed.'),
    ('activitypub.c', 1930, 191, 'snac-ap-get', 'GET /{user}, /{user}/outbox, /{user}/followers, /{user}/p/{id} (activity+json)',
     'ActivityPub GET endpoints (actor, outbox, collections, objects) read by other servers; read-only.'),
    ('mastoapi.c', 165, 195, 'snac-oauth-get', 'GET /oauth/authorize',
     'OAuth login form for Mastodon-API client apps (user-facing).'),
    ('mastoapi.c', 940, 198, 'snac-mastoapi-get', 'GET /api/v1/... (Mastodon client API)',
     'Mastodon-compatible client API reads (timelines, accounts, notifications), bearer-token sessions.'),
    ('html.c', 1683, 202, 'snac-html-get', 'GET /{user}, /{user}/admin, /{user}/p/{id}, ... (web UI)',
     'Public pages and the logged-in web UI (HTTP basic login, check_password).'),
    ('mastoapi.c', 229, 209, 'snac-oauth-post', 'POST /oauth/x-snac-login, /oauth/token, /oauth/revoke, /oauth/x-snac-get-token',
     'OAuth login / token issue / revoke for client apps (password or client_secret checks); client API, not a callback.'),
    ('mastoapi.c', 1699, 213, 'snac-mastoapi-post', 'POST /api/v1/... (Mastodon client API)',
     'Mastodon-compatible client API writes (statuses, follows, favourites, apps, media), bearer-token sessions.'),
    ('html.c', 1955, 222, 'snac-html-post', 'POST /{user}/s/..., /{user}/admin/... (web UI forms)',
     'Web UI form posts of the logged-in user (new post, follow, settings).'),
    ('mastoapi.c', 2214, 230, 'snac-mastoapi-put', 'PUT /api/v1/media/{id}',
     'Mastodon client API media update.'),
]:
    neg(R, path, line, group, route, what + ' Inbound route of snac that is not a callback from another system. Handler.')
    neg(R, D, dline, group, route, what + ' Dispatch in httpd_connection.')
sc(R, 'snac.c', 162, 'no', 'check_password: the stored password hash compared with the hash of the supplied password by '
   'strcmp (used by the web UI basic login and the OAuth x-snac-login / x-snac-get-token); early-exit compare.')
sc(R, 'mastoapi.c', 360, 'no', 'POST /oauth/token: the client_secret sent by the app compared with the registered one by '
   'strcmp; early-exit compare of a secret.')
sc(R, 'mastoapi.c', 412, 'no', 'POST /oauth/revoke: client_secret compared with the token\'s client_secret by strcmp.')
sc(R, 'activitypub.c', 2088, 'yes', 'Digest header of an inbox POST compared with the SHA-256 of the received body; a '
   'body checksum, not a secret (the secret-bearing check is the RSA HTTP signature).', NS)

# ---------------- h4rldev/claw (C, h2o + libuv; "a configurable git webhook listener") ----------------
R = 'h4rldev/claw'
why = ('Git hosting webhook listener: POST {listen_path} (configurable, from the config file) is where the git host '
       '(GitHub/Gitea/GitLab push hooks, per the README "a configurable git webhook listener") posts events. hook_listener '
       'only checks the method and Content-Type: application/json, parses and logs the JSON and answers 202; there is no '
       'signature (X-Hub-Signature-256 / X-Gitea-Signature) or token check; the listener binds the configured IP/port.')
wh(R, 'src/claw/webhook.c', 21, 'yes', 'no', 'claw-hook', 'POST {listen_path}', why, 'Handler: hook_listener.')
wh(R, 'src/main.c', 243, 'yes', 'no', 'claw-hook', 'POST {listen_path}', why,
   'Registration: register_handler(hostconf, server_config.listen_path, hook_listener).')
w2 = 'Static index page ("claw, a webhook listener / You\'re not supposed to be here"); not a callback.'
neg(R, 'src/main.c', 162, 'claw-index', 'GET /', w2 + ' Handler index_handler.')
neg(R, 'src/main.c', 250, 'claw-index', 'GET /', w2 + ' Registration.')

# ---------------- qianpeng0523/GameServers (C++ mahjong game servers, GateServer on libevent evhttp; Windows/VS project) ----------------
R = 'qianpeng0523/GameServers'
G = 'GateServer/GateServer1/Classes/http/'
why = ('Alipay asynchronous payment notification POST /alipaycallback (the notify_url sent with every order in '
       'HttpAliPay::requestOrder is http://www.lesharecs.com/alipaycallback): httpd_ALIPayhandler passes the raw body to '
       'HttpAliPay::respondResult, which only compares app_id with the (public) ALIAPPID, looks the out_trade_no up in '
       'redis and checks total_amount against the shop item price, then erases the order and credits the goods '
       '(NoticePushCurrency). The notification\'s RSA2 "sign" is never verified (rsaVerify exists but is only used on '
       'API responses), so anyone who knows/guesses a pending out_trade_no can mark it paid. The server listens on '
       '0.0.0.0:8082.')
wh(R, G + 'HttpEvent.cpp', 230, 'yes', 'no', 'gs-alipay-notify', 'POST /alipaycallback', why, 'Handler httpd_ALIPayhandler.')
wh(R, G + 'HttpEvent.cpp', 297, 'yes', 'no', 'gs-alipay-notify', 'POST /alipaycallback', why,
   'Registration: evhttp_set_cb(httpd, "/alipaycallback", ...).')
wh(R, G + 'HttpAliPay.cpp', 77, 'yes', 'no', 'gs-alipay-notify', 'POST /alipaycallback', why,
   'Processing function HttpAliPay::respondResult (credits the order).')
w3 = ('Generic callback of the gate server\'s HTTP port: AES-decrypted protobuf/msgpack requests of the game client '
      '(HttpLogic::HandleLogic); the game\'s own client protocol, not a callback from another system.')
neg(R, G + 'HttpEvent.cpp', 41, 'gs-client-http', 'ANY /* (evhttp generic callback)', w3 + ' Handler httpd_handler.')
neg(R, G + 'HttpEvent.cpp', 292, 'gs-client-http', 'ANY /* (evhttp generic callback)', w3 + ' Registration evhttp_set_gencb.')
sc(R, G + 'HttpAliPay.cpp', 88, 'yes', 'Alipay notification app_id compared with the configured ALIAPPID; an application '
   'id, public, not a secret (and no substitute for the missing signature check).', NS)
why = ('WeChat Pay result notification (notify_url NOTIFYURL, evhttp_set_cb "/wxpaycallback"): HttpPay::respondResult '
       'parses the XML, checks total_fee against the shop price, looks the order up in Redis, then recomputes the MD5 '
       'sign over the fields with the merchant key (createSign) and compares it with the notification\'s sign; only on '
       'a match are the goods credited (NoticePushCurrency), otherwise it answers FAIL "signature failed". Verified '
       '(the pending-order record is erased before the sign check, and the compare is not constant-time).')
wh(R, G + 'HttpEvent.cpp', 253, 'yes', 'yes', 'gs-wxpay-notify', 'POST /wxpaycallback', why, 'Handler httpd_WXPayhandler.')
wh(R, G + 'HttpEvent.cpp', 298, 'yes', 'yes', 'gs-wxpay-notify', 'POST /wxpaycallback', why,
   'Registration: evhttp_set_cb(httpd, "/wxpaycallback", ...).')
wh(R, G + 'HttpPay.cpp', 151, 'yes', 'yes', 'gs-wxpay-notify', 'POST /wxpaycallback', why,
   'Processing function HttpPay::respondResult (sign check before crediting).')
sc(R, G + 'HttpPay.cpp', 205, 'no', 'WeChat Pay notification: recomputed MD5 sign (keyed with the merchant key) compared '
   'with the received sign by std::string::compare; early-exit compare of a signature.')
sc(R, G + 'HttpAliPay.cpp', 91, 'yes', 'Stored out_trade_no compared with the one in the notification; an order number, '
   'not a secret.', NS)

# ---------------- pwiklowski/iot-server (C++/Qt5; a smart-home server, raw QTcpServer HTTP) ----------------
R = 'pwiklowski/iot-server'
A = 'src/AlexaEndpoint.cpp'
why = ('Alexa Smart Home endpoint on port 12345: the Alexa skill (its AWS Lambda forwarding Alexa.ConnectedHome '
       'Discovery/Control directives) POSTs the directive JSON here and the server switches lights / sets dimming '
       '(handleControl -> DeviceVariable::set). The request is read raw from the QTcpSocket, the body split off and '
       'parsed; no header, token, signature or client certificate is looked at, so anyone reaching the port can '
       'control the devices. Unverified. (SmartHomeServer::hasAccess checks tokens only for the websocket API.)')
wh(R, A, 38, 'yes', 'no', 'iot-alexa', 'POST :12345/* (Alexa Smart Home directive)', why,
   'Handler AlexaEndpoint::handleNewConnection (reads request, dispatches).')
wh(R, A, 33, 'yes', 'no', 'iot-alexa', 'POST :12345/* (Alexa Smart Home directive)', why,
   'Registration: connect(newConnection -> handleNewConnection) (listen on PORT_NUMBER on the next line).')
wh(R, A, 165, 'yes', 'no', 'iot-alexa', 'POST :12345/* (Alexa Smart Home directive)', why,
   'Processing function AlexaEndpoint::handleControl (turn on/off, set/increment percentage).')

# ---------------- mkadinalli/events (C; events/social app server, raw sockets + OpenSSL, MySQL, json-c, M-Pesa) ----------
R = 'mkadinalli/events'
EP = 'src/source/http/endpoints.c'
P = 'src/source/views/insert/in-payment.c'
why = ('M-Pesa (Safaricom Daraja) STK-push result callback: mpesa_do_stk_push registers CallBackURL '
       '".../api/callback" and Safaricom POSTs Body.stkCallback there. process_payment parses the JSON, and when '
       'ResultCode is 0 calls verify_payment(MerchantRequestID, CheckoutRequestID, TransactionID), which marks the '
       'payment done in MySQL. No secret in the URL, no token, no source check, no query back to M-Pesa: anyone who '
       'posts a matching request-id pair gets the payment accepted. Unverified.')
wh(R, P, 65, 'yes', 'no', 'ev-mpesa-callback', 'POST /api/callback', why, 'Handler process_payment.')
wh(R, EP, 184, 'yes', 'no', 'ev-mpesa-callback', 'POST /api/callback', why,
   'Router branch in method_post (starts_with_word("/api/callback", url)).')
for (path, line, rline, group, route, what) in [
    (P, 5, 163, 'ev-pay', 'POST /api/pay', 'The app\'s own client starts a payment (STK push to the user\'s phone); '
     'an outbound call to M-Pesa, not a callback.'),
    ('src/source/views/insert/in-users.c', 6, 128, 'ev-signup', 'POST /api/signup', 'User sign-up.'),
    ('src/source/views/insert/in-users.c', 79, 191, 'ev-verify', 'POST /api/verify',
     'E-mail verification by the user (token mailed to the user plus password); user-facing, not a callback.'),
    ('src/source/views/select/get-users.c', 6, 30, 'ev-login', 'GET /api/login', 'Login with id and password.'),
    ('src/source/views/select/get-users.c', 33, 37, 'ev-user-get', 'GET /api/user', 'Read one user profile.'),
]:
    neg(R, path, line, group, route, what + ' Handler.')
    neg(R, EP, rline, group, route, what + ' Router branch in method_get/method_post.')

_labels.write(__file__, 'webhook81')
