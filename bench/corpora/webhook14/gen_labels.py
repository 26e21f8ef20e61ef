#!/usr/bin/env python3
# Hand-written labels (from reading the code). Writes labels.jsonl.
C = {
 'QuantClaw/QuantClaw': '99048b8bbb0397df6f383d43ad4fb5a5685c36f6',
 'polaco1782/openclaw-cpp': 'bc285a2711d9d7918711783a1d9b09d789ef60f7',
 'ryanignatius/Anagraman': '3393c6c800ccde21b653d2f9968e6481a4212d99',
}
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import Labels, NS  # noqa: E402

_labels = Labels('wh14', C)
wh, neg, sc = _labels.wh, _labels.neg, _labels.sc

# ---------------- QuantClaw/QuantClaw (cpp-httplib behind a small WebServer wrapper) ----------------
R = 'QuantClaw/QuantClaw'
A, W, G, GC = 'src/web/api_routes.cpp', 'src/web/web_server.cpp', 'src/gateway/gateway_server.cpp', 'src/cli/gateway_commands.cpp'
why = ('"Generic webhook endpoint for external integrations (e.g. Feishu, DingTalk, custom bots)" (comment above the route): '
       'POST /api/channel/message takes {channel, senderId, channelId, message} from another system, appends it to a session and runs '
       'the agent loop. The handler itself checks nothing; verification is done before routing by the WebServer pre-routing handler '
       '(src/web/web_server.cpp:89-120), installed when an auth token is configured (gateway_commands.cpp:472-474, gateway.auth.mode '
       '"token"), which answers 401 unless "Authorization: Bearer <token>" matches (web_server.cpp:112).')
wh(R, A, 734, 'yes', 'yes', 'channel-message', 'POST /api/channel/message', why,
   'Handler (lambda). Verified by middleware in another file; the token compare there is std::string operator== '
   '(web_server.cpp:112, secret_compare label) -> not constant time. See Doubts: no token is configured by default.')
wh(R, A, 732, 'yes', 'yes', 'channel-message', 'POST /api/channel/message', why, 'Registration: server.AddRawRoute("/api/channel/message", "POST", ...).')
for (rline, hline, group, route, what) in [
    (65, 67, 'api-health', 'GET /api/health', 'Health/uptime of the gateway (auth-exempt in the middleware).'),
    (74, 76, 'api-status', 'GET /api/status', 'Gateway status and session count for the dashboard.'),
    (88, 90, 'api-config', 'GET /api/config', 'Reads agent/gateway configuration values for the dashboard.'),
    (129, 131, 'agent-request', 'POST /api/agent/request', 'Dashboard/API user sends a chat message to the agent (non-streaming).'),
    (449, 451, 'sessions-delete', 'POST /api/sessions/delete', 'Dashboard user deletes a session.'),
    (503, 505, 'chat-completions', 'POST /v1/chat/completions', 'OpenAI-compatible chat endpoint called by API clients.'),
    (702, 704, 'models', 'GET /v1/models', 'OpenAI-compatible model list.'),
    (719, 720, 'channels', 'GET /api/channels', 'Static list of channels for the dashboard.'),
]:
    neg(R, A, hline, group, route, what + ' User/API-client request, not a callback from another system (Bearer middleware when configured).')
    neg(R, A, rline, group, route, what + ' Registration line.')
neg(R, GC, 513, 'gateway-info', 'GET /api/gateway-info',
    'Dashboard discovery endpoint (returns the WebSocket URL and auth token); auth-exempt but answers 403 unless the peer is loopback. Not a webhook.')
neg(R, GC, 511, 'gateway-info', 'GET /api/gateway-info', 'Registration: http_server->AddRawRoute("/api/gateway-info", "GET", ...).')
sc(R, W, 112, 'no', 'Bearer token of the HTTP API (also gates the channel webhook) compared with std::string operator== '
   '(auth_header.substr(7) == auth_token_) in the pre-routing middleware -> not constant time.')
sc(R, W, 111, 'yes', 'Authorization header prefix compared with the literal "Bearer "; the scheme name is not a secret.', NS)
sc(R, W, 94, 'yes', 'Request path compared with auth-exempt paths ("/health", "/api/health", ...); routing, not a secret.', NS)
sc(R, G, 513, 'no', 'WebSocket gateway hello: client auth token compared with the expected gateway token using std::string operator!= '
   '-> not constant time (not a webhook, but a secret compare).')
sc(R, G, 512, 'yes', 'auth_mode_ compared with the literal "token" (configuration mode name); not a secret.', NS)
sc(R, GC, 472, 'yes', 'config.gateway.auth.mode compared with "token" (mode name); not a secret.', NS)
sc(R, GC, 517, 'yes', 'Peer address compared with loopback literals ("127.0.0.1", "::1"); an address, not a secret.', NS)

# ---------------- polaco1782/openclaw-cpp (gateway plugin, vendored Crow) ----------------
R, P = 'polaco1782/openclaw-cpp', 'src/plugins/gateway/gateway.cpp'
neg(R, P, 119, 'control-ui-root', 'GET /', 'Control UI: redirects the browser to /index.html. Not a webhook.')
neg(R, P, 118, 'control-ui-root', 'GET /', 'Registration: CROW_ROUTE(app_, "/").')
neg(R, P, 126, 'control-ui-index', 'GET /index.html', 'Control UI: serves the dashboard HTML file. Not a webhook.')
neg(R, P, 125, 'control-ui-index', 'GET /index.html', 'Registration: CROW_ROUTE(app_, "/index.html").')
sc(R, P, 525, 'no', 'Gateway WebSocket hello: params.auth.token compared with the configured gateway.auth.token using std::string '
   'operator== -> not constant time (secret compare on a non-webhook WebSocket endpoint).')
sc(R, P, 438, 'yes', 'WebSocket frame "type" compared with the literal "hello"; protocol field, not a secret.', NS)
sc(R, P, 451, 'yes', 'RPC method name compared with "auth.login"; not a secret.', NS)

# ---------------- ryanignatius/Anagraman (2018 anagram game bot, vendored Crow) ----------------
R, P = 'ryanignatius/Anagraman', 'src/main.cpp'
why = ('Facebook Messenger webhook: the /facebook route answers the GET subscription handshake (handleGet echoes hub.challenge '
       'when hub.verify_token equals the literal "anagraman") and, on POST, handlePost parses the body and respondMessage replies '
       'to the sender through the Graph API. No X-Hub-Signature(-256) check anywhere: anyone can post forged messaging events.')
wh(R, P, 221, 'yes', 'no', 'facebook-messenger', 'POST /facebook', why, 'Handler: handlePost (POST branch of the route).')
wh(R, P, 254, 'yes', 'no', 'facebook-messenger', 'POST /facebook', why, 'Route lambda: dispatches GET to handleGet and POST to handlePost.')
wh(R, P, 253, 'yes', 'no', 'facebook-messenger', 'POST /facebook', why,
   'Registration: CROW_ROUTE(app, "/facebook").methods(Get, Post).')
why = ('Slack Events API receiver: handlePostSlack parses the body, answers the url_verification "challenge", and for message events '
       'runs the game and posts replies with the bot token (chat.postMessage, users.info). Neither the X-Slack-Signature/'
       'X-Slack-Request-Timestamp signature nor the legacy verification token is checked.')
wh(R, P, 227, 'yes', 'no', 'slack-events', 'POST /slack', why, 'Handler: handlePostSlack.')
wh(R, P, 267, 'yes', 'no', 'slack-events', 'POST /slack', why, 'Route lambda: POST -> handlePostSlack, else 405.')
wh(R, P, 266, 'yes', 'no', 'slack-events', 'POST /slack', why, 'Registration: CROW_ROUTE(app, "/slack").methods(Get, Post).')
sc(R, P, 213, 'no', 'Messenger subscription handshake: hub.verify_token compared with the hard-coded verify token "anagraman" using '
   'std::string operator== -> not constant time (see Doubts: it only gates the GET handshake, not the POST events).')
sc(R, P, 64, 'yes', 'Slack message text compared with the bot command "$help"; not a secret.', NS)
sc(R, P, 154, 'yes', 'Messenger message text compared with the command "//play"; not a secret.', NS)
sc(R, P, 236, 'yes', 'Slack event type compared with "message"; not a secret.', NS)
sc(R, P, 255, 'yes', 'HTTP method compared with crow::HTTPMethod::Get (enum); not a secret.', NS)

_labels.write(__file__, 'webhook14')
