#!/usr/bin/env python3
# Hand-written labels (from reading the code). Writes labels.jsonl.
import json
C = {
 'kologermit/cpp-keber': '6896e8f56967f398b23658d4822b97fdcf5eb328',
 'JustNOTRO/Plumber': '9d73af74f639cdb2b315b07e88a345d74c4a6bd7',
 'SystemGlitch101/gh_organization_activity_monitor': '708957c88ca9948d965239d45337329bbf2621e1',
 'graydnsapconet/tgbot': '6db4084b4690f3746d8d0f0c03bacf53efe62d27',
 'rlapz/kvrt_bot': '63f9ab3897a83e3352176c38f1fe7138c6c39aa4',
 'sardemff7/git-eventc': '49d5785a5d0f1e7f87bb657499369992d62bdbaa',
 'DmitriySud/userver-nix-tgbot': '2ab3fc7688b26a4896026098c32208c65ec9159c',
 'nixblik/gitlab-hook': '4a938e28135d4e6ec5b7b1c68e21162f99710de1',
 'Izaron/octoshell-bot': '0d6e7c3fbca670146111e2e44c098e212011cd08',
 'JayaWikrama/TesserGram': '32d3b1b7a7de868b0d0ea8cc0bc7ae673b6053c4',
 'Naxaes/CI-server': '6031ae69393e28b3781b062e2399d17cb12b41e0',
 'YuS1aN/DnsWatcherService': '1415f64a0d15de0b5270f37c20886b938fd1a17d',
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

# ---------------- kologermit/cpp-keber (cpp-httplib behind a handler-signature wrapper) ----------------
R = 'kologermit/cpp-keber'
PW, PB, PS, PI = 'bot/HTTPHandler/Webhook/WebhookHandler.cpp', 'utils/TGBotApi/Bot/Bot.cpp', 'utils/HTTPServer/Server/Server.hpp', 'bot/HTTPHandler/init.cpp'
why = ('Telegram bot webhook (POST /webhook). set_webhook registers a random secret_token with Telegram; WebhookHandler::handle answers 401 '
       'unless the X-Telegram-Bot-Api-Secret-Token header passes Bot::check_secret_token, before the update is queued for the worker.')
wh(R, PW, 23, 'yes', 'yes', 'tg', 'POST /webhook', why, 'HandlerSignature pattern "/webhook" (the registration data).')
wh(R, PW, 30, 'yes', 'yes', 'tg', 'POST /webhook', why, 'WebhookHandler::handle body.')
wh(R, PI, 20, 'yes', 'yes', 'tg', 'POST /webhook', why, 'init_server adds WebhookHandler to the server (same group).')
wh(R, PB, 282, 'yes', 'yes', 'tg', 'POST /webhook', why,
   'Bot::check_secret_token: the secret token is compared with std::string_view operator== (line 283) -> not constant time.',
   compare_line=283, ct='no')
wh(R, PS, 428, 'no', 'yes', 'generic-registration', 'every handler (_server.Post/Get by signature)',
   'Generic httplib registration loop of the handler wrapper: registers all handlers (health, webhook, message, user).',
   'Negative: generic registration shared by all routes; the webhook group is anchored in WebhookHandler.cpp.')
sc(R, PS, 115, 'no', 'Authorization header compared with the configured auth key (std::string operator!=) for is_auth handlers: not constant time.',
   'Internal-API key, not the webhook secret.')
for p, lines, route, w in [
    ('bot/HTTPHandler/Health/GETHealthHandler.cpp', (9, 15), 'GET /health', 'Health check.'),
    ('bot/HTTPHandler/Message/POSTMessageHandler.cpp', (33, 51), 'POST /message', 'Internal API (Authorization key) used by the other services to make the bot send a message.'),
    ('bot/HTTPHandler/User/GETUserHandler.cpp', (15, 25), 'GET /user/:id', 'Internal API (Authorization key): user lookup.'),
]:
    for ln in lines:
        neg(R, p, ln, 'route-' + route, route, w)

# ---------------- JustNOTRO/Plumber (cpp-httplib) ----------------
R, P = 'JustNOTRO/Plumber', 'src/server/Server.cpp'
why = ('GitLab webhook (job and note events) of a merge-request retry bot. When X_GITLAB_TOKEN is set the handler answers 401 unless '
       'X-Gitlab-Token equals it; then build events retry/approve/unapprove the MR and note events retry jobs.')
wh(R, P, 55, 'yes', 'yes', 'gitlab', 'POST /webhook', why,
   'Registration + lambda. Token compared with std::string operator!= (line 58) -> not constant time. Doubt: the token is optional (fail-open when unset).',
   compare_line=58, ct='no')
wh(R, P, 87, 'yes', 'yes', 'gitlab', 'POST /webhook', why, 'handle_job_webhook (same group).')
wh(R, P, 127, 'yes', 'yes', 'gitlab', 'POST /webhook', why, 'handle_comment_webhook (same group).')
sc(R, P, 73, 'yes', 'GitLab object_kind compared with "build"; not a secret.', NS)
sc(R, P, 131, 'yes', 'noteable_type compared with "MergeRequest"; not a secret.', NS)

# ---------------- SystemGlitch101/gh_organization_activity_monitor (Crow, vendored crow_all.h) ----------------
R, P = 'SystemGlitch101/gh_organization_activity_monitor', 'src/main.cpp'
why = ('GitHub organization webhook (POST /): reads X-GitHub-Event, parses the payload and reports suspicious push/team/repository events '
       'on the console. No X-Hub-Signature(-256) or secret is checked.')
wh(R, P, 83, 'yes', 'no', 'github', 'POST /', why, 'CROW_ROUTE registration.')
wh(R, P, 84, 'yes', 'no', 'github', 'POST /', why, 'Handler lambda (same group).')

# ---------------- graydnsapconet/tgbot (libmicrohttpd, C) ----------------
R, P = 'graydnsapconet/tgbot', 'src/webhook.c'
why = ('Telegram bot webhook (POST /webhook) on libmicrohttpd. When a webhook secret is configured, on_request answers 403 unless '
       'X-Telegram-Bot-Api-Secret-Token matches it, before the JSON update is handed to the bot.')
wh(R, P, 115, 'yes', 'yes', 'tg', 'POST /webhook', why,
   'on_request. Secret compared with ct_strcmp (XOR-accumulate loop, line 19) at line 174 -> constant time. Doubt: the secret is optional.',
   compare_line=174, ct='yes')
wh(R, P, 245, 'yes', 'yes', 'tg', 'POST /webhook', why, 'MHD_start_daemon registration of on_request (same group).')
sc(R, P, 165, 'yes', 'Method/URL compared with "POST" and "/webhook" (strcmp); not a secret.', NS)
sc(R, P, 185, 'yes', 'Content-Type compared with "application/json" (strncasecmp); not a secret.', NS)
sc(R, P, 28, 'yes', 'Inside ct_strcmp: XOR-accumulate over the whole length (volatile accumulator) -> constant-time comparison primitive.',
   'Tricky: the secret comparison implementation itself; a timing-unsafe finding here is a false positive.')

# ---------------- rlapz/kvrt_bot (hand-written epoll server + picohttpparser, C) ----------------
R, P = 'rlapz/kvrt_bot', 'src/main.c'
why = ('Telegram bot webhook on a hand-written epoll HTTP server. _client_header_validate rejects the request unless method, path, Host, '
       'Content-Type and the X-Telegram-Bot-Api-Secret-Token header (== config api.secret, mandatory) all match; only then is the body parsed and processed.')
wh(R, P, 314, 'yes', 'yes', 'tg', 'POST <hook_path>', why,
   '_client_header_validate. Secret compared with val_cmp_n2 (line 376), a length check + memcmp wrapper in util.c -> not constant time.',
   compare_line=376, ct='no')
wh(R, P, 150, 'yes', 'yes', 'tg', 'POST <hook_path>', why, '_client_state_req_header: reads the request and calls the validation (same group).')
wh(R, P, 394, 'yes', 'yes', 'tg', 'POST <hook_path>', why, '_client_body_parse (same group).')
sc(R, P, 341, 'yes', 'Host header compared with the configured hook URL; not a secret.', NS)
sc(R, P, 350, 'yes', 'Content-Type compared with "application/json"; not a secret.', NS)

# ---------------- sardemff7/git-eventc (libsoup 3, C) ----------------
R, P = 'sardemff7/git-eventc', 'src/webhook.c'
why = ('git-eventc-webhook: one libsoup handler receives GitHub, GitLab and Travis CI webhooks (service chosen from User-Agent / X-Gitlab-Event) and turns them into eventd events. '
       'When a secrets file is configured it answers 401 unless GitHub\'s X-Hub-Signature HMAC-SHA1, the X-Gitlab-Token or the Travis "secret" query matches the project secret.')
wh(R, P, 250, 'yes', 'yes', 'hooks', 'POST /<project-group>[/<project>]', why,
   'Server callback. GitHub HMAC compared with g_ascii_strcasecmp (line 341) -> not constant time. Doubt: verification only when a secrets file is configured.',
   compare_line=341, ct='no')
wh(R, P, 503, 'yes', 'yes', 'hooks', 'POST /<project-group>[/<project>]', why,
   'soup_server_add_handler registration (same group). GitLab X-Gitlab-Token compared with g_strcmp0 (line 356) -> not constant time.',
   compare_line=356, ct='no')
sc(R, P, 375, 'no', 'Travis query secret compared with g_strcmp0 (not constant time).',
   'Doubt: query_secret is never assigned (the g_hash_table_lookup result is dropped), so the Travis branch always fails closed before this compare.')
sc(R, P, 286, 'yes', 'User-Agent prefix "GitHub-Hookshot/" used to pick the service; not a secret.', NS)
sc(R, P, 331, 'yes', 'Signature header prefix "sha1=" check (public format); not a secret comparison.', NS)
sc(R, P, 390, 'yes', 'Content-Type compared with "application/json"; not a secret.', NS)

# ---------------- DmitriySud/userver-nix-tgbot (userver) ----------------
R = 'DmitriySud/userver-nix-tgbot'
PC, PH = 'src/webhook_handler.cpp', 'src/webhook_handler.hpp'
why = ('Telegram bot webhook (userver handler on /webhook/{secret_path}, static_config.yaml). The secret path segment is the only authentication: '
       'HandleRequestThrow answers 404 unless it equals the secdist secret_path, before the update is parsed and answered.')
wh(R, PC, 23, 'yes', 'yes', 'tg', 'POST /webhook/{secret_path}', why,
   'HandleRequestThrow. Secret path compared with std::string operator!= (line 28) -> not constant time.', compare_line=28, ct='no',
   extra={'doubt': 'A secret URL path (Telegram\'s documented alternative to the secret-token header) is counted as a shared-secret check.'})
wh(R, PH, 13, 'yes', 'yes', 'tg', 'POST /webhook/{secret_path}', why, 'Handler class (kName bound to the route in static_config.yaml).')

# ---------------- nixblik/gitlab-hook (libmicrohttpd wrapper, C++) ----------------
R = 'nixblik/gitlab-hook'
PH, PM = 'src/hook.cpp', 'src/main.cpp'
why = ('GitLab webhook server that runs configured commands on pipeline events. hook::operator() answers 401 without X-Gitlab-Token and 403 unless a '
       'configured hook on that path has the same token (and allowed peer address), before the body is processed.')
wh(R, PH, 124, 'yes', 'yes', 'gitlab', 'POST <configured uri_path>', why,
   'hook::operator(). Token compared with std::string_view operator== (line 144) -> not constant time.', compare_line=144, ct='no')
wh(R, PM, 271, 'yes', 'yes', 'gitlab', 'POST <configured uri_path>', why, 'httpd.add_handler registration (same group).')
sc(R, PH, 163, 'no', 'Second token comparison (std::string_view operator==) inside the accept callback to select the hooks to run: not constant time.')
sc(R, PH, 135, 'yes', 'Request path compared with the hook path; not a secret.', NS)
neg(R, PM, 256, 'status', 'GET /status', 'Status page registration.')
neg(R, PM, 167, 'status', 'GET /status', 'StatusPage::operator().')

# ---------------- Izaron/octoshell-bot (Poco Net) ----------------
R, P = 'Izaron/octoshell-bot', 'src/src/handlers.cpp'
wtg = ('Telegram bot webhook (/api/telegram, set by SetTelegramWebhook). TClientHandler parses the update, runs the state machine and replies. '
       'No X-Telegram-Bot-Api-Secret-Token or other secret is checked.')
wvk = ('VK Callback API endpoint (/api/vkontakte). VK sends the configured "secret" in every event, but it is only checked for the one-time '
       '"confirmation" request (ConfirmVkontakte); ordinary message events are processed without any check.')
wt = ('Octoshell (HPC portal) pushes ticket notifications to /notify/ticket; TNotifyHandler answers 200 and messages the users found by '
      '(email, token) from the payload. No shared secret or signature is checked.')
wa = ('Octoshell pushes announcements to /notify/announcement; TNotifyHandler messages every listed user. No shared secret or signature is checked.')
wh(R, P, 273, 'yes', 'no', 'tg', 'POST /api/telegram', wtg, 'Factory dispatch (registration).')
wh(R, P, 71, 'yes', 'no', 'tg', 'POST /api/telegram', wtg, 'TClientHandler::handleRequest (shared with /api/vkontakte; anchored to the Telegram group).')
wh(R, P, 277, 'yes', 'no', 'vk', 'POST /api/vkontakte', wvk, 'Factory dispatch (registration).')
wh(R, P, 282, 'yes', 'no', 'notify-ticket', 'POST /notify/ticket', wt, 'Factory dispatch of /notify* (registration).')
wh(R, P, 134, 'yes', 'no', 'notify-ticket', 'POST /notify/ticket', wt, 'TNotifyHandler::handleRequest (shared with /notify/announcement; anchored here).')
wh(R, P, 160, 'yes', 'no', 'notify-ticket', 'POST /notify/ticket', wt, 'OnNotifyTicket.')
wh(R, P, 195, 'yes', 'no', 'notify-announcement', 'POST /notify/announcement', wa, 'OnNotifyAnnouncement.')
sc(R, P, 46, 'no', 'VK callback "secret" compared with the configured vk.secret_code using std::string operator!= (not constant time).',
   'Only for the confirmation request.')
sc(R, P, 51, 'yes', 'VK group_id compared with the configured group id; not a secret.', NS)
sc(R, P, 87, 'yes', 'Event "type" compared with "confirmation"; not a secret.', NS)
neg(R, P, 249, 'ping', 'GET /ping', 'TPingHandler: replies "pong".')
neg(R, P, 269, 'ping', 'GET /ping', 'Factory dispatch of /ping.')
neg(R, P, 118, 'dummy', 'any other URI', 'TDummyHandler: logs the body and answers 418.')
neg(R, P, 286, 'dummy', 'any other URI', 'Factory fallback to TDummyHandler.')

# ---------------- JayaWikrama/TesserGram (mongoose, vendored) ----------------
R, P = 'JayaWikrama/TesserGram', 'src/telegram/webhook-server.cpp'
why = ('Telegram bot library: servWebhook() runs a mongoose listener on :8443 whose handler accepts any request, parses it as an update and '
       'runs the user callback. apiSetWebhook can register a secret_token with Telegram, but the X-Telegram-Bot-Api-Secret-Token header is never checked.')
wh(R, P, 41, 'yes', 'no', 'tg', 'any path on :8443', why, 'mg_http_listen registration.')
wh(R, P, 10, 'yes', 'no', 'tg', 'any path on :8443', why, 'webhookHandler (same group).')

# ---------------- Naxaes/CI-server (raw sockets) ----------------
R, P = 'Naxaes/CI-server', 'source/main.cpp'
why = ('Small CI server on a raw TCP socket: any request whose text contains "X-GitHub-Event: pull_request" is parsed as a GitHub pull_request '
       'delivery; the PR head is cloned, built and tested and a mail is sent. No X-Hub-Signature or secret is checked.')
wh(R, P, 149, 'yes', 'no', 'github-ci', 'any path on :8080', why, 'accept loop (the only "route").')
wh(R, P, 168, 'yes', 'no', 'github-ci', 'any path on :8080', why, 'Payload parsing and build (same group).')
sc(R, P, 157, 'yes', 'Raw request searched for "X-GitHub-Event: pull_request" (std::string::find); an event name, not a secret.', NS)

# ---------------- YuS1aN/DnsWatcherService (mongoose, Windows service) ----------------
R, P = 'YuS1aN/DnsWatcherService', 'WebhookHttpService.cpp'
why = ('Windows service receiving the IPv6-changed webhook of a DDNS tool (POST /webhook with ipv6Result/ipv6Address) and running '
       'netsh to set the adapter DNS server. The only gate is an optional source-IP prefix (s_request_ip, all zeros = any); no secret or signature.')
wh(R, P, 32, 'yes', 'no', 'ddns', 'POST /webhook', why, 'mg_http_listen registration.')
wh(R, P, 53, 'yes', 'no', 'ddns', 'POST /webhook', why, 'event_handler (same group).')
wh(R, P, 57, 'yes', 'no', 'ddns', 'POST /webhook', why, 'mg_http_match_uri("/webhook") route (same group).')
sc(R, P, 70, 'yes', 'ipv6Result compared with status strings (wcscmp); not a secret.', NS)
sc(R, P, 88, 'yes', 'Source-IP octets compared with the allow-list prefix; not a secret.', NS)
sc(R, P, 104, 'yes', 'Current DNS compared with the new address; not a secret.', NS)

out = open('/work/corpora/webhook4/labels.jsonl', 'w')
for i, l in enumerate(L, 1):
    rec = {'id': 'wh4-%03d' % i, 'repo': l['repo'], 'commit': C[l['repo']], 'path': l['path'], 'line': l['line'], 'kind': l['kind'], 'fields': l['fields'], 'note': l['note']}
    out.write(json.dumps(rec, ensure_ascii=False) + '\n')
print(len(L))
