#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook94). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, token_location  # noqa: E402

C = {
 'Royna2544/tgbot-cpp': '12e1dabb09446b9cd24b7f8c86834be238b10727',
 'previoustube/previoustube': '35954f2b2ca3ff44f449655bb86e63a037a1935a',
 '7misha/taskmanager': 'b28cf7fb7b7dd8b07720b368e85458466a8b69d6',
}
ROOT = '/work/corpora/webhook94/src'

_labels = TokenLabels(ROOT, 'wh94', C)
N = _labels.N


def W(repo, path, line, tok, verified, group, route, why, note='', at=None):
    """A webhook handler (wh) at `tok` (inside `at` when given)."""
    _labels.wh(repo, path, line, 'yes', verified, group, route, why, note)
    it = _labels.items[-1]
    it['column'], it['line_sha1'] = token_location(ROOT, repo, path, line, tok, at)


# ---------------- Royna2544/tgbot-cpp (C++17 Telegram Bot API library, webhook server on cpp-httplib) ----------------
R = 'Royna2544/tgbot-cpp'
P = 'src/net/TgWebhookServer.cpp'
why = ('Telegram webhook receiver of the library: TgWebhookServer::Impl registers server.Post(<path>) (the path the '
       'application passes to TgWebhookTcpServer / Bot::createWebHookTcp, bound to 0.0.0.0 by default); Telegram POSTs '
       'every Update there after setWebhook. The lambda parses the body as JSON and hands it straight to '
       'EventHandler::handleUpdate (which runs the bot\'s onCommand / onAnyMessage callbacks). No '
       'X-Telegram-Bot-Api-Secret-Token header (Api::setWebhook documents the secretToken parameter) nor any other '
       'token or source check is made, so anyone who reaches the port and knows the path can inject updates. '
       'Unverified.')
W(R, P, 46, 'Post', 'no', 'tgbot-webhook', 'POST {path} (Telegram Update)', why,
  'Registration and handler lambda: server.Post(escapeRegex(path), ...).')

# ---------------- previoustube/previoustube (ESP-IDF C++ firmware of a nixie-style clock, esp_http_server) ----------------
R = 'previoustube/previoustube'
P = 'main/webserver.cpp'
why = ('Webhook endpoint of the clock: POST /webhook (httpd_uri_t uri_webhook, registered in webserver_init) is meant '
       'to be called by an outside service/automation to make the clock blink; webhook_handler reads up to 256 bytes of '
       'the body and posts WEBSERVER_EVENT_WEBHOOK, whose handler calls the callback set by main.cpp (webhook_handler '
       'there blinks an LED). No header, token, signature or source check anywhere; the server listens on port 80 of '
       'the device\'s Wi-Fi interface. Unverified.')
W(R, P, 32, 'webhook_handler', 'no', 'ptube-webhook', 'POST /webhook', why, 'Handler webhook_handler.')
W(R, P, 64, 'uri_webhook', 'no', 'ptube-webhook', 'POST /webhook', why,
  'Registration: httpd_uri_t uri_webhook (registered on line 92).')
w2 = ('GET / answers a fixed "OK" (a liveness page of the device); nothing is pushed or processed. Not a callback from '
      'another system.')
N(R, P, 21, 'get_handler', 'ptube-root', 'GET /', w2 + ' Handler get_handler.')
N(R, P, 59, 'uri_get', 'ptube-root', 'GET /', w2 + ' Registration: httpd_uri_t uri_get (registered on line 91).')

# ---------------- 7misha/taskmanager (C++17 task manager, REST API on a vendored cpp-httplib, SQLite) ----------------
R = '7misha/taskmanager'
P = 'src/HttpApi.cpp'
B = (' Route and handler lambda of the task manager\'s own REST API (registerHttpRoutes, served by src/http_server.cpp '
     'on 0.0.0.0:8080); called by the user\'s client, not a callback from another system.')
for line, tok, group, route, what in [
    (22, 'Get', 'tm-list', 'GET /tasks', 'Lists all tasks from SQLite.'),
    (37, 'Get', 'tm-get', 'GET /tasks/{id}', 'Returns one task.'),
    (52, 'Delete', 'tm-delete', 'DELETE /tasks/{id}', 'Deletes a task.'),
    (69, 'Post', 'tm-create', 'POST /tasks', 'Creates a task from a JSON body (title, description, priority, createdAt).'),
    (102, 'Get', 'tm-health', 'GET /health', 'Health check answering {"status":"ok"}.'),
    (107, 'Patch', 'tm-patch', 'PATCH /tasks/{id}', 'Updates title / description / status / priority of a task.'),
]:
    N(R, P, line, tok, group, route, what + B)

_labels.write(__file__, 'webhook94')
