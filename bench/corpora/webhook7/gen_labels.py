#!/usr/bin/env python3
# Hand-written labels (from reading the code). Writes labels.jsonl.
C = {
 'green-api/whatsapp-api-webhook-server-cpp': 'c2382d346e6d7dbbaa4b30847f57d8386d1272ef',
 'rawrmil/rrtgbot': '801b5c4d27320a2b70bc5fe3ff94bd3119cc093b',
 'Pasarel/AirPollutionSensor': '7ca86f89177d6b1bad985cb91aee85416b822e39',
 'divmone/SoundWave': 'b620074d7bd887612fde30dbd7635acac23c66ef',
 'muxi-ai/muxi-cpp': 'd06873f6e314cd102b840c3e9e9a26b32596844c',
 'ilpanich/axiam-c-sdk': '96a0f19aa238bb00595ba854988128e4348f6726',
}
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import Labels, NS  # noqa: E402

_labels = Labels('wh7', C)
wh, neg, sc = _labels.wh, _labels.neg, _labels.sc

# ---------------- green-api/whatsapp-api-webhook-server-cpp (Poco HTTPServer) ----------------
R, P = 'green-api/whatsapp-api-webhook-server-cpp', 'source/webhook.cpp'
why = ('GREEN-API (WhatsApp gateway) webhook receiver: RequestHandler::handleRequest answers 404 unless the URI equals the configured '
       'Pattern, then processes the JSON notification only if WebhookToken is empty or the Authorization Basic/Bearer token equals it; '
       'otherwise 401 (line 59 / else branch at the end).')
wh(R, P, 42, 'yes', 'yes', 'greenapi-webhook', 'POST <Pattern> (config.json, default "/")', why,
   'Handler. Token compared with std::string operator== (line 59) -> not constant time. See Doubts: the shipped config.json has '
   'WebhookToken "" which switches the check off.', compare_line=59, ct='no')
wh(R, P, 22, 'yes', 'yes', 'greenapi-webhook', 'POST <Pattern> (config.json, default "/")', why,
   'Registration: Poco::Net::HTTPServer built with RequestHandlerFactory, whose createRequestHandler (include/webhook.h:79) returns a '
   'RequestHandler for every request.')
sc(R, P, 51, 'yes', 'Request URI compared with the configured Pattern (routing); not a secret.', NS)
sc(R, P, 45, 'yes', 'Authorization header prefix compared with "Basic " (rfind at 0); the scheme name is not a secret.', NS)
sc(R, P, 155, 'yes', 'typeWebhook value of the body compared with an event-name literal; not a secret.', NS)

# ---------------- rawrmil/rrtgbot (C, mongoose, header-only tgbot.h included by main.c) ----------------
R, P = 'rawrmil/rrtgbot', 'tgbot.h'
why = ('Telegram bot webhook (compiled when credentials.h defines TGBOT_WEBHOOK_URL, README "webhook setup"): setWebhook registers '
       'secret_token=TGBOT_WEBHOOK_SECRET; TGBotHandleTelegramMessage answers 400 when the X-Telegram-Bot-Api-Secret-Token header is '
       'missing or differs (mg_strcmp, line 234) before the update is parsed and dispatched.')
wh(R, P, 227, 'yes', 'yes', 'telegram', 'POST http://localhost:$TGBOT_WEBHOOK_PORT/ (any path)', why,
   'Handler. mg_strcmp is mongoose\'s length-then-bytewise compare with early exit -> not constant time (it is not one of the listed '
   'APIs, see Doubts).', compare_line=234, ct='no')
wh(R, P, 245, 'yes', 'yes', 'telegram', 'POST http://localhost:$TGBOT_WEBHOOK_PORT/ (any path)', why,
   'Listener event callback: MG_EV_HTTP_MSG -> TGBotHandleTelegramMessage (every path and method).')
wh(R, P, 259, 'yes', 'yes', 'telegram', 'POST http://localhost:$TGBOT_WEBHOOK_PORT/ (any path)', why,
   'Registration: mg_http_listen(..., TGBotWebhookEventHandler) in TGBotSendSetWebhook.')
sc(R, 'logic.h', 61, 'yes', 'Chat message text compared with a bot command literal ("/echo"); not a secret.', NS)
sc(R, 'wordle.h', 360, 'yes', 'memcmp of a guessed 5-letter word against the word list; not a secret.', NS)

# ---------------- Pasarel/AirPollutionSensor (Pistache REST router) ----------------
R = 'Pasarel/AirPollutionSensor'
why = ('Sensor notification webhook: README says the server "listens for notifications from air sensors in the field" and that '
       'data.json is populated "through requests sent to the webhook route" (in the repo simulated by the crawler). Webhook::push '
       'parses any JSON body and overwrites data.json, which drives window control and e-mail alerts; no token, signature or source check.')
wh(R, 'src/Webhook.cpp', 7, 'yes', 'no', 'sensor-webhook', 'POST /webhook', why, 'Handler.')
wh(R, 'src/sensorpollution.cpp', 71, 'yes', 'no', 'sensor-webhook', 'POST /webhook', why, 'Registration: Routes::Post(router, "/webhook", ...).')
M, A, S = 'src/Controller_MANUAL_PROCESS.cpp', 'src/Controller_AUTO_PROCESS.cpp', 'src/sensorpollution.cpp'
for (path, line, rline, group, route, what) in [
    (M, 75, 61, 'open-window', 'GET /open_window/:id?', 'User command to open the window of the given id.'),
    (M, 96, 60, 'close-window', 'GET /close_window/:id?', 'User command to close the window of the given id.'),
    (M, 118, 59, 'check-window', 'GET /check_window/:id?', 'User query of a window state.'),
    (M, 140, 63, 'get-aq', 'GET /get_aq/:coords?', 'User query of the air quality around coordinates (text or PNG).'),
    (M, 176, 64, 'get-pm25', 'GET /get_pm25/:coords?', 'User query of PM2.5 around coordinates.'),
    (A, 87, 52, 'action-window-mode', 'POST /action1/:switchoff/:value', 'User setting: manual/automatic window control.'),
]:
    neg(R, path, line, group, route, what + ' Unauthenticated, but user-facing, not a callback from another system.')
    neg(R, S, rline, group, route, what + ' Registration line.')
sc(R, A, 64, 'yes', 'Path parameter compared with the literal "manual"; not a secret.', NS)
sc(R, A, 166, 'yes', 'Result of the e-mail list update compared with the e-mail address just written; not a secret.', NS)

# ---------------- divmone/SoundWave paymentService (Drogon HttpController) ----------------
R = 'divmone/SoundWave'
B = 'backend/paymentService/src/'
why = ('Stripe webhook: HandleStripeWebhook reads the Stripe-Signature header only to log whether it is present, parses the body with '
       'StripeClient::ParseWebhookPayload (plain Json::Reader, no signature check), then on payment_intent.succeeded confirms the payment '
       'and on checkout.session.completed creates a purchase from metadata.user_id/product_id. The route has no middleware '
       '(the other controllers use AuthCheckMiddleware).')
wh(R, B + 'api/v1.0/controllers/WebhookController.cpp', 16, 'yes', 'no', 'stripe', 'POST /api/payment/webhooks/stripe', why, 'Handler.')
wh(R, B + 'api/v1.0/controllers/WebhookController.h', 18, 'yes', 'no', 'stripe', 'POST /api/payment/webhooks/stripe', why,
   'Registration: ADD_METHOD_TO(..., "api/payment/webhooks/stripe", Post) without a filter/middleware.')
wh(R, B + 'main.cpp', 57, 'yes', 'no', 'stripe', 'POST /api/payment/webhooks/stripe', why, 'registerController(webhookController).')
PC, PH = B + 'api/v1.0/controllers/PaymentsController.cpp', B + 'api/v1.0/controllers/PaymentsController.h'
for (line, hline, group, route, what) in [
    (15, 20, 'payment-create', 'POST /api/payment/create', 'Creates a Stripe PaymentIntent for the logged-in user.'),
    (48, 21, 'payment-confirm', 'POST /api/payment/confirm', 'Client confirms its own PaymentIntent id.'),
    (195, 26, 'checkout', 'POST /api/payment/checkout', 'Creates a Stripe Checkout session for the logged-in user.'),
]:
    neg(R, PC, line, group, route, what + ' User-facing API behind AuthCheckMiddleware (Bearer token checked by auth-service); not a webhook.')
    neg(R, PH, hline, group, route, what + ' Registration line (ADD_METHOD_TO with AuthCheckMiddleware).')
sc(R, B + 'api/v1.0/controllers/WebhookController.cpp', 46, 'yes', 'Event type of the (unverified) body compared with a Stripe event-name literal; not a secret.', NS)
sc(R, B + 'middleware/AuthCheckMiddleware.h', 64, 'yes', 'Authorization header prefix compared with "Bearer "; the token itself is forwarded to auth-service, not compared here.', NS)

# ---------------- muxi-ai/muxi-cpp (SDK webhook verifier) ----------------
R, P = 'muxi-ai/muxi-cpp', 'src/webhook.cpp'
sc(R, P, 53, 'no', 'Webhook::verify_signature returns expected.str() == signature: hex HMAC-SHA256(secret, "t.payload") compared with the '
   'v1 value of the header via std::string operator==.', 'SDK helper for webhook receivers; no route in this repo.')
sc(R, P, 24, 'yes', 'Header element key compared with "t"; not a secret.', NS)

# ---------------- ilpanich/axiam-c-sdk (C SDK webhook verifier) ----------------
R, P = 'ilpanich/axiam-c-sdk', 'src/webhook.c'
sc(R, P, 171, 'yes', 'Decoded v1 MAC compared with the expected HMAC-SHA256 through ct_equal (volatile XOR-accumulate loop, lines 98-101, '
   'no early exit).', 'SDK helper for webhook receivers; no route in this repo.')
sc(R, P, 59, 'yes', 'slice_eq: memcmp of a header key slice against the literal "t"/"v1"; not a secret.', NS)

_labels.write(__file__, 'webhook7')
