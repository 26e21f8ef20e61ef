#!/usr/bin/env python3
# Hand-written labels (from reading the code). Writes labels.jsonl.
import json
C = {
 'lidedongsn/wechat-webhook': '11e4e89b2aef1dc98b2b44e145f67dc6628670e7',
 'Fulu1014/SmartPR-Reviewer': 'c663d25e9fec6364556795f12491f7776a16c757',
 'chapin666/NuClaw': '7d435c0d15384e3ce7721a5411adf3f1e2342eab',
 'DyXel/Multirole': '28e14e1317aad76b483028f2376e7296b0b62f1f',
 'Henkolicious/xactools-cpp-sample': '1efd082a6547ae35ea6a5d2a8bc2cf2576d0d523',
 'alighanbari2002/Access-Control-Management-Over-IOT': '7957144d9f586dd5b043faebf4a3a545439f8b2d',
 'panayiotissavva8-dev/devlpulse': '1417d94bbcd824cdbd306fdcc5a3aa4bf26642d7',
 'heikki-laitala/ptrclaw': 'ee6535e5cb82afb422261f64c70e5f84a478a5b6',
 'cryptoli/lite-telegram-image-bot': '5d034c467eb0879fd4b81a1d102d66ce87d8c2bb',
}
L = []
def wh(repo, path, line, webhook, verified, group, route, why, note='', compare_line=None, ct=None):
    f = {'webhook': webhook, 'verified': verified, 'group': group, 'route': route, 'why': why}
    if compare_line is not None:
        f['compare_line'] = str(compare_line); f['constant_time_compare'] = ct
    L.append({'repo': repo, 'path': path, 'line': line, 'kind': 'webhook_handler', 'fields': f, 'note': note})
def neg(repo, path, line, group, route, why, note='Negative: inbound route that is not a webhook; any unverified-webhook finding here is a false positive.'):
    wh(repo, path, line, 'no', 'yes', group, route, why, note)
def sc(repo, path, line, ct, why, note=''):
    L.append({'repo': repo, 'path': path, 'line': line, 'kind': 'secret_compare', 'fields': {'constant_time': ct, 'why': why}, 'note': note})

# ---------------- lidedongsn/wechat-webhook ----------------
R, P = 'lidedongsn/wechat-webhook', 'wechat-webhook.cpp'
wh(R, P, 23, 'yes', 'no', 'gitlab', 'POST /webhook/gitlab',
   'GitLab webhook (push/tag_push/merge_request) relayed to a WeChat Work robot. No X-Gitlab-Token or any other secret is read or compared; only the ?id= robot key is taken from the query string.',
   'Registration line; handler body is WeChatRobot::GitLabWebhookHandler (line 33).')
wh(R, P, 33, 'yes', 'no', 'gitlab', 'POST /webhook/gitlab',
   'Handler function for the GitLab webhook: parses req.body and forwards a message without any authentication of the sender.',
   'Same group as line 23.')
wh(R, P, 26, 'yes', 'no', 'grafana', 'POST /webhook/grafana',
   'Grafana alert webhook relayed to WeChat; no shared secret / basic auth / signature is checked.',
   'Registration line; handler body is WeChatRobot::GrafanaWebhookHandler (line 59).')
wh(R, P, 59, 'yes', 'no', 'grafana', 'POST /webhook/grafana',
   'Handler function for the Grafana webhook: forwards body["message"] to the WeChat robot without verifying the caller.',
   'Same group as line 26.')
sc(R, P, 41, 'yes', 'Query-parameter NAME compared with the literal "id" (std::string::compare); not a secret comparison.', 'Tricky non-secret compare (the value is the robot key, but the comparison is on the key name).')
sc(R, P, 67, 'yes', 'Query-parameter NAME compared with the literal "id"; not a secret comparison.', 'Tricky non-secret compare.')
sc(R, P, 47, 'yes', 'GitLab object_kind compared with "push"; event type is not a secret.', 'Tricky non-secret compare.')

# ---------------- Fulu1014/SmartPR-Reviewer ----------------
R, P = 'Fulu1014/SmartPR-Reviewer', 'src/main.cpp'
wh(R, P, 97, 'yes', 'yes', 'webhook', 'POST /webhook',
   'GitHub App pull_request webhook. Recomputes "sha256=" + HMAC-SHA256(body, GITHUB_WEBHOOK_SECRET) and returns 401 on mismatch or when X-Hub-Signature-256 is missing, before parsing the payload.',
   'Verified, but the signature is compared with std::string operator!= (line 105), not in constant time. The mismatch log also prints the expected signature.',
   compare_line=105, ct='no')
sc(R, P, 52, 'yes', 'File extension compared with a list of source-code extensions; not a secret.', 'Tricky non-secret compare.')
sc(R, P, 127, 'yes', 'PR action compared with "opened"/"synchronize"; not a secret.', 'Tricky non-secret compare.')

# ---------------- chapin666/NuClaw ----------------
R, P = 'chapin666/NuClaw', 'src/step21/include/nuclaw/im_server.hpp'
wh(R, P, 26, 'yes', 'no', 'im-webhook', 'POST /webhook/:platform',
   'IM platform (Feishu/DingTalk) message webhook. The handler rejects with 401 when adapter->verify_signature(...) returns false, but every IMAdapter implementation in the repository is a placeholder: DingTalkAdapter::verify_signature returns true unconditionally and FeishuAdapter::verify_signature only returns !webhook_verify_token_.empty() without looking at the signature, timestamp or body. No HMAC/token from the request is ever compared.',
   'Hard case: a check-shaped call that verifies nothing (virtual dispatch to stub adapters in dingtalk_adapter.hpp / feishu_adapter.hpp, materialized next to this file). If only im_server.hpp is considered the call looks like a verification.')
neg(R, P, 71, 'health', 'GET /health', 'Static health check.')
sc(R, P, 30, 'yes', 'Iterator compared with adapters_.end() (platform lookup); not a secret.', 'Tricky non-secret compare.')

# ---------------- DyXel/Multirole ----------------
R = 'DyXel/Multirole'
P1, P2 = 'src/Multirole/Endpoint/Webhook.cpp', 'src/Multirole/GitRepo.cpp'
why = ('Hand-written asio TCP "webhook" endpoint that triggers a git fetch/reset of a script/data repository. The first <=256 bytes of the raw request are handed to the virtual Callback; GitRepo::Callback returns without updating unless the configured webhookToken occurs somewhere in that text (shared secret, typically in the URL query).')
wh(R, P1, 35, 'yes', 'yes', 'git-webhook', 'any method/path on webhookPort (raw socket)', why,
   'Socket read handler (Connection::DoReadHeader). The base Webhook::Callback is a no-op; the only override (GitRepo::Callback, GitRepo.cpp line 84) checks the token. The endpoint always answers 200 "Payload received." but skips processing on mismatch. compare_line is labelled on the GitRepo.cpp anchor.')
wh(R, P1, 97, 'yes', 'yes', 'git-webhook', 'any method/path on webhookPort (raw socket)', why, 'Accept loop (Webhook::DoAccept) of the same endpoint.')
wh(R, P1, 92, 'yes', 'yes', 'git-webhook', 'any method/path on webhookPort (raw socket)', why, 'Base Callback (empty, overridden in GitRepo).')
wh(R, P2, 84, 'yes', 'yes', 'git-webhook', 'any method/path on webhookPort (raw socket)', why,
   'Secret check is payload.find(token) == npos (line 87): a substring search over the raw request, not a constant-time comparison.',
   compare_line=87, ct='no')

# ---------------- Henkolicious/xactools-cpp-sample ----------------
R, P = 'Henkolicious/xactools-cpp-sample', 'src/main.cpp'
neg(R, P, 22, 'hi', 'GET /hi', 'Hello-world GET route, not a webhook.')
neg(R, P, 26, 'foo', 'PUT /foo', 'Sample REST endpoint protected by an API key (Authorization: ApiKey ...); returns 401 on mismatch. Not a webhook.',
    'Negative for the webhook check. The API-key comparison itself is labelled separately (secret_compare, line 8).')
sc(R, P, 8, 'no', 'Authorization header compared with "ApiKey " + APIKEY using std::string operator== (early-exit, not constant time).')

# ---------------- alighanbari2002/Access-Control-Management-Over-IOT ----------------
R, P = 'alighanbari2002/Access-Control-Management-Over-IOT', 'webserver/webserver.cpp'
why = ('IoT callback receiver: the Arduino RFID reader POSTs scan events (JSON with "username"=RFID, time, date) to this hand-written QTcpServer; the server grants/denies access, logs history and emits newUserArrived. There is no shared secret, token or signature authenticating the device.')
wh(R, P, 46, 'yes', 'no', 'iot-service', 'POST /service (raw QTcpServer)', why, 'incomingConnection: raw request parsing; buildResponse is called before the path check.')
wh(R, P, 8, 'yes', 'no', 'iot-service', 'POST /service (raw QTcpServer)', why, 'buildResponse: processes the POST body (same group).')
wh(R, P, 63, 'yes', 'no', 'iot-service', 'POST /service (raw QTcpServer)', why, 'Path guard `if (path == apiService)` (same group).')
sc(R, P, 30, 'yes', 'RFID card UID looked up in the allow-list file with QString::contains; the UID is an identifier sent in clear by the card, not a shared secret of the webhook.', 'Doubtful: it is an access-control decision, but not a secret/HMAC comparison; labelled as non-secret.')
sc(R, P, 10, 'yes', 'First byte of the request compared with \'G\' to detect GET; not a secret.', 'Tricky non-secret compare.')

# ---------------- panayiotissavva8-dev/devlpulse ----------------
R, P = 'panayiotissavva8-dev/devlpulse', 'src/main.cpp'
wh(R, P, 845, 'yes', 'yes', 'github-webhook', 'POST /webhook/<username>/github',
   'Per-user GitHub push webhook. After rate limiting and user lookup, requires X-Hub-Signature-256, recomputes "sha256=" + HMAC-SHA256(body, user->webhook_secret) and returns 401 on mismatch before parsing the payload.',
   'Security::safeCompare (utils/security.h lines 53-58) is a length check + volatile XOR-accumulate loop -> constant time.',
   compare_line=858, ct='yes')
for line, route, why in [
    (493, 'GET /web/<path>', 'Static file serving.'),
    (512, 'GET /', 'Landing page.'),
    (525, 'GET /dashboard', 'Dashboard page (session cookie).'),
    (537, 'GET /u/<username>', 'Public profile page.'),
    (548, 'GET /embed/<username>', 'Embeddable profile widget.'),
    (561, 'GET /auth/github', 'Starts the GitHub OAuth flow (redirect).'),
    (575, 'GET /auth/github/callback', 'Browser OAuth redirect back from GitHub, not a webhook; state is checked with Security::safeCompare (line 590).'),
    (642, 'POST /auth/logout', 'Logout, CSRF protected.'),
    (656, 'GET /api/me', 'Session-authenticated user API.'),
    (687, 'PATCH /api/me/theme', 'Session + CSRF protected user API.'),
    (700, 'PATCH /api/me/public', 'Session + CSRF protected user API.'),
    (716, 'GET /api/profile/<username>', 'Public profile JSON.'),
    (729, 'GET /api/stats/<username>', 'Public stats JSON.'),
    (762, 'GET /api/activity/<username>', 'Public activity JSON.'),
    (790, 'GET /api/search', 'User search API.'),
    (812, 'GET /api/viewers/<username>', 'Viewer count API.'),
    (821, 'GET /badge/<username>', 'SVG badge.'),
    (926, 'WS /ws/<username>', 'WebSocket live feed, not a webhook.'),
    (1029, 'catch-all', '404 fallback page.'),
]:
    neg(R, P, line, 'route-%d' % line, route, why)
sc(R, P, 168, 'yes', 'CSRF header vs cookie compared with Security::safeCompare (XOR-accumulate, constant time).')
sc(R, P, 590, 'yes', 'OAuth state vs stored cookie state compared with Security::safeCompare (constant time).')
sc(R, P, 1005, 'yes', 'WebSocket text message compared with "ping"; not a secret.', 'Tricky non-secret compare.')
P = 'src/utils/security.h'
sc(R, P, 57, 'yes', 'Result of the constant-time XOR-accumulate loop in safeCompare (diff == 0); the comparison itself is the constant-time primitive.', 'Tricky: the function name/loop should not be flagged.')
sc(R, P, 54, 'yes', 'Length check a.size() != b.size() in safeCompare; only the length is leaked.', 'Tricky non-secret compare (lengths of HMAC hex strings are public).')

# ---------------- heikki-laitala/ptrclaw ----------------
R, P = 'heikki-laitala/ptrclaw', 'src/channels/whatsapp.cpp'
wh(R, P, 131, 'yes', 'yes', 'wa-post', 'POST /webhook (WhatsApp Cloud API events)',
   'WhatsApp/Meta message webhook on a hand-written socket server. When webhook_secret is configured the X-Webhook-Secret header must equal it, otherwise 403 before the payload is parsed/queued.',
   'Doubt: the check is skipped when webhook_secret is empty (fail-open default, meant for a verifying proxy in front), and the configured app_secret is never used to verify X-Hub-Signature-256. Labelled yes because the handler does compare a shared secret from the request and rejects on mismatch. Comparison is std::string operator!= (line 135) -> not constant time.',
   compare_line=135, ct='no')
wh(R, P, 116, 'yes', 'yes', 'wa-post', 'POST /webhook (WhatsApp Cloud API events)',
   'Handler function WhatsAppChannel::handle_webhook_request (dispatches GET handshake and POST events).', 'Same group as line 131.')
wh(R, P, 121, 'yes', 'yes', 'wa-get', 'GET /webhook (Meta hub.challenge handshake)',
   'Meta subscription handshake: echoes hub.challenge only when hub.mode=="subscribe" and hub.verify_token equals the configured verify_token (non-empty), else 403.',
   'verify_token compared with std::string operator== (line 125) -> not constant time.', compare_line=125, ct='no')
sc(R, P, 54, 'yes', 'Normalized sender phone number compared with allow-list entry; identifiers, not secrets.', 'Tricky non-secret compare (authorization by allow-list).')
P = 'src/channels/http.cpp'
neg(R, P, 386, 'healthz', 'GET /healthz', 'Health check branch.')
wh(R, P, 394, 'no', 'yes', 'chat', 'POST /chat, POST /session/end',
   'HTTP channel API used by clients to chat with the agent; optional Bearer secret check. Not a webhook.',
   'Negative for the webhook check; the Bearer comparison is labelled separately (secret_compare line 400).')
wh(R, P, 385, 'no', 'yes', 'chat', 'POST /chat, POST /session/end', 'Handler function HttpChannel::handle_request.', 'Same group as line 394.')
sc(R, P, 400, 'no', 'Authorization header compared with "Bearer " + config_.secret using std::string operator!= (not constant time).')

# ---------------- cryptoli/lite-telegram-image-bot ----------------
R, P = 'cryptoli/lite-telegram-image-bot', 'src/server.cpp'
wh(R, P, 240, 'yes', 'yes', 'tg-webhook', 'POST /webhook',
   'Telegram Bot API webhook: requires X-Telegram-Bot-Api-Secret-Token and returns 401 unless it equals the configured secret_token, before parsing the update.',
   'Comparison is std::string operator!= (line 241) -> not constant time.', compare_line=241, ct='no')
wh(R, P, 230, 'no', 'yes', 'upload', 'POST /upload',
   'PicGo upload API (client uploads a file), protected by the same secret token; not a webhook.',
   'Negative for the webhook check; token comparison labelled separately (secret_compare line 231).')
sc(R, P, 231, 'no', 'X-Telegram-Bot-Api-Secret-Token header compared with secretToken using operator!= (not constant time).')
wh(R, P, 172, 'no', 'yes', 'media', 'GET /images|/files|/videos|/audios|/stickers|/d/(.*)',
   'Public media proxy routes (rate limited, optional Referer allow-list). Not webhooks.', 'svr->Get inside the registerMediaRoute lambda.')
for ln in range(223, 229):
    wh(R, P, ln, 'no', 'yes', 'media', 'GET media route', 'registerMediaRoute(...) call that registers a public media GET route.', 'Same group as line 172.')
neg(R, P, 259, 'login', 'GET /login', 'Login page template.')
neg(R, P, 269, 'register', 'GET /register', 'Registration page template.')
neg(R, P, 284, 'pic', 'GET /pic', 'Gallery page.')
neg(R, P, 319, 'root', 'GET /', 'Landing page.')
sc(R, P, 113, 'yes', 'File extension compared with literals; not a secret.', 'Tricky non-secret compare.')

out = open('/work/corpora/webhook2/labels.jsonl', 'w')
for i, l in enumerate(L, 1):
    rec = {'id': 'wh2-%03d' % i, 'repo': l['repo'], 'commit': C[l['repo']], 'path': l['path'], 'line': l['line'], 'kind': l['kind'], 'fields': l['fields'], 'note': l['note']}
    out.write(json.dumps(rec, ensure_ascii=False) + '\n')
print(len(L))
