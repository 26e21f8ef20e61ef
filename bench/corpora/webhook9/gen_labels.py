#!/usr/bin/env python3
# Hand-written labels (from reading the code). Writes labels.jsonl.
C = {
 '49276d2072616d736f6d77617265/ghd': '3764d8d8089e2c2c0af9c093d43f6cabb7bc7cda',
 'cvonk/CALalarm': 'eb97aff9d6fb431c81ebef40043bc15e83b89e36',
 'cesanta/mongoose': '282ae0d968e5fe8eaf5d8725afd6fa3fa267bfd9',
 '54696d21/WebhookExample': 'e7382c2f7acbd4d7c9f0cc417834b9a070b0f1aa',
 'salvadorrueda/GoogleHomeESP32Relay': 'efe6dbb48f96c5940ae769c7b5824bbc7c3cff66',
 'we-do-it-lu/WebhooksTriggeredESP32WiFi': 'd7516ba2fa7bd1a33dd6643dddcd9e2b0229a414',
 'xverizex/my_telegram_bot_example': 'f222afc105f3787bc5827418346957393b4a5707',
 'matrix-construct/construct': '0624b69246878da592d3f5c2c3737ad0b5ff6277',
 'yukihamada/asoview-c': '9cd8335608f7610b3548b69094e03441860632c0',
 'gpg/payproc': 'af5d6b4f820ee19e246a2cab6f56465fe91f1233',
 'TwilioDevEd/twilio_esp8266_arduino_example': '89bae1ecd808a865505bbae9d0c8d969b101ec74',
 'skoona/uniFiWebHook': '4d8af1950574cdc85e1a196255797b9084031267',
 'WrigglyTentacles/ESP32_AlertSign': 'd5cde386c252227bdeffc8af34058a7d085e5412',
}
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import Labels, NS  # noqa: E402

_labels = Labels('wh9', C)
wh, neg, sc = _labels.wh, _labels.neg, _labels.sc

# ---------------- ghd: GitHub webhook daemon on raw POSIX sockets (C) ----------------
R = '49276d2072616d736f6d77617265/ghd'
why = ('GitHub webhook daemon: main() accepts every connection on :9000, reads the body, takes X-Hub-Signature-256 from the raw '
       'headers and answers 401 unless github_verify_hmac (hmac.c: HMAC-SHA256 with GITHUB_HMAC_SECRET) succeeds; only then the '
       'JSON is parsed and exec_event runs the configured git pull.')
wh(R, 'main.c', 17, 'yes', 'yes', 'github', 'POST <any path> on :9000', why,
   'Handler: the accept loop in main() is the whole request handler (no router). The MAC compare is in hmac.c:29 (separate label).')
wh(R, 'main.c', 30, 'yes', 'yes', 'github', 'POST <any path> on :9000', why, 'Registration: bind() of the listening socket (listen() at line 34).')
sc(R, 'hmac.c', 29, 'no', 'github_verify_hmac returns strcmp(hex, header_sig + 7) == 0: the hex HMAC-SHA256 of the body is compared with '
   'the X-Hub-Signature-256 value with strcmp (early exit).')
sc(R, 'hmac.c', 26, 'yes', 'strncmp of the header value with the literal prefix "sha256="; not a secret.', NS)
sc(R, 'github.c', 12, 'yes', 'Event action of the (verified) payload compared with "push"/"pull_request"/"issues"; not a secret.', NS)
sc(R, 'github.c', 23, 'yes', 'Ref of the payload compared with "refs/heads/main"; not a secret.', NS)

# ---------------- CALalarm: Google Calendar push notifications on ESP-IDF esp_http_server (C) ----------------
R = 'cvonk/CALalarm'
why = ('Google Calendar push-notification channel (scripts/Code.js registers https://<dev>.coertvonk.com:4443/api/push with '
       'events/watch, without a channel token). _httpd_google_push_handler reads the body and, unless X-Goog-Resource-State is "sync", '
       'queues a TRIGGER message that makes the device fetch the calendar and arm alarms. No X-Goog-Channel-Token/ID check, no auth.')
wh(R, 'alarm/main/httpd/httpd_google_push.c', 46, 'yes', 'no', 'google-push', 'POST /api/push', why, 'Handler.')
wh(R, 'alarm/main/httpd/httpd.c', 36, 'yes', 'no', 'google-push', 'POST /api/push', why, 'Registration: httpd_uri_t {.uri = "/api/push", .method = HTTP_POST, .handler = _httpd_google_push_handler}.')
wh(R, 'alarm/main/httpd/httpd.c', 53, 'yes', 'no', 'google-push', 'POST /api/push', why, 'Registration: httpd_register_uri_handler loop.')
sc(R, 'alarm/main/httpd/httpd_google_push.c', 71, 'yes', 'X-Goog-Resource-State header compared with "sync" (acknowledgement filter); not a secret.', NS)

# ---------------- cesanta/mongoose tutorials (C): login/token checks and dashboard API routes ----------------
R = 'cesanta/mongoose'
D = 'tutorials/http/device-dashboard/net.c'
sc(R, D, 69, 'no', 'authenticate(): Basic-auth password compared with the stored user password via strcmp (the user-name strcmp on the same '
   'line is not a secret).')
sc(R, D, 73, 'no', 'authenticate(): access token (cookie / Bearer password field) compared with the stored access_token via strcmp.')
for (line, rline, group, route, what) in [
    (78, 220, 'dash-login', '/api/login', 'Returns the access_token cookie for the already-authenticated user.'),
    (89, 222, 'dash-logout', '/api/logout', 'Clears the cookie.'),
    (100, 224, 'dash-debug', '/api/debug', 'Sets the log level from the JSON body.'),
    (115, 226, 'dash-stats', '/api/stats/get', 'Returns device statistics.'),
    (143, 228, 'dash-events', '/api/events/get', 'Returns a page of device events.'),
    (150, 232, 'dash-settings-set', '/api/settings/set', 'Updates device settings from the JSON body.'),
    (171, 230, 'dash-settings-get', '/api/settings/get', 'Returns device settings.'),
    (180, 234, 'dash-firmware', '/api/firmware/upload', 'OTA firmware upload.'),
]:
    neg(R, D, line, group, route, what + ' Device-dashboard API for the logged-in user (fn() answers 403 for /api/# without a valid user); not a webhook.')
    neg(R, D, rline, group, route, what + ' Registration: mg_match branch in fn().')
W = 'tutorials/webui/webui-login/main.c'
sc(R, W, 37, 'no', 'getuser(): Basic-auth password compared with the stored password via strcmp.')
sc(R, W, 41, 'no', 'getuser(): token compared with the stored user token via strcmp.')
neg(R, W, 53, 'webui-data', '/api/data', 'Authenticated demo data endpoint (inline branch of fn()); not a webhook.')
neg(R, W, 57, 'webui-login', '/api/login', 'Returns the user token after authentication (inline branch of fn()); not a webhook.')
F = 'tutorials/http/file-transfer/server.c'
sc(R, F, 24, 'no', 'authuser(): Basic-auth password compared with s_pass via strcmp.')
neg(R, F, 34, 'file-upload', 'POST /upload/<name>', 'Authenticated file upload (handle_uploads checks authuser first); not a webhook.')
neg(R, F, 43, 'file-upload', 'POST /upload/<name>', 'Registration: mg_match(hm->uri, "/upload/#") in handle_uploads (listener at line 172).')

# ---------------- 54696d21/WebhookExample: ESP8266WebServer "incoming webhook" template ----------------
R = '54696d21/WebhookExample'
why = ('ESP8266 "webhook example" (readme: trigger an event on the ESP8266 by calling <ip>/webhook1 or /webhook2, optionally with data): '
       'the handler answers 200 and prints the argument; no token, secret or source check.')
for path, l1, l2, l0 in [('src/main.cpp', 42, 55, 38), ('WebhookExample.ino', 41, 54, 37)]:
    wh(R, path, l1, 'yes', 'no', 'webhook1', 'ANY /webhook1', why, 'Registration and handler (lambda) on the same line.')
    wh(R, path, l2, 'yes', 'no', 'webhook2', 'ANY /webhook2', why, 'Registration and handler (lambda) on the same line.')
    neg(R, path, l0, 'root', 'GET /', 'Returns "ok" (liveness page); not a webhook.')

# ---------------- salvadorrueda/GoogleHomeESP32Relay: IFTTT webhook to a secret URL path ----------------
R = 'salvadorrueda/GoogleHomeESP32Relay'
P = 'ArduinoIDE/GoogleHomeESP32Relay/GoogleHomeESP32Relay.ino'
why = ('Google Assistant -> IFTTT webhook -> ESP32 relay (README). The routes are the secret paths keyon/keyoff from the git-ignored '
       'WifiCredentials.h (template: "/ABC12389123JKSDSDSD98SDF98SDF7SDF723424ON"); a request to the exact path switches the relay, any other '
       'path gets 404. There is no other check. Verified? is left unclear: the path itself is the only credential (see Doubts).')
wh(R, P, 143, 'yes', 'unclear', 'ifttt-on', 'ANY <keyon secret path>', why, 'Registration and handler (lambda).')
wh(R, P, 151, 'yes', 'unclear', 'ifttt-off', 'ANY <keyoff secret path>', why, 'Registration and handler (lambda).')
neg(R, P, 91, 'root', 'GET /', 'handleRoot: static text; not a webhook.')

# ---------------- we-do-it-lu/WebhooksTriggeredESP32WiFi: ESPAsyncWebServer webhook boilerplate ----------------
R = 'we-do-it-lu/WebhooksTriggeredESP32WiFi'
P = 'WebhooksTriggeredESP32WiFi.ino'
why = ('"Webhooks triggered ESP32": the README and header describe an async web server that processes incoming webhooks; POST /trigger?gpio=&duration= '
       'switches a GPIO on for the given time (the BTC Chicken build). Only the parameters are validated; no secret, token or signature.')
wh(R, P, 277, 'yes', 'no', 'trigger', 'POST /trigger', why, 'Registration and handler (lambda) on the same line.')
for line, group, route, what in [
    (236, 'manual', 'GET /manual', 'Serves the manual control page.'),
    (240, 'index', 'GET /', 'Serves the streaming page.'),
    (244, 'get', 'GET /get', 'Returns a fixed string.'),
    (249, 'update', 'GET /update?gpio=&state=', 'Sets a GPIO from the manual page (user-facing, unauthenticated).'),
]:
    neg(R, P, line, group, route, what + ' Not a callback from another system.')

# ---------------- xverizex/my_telegram_bot_example: Telegram webhook bot in C (tebot + libcreqhttp) ----------------
R = 'xverizex/my_telegram_bot_example'
why = ('Telegram bot in webhook mode: tebot_set_webhook (telegram_api_for_bot/src/tebot.c:3062) starts the libcreqhttp TLS server on :8080 '
       'and calls setWebhook with only {"url": ...} (no secret_token). bot_crypto_input_handle parses every request body as a Telegram update '
       'and echoes messages / downloads documents with the bot token; X-Telegram-Bot-Api-Secret-Token is never read.')
wh(R, 'main.c', 63, 'yes', 'no', 'telegram', 'POST <any path> on :8080 (registered as https://<site>:8443/hook)', why, 'Handler.')
wh(R, 'main.c', 89, 'yes', 'no', 'telegram', 'POST <any path> on :8080 (registered as https://<site>:8443/hook)', why, 'Registration: .msg_handle of struct tebot_setup_webhook.')
wh(R, 'main.c', 97, 'yes', 'no', 'telegram', 'POST <any path> on :8080 (registered as https://<site>:8443/hook)', why, 'Registration: tebot_set_webhook(h_crypto, &setup_bot_crypto).')

# ---------------- matrix-construct/construct: modules/web_hook.cc (POST /webhook) ----------------
R = 'matrix-construct/construct'
P = 'modules/web_hook.cc'
why_gh = ('GitHub branch of POST /webhook: github_handle requires X-Hub-Signature and throws http::UNAUTHORIZED unless github_validate '
          '(HMAC with the conf item webhook.secret, algorithm named by the header) matches, before the event is rendered and posted to the '
          'Matrix room.')
wh(R, P, 239, 'yes', 'yes', 'github', 'POST /webhook (X-GitHub-Event present)', why_gh, 'Handler (github_handle). MAC compare at line 3231 (separate label).')
wh(R, P, 105, 'yes', 'yes', 'github', 'POST /webhook (X-GitHub-Event present)', why_gh, 'Dispatch in post__webhook: has(headers, "X-GitHub-Event") -> github_handle.')
why_dh = ('Docker Hub branch of the same POST /webhook resource: any request whose content type starts with application/json and that carries '
          'neither X-GitHub-Event nor X-Appveyor-Secret goes to dockerhub_handle, which renders push_data/repository from the body and posts '
          'it as m.notice to the configured room (m::msghtml). Docker Hub webhooks carry no signature and none is checked (no secret, no '
          'callback_url validation).')
wh(R, P, 3268, 'yes', 'no', 'dockerhub', 'POST /webhook (application/json, no X-GitHub-Event / X-Appveyor-Secret)', why_dh, 'Handler (dockerhub_handle).')
wh(R, P, 111, 'yes', 'no', 'dockerhub', 'POST /webhook (application/json, no X-GitHub-Event / X-Appveyor-Secret)', why_dh, 'Dispatch in post__webhook.')
wh(R, P, 97, 'yes', 'no', 'dockerhub', 'POST /webhook (application/json, no X-GitHub-Event / X-Appveyor-Secret)', why_dh,
   'Route handler post__webhook (dispatches to the GitHub, AppVeyor and Docker Hub branches; the Docker Hub path is unverified).')
wh(R, P, 79, 'yes', 'no', 'dockerhub', 'POST /webhook (application/json, no X-GitHub-Event / X-Appveyor-Secret)', why_dh,
   'Registration: resource::method webhook_post {webhook_resource, "POST", post__webhook} (resource at line 65, path from conf webhook.url).')
sc(R, P, 3231, 'no', 'github_validate returns hmac_hex == sig.second: hex HMAC of the body compared with the X-Hub-Signature value via '
   'ircd::string_view operator== (length check then memcmp-style early exit).')
sc(R, P, 298, 'yes', 'X-GitHub-Event value compared with the event name "ping" (dispatch); not a secret.', NS)
V = 'modules/client/versions.cc'
neg(R, V, 52, 'client-versions', 'GET /_matrix/client/versions', 'Matrix client API: supported versions; public, not a webhook.')
neg(R, V, 48, 'client-versions', 'GET /_matrix/client/versions', 'Registration: resource::method {resource, "GET", get}.')

# ---------------- yukihamada/asoview-c: booking service in C on mongoose ----------------
R = 'yukihamada/asoview-c'
why = ('Stripe webhook: handle_stripe_webhook answers 503 when STRIPE_WEBHOOK_SECRET is unset, 400 without Stripe-Signature, and 400 unless '
       'stripe_verify_webhook (stripe.c: t=/v1= parsing, 5-minute tolerance, HMAC-SHA256 of "t.payload", XOR-accumulate compare) succeeds; '
       'only then the event is de-duplicated and bookings are confirmed.')
wh(R, 'src/handlers.c', 1983, 'yes', 'yes', 'stripe', 'POST /api/v1/webhooks/stripe', why, 'Handler.')
wh(R, 'src/main.c', 542, 'yes', 'yes', 'stripe', 'POST /api/v1/webhooks/stripe', why, 'Registration: strcmp(uri, "/api/v1/webhooks/stripe") branch of the router (call on 543).')
sc(R, 'src/stripe.c', 332, 'yes', 'stripe_verify_webhook: computed hex HMAC vs v1 compared by diff |= a ^ b over the fixed length (constant time).')
sc(R, 'src/utils.c', 217, 'no', 'jwt_verify_typed: base64url HMAC-SHA256 of the token header.payload compared with the token signature via strcmp '
   '(early exit) -> JWT signature compare not constant time.')
sc(R, 'src/utils.c', 56, 'yes', 'Password check: PBKDF2 output compared with the stored hash by diff |= dk[i] ^ expected[i] (constant time).')
sc(R, 'src/admin.c', 47, 'yes', 'require_admin: X-Admin-Key compared with ADMIN_KEY through const_time_strcmp (lines 28-39, XOR over max length).')
sc(R, 'src/handlers.c', 2038, 'yes', 'Stripe event type compared with "payment_intent.succeeded"; not a secret.', NS)
for (line, rline, group, route, what) in [
    (329, 437, 'health', 'GET /api/v1/health', 'Health check.'),
    (345, 440, 'areas', 'GET /api/v1/areas', 'Lists areas.'),
    (372, 443, 'categories', 'GET /api/v1/categories', 'Lists categories.'),
    (819, 500, 'login', 'POST /api/v1/auth/login', 'User login (password checked with PBKDF2).'),
    (978, 518, 'create-booking', 'POST /api/v1/bookings', 'Creates a booking for the logged-in user (require_auth).'),
]:
    neg(R, 'src/handlers.c', line, group, route, what + ' User-facing API; not a webhook.')
    neg(R, 'src/main.c', rline, group, route, what + ' Registration: strcmp(uri, ...) branch of the router.')

# ---------------- gpg/payproc: PayPal IPN (CGI relay + payprocd) ----------------
R = 'gpg/payproc'
why = ('PayPal IPN: the CGI ppipnhd only relays the raw POST body to payprocd over a local socket and answers 200; payprocd runs '
       'PPIPNHD -> paypal_proc_ipn, which checks receiver_email and posts the message back to PayPal (cmd=_notify-validate, call_verify) and '
       'stops unless PayPal answers VERIFIED. (What happens after acceptance is still a stub.)')
wh(R, 'src/paypal-ipn.c', 139, 'yes', 'yes', 'paypal-ipn', 'POST <ppipnhd CGI URL>', why, 'Handler (verification by IPN post-back at line 180).')
wh(R, 'src/ppipnhd.c', 161, 'yes', 'yes', 'paypal-ipn', 'POST <ppipnhd CGI URL>', why,
   'HTTP entry point: the CGI main() reads the IPN body and forwards it unprocessed to payprocd (send_to_daemon, line 209). See Doubts.')
wh(R, 'src/commands.c', 1266, 'yes', 'yes', 'paypal-ipn', 'POST <ppipnhd CGI URL>', why, 'payprocd command handler cmd_ppipnhd -> paypal_proc_ipn.')
wh(R, 'src/commands.c', 1369, 'yes', 'yes', 'paypal-ipn', 'POST <ppipnhd CGI URL>', why, 'Registration: { "PPIPNHD", cmd_ppipnhd } in the command table.')
sc(R, 'src/paypal-ipn.c', 122, 'yes', 'PayPal post-back answer compared with the literal "VERIFIED"; not a secret.', NS)
sc(R, 'src/paypal-ipn.c', 172, 'yes', 'receiver_email of the IPN compared with the merchant address literal; not a secret.', NS)
sc(R, 'src/ppipnhd.c', 180, 'yes', 'REQUEST_METHOD compared with "POST"; not a secret.', NS)

# ---------------- TwilioDevEd/twilio_esp8266_arduino_example: Twilio SMS webhook ----------------
R = 'TwilioDevEd/twilio_esp8266_arduino_example'
P = 'twilio_esp8266_arduino_example.ino'
why = ('Twilio incoming-SMS webhook (README: <ip>:8000/message is the webhook, exposed with ngrok): handle_message parses the form fields, '
       'treats the sender as authorized when From equals master_number, and switches the LED on "0"/"1". X-Twilio-Signature is never '
       'checked; From is an attacker-controlled form field, so the webhook is unverified.')
wh(R, P, 68, 'yes', 'no', 'twilio-sms', 'ANY /message on :8000', why, 'Handler.')
wh(R, P, 174, 'yes', 'no', 'twilio-sms', 'ANY /message on :8000', why, 'Registration: twilio_server.on("/message", handle_message).')
sc(R, P, 84, 'yes', 'From form field compared with master_number (a phone number used as an allow-list, not a secret); see Doubts.', NS)

# ---------------- skoona/uniFiWebHook: UniFi Protect alarm webhook on ESP-IDF (C) ----------------
R = 'skoona/uniFiWebHook'
P = 'main/listener.c'
why = ('UniFi Protect alarm-manager webhook: unifi_cb receives the JSON alarm (with a base64 thumbnail) on POST /notify, queues it, and the '
       'worker decodes the thumbnail into SPIFFS or asks the Protect API for a snapshot of the named camera and shows it on the display. '
       'No token, signature or source check.')
wh(R, P, 224, 'yes', 'no', 'unifi-alarm', 'POST /notify', why, 'Handler.')
wh(R, P, 312, 'yes', 'no', 'unifi-alarm', 'POST /notify', why, 'Registration: httpd_uri_t unifi_cb_uri (.uri = "/notify", .handler = unifi_cb).')
wh(R, P, 315, 'yes', 'no', 'unifi-alarm', 'POST /notify', why, 'Registration: httpd_register_uri_handler(server, &unifi_cb_uri).')
neg(R, P, 177, 'root', 'ANY /', 'root_get_handler: static greeting; not a webhook.')
neg(R, P, 303, 'root', 'ANY /', 'Registration of root_get_handler.')
sc(R, P, 70, 'yes', 'Camera MAC from the alarm compared with the configured MAC; not a secret.', NS)

# ---------------- WrigglyTentacles/ESP32_AlertSign: Uptime Kuma webhook on ESP32 WebServer ----------------
R = 'WrigglyTentacles/ESP32_AlertSign'
P = 'include/ota_control.h'
why = ('Uptime Kuma notification webhook (README: "Uptime Kuma Integration: automatic status detection from Uptime Kuma webhooks"): POST /kuma '
       'reads the status form field, maps "Up"/"Down" to an LED animation and pushes it to the LED task. No token or credential check.')
wh(R, P, 116, 'yes', 'no', 'kuma', 'POST /kuma', why, 'Registration and handler (lambda); ota_setup is called from src/main.cpp.')
for line, group, route, what in [
    (66, 'root', 'GET /', 'Serves the login page.'),
    (76, 'status', 'GET /status', 'Cycles the status (manual test).'),
    (86, 'set-get', 'GET /set?status=', 'Sets the LED status by hand.'),
    (101, 'set-post', 'POST /set', 'Sets the LED status by hand.'),
    (135, 'echo', 'POST /API/echo', 'Echoes the status argument.'),
]:
    neg(R, P, line, group, route, what + ' User-facing control route, not a callback from another system.')
sc(R, P, 125, 'yes', 'Substring of the Kuma message compared with "Up"; not a secret.', NS)

_labels.write(__file__, 'webhook9')
