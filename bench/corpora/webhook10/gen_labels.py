#!/usr/bin/env python3
# Hand-written labels (from reading the code). Writes labels.jsonl.
C = {
 'jace10/messaging-service': '8e18ca5a39bbea5cd83d0d1f4bb9647877e47568',
 'TiagoRG/gh-wh-handler': 'cb471e4f16b2b553671dc3bc0e423d0aaa5d5a2a',
 'wilfrantz/sipetoBot': '1a515fdc5af9b14c5e954fc9c652cae425fc4cbc',
 'Malibushko/yatgbotlib': 'a5109c36c9387aef0e6d15e303d2f3753eef9aac',
 'ScrimReaper/RESTAPI-ToDoApp-RaspyGUI': 'dc255f08f70dc39e3c9748a2649513a6f2331bf1',
 'porla/porla': 'b654b57cd3d85bdf47dc4e68433b2cddc2f20993',
 'ostepan8/personal-scheduler': 'ad3305cc09e05113b4c1ecfbadc1a59894f19673',
 'JChen12138/order-api-backend': 'e682ee9c46024a5729f0f4a5b1ad19fb4d0c167d',
 'jkozera/oumodulesbot': 'b91a056be4b5a56eed0a2961ab2cd19b188e23bf',
 'sm2774us/fullstack-language-shootout-ecommerce': '381787b2026f23a4de05d7dd0242db449027a600',
 'Marsupilami1/webpage': '1738ef35c126184c1e1e8bcd076556641d772056',
}
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import Labels, NS  # noqa: E402

_labels = Labels('wh10', C)
wh, neg, sc = _labels.wh, _labels.neg, _labels.sc

# ---------------- jace10/messaging-service (cpp-httplib) ----------------
R = 'jace10/messaging-service'
SV, WH = 'src/server/server.cpp', 'src/handlers/webhook_handler.cpp'
MH, CH = 'src/handlers/message_handler.cpp', 'src/handlers/conversation_handler.cpp'
why_sms = ('Inbound SMS/MMS webhook of the messaging provider (README: "Handle incoming webhook messages from both providers", '
           'Twilio-like payload): handleIncomingSms parses the JSON body, finds or creates a conversation and stores the message '
           'as "inbound"; no signature (X-Twilio-Signature or similar), token or source check anywhere on the route.')
why_mail = ('Inbound e-mail webhook of the e-mail provider (SendGrid-like payload with xillio_id): handleIncomingEmail parses the '
            'JSON body and stores the message as "inbound"; no signature, token or source check.')
wh(R, WH, 7, 'yes', 'no', 'sms-webhook', 'POST /api/webhooks/sms', why_sms, 'Handler.')
wh(R, SV, 57, 'yes', 'no', 'sms-webhook', 'POST /api/webhooks/sms', why_sms, 'Registration: server_->Post lambda that calls handleIncomingSms.')
wh(R, WH, 84, 'yes', 'no', 'email-webhook', 'POST /api/webhooks/email', why_mail, 'Handler.')
wh(R, SV, 63, 'yes', 'no', 'email-webhook', 'POST /api/webhooks/email', why_mail, 'Registration: server_->Post lambda that calls handleIncomingEmail.')
for (path, line, rline, group, route, what) in [
    (SV, 38, 38, 'health', 'GET /health', 'Health check returning "OK".'),
    (MH, 34, 45, 'send-sms', 'POST /api/messages/sms', 'Client API: send an SMS/MMS through the provider.'),
    (MH, 192, 50, 'send-email', 'POST /api/messages/email', 'Client API: send an e-mail through the provider.'),
    (CH, 9, 71, 'list-conversations', 'GET /api/conversations', 'Client API: list conversations.'),
    (CH, 23, 77, 'conversation-messages', 'GET /api/conversations/(.*)/messages', 'Client API: messages of one conversation.'),
]:
    neg(R, path, line, group, route, what + ' Unauthenticated (the whole service has no auth), but it is a client API, not a callback from another system.')
    if (path, line) != (SV, rline):
        neg(R, SV, rline, group, route, what + ' Registration line.')
sc(R, WH, 32, 'yes', 'Message type of the (unverified) webhook body compared with "sms"/"mms"; not a secret.', NS)

# ---------------- TiagoRG/gh-wh-handler (Crow) ----------------
R = 'TiagoRG/gh-wh-handler'
RT = 'src/routes.cpp'
why_ra = ('GitHub push webhook (README: "Simple C++ WebAPI to work with GitHub Webhooks"): POST /run-actions answers GitHub pings, '
          'then run_actions parses the push payload and, for a configured repository/branch, runs each configured shell command '
          'with std::system. No X-Hub-Signature(-256) or secret check anywhere; the config has no webhook secret.')
why_uf = ('GitHub push webhook: POST /update-files parses the push payload and, for a configured repository/branch, downloads the '
          'modified files (with the configured GitHub access token for private repositories) and overwrites local copies, then '
          'runs post-update commands. No X-Hub-Signature(-256) or secret check; "tokens" in the config are outbound GitHub API tokens.')
wh(R, 'src/endpoints/run-actions.cpp', 5, 'yes', 'no', 'run-actions', 'POST /run-actions', why_ra, 'Handler (called from the route lambda).')
wh(R, RT, 29, 'yes', 'no', 'run-actions', 'POST /run-actions', why_ra, 'Registration: CROW_ROUTE(this->app, "/run-actions").methods("POST"_method).')
wh(R, 'src/endpoints/update-files.cpp', 7, 'yes', 'no', 'update-files', 'POST /update-files', why_uf, 'Handler (called from the route lambda).')
wh(R, RT, 61, 'yes', 'no', 'update-files', 'POST /update-files', why_uf, 'Registration: CROW_ROUTE(this->app, "/update-files").methods("POST"_method).')
neg(R, RT, 17, 'ping', 'GET|POST /', 'Ping route: answers {"message":"Pong"} and does nothing else; no data is processed. See Doubts.')
sc(R, RT, 117, 'yes', 'X-GitHub-Event header value compared with "ping"; an event name, not a secret.', NS)
sc(R, 'src/endpoints/update-files.cpp', 74, 'yes', 'Configured branch compared with the pushed ref; not a secret.', NS)
sc(R, 'src/endpoints/run-actions.cpp', 48, 'yes', 'Configured repository name compared with the payload repository; not a secret.', NS)

# ---------------- wilfrantz/sipetoBot (Boost.Beast, hand-written router) ----------------
R, P = 'wilfrantz/sipetoBot', 'src/simple_http_server.cpp'
why = ('Telegram bot webhook registered with setWebhook (setwebHookUrl, line 150) without secret_token: Session::handleRequest treats '
       'a request as a Telegram update only when the request target equals "/" + the bot token (secret URL path, compared with '
       'std::string operator== at line 337) and then parses and dispatches it (processTelegramUpdate). No X-Telegram-Bot-Api-Secret-Token check. '
       'readRequest only calls handleRequest for GET (other methods get 405), so Telegram\'s POST updates never reach it at this commit.')
wh(R, P, 332, 'yes', 'unclear', 'telegram', 'GET /<bot token> (any path is read; POST answers 405)', why,
   'Handler. Verified only by a secret URL path (the bot token); labelled unclear like webhook9\'s secret-path IFTTT hook. See Doubts.',
   compare_line=337, ct='no')
wh(R, P, 254, 'yes', 'unclear', 'telegram', 'GET /<bot token>', why, 'Request reader that dispatches GET requests to handleRequest (no route table).')
sc(R, P, 337, 'no', 'Request target compared with "/" + bot token (the secret webhook path) via std::string operator==; early-exit compare of a secret.')
sc(R, 'src/sipeto.cpp', 460, 'yes', 'Update type compared with "message"; not a secret.', NS)


# ---------------- Malibushko/yatgbotlib (Telegram bot SDK, cpp-httplib SSLServer) ----------------
R, P = 'Malibushko/yatgbotlib', 'src/sources/telegram_bot.cpp'
why = ('Telegram webhook server of the bot SDK (Bot::setWebhookServer, examples/webhook_example.cpp): calls setWebhook without '
       'secret_token, starts an httplib::SSLServer and POST / hands every body to UpdateManager::routeCallback, which parses the '
       'update and dispatches it to the user callbacks. No X-Telegram-Bot-Api-Secret-Token or secret-path check; the only gate is a '
       'source-IP range filter on the REMOTE_ADDR header (lines 114-126, with mismatched range constants). See Doubts.')
wh(R, P, 113, 'yes', 'no', 'telegram', 'POST / (SSL, port given to setWebhookServer)', why,
   'Handler and registration: server.Post("/", lambda) inside Bot::setWebhookServer.')
wh(R, P, 88, 'yes', 'no', 'telegram', 'POST / (SSL, port given to setWebhookServer)', why,
   'Bot::setWebhookServer: registers the webhook with Telegram and starts the server (public SDK entry point).')

# ---------------- ScrimReaper/RESTAPI-ToDoApp-RaspyGUI (Crow ToDo API) ----------------
R = 'ScrimReaper/RESTAPI-ToDoApp-RaspyGUI'
sc(R, 'API/Middleware/Middleware.cpp', 20, 'no',
   'Global Crow middleware: the API-KEY request header is compared with the API_KEY from the environment via std::string '
   'operator!= (early exit); mismatch ends the request with 400 before any route runs.',
   'The key gates every ToDo route (crow::App<Middleware, CORSHandler>, API/main.cpp:11).')
RT = 'API/routes/Routes.h'
for (line, group, route, what) in [
    (19, 'root', 'GET /', 'Hello-world root route.'),
    (26, 'lists-get', 'GET /lists', 'Client API: names and ids of all to-do lists.'),
    (43, 'lists-post', 'POST /lists', 'Client API: create a list.'),
    (67, 'lists-delete', 'DELETE /lists/<int>', 'Client API: delete a list.'),
    (80, 'lists-put', 'PUT /lists/<int>', 'Client API: rename a list.'),
    (104, 'tasks-get', 'GET /lists/<int>/tasks', 'Client API: tasks of a list.'),
    (125, 'tasks-post', 'POST /lists/<int>/tasks', 'Client API: add a task.'),
    (149, 'tasks-delete', 'DELETE /lists/<int>/tasks/<int>', 'Client API: delete a task.'),
    (161, 'tasks-put', 'PUT /lists/<int>/tasks/<int>', 'Client API: update a task.'),
]:
    neg(R, RT, line, group, route, what + ' Used by the project\'s own app (ToDoApp, RaspyGUI) behind the API-KEY middleware; '
        'not a callback from another system. CROW_ROUTE line = registration and handler (lambda).')

# ---------------- porla/porla at b654b57 (Boost.Beast HTTP server, JSON-RPC API) ----------------
R = 'porla/porla'
sc(R, 'src/httpauthtokenhandler.cpp', 39, 'no',
   'HttpAuthTokenHandler: the value after "Token " in the Authorization header is compared with the configured http_auth_token '
   '(PORLA_HTTP_AUTH_TOKEN / config / --http-auth-token) via std::string operator!= (early exit); mismatch -> 401.',
   'Middleware installed before the JSON-RPC and events routes when a token is configured (src/main.cpp:177-179).')
sc(R, 'src/httpauthtokenhandler.cpp', 31, 'yes', 'Authorization scheme prefix checked with starts_with("Token "); not a secret.', NS)
for (path, line, rline, group, route, what) in [
    ('src/jsonrpchandler.cpp', 14, 182, 'jsonrpc', 'POST /api/v1/jsonrpc', 'JSON-RPC API of the torrent daemon (torrents.add, session.pause, ...).'),
    ('src/httpeventstream.cpp', 106, 183, 'events', 'GET /api/v1/events', 'Server-sent event stream of torrent status for the web UI.'),
]:
    neg(R, path, line, group, route, what + ' Client API behind the token middleware; not a webhook.')
    neg(R, 'src/main.cpp', rline, group, route, what + ' Registration line (http.Use(porla::HttpPost/HttpGet ...)).')

# ---------------- ostepan8/personal-scheduler (cpp-httplib, vendored) ----------------
R = 'ostepan8/personal-scheduler'
A = 'security/Auth.cpp'
sc(R, A, 10, 'no', 'Auth::authorize: Authorization / X-API-Key header compared with the API key (raw and "Bearer "+key) via std::string '
   'operator== (early exit).', 'Called from the pre-routing handler of every route (api/ApiServer.cpp:46); false -> 401.')
sc(R, A, 11, 'no', 'Auth::authorize: the same header compared with the admin key (raw and "Bearer "+key) via operator==.')
sc(R, A, 20, 'no', 'Auth::isAdmin: header compared with the admin key via operator==.')
AS = 'api/ApiServer.cpp'
neg(R, 'api/handlers/EventsHandler.cpp', 13, 'events-get', 'GET /events',
    'EventsHandler::handle: client API of the scheduler (list events). Behind the API-key pre-routing handler; not a webhook.')
for (line, group, route, what) in [
    (73, 'events-get', 'GET /events', 'List events.'),
    (77, 'events-next', 'GET /events/next/(\\d+)', 'Next n events.'),
    (81, 'events-post', 'POST /events', 'Create an event.'),
    (85, 'stats', 'GET /stats', 'Performance statistics.'),
]:
    neg(R, AS, line, group, route, what + ' Registration (server_.Get/Post) of a client API route behind the API-key pre-routing '
        'handler; not a callback from another system.')

# ---------------- JChen12138/order-api-backend (Crow, vendored crow_all.h) ----------------
R = 'JChen12138/order-api-backend'
sc(R, 'include/auth_middleware.h', 15, 'no',
   'AuthMiddleware::before_handle: the Authorization header is compared with runtime_config::api_key (default "1234567") via '
   'std::string operator!= (early exit); mismatch -> 401 for every non-probe route.')
sc(R, 'include/service_state.h', 13, 'yes', 'Request URL compared with the probe paths /healthcheck, /readiness, /metrics; not a secret.', NS)
M, O = 'src/main.cpp', 'src/order_routes.cpp'
for (line, hline, group, route, what) in [
    (275, 116, 'order-create', 'POST /order/create', 'Create an order.'),
    (276, 166, 'order-get', 'GET /order/get/<string>', 'Read an order (Redis cache, then SQLite).'),
    (277, 199, 'order-pay', 'POST /order/pay', 'Mark an order paid: called by the API client (README "order lifecycle"), not by a payment provider.'),
    (278, 261, 'order-list', 'GET /order/list', 'List orders.'),
    (279, 299, 'order-delete', 'DELETE /order/delete/<string>', 'Delete an order.'),
]:
    neg(R, O, hline, group, route, what + ' Client API behind AuthMiddleware; not a webhook.')
    neg(R, M, line, group, route, what + ' Registration line (CROW_ROUTE).')
neg(R, M, 260, 'healthcheck', 'GET /healthcheck', 'Liveness probe (exempt from the API key). Not a webhook.')
neg(R, M, 265, 'readiness', 'GET /readiness', 'Readiness probe (exempt from the API key). Not a webhook.')

# ---------------- jkozera/oumodulesbot (Discord interactions on the Functions Framework for C++) ----------------
R, P = 'jkozera/oumodulesbot', 'cloudfunctions-cc/interaction.cc'
why = ('Discord interactions endpoint (Cloud Function): interactions() first calls VerifyEd25519FromRequest, which needs '
       'X-Signature-Timestamp and a 128-hex-char X-Signature-Ed25519 and verifies timestamp+body against the application public key '
       'with OpenSSL EVP_DigestVerify (verify_ed25519.cc); on failure it answers 401 before the body is parsed, otherwise it answers '
       'PING and dispatches application commands (and forwards some to Pub/Sub).')
wh(R, P, 37, 'yes', 'yes', 'discord-interactions', 'POST <Cloud Function URL> (interactions)', why, 'Handler (gcf::HttpResponse interactions(...)).')
wh(R, P, 74, 'yes', 'yes', 'discord-interactions', 'POST <Cloud Function URL> (interactions)', why,
   'Registration: gcf::Run(argc, argv, gcf::MakeFunction(interactions)).')
sc(R, P, 29, 'yes', 'Length of the X-Signature-Ed25519 header compared with 128 (size check before decoding); not a secret comparison.', NS)

# ---------------- sm2774us/fullstack-language-shootout-ecommerce (backend-cpp, cpp-httplib) ----------------
R, P, W = 'sm2774us/fullstack-language-shootout-ecommerce', 'backend-cpp/apps/web-api/main.cpp', 'backend-cpp/modules/payments/internal/webhook.hpp'
why = ('Stripe webhook: the handler reads the Stripe-Signature header and calls verify_stripe_webhook (payments/internal/webhook.hpp) '
       'before parsing the body: HMAC-SHA256 with STRIPE_WEBHOOK_SECRET over "t.payload", 300 s timestamp tolerance, fails closed '
       'when the secret is unset. Only then are payment/order states changed. (Rejections are answered with status 200 and an error '
       'body, but nothing is processed.) The v1 signature compare itself is not constant-time (see the compare label).')
wh(R, P, 40, 'yes', 'yes', 'stripe-webhook', 'POST /webhooks/stripe', why, 'Registration and handler (svr.Post lambda).')
for (line, group, route, what) in [
    (20, 'products-list', 'GET /api/products', 'Product catalogue listing.'),
    (27, 'products-search', 'GET /api/products/search', 'Product catalogue search.'),
    (34, 'products-get', 'GET /api/products/<sku>', 'Single product lookup.'),
    (72, 'perf', 'GET /api/perf', 'Benchmark/perf probe (server time).'),
    (84, 'healthz', 'GET /healthz', 'Health check.'),
]:
    neg(R, P, line, group, route, what + ' Public read-only client route of the shop backend; not a callback from another system. '
        'svr.Get line = registration and handler (lambda).')
sc(R, W, 41, 'no', 'verify_stripe_webhook: each v1 signature from the Stripe-Signature header compared with the expected HMAC-SHA256 hex '
   'via std::string operator== (early-exit, not constant-time).')
sc(R, W, 32, 'yes', 'Stripe-Signature header field name compared with "t"; parsing, not a secret.', NS)
sc(R, P, 59, 'yes', 'Event type of the verified Stripe event compared with "payment_intent.succeeded"; not a secret.', NS)

# ---------------- Marsupilami1/webpage (Crow) ----------------
R, P = 'Marsupilami1/webpage', 'server/main.cc'
why = ('Build hook of a personal site: POST /webhook/build-site is called from outside (the author\'s deploy step) to rebuild the '
       'static pages in a background thread. ValidAuthorization (line 66) compares the Authorization header with "Bearer " + API_KEY '
       'and the handler returns 401 before doing anything when it fails. The compare is std::string operator== (timing-unsafe, '
       'see the secret_compare label at line 69).')
wh(R, P, 145, 'yes', 'yes', 'build-site-hook', 'POST /webhook/build-site', why,
   'Registration (CROW_ROUTE) and handler (lambda at line 147) share the route statement.')
wh(R, P, 147, 'yes', 'yes', 'build-site-hook', 'POST /webhook/build-site', why, 'Handler lambda.')
sc(R, P, 69, 'no', 'ValidAuthorization: Authorization header compared with "Bearer " + api_key via std::string operator== (early exit).')
for (line, group, route, what) in [
    (135, 'index', 'GET /', 'Serves the built index page.'),
    (140, 'cours-perf', 'GET /cours-perf', 'Serves the built course page.'),
]:
    neg(R, P, line, group, route, what + ' Public static page; not a callback. CROW_ROUTE line = registration and handler.')

_labels.write(__file__, 'webhook10')
