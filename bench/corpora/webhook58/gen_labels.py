#!/usr/bin/env python3
# Hand-written labels (from reading the code only; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook58). Label format as in webhook28 (labellib.Labels: kind webhook_handler with
# webhook/verified/group/route/why).
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import Labels  # noqa: E402

C = {
 'rickymena/cpp-webhook-engine': '76352870423b48829425bc4a01d82d12bb34e8fd',
 'nickheyer/BaconAndEggs': '3609b927494098d6d9baf358f8a30ae9c6a665ad',
 'arseniisemenow/school-tg-tt-bot': '02d7f1e761f1daea79c7b78db18f0266b740e110',
 'Ohto-Ai/issue-todo': '64c9b0823841209a6c73eb72770a2f63db22662b',
}
_labels = Labels('wh58', C)
wh, neg, sc = _labels.wh, _labels.neg, _labels.sc

# ---------------- rickymena/cpp-webhook-engine (generic webhook receiver; hand-written POSIX HTTP server, C++17) ---
R = 'rickymena/cpp-webhook-engine'
M = 'src/main.cpp'
WHY = ('Generic inbound webhook receiver (POST /webhook): the program exists to receive webhook deliveries from '
       'external senders (README: "webhook engine"); handleGenericWebhook logs the request, optionally stores the raw '
       'payload under logs/payloads (--save-payloads) and answers 200 {"status":"received"}. Nothing checks who sent '
       'it: no signature/HMAC header, no shared-secret token, no Authorization check anywhere in src/ or include/ '
       '(only an empty body is rejected). The server listens on all interfaces (port 8080 by default).')
wh(R, M, 78, 'yes', 'no', 'we-webhook', 'POST /webhook', WHY, 'Registration: handler->registerRoute("/webhook", ...).')
wh(R, M, 266, 'yes', 'no', 'we-webhook', 'POST /webhook', WHY, 'Handler: handleGenericWebhook.')
HEALTH = ('Health check GET /health: returns {"status":"healthy"}; an ordinary monitoring route, not a callback from '
          'another system.')
neg(R, M, 79, 'we-health', 'GET /health', HEALTH + ' Registration line.')
neg(R, M, 289, 'we-health', 'GET /health', HEALTH + ' Handler handleHealthCheck.')

# ---------------- nickheyer/BaconAndEggs (Pico W Wake-on-LAN appliance; lwIP httpd, C) ----------------
R = 'nickheyer/BaconAndEggs'
H = 'src/http_server.c'
DEV = ('LAN management API of the Raspberry Pi Pico W Wake-on-LAN appliance (lwIP httpd, {how}): {what} It is the '
       'device\'s own web UI / REST API used by its operator, not a callback that another system makes on this '
       'device.{extra}')
GET = 'GET answered from fs_open_custom (custom file handler for /api/*)'
POST = 'POST body collected by httpd_post_begin/httpd_post_receive_data and dispatched in httpd_post_finished'
for line, grp, route, what, extra in [
    (186, 'be-get-status', 'GET /api/status', 'returns the server list, monitor state and uptime as JSON.', ''),
    (188, 'be-get-schedules', 'GET /api/schedules', 'returns the wake schedules as JSON.', ''),
    (190, 'be-get-mqtt', 'GET /api/mqtt', 'returns the MQTT client configuration as JSON.', ''),
    (192, 'be-get-webhook', 'GET /api/webhook', 'returns the OUTGOING webhook configuration (enabled flag and target '
     'URL the device notifies).', ' The word "webhook" in the path is the trap: this device sends webhooks, it '
     'receives none.'),
    (194, 'be-get-time', 'GET /api/time', 'returns the device clock / timezone.', ''),
    (196, 'be-get-discover', 'GET /api/discover', 'returns the state of a MAC-discovery probe.', ''),
]:
    neg(R, H, line, grp, route, DEV.format(how=GET, what=what, extra=extra), 'Router branch in fs_open_custom.')
for line, grp, route, what, extra in [
    (275, 'be-post-wake', 'POST /api/wake', 'sends Wake-on-LAN magic packets to one or all configured servers.', ''),
    (298, 'be-post-server-add', 'POST /api/server/add', 'adds a server (name, MAC, IP) to the configuration.', ''),
    (346, 'be-post-server-remove', 'POST /api/server/remove', 'removes a configured server.', ''),
    (369, 'be-post-server-setip', 'POST /api/server/setip', 'sets the IP address of a configured server.', ''),
    (392, 'be-post-autowake', 'POST /api/autowake', 'toggles auto-wake monitoring of a server.', ''),
    (403, 'be-post-schedule-add', 'POST /api/schedule/add', 'adds a wake schedule.', ''),
    (444, 'be-post-schedule-remove', 'POST /api/schedule/remove', 'removes a wake schedule.', ''),
    (458, 'be-post-mqtt', 'POST /api/mqtt', 'stores the MQTT broker settings.', ''),
    (470, 'be-post-webhook', 'POST /api/webhook', 'stores the OUTGOING webhook settings (enabled, url) used when the '
     'device notifies an external endpoint.', ' The path contains "webhook" but the route only configures where '
     'this device sends its own notifications.'),
    (477, 'be-post-timezone', 'POST /api/timezone', 'sets the timezone offset.', ''),
    (488, 'be-post-discover', 'POST /api/discover', 'starts a MAC-discovery probe for an IP address.', ''),
    (503, 'be-post-factory', 'POST /api/factory', 'resets the configuration to factory defaults.', ''),
]:
    neg(R, H, line, grp, route, DEV.format(how=POST, what=what, extra=extra), 'Router branch in httpd_post_finished.')

# ---------------- arseniisemenow/school-tg-tt-bot (School 21 table-tennis Telegram bot; POSIX-socket webhook server) ----
R = 'arseniisemenow/school-tg-tt-bot'
P = 'src/bot/webhook_server.cpp'
wh(R, P, 164, 'yes', 'yes', 'tt-telegram-webhook', 'POST <path of WEBHOOK_URL> (default /webhook)',
   'Telegram Bot API webhook receiver (bot::WebhookServer, hand-written POSIX-socket HTTP server started by '
   'BotBase::startWebhook in webhook mode; Telegram POSTs every Update here and the callback feeds it to the bot\'s '
   'command processing: match registration, ELO updates in PostgreSQL). handleClient checks method, path and '
   'content type, then compares the X-Telegram-Bot-Api-Secret-Token header (parseRequest, line 327) with the '
   'configured secret_token and answers 403 and returns on mismatch (lines 224-229) before calling the update '
   'callback. The check only runs when a secret is configured (WEBHOOK_SECRET_TOKEN env or '
   'telegram.webhook.secret_token; both shipped config files leave it empty) - see README "Doubts".',
   'Handler: WebhookServer::handleClient (the only route of this server; registration is BotBase::startWebhook in '
   'include/bot/bot_base_impl.h, not a compiled TU here).')
sc(R, P, 225, 'no', 'Telegram webhook secret token from the X-Telegram-Bot-Api-Secret-Token header compared with the '
   'configured secret_token using std::string != (early exit on the first differing byte).')

# ---------------- Ohto-Ai/issue-todo (GitHub issue to-do panel; Qt5 widgets + cpp-httplib) ----------------
R = 'Ohto-Ai/issue-todo'
P = 'main.cpp'
wh(R, P, 13, 'yes', 'no', 'it-github-issue-hook', 'POST /api/github/hook/issue',
   'GitHub issue / issue-comment webhook receiver (repository webhook pointed at this desktop app, cpp-httplib on '
   '0.0.0.0:8003): the lambda parses the delivery JSON (action, repository, owner, comment body and author via the '
   'JSON pointers of IssueKeyPointer.hpp) and echoes them. No X-Hub-Signature-256 / X-Hub-Signature HMAC check, no '
   'secret of any kind; the path is fixed and public. Registration and handler lambda on the same line.')
neg(R, P, 34, 'it-post-comment', 'GET /api/github/<owner>/<repo>/issues/<n>/comments/post',
    'Local helper route of the desktop app: posts an issue comment to the GitHub REST API with the token and body '
    'given in the query string (outbound call on the caller\'s behalf). Not a callback from GitHub. Registration and '
    'handler lambda on the same line.')

_labels.write(__file__, 'webhook58')
