#!/usr/bin/env python3
# Hand-written labels (from reading the code). Writes labels.jsonl.
import json
C = {
 'Azad-Mammadov/ETS-Event-Trading-System-': '80d74edef7443c7d0ecd97f1ecd70aac7bc31c8d',
 'd3156/FreeKassaIntegration': '8ad1cff3e205870aa391345b9f29fe38000afd49',
 'bouldev/pv4': '746899dcca59cac64b7f4f8eb90cce9651c39bfd',
 'HomericIntelligence/Agamemnon': 'bb17afd828a8c164930a30d5095e6b90241f8564',
 'tebexio/Tebex-Ark': '4295b5fe3fffac20eb1add54759b0706431fe9df',
 'ohto-ai/webhook': 'f3014129cdf72e13e76ad7ae0e6574b1e9d66521',
 'mechmind/lemongrab': '6f15e338177d7980881e0304060a4877ca2500b9',
 'rickymena/cpp-webhook-engine': '76352870423b48829425bc4a01d82d12bb34e8fd',
 'gautamajay52/GitHub-Webhook-Bot': 'a9912a7a3d48582e943d54996b0099130d6f7890',
 'Teonord/DD2480-Group-12-CI': '827149002a0a552a9513faf92aefa2ee041fcaaf',
 'albertino80/tgm-server': '89d730dede342f698f2c3725b085f2b976a303bf',
 'feodoritiy/fti-code': '51e407525d0c965e0ae18416576d13b7e6f7f959',
 'OlehSlabak/APIsArchitecture': '7084755d9423f2763ef6c9086a4a6ae2994368f9',
 'ivanchetvergov/weather-bot': 'f89cd1f3c6c3591c9c4872fce2b68ad8c0c57d59',
}
L = []
def wh(repo, path, line, webhook, verified, group, route, why, note='', compare_line=None, ct=None, extra=None):
    f = {'webhook': webhook, 'verified': verified, 'group': group, 'route': route, 'why': why}
    if compare_line is not None:
        f['compare_line'] = str(compare_line); f['constant_time_compare'] = ct
    if extra: f.update(extra)
    L.append({'repo': repo, 'path': path, 'line': line, 'kind': 'webhook_handler', 'fields': f, 'note': note})
def neg(repo, path, line, group, route, why, note='Negative: inbound route that is not a webhook; any unverified-webhook finding here is a false positive.'):
    wh(repo, path, line, 'no', 'yes', group, route, why, note)
def sc(repo, path, line, ct, why, note=''):
    L.append({'repo': repo, 'path': path, 'line': line, 'kind': 'secret_compare', 'fields': {'constant_time': ct, 'why': why}, 'note': note})
NS = 'Tricky non-secret compare.'

# ---------------- Azad-Mammadov/ETS-Event-Trading-System- (cpp-httplib) ----------------
R, P = 'Azad-Mammadov/ETS-Event-Trading-System-', 'src/webhook_server.cpp'
wh(R, P, 14, 'yes', 'yes', 'finnhub', 'POST /webhook',
   'Finnhub market-data webhook. The handler returns 403 unless the X-Finnhub-Secret header equals the configured secret, before the payload is parsed and queued as a trading Event.',
   'Verified with a shared secret, but compared with std::string operator!= (line 17) -> not constant time.',
   compare_line=17, ct='no')

# ---------------- d3156/FreeKassaIntegration (Boost.Beast, hand-rolled router) ----------------
R = 'd3156/FreeKassaIntegration'
P1, P2 = 'src/FreeKassa.cpp', 'src/WebhookServer.cpp'
why = ('FreeKassa payment notification (merchant result URL). Client::handle_webhook_request recomputes '
       'MD5(MERCHANT_ID:AMOUNT:secret word 2:MERCHANT_ORDER_ID) and answers 403 "Bad signature" unless it equals the SIGN form field, '
       'before the payment is accepted.')
wh(R, P1, 83, 'yes', 'yes', 'fk-notify', 'POST <any path> (FreeKassa notification)', why,
   'Handler body. SIGN compared with std::string operator!= (line 101) -> not constant time.', compare_line=101, ct='no')
wh(R, P1, 36, 'yes', 'yes', 'fk-notify', 'POST <any path> (FreeKassa notification)', why, 'Handler lambda passed to WebhookServer (same group).')
wh(R, P1, 40, 'yes', 'yes', 'fk-notify', 'POST <any path> (FreeKassa notification)', why, 'Registration: std::make_unique<WebhookServer>(io, port_, handler) (same group).')
wh(R, P2, 29, 'yes', 'yes', 'fk-notify', 'POST <any path> (FreeKassa notification)', why,
   'WebhookServer::process_request: Beast server that hands every request to the handler (same group; the check lives in FreeKassa.cpp).')
neg(R, P1, 111, 'fk-pages', 'GET /payment/success, /payment/fail',
    'Client::renderAnswer renders the browser success/fail pages the payer is redirected to; it only reads MERCHANT_ORDER_ID from the query to fill a template. Not a webhook.',
    'Negative. Reached through the same Beast handler before the signature check, but it does not process the payment.')
sc(R, P1, 86, 'yes', 'Body compared with the literal "status_check=1" (FreeKassa status probe); not a secret.', NS)

# ---------------- bouldev/pv4 (cpp-httplib) ----------------
R, P = 'bouldev/pv4', 'modules/user_center/user_center.cpp'
wh(R, P, 300, 'yes', 'yes', 'stripe', 'POST /api/stripe/webhook',
   'Stripe webhook: parses t= and v1= from Stripe-Signature, rejects timestamps older than 120 s, recomputes HMAC-SHA256(secret, "t.body") and answers 400 on mismatch before finalizing the payment intent.',
   'v1 compared with std::string operator!= (line 330) -> not constant time.', compare_line=330, ct='no')
wh(R, P, 363, 'yes', 'yes', 'coinbase', 'POST /api/coinbase/webhook',
   'Coinbase Commerce webhook verified with HMAC-SHA256 of the body vs X-CC-Webhook-Signature (operator!=, line 370).',
   'Inside #ifdef PV4_PRIVATE_SOURCE (defined only by the private secrets header, absent from the repository): not compiled under the recorded flags, so not scored.',
   compare_line=370, ct='no', extra={'active_under_recorded_flags': 'no'})
wh(R, P, 279, 'no', 'yes', 'bot-ext', 'GET /api/bot_ext_add_points',
   'Internal API used by an external bot to credit points to a user; protected by a shared token in the query string. Not a webhook (no event delivery from a third-party system).',
   'Negative for the webhook check; the token comparison is labelled separately (secret_compare line 286).')
sc(R, P, 286, 'no', 'Query token compared with Secrets::add_external_bot_salt("ACCESS2") using std::string operator!= (not constant time).')
for line, route, why in [
    (199, 'OPTIONS /', 'CORS preflight.'),
    (202, 'GET /', 'Hello-world root.'),
    (205, 'GET /api/stripe_recover', 'Browser redirect target after Stripe Checkout (success_url/cancel_url); only redirects to the web UI. Not a webhook despite the name.'),
    (219, 'OPTIONS /api/new', 'CORS preflight.'),
    (222, 'GET /api/new', 'Creates a new anonymous session id for the web UI.'),
    (250, 'GET /remote_auth', 'nginx auth_request sub-request endpoint (session lookup); not a webhook.'),
    (400, 'OPTIONS /api/<action>', 'CORS preflight for the action API.'),
    (403, 'GET /api/<action>', 'Session-authenticated user-center action API.'),
    (423, 'POST /api/<action>', 'Session-authenticated user-center action API (JSON body).'),
    (447, 'post-routing handler', 'CORS response headers.'),
]:
    neg(R, P, line, 'route-%d' % line, route, why)
sc(R, P, 338, 'yes', 'Stripe event type compared with "checkout.session.completed"; not a secret.', NS)
sc(R, P, 451, 'yes', 'Origin header compared with "http://127.0.0.1" to choose the CORS origin; not a secret.', NS)

# ---------------- HomericIntelligence/Agamemnon (cpp-httplib) ----------------
R = 'HomericIntelligence/Agamemnon'
P, PW, PA = 'src/routes.cpp', 'src/github_webhook.cpp', 'src/auth.cpp'
why = ('GitHub Issues webhook (bidirectional sync). Returns 503 when GITHUB_WEBHOOK_SECRET is unset and 401 unless '
       'verify_github_signature(secret, X-Hub-Signature-256, body) succeeds, before the event is applied to the store. '
       'The API-key middleware deliberately skips this path.')
wh(R, P, 836, 'yes', 'yes', 'gh-webhook', 'POST /v1/github/webhook', why, 'Registration + handler lambda.')
wh(R, PW, 35, 'yes', 'yes', 'gh-webhook', 'POST /v1/github/webhook', why,
   'verify_github_signature: HMAC-SHA256 of the raw body compared with CRYPTO_memcmp (line 66) -> constant time.',
   compare_line=66, ct='yes')
for line, route, why2 in [
    (222, 'GET /metrics', 'Prometheus metrics.'),
    (229, 'pre-routing middleware', 'API-key + rate-limit middleware for the REST API.'),
    (264, 'GET /health', 'Health check.'),
    (296, 'DELETE /v1/dead-letter', 'Internal REST API (API key).'),
    (322, 'POST /v1/agents', 'Internal REST API (API key): create agent.'),
    (358, 'POST /v1/agents/:id/start', 'Internal REST API (API key).'),
    (484, 'POST /v1/teams', 'Internal REST API (API key).'),
    (570, 'POST /v1/teams/:id/tasks', 'Internal REST API (API key).'),
    (700, 'POST /v1/chaos/:type', 'Internal REST API (API key): fault injection.'),
    (724, 'POST /v1/briefs', 'Internal REST API (API key).'),
    (759, 'POST /v1/tasks/:id/escalate', 'Internal REST API (API key).'),
    (801, 'POST /v1/tasks/:id/complete', 'Internal REST API (API key); a worker reporting completion, not a third-party webhook.'),
]:
    neg(R, P, line, 'route-%d' % line, route, why2)
sc(R, PA, 29, 'no', 'Bearer token compared with the configured API key using std::string operator== (not constant time).',
   'AuthMiddleware::validate; also fail-open when no key is configured.')
sc(R, PA, 35, 'no', 'X-API-Key header compared with the configured API key using std::string operator== (not constant time).')
sc(R, PA, 11, 'yes', 'Request path compared with "/health"; not a secret.', NS)
sc(R, P, 232, 'yes', 'Request path compared with "/v1/github/webhook" to bypass the API-key middleware; not a secret.', NS)
sc(R, P, 849, 'yes', 'X-GitHub-Event compared with "ping"; the event name is not a secret.', NS)
sc(R, PW, 41, 'yes', 'Length check of the X-Hub-Signature-256 header (public format); not a secret comparison.', NS)
sc(R, PW, 63, 'yes', 'HMAC length check before CRYPTO_memcmp; lengths are public.', NS)

# ---------------- tebexio/Tebex-Ark (cpp-httplib, header) ----------------
R, P = 'tebexio/Tebex-Ark', 'Tebex-Ark/TebexArk/TebexPushCommands.hpp'
why = ('Tebex "push commands" webhook: Tebex POSTs purchased commands to the game server. HashValid recomputes '
       'SHA-256(body + secret) and the handler answers 422 "Invalid signature" on mismatch; otherwise the commands are executed.')
wh(R, P, 54, 'yes', 'yes', 'tebex-push', 'POST /', why,
   'Keyed SHA-256 (not HMAC) compared with std::string operator== (line 95) -> not constant time.', compare_line=95, ct='no')
wh(R, P, 85, 'yes', 'yes', 'tebex-push', 'POST /', why, 'HashValid (same group).')
neg(R, P, 47, 'tebex-ping', 'POST /ping',
    'Connectivity probe: logs and replies "Connection Established!", processes nothing.',
    'Doubt: Tebex itself calls it, but nothing is processed, so an unverified-webhook finding here is labelled a false positive.')

# ---------------- ohto-ai/webhook (cpp-httplib) ----------------
R, P = 'ohto-ai/webhook', 'src/webhook_manager.cpp'
why = ('Generic webhook server: each configured hook (path/method) renders a shell command from the request (body, headers) and runs it. '
       'The only check is the optional Basic-auth pre-routing handler (authRoutingHandler) on listen.auth.path, which returns 401 unless '
       'username and password match the configured ones.')
note_dbt = 'Doubt: auth is disabled by default (empty username/password) and buggy (base64::encode instead of decode, line 221); labelled verified like an optional shared secret.'
wh(R, P, 161, 'yes', 'yes', 'hooks', 'configured hook paths (GET/POST/...)', why, 'Hook handler lambda. ' + note_dbt)
wh(R, P, 189, 'yes', 'yes', 'hooks', 'configured hook paths (GET/POST/...)', why, 'server.Post registration (same group).')
wh(R, P, 187, 'yes', 'yes', 'hooks', 'configured hook paths (GET/POST/...)', why, 'server.Get registration (same group).')
wh(R, P, 205, 'yes', 'yes', 'hooks', 'configured hook paths (GET/POST/...)', why,
   'authRoutingHandler: Basic-auth username/password compared with std::string operator== (line 226) -> not constant time.',
   compare_line=226, ct='no')
neg(R, P, 151, 'favicon', 'GET <prefix>/favicon.ico', 'Static icon.')
sc(R, P, 218, 'yes', 'Position of the "Basic " prefix compared with 0; not a secret.', NS)

# ---------------- mechmind/lemongrab (libevent evhttp) ----------------
R, P = 'mechmind/lemongrab', 'src/handlers/githubwebhooks.cpp'
why = ('GitHub webhook listener of an XMPP bot (libevent evhttp generic callback on Github.Port). It only requires an X-GitHub-Event header, '
       'formats the payload and posts it to the chat; no X-Hub-Signature(-256) or shared secret is checked.')
wh(R, P, 45, 'yes', 'no', 'github', 'any path on Github.Port (evhttp gencb)', why, 'httpHandler: request handler.')
wh(R, P, 110, 'yes', 'no', 'github', 'any path on Github.Port (evhttp gencb)', why, 'evhttp_set_gencb registration (same group).')
wh(R, P, 119, 'yes', 'no', 'github', 'any path on Github.Port (evhttp gencb)', why, 'InitLibeventServer (same group).')
sc(R, P, 53, 'yes', 'Header NAME compared with "x-github-event"; not a secret.', NS)

# ---------------- rickymena/cpp-webhook-engine (hand-written socket server) ----------------
R, P = 'rickymena/cpp-webhook-engine', 'src/main.cpp'
why = ('Generic webhook receiver on a hand-written HTTP server: POST /webhook logs and (optionally) saves any payload. '
       'No signature or token check (the README lists HMAC verification as roadmap).')
wh(R, P, 78, 'yes', 'no', 'webhook', 'POST /webhook', why, 'registerRoute registration.')
wh(R, P, 266, 'yes', 'no', 'webhook', 'POST /webhook', why, 'handleGenericWebhook body (same group).')
neg(R, P, 289, 'health', 'GET /health', 'Health check handler.')

# ---------------- gautamajay52/GitHub-Webhook-Bot (Crow, vendored crow_all.h) ----------------
R, P = 'gautamajay52/GitHub-Webhook-Bot', 'src/main.cpp'
wh(R, P, 42, 'yes', 'no', 'github', 'POST /github',
   'GitHub webhook relayed to Telegram: reads X-GitHub-Event and the JSON payload and sends a message; no X-Hub-Signature(-256) check.')
wh(R, P, 28, 'yes', 'no', 'telegram', 'POST /telegram',
   'Telegram bot webhook (answers /start); no X-Telegram-Bot-Api-Secret-Token or other secret is checked.')
neg(R, P, 24, 'root', 'GET /', 'Liveness text.')
sc(R, P, 34, 'yes', 'Chat text compared with "/start"; not a secret.', NS)

# ---------------- Teonord/DD2480-Group-12-CI (cpp-httplib, vendored) ----------------
R = 'Teonord/DD2480-Group-12-CI'
PM, PC = 'src/main.cpp', 'src/ci.cpp'
why = ('GitHub push/pull_request webhook of a small CI server: clones the pushed repository, builds and tests it and reports a commit status. '
       'No X-Hub-Signature-256 or secret is checked.')
wh(R, PM, 20, 'yes', 'no', 'ci-webhook', 'POST /ci_webhook', why, 'Registration.')
wh(R, PC, 194, 'yes', 'no', 'ci-webhook', 'POST /ci_webhook', why, 'incomingWebhook body (same group).')
neg(R, PC, 366, 'list', 'GET /list', 'listCommits handler (build history page); registrations in main.cpp lines 21-22 are left unlabelled, too close to the webhook registration on line 20.')
sc(R, PC, 200, 'yes', 'X-GitHub-Event compared with "push"; not a secret.', NS)

# ---------------- albertino80/tgm-server (CivetWeb + Qt) ----------------
R = 'albertino80/tgm-server'
PM, PT, PR = 'main_server.cpp', 'telegramwebhook.cpp', 'routeshandler.cpp'
why = ('Telegram bot webhook on a CivetWeb server (Qt app): TelegramWebHook::handlePost parses the update and replies to the chat. '
       'No X-Telegram-Bot-Api-Secret-Token (or other secret) is checked.')
wh(R, PM, 79, 'yes', 'no', 'tg', 'POST /telegramNewUpdate', why, 'addHandler registration.')
wh(R, PT, 17, 'yes', 'no', 'tg', 'POST /telegramNewUpdate', why, 'handlePost body (same group).')
neg(R, PM, 76, 'routes', 'GET /routes', 'GPX routes download handler registration.')
neg(R, PR, 81, 'routes', 'GET /routes', 'RoutesHandler::handleGet.')
sc(R, PT, 67, 'yes', 'Connection header compared with "keep-alive" (mg_strncasecmp); not a secret.', NS)
sc(R, PR, 127, 'yes', 'Connection header compared with "keep-alive" (strncmp); not a secret.', NS)

# ---------------- feodoritiy/fti-code (cpp-httplib, student lab) ----------------
R = 'feodoritiy/fti-code'
B = 'Programming/Labs/02/C++/'
why = ('Yandex Alice (Dialogs) skill webhook: Yandex POSTs each user utterance to "/"; the handler keeps the cart in session_state and, '
       'on purchase, forwards the cart to the configured outbound webhooks. The request is not authenticated in any way.')
wh(R, B + 'main.cpp', 22, 'yes', 'no', 'alice', 'POST /', why, 'Registration.',
   extra={'doubt': 'Yandex Dialogs offers no request signature; a reviewer might still accept it.'})
wh(R, B + 'include/rotes/root/root.cpp', 91, 'yes', 'no', 'alice', 'POST /', why, 'RouteRoot::Handler body (same group).')
neg(R, B + 'main.cpp', 26, 'webhooks-page', 'GET/POST /webhooks',
    'Management page listing/adding/removing the OUTBOUND webhook URLs (query params set/del); returns HTML. Not an inbound webhook despite the name.',
    'POST registration (the GET registration on line 24 is left unlabelled: it is within 2 lines of the Alice registration on line 22).')
neg(R, B + 'include/rotes/webhooks/webhooks.cpp', 5, 'webhooks-page', 'GET/POST /webhooks', 'RouteWebhooks::Handler.')
sc(R, B + 'include/rotes/root/root.cpp', 133, 'yes', 'User command compared with a literal; not a secret.', NS)
sc(R, B + 'include/rotes/root/root.cpp', 56, 'yes', 'Help-topic name comparison; not a secret.', NS)

# ---------------- OlehSlabak/APIsArchitecture (uWebSockets + Crow) ----------------
R = 'OlehSlabak/APIsArchitecture'
wh(R, 'Webhook/serverWebhook.cpp', 5, 'yes', 'no', 'webhook', 'POST /webhook',
   'Webhook-receiver sample (uWebSockets): accepts and prints any POSTed payload; no signature/token check.',
   'Doubt: a teaching sample with no named sender.')
neg(R, 'RESTful/main.cpp', 8, 'add', 'GET /add', 'REST calculator sample.')
neg(R, 'RESTful/main.cpp', 21, 'subtract', 'GET /subtract', 'REST calculator sample.')

# ---------------- ivanchetvergov/weather-bot (drogon) ----------------
R = 'ivanchetvergov/weather-bot'
B = 'weather_backend/controllers/'
why = ('Telegram bot webhook (drogon HttpController, POST /tg): stores the sender as a user. '
       'No X-Telegram-Bot-Api-Secret-Token or other secret is checked.')
wh(R, B + 'include/TelegramController.h', 13, 'yes', 'no', 'tg', 'POST /tg', why, 'ADD_METHOD_TO registration.')
wh(R, B + 'src/TelegramController.cc', 9, 'yes', 'no', 'tg', 'POST /tg', why, 'Telegram::handleWebhook body (same group).')
for line, route, hline in [(10, 'GET /users', 9), (11, 'POST /users', 36), (12, 'DELETE /users/{1}', 73)]:
    neg(R, B + 'include/UserController.h', line, 'users-%d' % line, route, 'CRUD REST endpoint for users (registration).')
    neg(R, B + 'src/UserController.cc', hline, 'users-%d' % line, route, 'CRUD REST endpoint for users (handler).')

out = open('/work/corpora/webhook3/labels.jsonl', 'w')
for i, l in enumerate(L, 1):
    rec = {'id': 'wh3-%03d' % i, 'repo': l['repo'], 'commit': C[l['repo']], 'path': l['path'], 'line': l['line'], 'kind': l['kind'], 'fields': l['fields'], 'note': l['note']}
    out.write(json.dumps(rec, ensure_ascii=False) + '\n')
print(len(L))
