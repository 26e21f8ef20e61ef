#!/usr/bin/env python3
# Hand-written labels (from reading the code). Writes labels.jsonl.
C = {
 'VilasWang/Pay-plugin-example': '7998122e59723e51f5e7a441e2b7ee9983331f32',
 'joeypjx/zygl2': '4f8690cfd4183572eda916ded816245e87030ed7',
 'cppdiscord/bot': '95e014e09b46124a9b27e69aec8899459d60824b',
 'SWACN/swacn': '976209edce17ca94b939e69dd9d7095d894ef0ba',
 'wuraxor/webhook': 'af6e03e6bc410109b13ff64f93dfb22fa68108db',
 'OscarElliott/Binance-TradingView-Bot': '5df3d9a310beaee3cbdcbe8caaaa7fa57dc3c7ad',
 'Neko-Nik/Cpp-API-Template': 'c89a979829ce995356907beab2d828cd5eb6f2ad',
 'Fishing-Team-322/RichCrabs': 'b34cc5ebd5488a510683ef5849fbb9fc36b97c42',
}
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import Labels, NS  # noqa: E402

_labels = Labels('wh12', C)
wh, neg, sc = _labels.wh, _labels.neg, _labels.sc

# ---------------- VilasWang/Pay-plugin-example (Drogon HttpController + plugin) ----------------
R, B = 'VilasWang/Pay-plugin-example', 'PayBackend/'
why = ('WeChat Pay v3 payment/refund notification: WechatCallbackController::notify hands the request to '
       'PayPlugin::handleWechatCallback, which answers 400 when a Wechatpay-Timestamp/Nonce/Signature/Serial header is missing and 401 '
       'when WechatPayClient::verifyCallback (RSA-SHA256 EVP_DigestVerify of "timestamp\\nnonce\\nbody\\n" with the platform '
       'certificate) fails (PayPlugin.cc:2142), before the body is parsed, decrypted and used to update orders/refunds/ledger.')
wh(R, B + 'controllers/WechatCallbackController.cc', 3, 'yes', 'yes', 'wechat-notify', 'POST /pay/notify/wechat', why,
   'Handler (thin controller; the check is in the plugin it delegates to).')
wh(R, B + 'controllers/WechatCallbackController.h', 13, 'yes', 'yes', 'wechat-notify', 'POST /pay/notify/wechat', why,
   'Registration: ADD_METHOD_TO(..., "/pay/notify/wechat", Post), no filter.')
wh(R, B + 'plugins/PayPlugin.cc', 2104, 'yes', 'yes', 'wechat-notify', 'POST /pay/notify/wechat', why,
   'Delegate that does the work: PayPlugin::handleWechatCallback (verification at line 2142, signature verify in WechatPayClient.cc).')
PC, PH = B + 'controllers/PayController.cc', B + 'controllers/PayController.h'
for (line, hline, group, route, what) in [
    (3, 12, 'pay-create', 'POST /pay/create', 'Client creates a payment order (no filter at all; see Doubts).'),
    (18, 13, 'pay-query', 'GET /pay/query', 'Order status query behind PayAuthFilter (API key).'),
    (33, 18, 'pay-refund', 'POST /pay/refund', 'Refund request behind PayAuthFilter.'),
    (48, 23, 'pay-refund-query', 'GET /pay/refund/query', 'Refund status query behind PayAuthFilter.'),
    (63, 28, 'pay-reconcile', 'GET /pay/reconcile/summary', 'Reconciliation summary behind PayAuthFilter.'),
]:
    neg(R, PC, line, group, route, what + ' Client API, not a callback from another system.')
    neg(R, PH, hline, group, route, what + ' Registration line.')
neg(R, B + 'controllers/MetricsController.cc', 36, 'metrics', 'GET /metrics', 'Prometheus metrics endpoint.')
neg(R, B + 'controllers/MetricsController.h', 11, 'metrics', 'GET /metrics', 'Prometheus metrics endpoint. Registration line.')
neg(R, B + 'controllers/PayMetricsController.cc', 4, 'pay-auth-metrics', 'GET /pay/metrics/auth', 'Auth metrics (JSON) behind PayAuthFilter.')
neg(R, B + 'controllers/PayMetricsController.h', 11, 'pay-auth-metrics', 'GET /pay/metrics/auth', 'Auth metrics behind PayAuthFilter. Registration line.')
neg(R, B + 'controllers/PayMetricsController.cc', 20, 'pay-auth-metrics-prom', 'GET /pay/metrics/auth.prom', 'Auth metrics (Prometheus text) behind PayAuthFilter.')
neg(R, B + 'controllers/PayMetricsController.h', 16, 'pay-auth-metrics-prom', 'GET /pay/metrics/auth.prom', 'Registration line.')
sc(R, B + 'filters/PayAuthFilter.cc', 140, 'no',
   'PayAuthFilter: the X-Api-Key / Bearer value from the request is looked up with std::find(allowedKeys.begin(), allowedKeys.end(), key), '
   'i.e. std::string operator== against each configured API key (early exit per key).', 'Compare inside an algorithm call.')
sc(R, B + 'filters/PayAuthFilter.cc', 49, 'yes', 'Authorization header prefix compared with "Bearer " (rfind at 0); the scheme name is not a secret.', NS)
sc(R, B + 'filters/PayAuthFilter.cc', 167, 'yes', 'Configured scope name compared with the scope derived from the request path; not a secret.', NS)
sc(R, B + 'plugins/PayPlugin.cc', 2177, 'yes', 'resource_type of the (already signature-checked) notification compared with "encrypt-resource"; not a secret.', NS)
sc(R, B + 'plugins/PayPlugin.cc', 2225, 'yes', 'Decrypted appid compared with the configured WeChat app id, a public identifier; not a secret.', NS)
sc(R, B + 'plugins/WechatPayClient.cc', 561, 'yes', 'Wechatpay-Serial header compared with the configured certificate serial number, a public identifier; not a secret.', NS)
sc(R, B + 'main.cc', 19, 'yes', 'CORS: request Origin compared with the configured allow-list; not a secret.', NS)

# ---------------- joeypjx/zygl2 (cpp-httplib, header-only WebhookListener) ----------------
R, P, M = 'joeypjx/zygl2', 'src/interfaces/http/webhook_listener.h', 'src/main.cpp'
base = ('zygl chassis/board monitoring service: WebhookListener (cpp-httplib on 0.0.0.0:<webhook.listenPort>) receives pushes from the '
        'backend QYW API ("接收后端API推送的告警和状态变化通知"). No token, signature or source check on any /webhook/* route. ')
wh(R, P, 149, 'yes', 'no', 'alert-webhook', 'POST /webhook/alert',
   base + 'HandleAlertWebhook parses the JSON and calls AlertService::HandleBoardAlert, creating an alert.', 'Handler (member function).')
wh(R, P, 119, 'yes', 'no', 'alert-webhook', 'POST /webhook/alert', base + 'Alert push.', 'Registration: m_server->Post("/webhook/alert", lambda -> HandleAlertWebhook).')
wh(R, P, 210, 'yes', 'no', 'status-webhook', 'POST /webhook/status',
   base + 'HandleStatusWebhook parses stack status-change events and acknowledges them (processing is still a TODO, see Doubts).', 'Handler.')
wh(R, P, 124, 'yes', 'no', 'status-webhook', 'POST /webhook/status', base + 'Stack status push.', 'Registration.')
wh(R, P, 252, 'yes', 'no', 'board-webhook', 'POST /webhook/board',
   base + 'HandleBoardWebhook turns an "offline" event into a board alert through AlertService::HandleBoardAlert.', 'Handler.')
wh(R, P, 129, 'yes', 'no', 'board-webhook', 'POST /webhook/board', base + 'Board online/offline push.', 'Registration.')
neg(R, P, 110, 'health', 'GET /health', 'Health check lambda (handler and registration on the same line).')
sc(R, P, 155, 'yes', 'alertType field of the body compared with "board"; not a secret.', NS)
sc(R, P, 264, 'yes', 'eventType field of the body compared with "offline"; not a secret.', NS)

# ---------------- cppdiscord/bot (D++ bot + cpp-httplib side server) ----------------
R = 'cppdiscord/bot'
why = ('GitHub webhook for the C++ Discord community bot (commit "github PR and Issue webhook integration for contributing channel"): '
       'handleGitHubWebhook reads X-GitHub-Event, parses the body and posts new issues/PRs as embeds into the Discord channel. '
       'X-Hub-Signature-256 is never read; the server listens on localhost:8080 (see Doubts).')
wh(R, 'src/webhooks/github_webhook_handler.cpp', 19, 'yes', 'no', 'github-webhook', 'POST /webhooks', why, 'Handler (free function).')
wh(R, 'src/main.cpp', 27, 'yes', 'no', 'github-webhook', 'POST /webhooks', why,
   'Registration: server.Post("/webhooks", lambda -> handleGitHubWebhook(bot, req, res)) in start_server().')
sc(R, 'src/webhooks/github_webhook_handler.cpp', 23, 'yes', 'X-GitHub-Event value compared with "issues"; not a secret.', NS)

# ---------------- SWACN/swacn (Drogon) ----------------
R, D = 'SWACN/swacn', 'server/src/controllers/'
why = ('Dodo Payments (Svix/Standard Webhooks) webhook: PaymentController::webhook answers 500 when DODO_PAYMENTS_WEBHOOK_SECRET is unset, '
       '401 when webhook-signature/webhook-id/webhook-timestamp is missing, computes base64 HMAC-SHA256 over "id.timestamp.body" with '
       'the base64-decoded whsec_ secret and answers 401 when it differs (line 220) before the event grants or revokes Pro. '
       'The timestamp is not checked against replay.')
wh(R, D + 'PaymentController.cpp', 154, 'yes', 'yes', 'dodo-webhook', 'POST /webhooks/dodopayments', why,
   'Handler. Base64 MAC compared with std::string operator!= (line 220) -> not constant time.', compare_line=220, ct='no')
wh(R, D + 'PaymentController.hpp', 8, 'yes', 'yes', 'dodo-webhook', 'POST /webhooks/dodopayments', why, 'Registration: ADD_METHOD_TO.')
sc(R, D + 'PaymentController.cpp', 220, 'no', 'Expected base64 HMAC-SHA256 compared with the v1 signature from the header via std::string operator!=.')
sc(R, D + 'PaymentController.cpp', 207, 'yes', 'secret_raw.find("whsec_") == 0: the secret is tested for a public prefix, not compared with a request value.', NS)
sc(R, D + 'PaymentController.cpp', 263, 'yes', 'Event type of the verified body compared with event-name literals; not a secret.', NS)
neg(R, D + 'PaymentController.cpp', 11, 'dodo-checkout', 'POST /v1/payments/checkout',
    'Creates a Dodo checkout session for the user whose API key (Bearer) is found by SQL lookup; user-facing API.')
neg(R, D + 'PaymentController.hpp', 7, 'dodo-checkout', 'POST /v1/payments/checkout', 'Registration line.')
AH = D + 'AuthController.hpp'
for (line, hline, group, route, what) in [
    (15, 7, 'github-login', 'GET /auth/github/login', 'Redirects the browser to GitHub OAuth.'),
    (74, 8, 'github-oauth-callback', 'GET /auth/github/callback',
     'OAuth redirect target (browser brings ?code=&state=); exchanges the code with GitHub. Named "callback" but not a webhook.'),
    (217, 9, 'google-login', 'GET /auth/google/login', 'Redirects the browser to Google OAuth.'),
    (243, 10, 'google-oauth-callback', 'GET /auth/google/callback', 'OAuth redirect target for Google; not a webhook.'),
    (34, 11, 'users-me', 'GET /v1/users/me', 'Current user by API key (SQL lookup).'),
    (362, 12, 'auth-poll', 'GET /auth/poll', 'CLI login handshake polling.'),
]:
    neg(R, D + 'AuthController.cpp', line, group, route, what)
    neg(R, AH, hline, group, route, what + ' Registration line.')

# ---------------- wuraxor/webhook (Drogon, GitHub -> Discord relay) ----------------
R = 'wuraxor/webhook'
why = ('GitHub-to-Discord relay: POST /{id}/{token} takes a Discord webhook id/token from the path, checks only Content-Type, that '
       'X-GitHub-Event is present and that User-Agent starts with "GitHub-Hookshot/", then formats the event and posts it to '
       'discord.com/api/webhooks/{id}/{token}. githubSig ("X-Hub-Signature-256") is declared but never used: no signature check.')
wh(R, 'src/controller.cpp', 16, 'yes', 'no', 'github-relay', 'POST /{id}/{token}', why, 'Handler. See Doubts (path credentials are Discord\'s).')
wh(R, 'include/webhook/controller.h', 9, 'yes', 'no', 'github-relay', 'POST /{id}/{token}', why, 'Registration: ADD_METHOD_TO(Controller::webhook, "/{id}/{token}", Post).')
neg(R, 'src/controller.cpp', 9, 'health', 'POST /health', 'Health check.')
neg(R, 'include/webhook/controller.h', 8, 'health', 'POST /health', 'Health check. Registration line.')
sc(R, 'src/controller.cpp', 35, 'yes', 'User-Agent header tested with starts_with("GitHub-Hookshot/"): a public prefix, not a secret (and no authentication).', NS)

# ---------------- OscarElliott/Binance-TradingView-Bot (Pistache REST router) ----------------
R, P = 'OscarElliott/Binance-TradingView-Bot', 'backend/src/main.cpp'
why = ('TradingView alert webhook: handleWebhook parses the body, looks the bot up by the body\'s bot_id and calls Bot::handleWebhook, '
       'which places Binance spot/futures orders with the stored API key/secret. No passphrase, token or signature check.')
wh(R, P, 124, 'yes', 'no', 'tradingview-webhook', 'POST /webhook', why, 'Handler (member function).')
wh(R, P, 62, 'yes', 'no', 'tradingview-webhook', 'POST /webhook', why, 'Registration: Routes::Post(router, "/webhook", Routes::bind(...)).')
for (line, rline, group, route, what) in [
    (140, 63, 'addbot', 'POST /addbot', 'Dashboard: add a bot configuration (also written to config.json).'),
    (259, 65, 'getbots', 'GET /getbots', 'Dashboard: list bots.'),
    (299, 67, 'getsettings', 'GET /getSettings', 'Dashboard: read e-mail and Binance API key.'),
    (318, 69, 'postsettings', 'POST /postSettings', 'Dashboard: update e-mail and Binance credentials.'),
]:
    neg(R, P, line, group, route, what + ' Unauthenticated, but called by the project\'s own dashboard, not by another system.')
    neg(R, P, rline, group, route, what + ' Registration line.')
sc(R, P, 363, 'yes', 'The submitted binance_api_secret is compared with the mask literal "***************" to skip unchanged fields; '
   'the right-hand side is a public placeholder, nothing is authenticated.', NS)

# ---------------- Neko-Nik/Cpp-API-Template (Crow) ----------------
R = 'Neko-Nik/Cpp-API-Template'
sc(R, 'src/base_endpoints.cpp', 44, 'no', 'check_api_key: X-API-KEY header value compared with the API_KEY constant via std::string operator== (const char*).',
   'Compare in a helper called from the route (main.cpp:45).')
neg(R, 'main.cpp', 37, 'teapot', 'GET /teapot', 'Demo route (handler lambda and registration on the same line).')
neg(R, 'main.cpp', 43, 'testing', 'POST /testing', 'API-key protected demo route (check_api_key, line 45); not a webhook.')

# ---------------- Fishing-Team-322/RichCrabs (Drogon registerHandler lambdas; reconstructed from the index) ----------------
R, P = 'Fishing-Team-322/RichCrabs', 'defay1x9/src/controllers/TelegramController.cpp'
why = ('Per-bot Telegram webhook of the quiz gateway: /api/v1/telegram/bots/connect registers https://.../telegram/webhook/<botId>/<secret> '
       'with setWebhook(secret_token=secret); the webhook answers 404 for an unknown bot and 403 when the path secret differs from '
       'the stored one (line 315) before the update is parsed and commands run. X-Telegram-Bot-Api-Secret-Token is compared too, but '
       'only when present (line 321).')
wh(R, P, 306, 'yes', 'yes', 'telegram-webhook', 'POST /telegram/webhook/{botId}/{secret}', why,
   'Handler lambda. Path secret compared with std::string operator!= (line 315) -> not constant time.', compare_line=315, ct='no')
wh(R, P, 304, 'yes', 'yes', 'telegram-webhook', 'POST /telegram/webhook/{botId}/{secret}', why, 'Registration: drogon::app().registerHandler(...).')
sc(R, P, 315, 'no', 'Stored per-bot webhook secret compared with the secret path segment via std::string operator!=.')
sc(R, P, 321, 'no', 'X-Telegram-Bot-Api-Secret-Token header compared with the secret via std::string operator!= (skipped when the header is absent).')
sc(R, P, 345, 'yes', 'Telegram command text compared with "/create_game"; not a secret.', NS)
neg(R, P, 217, 'telegram-connect', 'POST /api/v1/telegram/bots/connect', 'User connects a bot token (CSRF-checked); not a callback.')
neg(R, P, 215, 'telegram-connect', 'POST /api/v1/telegram/bots/connect', 'Registration line.')

_labels.write(__file__, 'webhook12')
