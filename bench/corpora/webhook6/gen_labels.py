#!/usr/bin/env python3
# Hand-written labels (from reading the code). Writes labels.jsonl.
C = {
 'laighside/SAGeocachingJuneLWE': 'efeb4918986e646b1aca59c43b81af4c012ff826',
 'Spiek/telegrambotlib-qt': '88c4ff6cdff7b8ae35ca1da808323ced4668ae39',
 'worldp4lette/CCosmicWebhookServer': '72fdbed43a2ebfd4924a6d08d0f3cdd21ca539b3',
 'alissonferreira-gif/API': 'd3488d76cd3358b3f35b5c866158494b7772dc43',
 'herveer/smartthings4cpp': 'faf0daaedea761af4fca576eda478daa23c29318',
 'radiophonique/Eug-neC': '81c5f09189290d56572bdde1052efd026da4a5d9',
 'sethdford/seaclaw': '53147d621262c2bf3cfbee5390db6dc295294c8e',
}
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import Labels, NS  # noqa: E402

_labels = Labels('wh6', C)
wh, neg, sc = _labels.wh, _labels.neg, _labels.sc

# ---------------- laighside/SAGeocachingJuneLWE (CGI programs, one main() per route; MySQL Connector/C++) ----------------
R = 'laighside/SAGeocachingJuneLWE'
P = 'src/stripe_webhook.cpp'
wh(R, P, 28, 'yes', 'yes', 'stripe', 'POST /cgi-bin/stripe_webhook.cgi',
   'Stripe webhook CGI: 403 unless the client IP is on the configured allow-list, the Stripe-Signature timestamp is within 300 s and one '
   'v1= signature equals hex HMAC-SHA256(signing secret, "t.body") (lines 84-99); only then is the event stored.',
   'main() is the handler; the route is the CGI file itself (CMakeLists add_executable(stripe_webhook.cgi)). '
   'Signature compared with std::string operator== (line 90) -> not constant time.', compare_line=90, ct='no')
sc(R, P, 37, 'yes', 'Client IP compared with an allow-list entry (nlohmann::json ==); not a secret.', NS)
sc(R, P, 62, 'yes', 'Header section prefix compared with "t="; not a secret.', NS)
neg(R, 'src/csp_report.cpp', 23, 'csp-report', 'POST /cgi-bin/csp_report.cgi',
    'Content-Security-Policy violation reports: POSTed by visitors\' browsers (report-uri), stored in the database. Unauthenticated by '
    'design, but a browser report endpoint, not a callback from another system.',
    'Tricky negative: inbound machine-generated JSON POST that is not a webhook.')
neg(R, 'src/contact.cpp', 28, 'contact', 'POST /cgi-bin/contact.cgi',
    'Public contact form submission (reCAPTCHA checked); user-facing, not a webhook.')
sc(R, 'src/contact.cpp', 103, 'yes', 'Sender name compared with a spam name ("Eric Jones"); not a secret.', NS)

# ---------------- Spiek/telegrambotlib-qt (Qt5, own QTcpServer/QSslSocket HttpServer module) ----------------
R = 'Spiek/telegrambotlib-qt'
why = ('Telegram Bot API webhook (setHttpServerWebhook): the route key is "/<bot token>" but HttpServer::handleNewData dispatches when '
       'itr.key().startsWith(request->url) (httpserver.cpp:41), i.e. the request path only has to be a PREFIX of the secret path, so '
       'POST / (or any prefix) on the certificate\'s Host reaches handleServerWebhookResponse, which parses the body as an update and '
       'fires newMessage and the message routes. No secret_token header, no signature. The only other gate is the connection-level IP '
       'allow-list 149.154.164.0/22 (sslserver.cpp isConnectionAllowed), a source check, not an authenticity check.')
wh(R, 'src/telegrambot.cpp', 715, 'yes', 'no', 'telegram', 'POST /<bot token> (prefix match)', why,
   'handleServerWebhookResponse (handler body). See Doubts: IP allow-list + broken secret path.')
wh(R, 'src/telegrambot.cpp', 610, 'yes', 'no', 'telegram', 'POST /<bot token> (prefix match)', why,
   'addRewriteRule registration in setHttpServerWebhook.')
sc(R, 'modules/httpserver/httpserver.cpp', 41, 'no',
   'Route dispatch compares the registered path, which for the Telegram webhook is "/" + bot token, with the request URL via '
   'QString::startsWith (early-exit, and reversed so that prefixes match).',
   'Doubt: generic router compare whose key carries the bot token only through setHttpServerWebhook; not one of the listed APIs.')
sc(R, 'modules/httpserver/httpserver.cpp', 55, 'yes', 'Response header name compared with "content-length"; not a secret.', NS)
sc(R, 'modules/sslserver/sslserver.cpp', 111, 'yes', 'Peer IP compared with an allow-listed address (QHostAddress::isEqual); not a secret.', NS)

# ---------------- worldp4lette/CCosmicWebhookServer (C, raw POSIX socket) ----------------
R, P = 'worldp4lette/CCosmicWebhookServer', 'CosmicWebhook.c'
why = ('GitHub push webhook for auto-deploy: handle_webhook recv()s one buffer and, if it merely contains the text "X-GitHub-Event", '
       'runs system("cd /home/ubuntu/Cosmic && git pull"). No X-Hub-Signature(-256) check, no secret, any path/method.')
wh(R, P, 14, 'yes', 'no', 'github-deploy', 'any request containing X-GitHub-Event', why, 'handle_webhook (handler body).')
wh(R, P, 116, 'yes', 'no', 'github-deploy', 'any request containing X-GitHub-Event', why, 'Accept loop hands every connection to handle_webhook (registration).')

# ---------------- alissonferreira-gif/API ("AlissonAsk" WhatsApp bot, cpp-httplib) ----------------
R, P = 'alissonferreira-gif/API', 'main.cpp'
wh(R, P, 151, 'yes', 'yes', 'wa-verify', 'GET /webhook',
   'WhatsApp Cloud API (Meta) webhook verification handshake: echoes hub.challenge only when hub.verify_token equals WA_VERIFY_TOKEN, '
   'else 403.', 'verify_token compared with std::string operator== (line 152) -> not constant time.', compare_line=152, ct='no')
wh(R, P, 158, 'yes', 'no', 'wa-messages', 'POST /webhook',
   'WhatsApp Cloud API message webhook: the body is parsed by WhatsAppClient::parse_webhook, answered by the chatbot engine and '
   'replies are sent with the bot\'s access token. No X-Hub-Signature-256 (app secret HMAC) check.')
wh(R, P, 199, 'yes', 'no', 'pix', 'POST /webhook/pix',
   'PIX payment confirmation webhook: phone_id, campaign_slug and transaction_id from the JSON body are credited as an online '
   'donation (handle_donation, points) and a WhatsApp "PIX confirmado" message is sent. No signature, token or source check.')
wh(R, P, 218, 'yes', 'no', 'qr', 'POST /webhook/qr',
   'QR-code scan callback: phone_id and qr_token from the body are credited as a physical donation (handle_qr_scan). No check of '
   'who sends it.', 'Doubt: the sender (a collection-point scanner/app) is not named in the code; labelled as a webhook by its route.')
neg(R, P, 235, 'admin-csv', 'GET /admin/csv/:year/:month', 'Operator CSV export behind a Bearer ADMIN_TOKEN check; not a webhook.')
neg(R, P, 257, 'admin-ranking', 'GET /admin/ranking', 'Operator ranking endpoint behind a Bearer ADMIN_TOKEN check; not a webhook.')
neg(R, P, 269, 'health', 'GET /health', 'Health check; not a webhook.')
sc(R, P, 239, 'no', 'Authorization header compared with "Bearer " + ADMIN_TOKEN via std::string operator!=.')
sc(R, P, 259, 'no', 'Authorization header compared with "Bearer " + ADMIN_TOKEN via std::string operator!=.')
sc(R, P, 86, 'yes', 'Terminal input compared with "sair" (demo mode); not a secret.', NS)
sc(R, P, 330, 'yes', 'argv[1] compared with "--server"; not a secret.', NS)
PA = 'admin_router.hpp'
neg(R, PA, 92, 'admin-doacao', 'POST /admin/doacao',
    'Operator records a donation (AdminRouter, Bearer token); not a webhook.',
    'Negative (AdminRouter is included by main.cpp but register_routes is never called there).')
neg(R, PA, 177, 'admin-health', 'GET /admin/health', 'Health check; not a webhook.')
sc(R, PA, 201, 'no', 'Authorization header compared with std::format("Bearer {}", token_) via std::string operator==.')

# ---------------- herveer/smartthings4cpp (SmartThings SmartApp webhook on cpp-httplib; HTTP-Signature verifier) ----------------
R = 'herveer/smartthings4cpp'
why = ('SmartThings SmartApp webhook (lifecycle/EVENT POSTs): DefaultHttpServer forwards the request with headers to '
       'Client::handleWebhook(const WebhookRequest&), which answers 401 unless the configured IWebhookSignatureVerifier accepts the '
       'HTTP-Signature (RSA-SHA256 over the signing string with SmartThings\' published key, plus the body Digest). OAuth-mode clients '
       'install the default verifier in the constructor (client.cpp:106).')
wh(R, 'src/http_server.cpp', 58, 'yes', 'yes', 'smartthings', 'POST <webhookRoute> (default "/")', why,
   'Route registration + forwarding lambda; the verification is in another translation unit (src/webhook.cpp).')
wh(R, 'src/webhook.cpp', 372, 'yes', 'yes', 'smartthings', 'POST <webhookRoute> (default "/")', why,
   'Client::handleWebhook(const WebhookRequest&). Not in compile_commands.json (needs ReactiveLitepp).')
neg(R, 'src/http_server.cpp', 47, 'oauth', 'GET <oauthRoute> (default "/oauth/callback")',
    'OAuth2 redirect target opened by the user\'s browser; not a webhook.')
sc(R, 'src/webhook_signature.cpp', 411, 'yes',
   'Digest header value compared with base64(SHA-256(body)) via ==: a hash of the public body, not a MAC or secret; the '
   'authenticity comes from the RSA signature that covers the Digest header.',
   'Tricky non-secret compare inside signature verification.')
sc(R, 'src/webhook_signature.cpp', 141, 'yes', 'Signature parameter name compared with "keyid"; not a secret.', NS)

# ---------------- radiophonique/Eug-neC (C, libmicrohttpd; Facebook Messenger webhook driving LEDs) ----------------
R = 'radiophonique/Eug-neC'
wh(R, 'main.c', 44, 'yes', 'no', 'messenger-post', 'POST /webhook',
   'Messenger Platform webhook: every POST /webhook body with a JSON Content-Type is handed to processJSON, which sets the LED '
   'colour/mode from the message. No X-Hub-Signature(-256) (app secret) check.', 'Dispatch branch in answer_to_connection.')
wh(R, 'postProcess/postProcess.c', 52, 'yes', 'no', 'messenger-post', 'POST /webhook',
   'Messenger Platform webhook: every POST /webhook body with a JSON Content-Type is handed to processJSON, which sets the LED '
   'colour/mode from the message. No X-Hub-Signature(-256) (app secret) check.', 'postNotFirstTime: accumulates and processes the body.')
why = ('Messenger webhook verification handshake: hookVerif answers the hub.challenge only when hub.mode is "subscribe" and '
       'hub.verify_token equals ACCESS_TOKEN, else 403.')
wh(R, 'main.c', 40, 'yes', 'yes', 'messenger-verify', 'GET /webhook', why, 'Dispatch branch in answer_to_connection.')
wh(R, 'hookVerif/hookVerif.c', 64, 'yes', 'yes', 'messenger-verify', 'GET /webhook', why,
   'hookVerif. verify_token compared with strcmp (line 55) -> not constant time.', compare_line=55, ct='no')
sc(R, 'hookVerif/hookVerif.c', 9, 'yes', 'Query key compared with "hub.mode"; not a secret.', NS)
sc(R, 'main.c', 40, 'yes', 'HTTP method and URL compared with "GET" and "/webhook"; not a secret.', NS)

# ---------------- sethdford/seaclaw (C11 agent gateway, raw sockets) ----------------
R, P = 'sethdford/seaclaw', 'src/gateway/gateway.c'
why = ('Channel webhooks (/webhook and /webhook/<channel>): handle_http_request answers 403 when no HMAC secret is configured and 401 '
       'unless verify_hmac accepts the signature header (hex HMAC-SHA256 of the body, compared with a volatile XOR-accumulate loop) '
       'before on_webhook dispatches the body.')
wh(R, P, 1317, 'yes', 'yes', 'webhook', 'POST /webhook, /webhook/<channel>', why,
   'Webhook branch of handle_http_request. Constant-time compare (line 458).', compare_line=458, ct='yes')
wh(R, P, 352, 'yes', 'yes', 'webhook', 'POST /webhook, /webhook/<channel>', why, 'hu_gateway_is_webhook_path: the webhook route table.')
neg(R, P, 903, 'health', 'GET /health', 'Health check; not a webhook.')
neg(R, P, 942, 'chat', 'POST /v1/chat/completions', 'OpenAI-compatible API for clients (Bearer token, constant-time); not a webhook.')
neg(R, P, 959, 'models', 'GET /v1/models', 'OpenAI-compatible model list; not a webhook.')
neg(R, P, 1120, 'pair', 'POST /api/pair', 'Device pairing with a one-time code (pairing guard); user-facing, not a webhook.')
neg(R, P, 1241, 'oauth', 'GET /api/auth/oauth/callback', 'OAuth redirect opened by the user\'s browser; not a webhook.')
sc(R, P, 827, 'yes', 'Bearer token compared with the configured auth token via hu_secure_token_eq (XOR accumulate, length-independent).')
sc(R, P, 1257, 'no', 'OAuth state from the query compared with the oauth_state cookie via memcmp.',
   'Doubt: an anti-CSRF state value rather than a credential; labelled as a request secret compared with memcmp.')
sc(R, P, 180, 'no', 'OAuth state from the callback compared with pending entries via strcmp (lookup of the PKCE verifier).',
   'Doubt: same as line 1257.')
sc(R, P, 196, 'no', 'OAuth state compared with pending entries via strcmp (removal).', 'Doubt: same as line 1257.')

_labels.write(__file__, 'webhook6')
