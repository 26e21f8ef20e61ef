#!/usr/bin/env python3
# Hand-written labels (from reading the code). Writes labels.jsonl.
C = {
 'xxanxnie/COMSW4156-Git-Gud': '0ac4b37d2c881a557e892cd0209da6a0aab57826',
 'johndoe6345789/DeployButton': '57a3b03b9dec9f16f820d6cc485d66bf30724cfc',
 'AdityaRoy999/StackPilot': '556a3eb8492d00385a4c5c2c6eb64d7d7ab4a71f',
 '7go7/Task_Estimator': '51e4f81d07dfd65d049f94ff535a297195d9f0e9',
 'pedroafonso18/wasolution': '47ad3b090e2aeae650259fd7b2d362c7cfe72946',
 'ItsJustMeChris/openai-cpp': '7e0f0d8028bff8e9c7d94b77724961cada1058dd',
 'slugkit/userver-paddle': '28ac31ec29e52b8f1cdcd6f272816ae30e5f69d9',
 'Hit-boy228/focusforge': 'dd7cbb533a0a8c683a8dcf4d7d43ccd14dcbb287',
 'skript023/Gaboot': '13b6952c01f2192400eb0319fbc3ba1ae42ef8d1',
 'DmLvkvch/summer-pr-web': '33a92b7a32d4f66194da5cd5ef3bffbb27c4a1c2',
}
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import Labels, NS  # noqa: E402

_labels = Labels('wh8', C)
wh, neg, sc = _labels.wh, _labels.neg, _labels.sc

# ---------------- xxanxnie/COMSW4156-Git-Gud (Crow) ----------------
R, P = 'xxanxnie/COMSW4156-Git-Gud', 'src/RouteController.cpp'
why = ('POST /webhook: RouteController::receiveWebhook accepts any body and answers 200 "Webhook received successfully." after '
       'logging it; no signature, token or API key is checked (the other routes call authenticateToken). It is the receiving end '
       'of the subscription webhooks that SubscriptionManager::sendWebhook posts (removed again in the next commit 94be862 '
       '"Remove temporary webooh").')
wh(R, P, 1309, 'yes', 'no', 'webhook', 'POST /webhook', why, 'Handler. See Doubts: the only processing is logging.')
wh(R, P, 1462, 'yes', 'no', 'webhook', 'POST /webhook', why, 'Registration: CROW_ROUTE(app, "/webhook").methods(POST).')
for (line, rline, group, route, what) in [
    (120, 1367, 'shelter-getall', 'GET /resources/shelter/getAll', 'Lists shelters (authenticateToken: JWT Bearer).'),
    (509, 1328, 'food-add', 'POST /resources/food/add', 'Adds a food resource (authenticateToken: JWT Bearer).'),
    (1190, 1450, 'auth-login', 'POST /auth/login', 'User login, returns a JWT.'),
    (1249, 1456, 'subscribe', 'POST /resources/subscribe', 'Registers a subscriber (email or webhook URL) for resource updates (authenticateToken).'),
]:
    neg(R, P, line, group, route, what + ' User-facing API, not a callback from another system.')
    neg(R, P, rline, group, route, what + ' Registration line (CROW_ROUTE).')
sc(R, P, 42, 'yes', 'Role looked up for the API key compared with the required role name ("NGO", ...); the role is not a secret '
   '(the key itself is looked up with std::map::find on line 41).', NS)
sc(R, 'src/Auth.cpp', 220, 'yes', 'Authorization header prefix compared with "Bearer "; the scheme name is not a secret.', NS)
sc(R, 'src/Auth.cpp', 233, 'yes', 'Role claim of the verified JWT compared with the required role; not a secret.', NS)

# ---------------- johndoe6345789/DeployButton (Drogon) ----------------
R = 'johndoe6345789/DeployButton'
B = 'backend/controllers/'
why = ('GitHub push webhook: WebhooksController::github looks the project up by the slug in the URL and starts its deploy '
       'workflow (startWorkflowRun(..., "github_webhook")); the comment above it says "No signature verification in v1", '
       'X-Hub-Signature-256 is never read and no filter is attached to the route.')
wh(R, B + 'WebhooksController.cc', 12, 'yes', 'no', 'github', 'POST /api/webhooks/github/{slug}', why,
   'Handler. See Doubts (deliberate, network-level protection only).')
wh(R, B + 'WebhooksController.h', 9, 'yes', 'no', 'github', 'POST /api/webhooks/github/{slug}', why,
   'Registration: ADD_METHOD_TO(WebhooksController::github, "/api/webhooks/github/{1}", Post).')
for (cc, line, h, hline, group, route, what) in [
    ('DeployController.cc', 9, 'DeployController.h', 9, 'deploy', 'POST /api/projects/{id}/deploy', 'Manual "deploy button": starts the project workflow.'),
    ('ProjectsController.cc', 8, 'ProjectsController.h', 9, 'projects-list', 'GET /api/projects', 'Lists projects.'),
    ('ProjectsController.cc', 15, 'ProjectsController.h', 11, 'projects-get', 'GET /api/projects/{id}', 'Reads one project.'),
    ('RunsController.cc', 26, 'RunsController.h', 9, 'runs-list', 'GET /api/projects/{id}/runs', 'Lists the runs of a project.'),
    ('RunsController.cc', 34, 'RunsController.h', 11, 'runs-get', 'GET /api/runs/{id}', 'Reads one run.'),
]:
    neg(R, B + cc, line, group, route, what + ' Dashboard API (the app has no application auth by design), not a webhook.')
    neg(R, B + h, hline, group, route, what + ' Registration line (ADD_METHOD_TO).')

# ---------------- AdityaRoy999/StackPilot (Drogon) ----------------
R = 'AdityaRoy999/StackPilot'
B = 'src/controllers/'
why = ('GitHub App webhook: handleWebhook first calls verifySignature (HMAC-SHA256 of the raw body with GITHUB_WEBHOOK_SECRET, '
       '"sha256=" hex compared with X-Hub-Signature-256 by size check + CRYPTO_memcmp, line 74) and answers 401 on failure, before '
       'parsing the event (push -> deployments, installation, check_run ...). Without a secret it rejects unless '
       'STACKPILOT_ALLOW_UNSIGNED_GITHUB_WEBHOOKS is set.')
wh(R, B + 'GitHubWebhookController.cpp', 455, 'yes', 'yes', 'github', 'POST /api/v1/github/webhooks', why,
   'Handler. CRYPTO_memcmp (OpenSSL) is constant time. See Doubts (opt-in unsigned mode).', compare_line=74, ct='yes')
wh(R, B + 'GitHubWebhookController.h', 14, 'yes', 'yes', 'github', 'POST /api/v1/github/webhooks', why,
   'Registration: ADD_METHOD_TO(GitHubWebhookController::handleWebhook, ..., Post).')
sc(R, B + 'GitHubWebhookController.cpp', 62, 'yes', 'Value of the STACKPILOT_ALLOW_UNSIGNED_GITHUB_WEBHOOKS env variable compared with "1"/"true"/...; not a secret.', NS)
sc(R, B + 'GitHubWebhookController.cpp', 483, 'yes', 'X-GitHub-Event name compared with "ping"; not a secret.', NS)
sc(R, B + 'AuthController.cpp', 478, 'yes', 'HMAC signature of the GitHub OAuth state parameter compared with CRYPTO_memcmp after a length check (constant time).')
sc(R, B + 'AuthController.cpp', 1561, 'yes', 'Password-reset OTP hash compared with the stored hash by CRYPTO_memcmp after a length check (constant time).')
sc(R, B + 'AuthController.cpp', 308, 'no', 'Registration invite code from the request body compared with the STACKPILOT_AUTH_INVITE_CODE secret '
   'with std::string operator== (not constant time).', 'See Doubts: an invite code, not a webhook secret.')
sc(R, B + 'HealthController.cpp', 564, 'no', 'Authorization header compared with "Bearer " + STACKPILOT_METRICS_BEARER_TOKEN with std::string operator== '
   '(not constant time).', 'Gates GET /metrics (a monitoring token, not a webhook).')
sc(R, B + 'AuthController.cpp', 313, 'yes', 'Registration mode compared with "disabled"; not a secret.', NS)
for (line, hline, group, route, what) in [
    (569, 14, 'healthz', 'GET /healthz (also /api/v1/health)', 'Liveness/health status.'),
    (585, 16, 'metrics', 'GET /metrics', 'Metrics endpoint (optional STACKPILOT_METRICS_BEARER_TOKEN, 401 otherwise).'),
    (1224, 21, 'infra-claim', 'POST /api/v1/infrastructure/claims', 'Claims an infrastructure resource for the logged-in user.'),
]:
    neg(R, B + 'HealthController.cpp', line, group, route, what + ' Not a webhook.')
    neg(R, B + 'HealthController.h', hline, group, route, what + ' Registration line (ADD_METHOD_TO).')

# ---------------- 7go7/Task_Estimator (Crow, vendored crow_all.h) ----------------
R, P = '7go7/Task_Estimator', 'backend/src/main.cpp'
why = ('Jira webhook: POST /api/webhook/jira/<org_slug> parses the Jira issue event, looks the organization up by the slug in the '
       'URL, upserts the issue into the database, runs the XGBoost estimate and posts a comment back to Jira; no secret, '
       'signature (Jira sends none by default; the URL is the only "secret") or token is checked.')
wh(R, P, 1193, 'yes', 'no', 'jira', 'POST /api/webhook/jira/<org_slug>', why,
   'Handler and registration are the same line: CROW_ROUTE(...).methods(POST)([&](...){ ... }) with an inline lambda.')
for (line, group, route, what) in [
    (781, 'health', 'GET /api/health', 'Health check.'),
    (790, 'plans', 'GET /api/plans', 'Lists subscription plans.'),
    (811, 'register', 'POST /api/auth/register', 'Creates an organization and its admin user.'),
    (854, 'login', 'POST /api/auth/login', 'Password login, returns a session token.'),
    (905, 'jira-connect', 'POST /api/jira/connect', 'Stores Jira credentials of the organization (require_auth).'),
    (967, 'issues', 'GET /api/issues', 'Lists issues of the organization (require_auth).'),
]:
    neg(R, P, line, group, route, what + ' Handler and registration on the same line (inline lambda). Not a webhook.')
sc(R, P, 864, 'no', 'Stored password hash compared with sha256(password) via const char* != std::string (operator!=, not constant time).',
   'See Doubts: a password-hash compare, not a MAC or token.')
sc(R, P, 335, 'yes', 'Authorization header prefix compared with "Bearer " (rfind at 0); the session token itself is looked up in SQL.', NS)

# ---------------- pedroafonso18/wasolution (Boost.Beast) ----------------
R, P = 'pedroafonso18/wasolution', 'src/main.cpp'
why = ('WhatsApp gateway: handle_request first compares the Authorization header with "Bearer " + TOKEN (line 27) and returns 401 '
       'on mismatch, for every route; POST /webhook then relays the Evolution/Wuzapi event body to Handler::sendWebhook.')
wh(R, P, 296, 'yes', 'yes', 'webhook', 'POST /webhook', why,
   'Route branch (`req.target() == "/webhook"`), the registration of this framework-less router.')
wh(R, P, 23, 'yes', 'yes', 'webhook', 'POST /webhook', why,
   'Handler definition: handle_request dispatches every route (the negatives of this repo are anchored only at their branch lines). '
   'Authorization header compared with "Bearer " + TOKEN (the API secret) by beast string_view != std::string -> not constant time.',
   compare_line=27, ct='no')
for (line, group, route, what) in [
    (40, 'create-instance', 'POST /createInstance', 'Creates a WhatsApp instance.'),
    (92, 'send-message', 'POST /sendMessage', 'Sends a message.'),
    (138, 'delete-instance', 'DELETE /deleteInstance', 'Deletes an instance.'),
    (190, 'retrieve-instances', 'GET /retrieveInstances', 'Lists instances.'),
    (270, 'set-webhook', 'POST /setWebhook', 'Configures the webhook URL of an instance (a client call about webhooks, not a webhook).'),
    (325, 'send-template', 'POST /sendTemplate', 'Sends a template message.'),
]:
    neg(R, P, line, group, route, what + ' Client API call behind the same Bearer check; route branch line inside handle_request.')
sc(R, P, 60, 'yes', 'api_type field of the body compared with "EVOLUTION"; not a secret.', NS)

# ---------------- ItsJustMeChris/openai-cpp (SDK webhook verifier) ----------------
R, P = 'ItsJustMeChris/openai-cpp', 'src/webhooks.cpp'
sc(R, P, 365, 'yes', 'Decoded v1 signature compared with HMAC-SHA256(secret, "id.timestamp.payload") through timing_safe_equals '
   '(OR-accumulated XOR loop after a size check, lines 209-215).', 'SDK helper (Standard Webhooks verification); no route in this repo.')
sc(R, P, 200, 'yes', 'Signature list element compared with the version prefix "v1," (rfind at 0); not a secret.', NS)
sc(R, P, 227, 'yes', 'Secret checked for the "whsec_" prefix (rfind at 0); the prefix is public, nothing secret is compared.', NS)
sc(R, P, 236, 'yes', 'Event type string compared with an event-name literal; not a secret.', NS)

# ---------------- slugkit/userver-paddle (SDK, Paddle Billing signature) ----------------
R, P = 'slugkit/userver-paddle', 'paddle/src/paddle/auth/signature.cpp'
sc(R, P, 52, 'no', 'Paddle-Signature h1 value compared with HmacSha256(secret, "ts:payload") with string_view == std::string (not constant time).',
   'Verifier used by the library\'s webhook handler (paddle/src/paddle/webhook_handler.cpp, not materialized: userver component).')

# ---------------- Hit-boy228/focusforge (userver) ----------------
R = 'Hit-boy228/focusforge'
why = ('Telegram bot webhook: HandleRequestThrow calls VerifyWebhookSecret first and answers 403 when the '
       'X-Telegram-Bot-Api-Secret-Token header differs from the configured webhook_secret (line 96), before parsing and routing the '
       'update (user creation, tasks, reminders).')
wh(R, 'src/handlers/telegram_webhook_handler.cpp', 39, 'yes', 'yes', 'telegram', 'POST /webhook/{bot_token}', why,
   'Handler. std::string operator== -> not constant time. See Doubts: the check is skipped when webhook_secret is empty.',
   compare_line=96, ct='no')
wh(R, 'src/app/component_list.cpp', 156, 'yes', 'yes', 'telegram', 'POST /webhook/{bot_token}', why,
   'Registration: list.Append<handlers::TelegramWebhookHandler>() (path in configs/static_config.yaml:184).')
wh(R, 'src/handlers/telegram_webhook_handler.hpp', 14, 'yes', 'yes', 'telegram', 'POST /webhook/{bot_token}', why,
   'Component name kName = "handler-telegram-webhook" that binds the handler to the static_config.yaml route.')
for (line, cline, group, route, what) in [
    (8, 154, 'health-live', 'GET /health/live', 'Liveness probe.'),
    (19, 155, 'health-ready', 'GET /health/ready', 'Readiness probe.'),
]:
    neg(R, 'src/handlers/health_handler.cpp', line, group, route, what + ' Not a webhook.')
    neg(R, 'src/app/component_list.cpp', cline, group, route, what + ' Registration line (list.Append).')

# ---------------- skript023/Gaboot (Drogon) ----------------
R = 'skript023/Gaboot'
B = 'src/module/payment/'
why = ('Midtrans payment notification (HTTP notification URL): payment::callback -> payment_service::callback parses the JSON body, '
       'and for transaction_status settlement/capture/cancel/deny/failure/expired updates the Payments row of transaction_id; '
       'Midtrans signature_key (SHA-512 of order_id+status_code+gross_amount+server_key) is never checked and the route has no filter.')
wh(R, B + 'controllers/payment.cc', 19, 'yes', 'no', 'midtrans', 'POST /notification and /notification/', why, 'Handler (controller).')
wh(R, B + 'services/payment_service.cpp', 93, 'yes', 'no', 'midtrans', 'POST /notification and /notification/', why,
   'Handler (service doing the processing).')
wh(R, B + 'controllers/payment.h', 21, 'yes', 'no', 'midtrans', 'POST /notification/', why, 'Registration: ADD_METHOD_TO(payment::callback, "/notification/", Post).')
wh(R, B + 'controllers/payment.h', 22, 'yes', 'no', 'midtrans', 'POST /notification', why, 'Registration: ADD_METHOD_TO(payment::callback, "/notification", Post).')
for (line, sline, hline, group, route, what) in [
    (7, 22, 19, 'payment-create', 'POST /payment', 'Client creates a payment (charge) record.'),
    (13, 72, 20, 'payment-get', 'GET /payment/{id}', 'Client reads a payment.'),
]:
    neg(R, B + 'controllers/payment.cc', line, group, route, what + ' Not a webhook.')
    neg(R, B + 'services/payment_service.cpp', sline, group, route, what + ' Service implementation.')
    neg(R, B + 'controllers/payment.h', hline, group, route, what + ' Registration line (ADD_METHOD_TO).')
sc(R, B + 'services/payment_service.cpp', 105, 'yes', 'FNV-1a hash of transaction_status switched against hashed status literals; not a secret.', NS)

# ---------------- DmLvkvch/summer-pr-web (Tufao = Qt5 HTTP server) ----------------
R = 'DmLvkvch/summer-pr-web'
why = ('Telegram bot webhook (Tufao HttpServer on 0.0.0.0:8080, every path): TelegramBot::handleRequest parses any body as a Telegram '
       'update and dispatches it (/start sends the VK OAuth link and creates a MongoDB record, /get posts the user\'s VK wall); a URL '
       'containing "?code=" is treated as the VK OAuth redirect and exchanged for a token. No X-Telegram-Bot-Api-Secret-Token, secret '
       'path or other check.')
wh(R, 'src/telegrambot.cpp', 123, 'yes', 'no', 'telegram', 'POST http://host:8080/ (any path)', why, 'Handler.')
wh(R, 'src/main.cpp', 31, 'yes', 'no', 'telegram', 'POST http://host:8080/ (any path)', why,
   'Registration: QObject::connect(&server, &Tufao::HttpServer::requestReady, &h, &TelegramBot::handleRequest).')
sc(R, 'src/telegrambot.cpp', 107, 'yes', 'Telegram message text compared with the bot command "/start"; not a secret.', NS)
sc(R, 'src/telegrambot.cpp', 36, 'yes', 'VK OAuth reply body compared with the empty string; not a secret.', NS)

_labels.write(__file__, 'webhook8')
