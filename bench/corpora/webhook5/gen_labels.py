#!/usr/bin/env python3
# Hand-written labels (from reading the code). Writes labels.jsonl.
C = {
 'tamerland05/arcpay-sdk': '8245ddd35378e23e4d553f60ddf32bf0b9f42d78',
 'gradido/gradido': 'cd6dcacda39a35cc051b1372f54d4db44346ed3c',
 'Fsmv/PsychoBot': '522da011b7b4b3cd1c2abc5283d2d3c8601085a9',
 'null8626/cpp-sdk': '2d9027fc27d29cf367bf375908ad612bdd860657',
 'unseen2004/BanksConnectApp': '27131cbec1c24ff9ede03ec73ecdf630df94fed3',
 'xverizex/twitch-notificator': '0a050bc95f28bbed1c3fdb971f8144e11966afc4',
}
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import Labels, NS  # noqa: E402

_labels = Labels('wh5', C)
wh, neg, sc = _labels.wh, _labels.neg, _labels.sc

# ---------------- tamerland05/arcpay-sdk (Crow, server/cpp sample merchant server) ----------------
R, P = 'tamerland05/arcpay-sdk', 'server/cpp/server.cpp'
why = ('ArcPay payment-gateway webhook (POST /webhook, order.status.changed). handleWebhook answers 400 without X-Signature and 403 unless '
       'it equals hex HMAC-SHA256(PRIVATE_KEY, body), before the order database is updated.')
wh(R, P, 53, 'yes', 'yes', 'arcpay', 'POST /webhook', why,
   'handleWebhook. Signature compared with std::string operator!= (line 67) -> not constant time.', compare_line=67, ct='no')
wh(R, P, 156, 'yes', 'yes', 'arcpay', 'POST /webhook', why, 'CROW_ROUTE registration (same group).')
neg(R, P, 96, 'create', 'POST /create', 'createOrder: merchant front-end call that creates an order at ArcPay (outbound call); not a webhook.')
neg(R, P, 144, 'db', 'GET /', 'getShopDatabase: dumps the order map; not a webhook (unauthenticated, but that is not this check).')
sc(R, P, 77, 'yes', 'Event type compared with "order.status.changed"; not a secret.', NS)
sc(R, P, 32, 'yes', '.env key name compared with "PRIVATE_KEY" while loading config; not a secret comparison.', NS)

# ---------------- gradido/gradido (2019 C++ login server, Poco; src/cpp was later removed) ----------------
R = 'gradido/gradido'
PF, PE = 'src/cpp/HTTPInterface/PageRequestHandlerFactory.cpp', 'src/cpp/HTTPInterface/ElopageWebhook.cpp'
why = ('Elopage payment-provider webhook (/elopage_webhook_261): the request body is parsed as form data, appended to a file and '
       'handed to HandleElopageRequestTask, which creates a user row and sends a verification e-mail. No signature, token or '
       'source check; the only protection is the unguessable-looking path suffix.')
wh(R, PF, 49, 'yes', 'no', 'elopage', 'POST /elopage_webhook_261', why, 'Route dispatch in createRequestHandler (registration).')
wh(R, PE, 24, 'yes', 'no', 'elopage', 'POST /elopage_webhook_261', why, 'ElopageWebhook::handleRequest (handler body).')
neg(R, PF, 78, 'checkEmail', 'GET /checkEmail', 'E-mail verification link opened by the user in a browser; not a webhook.')
neg(R, PF, 84, 'register', '/register', 'Registration page; user-facing, not a webhook.')
neg(R, PF, 127, 'config', '/config', 'Configuration page for sessions without login; not a webhook.')
sc(R, PF, 181, 'yes', 'E-mail verification code compared as unsigned long long with !=; an integer comparison does not leak timing per byte.',
   'Tricky: secret value, but integer compare (constant time).')

# ---------------- Fsmv/PsychoBot (Telegram bot, libmicrohttpd webhook server) ----------------
R, P = 'Fsmv/PsychoBot', 'src/webhooks.cpp'
why = ('Telegram Bot API webhook: main() calls setWebhook(webhook_url) and startServer(); every POST body is parsed as a JSON '
       'update and queued for the Lua plugins. No secret_token header, no secret path, and the IP check (checkIP) is compiled '
       'out because VERIFY_IP is not defined (its own comment says it is not real security).')
wh(R, P, 134, 'yes', 'no', 'telegram', 'POST * (any path)', why, 'answer_to_connection: accepts every POST and buffers the body.')
wh(R, P, 97, 'yes', 'no', 'telegram', 'POST * (any path)', why, 'request_completed: parses the body and pushes the update.')
wh(R, P, 190, 'yes', 'no', 'telegram', 'POST * (any path)', why, 'MHD_start_daemon registration (0.0.0.0 branch).')
wh(R, P, 201, 'yes', 'no', 'telegram', 'POST * (any path)', why, 'MHD_start_daemon registration (bind-address branch).')
sc(R, P, 140, 'yes', 'HTTP method compared with "POST" via strcmp; not a secret.', NS)

# ---------------- null8626/cpp-sdk (Top.gg C++ SDK, v0 branch: cpp-httplib webhooks) ----------------
R = 'null8626/cpp-sdk'
PS, PT = 'src/webhooks/cpp-httplib.cpp', 'tests/cpp-httplib-webhooks/test_vote.cpp'
why = ('Top.gg vote webhook. internal_cpp_httplib::parse answers 401 unless the Authorization header equals the configured '
       'webhook secret, before the JSON body reaches the user callback.')
wh(R, PS, 7, 'yes', 'yes', 'topgg-votes', 'POST /votes', why,
   'Authorization compared with std::string operator!= (line 17) -> not constant time.', compare_line=17, ct='no')
wh(R, PT, 32, 'yes', 'yes', 'topgg-votes', 'POST /votes', why,
   'Registration of webhook.endpoint(); the check lives in the SDK (src/webhooks/cpp-httplib.cpp), another translation unit.')

# ---------------- unseen2004/BanksConnectApp (raw-socket HTTP servers; commit before the constantTimeEquals fix) ----------------
R = 'unseen2004/BanksConnectApp'
PA, PW = 'src/app_server.cc', 'src/webhook_server.cc'
why = ('Bank-sync webhook (POST /webhook) in AppServer::handleRequest: answers 401 unless webhookSecretValid(), which compares the '
       'configured header (default X-Webhook-Secret) with the secret using std::string == (line 285), then stores the payload and '
       'runs a sync. The check is skipped when no secret is configured (line 281), the repo convention labels that verified=yes.')
wh(R, PA, 313, 'yes', 'yes', 'webhook', 'POST /webhook', why,
   'Route branch in handleRequest. Secret compared with operator== (line 285) -> not constant time.', compare_line=285, ct='no')
neg(R, PA, 290, 'health', 'GET /health', 'Health check; not a webhook.')
neg(R, PA, 299, 'oauth', 'GET /oauth/callback', 'OAuth2 redirect target opened by the user agent (code in the query); not a webhook.')
neg(R, PA, 329, 'sync', 'GET /sync', 'Manual sync trigger for the operator; not a webhook (unauthenticated, but that is not this check).')
neg(R, PA, 342, 'home', 'GET /', 'HTML home page; not a webhook.')
wh(R, PW, 36, 'yes', 'no', 'raw-webhook-server', 'POST * (any path)',
   'WebhookServer::run: a bare socket server that reads any request, prints the body as "Webhook payload" and answers 200. No '
   'header, token or signature check.',
   'Compiled (CMakeLists.txt) but main.cpp at this commit instantiates AppServer only, so this receiver is dead code.')

# ---------------- xverizex/twitch-notificator (C, raw socket; Twitch WebSub follows webhook; files removed later) ----------------
R = 'xverizex/twitch-notificator'
why = ('Twitch (Helix WebSub) "users/follows" webhook: subscribe.c subscribes without hub.secret, so Twitch sends no '
       'X-Hub-Signature; handle_data parses every POST body with json-c and raises a desktop notification. GET only echoes '
       'hub.challenge. No signature, token or source check.')
wh(R, 'webhook.c', 415, 'yes', 'no', 'twitch-follows', 'POST * (any path)', why, 'handle_data (handler body).')
wh(R, 'webhook.c', 463, 'yes', 'no', 'twitch-follows', 'POST * (any path)', why, 'POST branch that parses the notification.')
wh(R, 'server.c', 60, 'yes', 'no', 'twitch-follows', 'POST * (any path)', why, 'Accept loop hands every request to handle_data (registration).')
sc(R, 'webhook.c', 285, 'yes', 'Request-line method compared with "POST" via strncmp; not a secret.', NS)

_labels.write(__file__, 'webhook5')
