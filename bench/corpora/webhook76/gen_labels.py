#!/usr/bin/env python3
# Hand-written labels (from reading the code). Writes labels.jsonl.
C = {
 'kdyn-ctrl/Nox': 'cde417302b4eaa607dc4b33923f58914d8b630cb',
 'ObserverHerb/Celeste': '442e6642abcb456b1417a94f4dd673dab2055d15',
 'SOUx4cx4fx56x69/Pure_C_group_bot': '245940d38e799b9edfb786693ebfd3948a72b0f7',
 'hps2002/wechat-pay': '1f64cea3050b5631a81e1aab2b0cde6340c63547',
}
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import Labels, NS  # noqa: E402

_labels = Labels('wh76', C)
wh, neg, sc = _labels.wh, _labels.neg, _labels.sc

# ---------------- kdyn-ctrl/Nox (cpp-httplib, C++17; trading execution engine fed by TradingView / analyst alerts) --------
R = 'kdyn-ctrl/Nox'
P = 'execution/main.cpp'
why = ('Signal webhook POST /webhook of the Nox execution engine: TradingView alerts (docs/guides/TRADINGVIEW_INTEGRATION.md) '
       'and the project\'s analyst service post JSON signals (one object or an array) that end in Alpaca / options orders '
       '(process()). Every signal object must carry "secret_key"; process_single_chunk compares it with '
       'WEBHOOK_SECRET_TOKEN (required at start-up, require_env) and drops the signal with a return before any field is '
       'used (RULE-004 "silent drop", HTTP 200 without processing). A shared-secret check whose mismatch rejects the '
       'signal: verified (the compare itself is a plain std::string !=, see the secret_compare label).')
wh(R, P, 2649, 'yes', 'yes', 'nox-signal-webhook', 'POST /webhook', why,
   'Registration svr.Post("/webhook", ...) with the handler lambda on the same line.')
wh(R, P, 1391, 'yes', 'yes', 'nox-signal-webhook', 'POST /webhook', why,
   'Processing function NoxEngine::process(TradeSignal) (order routing), reached only for signals whose secret_key '
   'matched.')
for (line, group, route, what) in [
    (2361, 'nox-health', 'GET /health', 'Health probe returning {"status":"healthy"}.'),
    (2369, 'nox-pause', 'POST /pause', 'Operator kill switch: pauses new entries; called by the project\'s own heartbeat/'
     'monitor.py (/pause Telegram command relayed by that service). No authentication, but not a third-party callback.'),
    (2392, 'nox-resume', 'POST /resume', 'Operator kill switch reset, called by the project\'s heartbeat monitor.'),
    (2404, 'nox-kill-switch-status', 'GET /kill-switch-status', 'Read-only kill-switch state for the operator.'),
    (2419, 'nox-last-report', 'GET /last-report', 'Read-only time of the last analyst report.'),
    (2428, 'nox-recent-signals', 'GET /recent-signals', 'Read-only list of the last authenticated signals.'),
    (2449, 'nox-cn-status', 'GET /cn-status', 'Read-only China A-share gate diagnostics.'),
    (2471, 'nox-daily-options-accuracy', 'GET /daily-options-accuracy', 'Read-only options prediction statistics.'),
    (2609, 'nox-options-price', 'POST /options/price', 'Stateless Black-Scholes pricing calculator for a posted contract.'),
]:
    neg(R, P, line, group, route, what + ' Internal/operator API route, not a callback from another system. Registration '
        'svr.Get/svr.Post with the handler lambda on the same line.')
sc(R, P, 2662, 'no', 'Webhook shared secret: data.value("secret_key", "") compared with WEBHOOK_SECRET_TOKEN by '
   'std::string operator!= (early-exit compare of the only credential of POST /webhook).')
sc(R, P, 1393, 'yes', 'Signal action compared with "HOLD" / "REPORT"; an instruction keyword, not a secret.', NS)

# ---------------- ObserverHerb/Celeste (Qt5 QTcpServer, hand-written HTTP parsing; Twitch chat bot) ----------------
R = 'ObserverHerb/Celeste'
why = ('Twitch EventSub webhook: EventSub::Subscribe registers the subscriptions with transport "webhook", a callback URL '
       'and a random "secret", so Twitch POSTs notifications (follow, channel-points redemption, cheer, raid, subscription) '
       'to Celeste\'s Server (QTcpServer on port 4443). Server::DataAvailable parses the raw request and emits Dispatch; '
       'EventSub::ParseRequest answers the verification challenge and turns notifications into Redemption/Cheer/Raid/'
       'Subscription signals (announcements, bot actions). Twitch-Eventsub-Message-Signature (HMAC-SHA256 with that '
       'secret) is never checked; only the Twitch-Eventsub-Subscription-Type header is looked at. Unverified: anyone who '
       'can reach the port can fake events.')
wh(R, 'eventsub.cpp', 77, 'yes', 'no', 'celeste-eventsub-webhook', 'POST <CallbackURL> (Twitch EventSub webhook)', why,
   'Handler/processing function EventSub::ParseRequest.')
wh(R, 'main.cpp', 168, 'yes', 'no', 'celeste-eventsub-webhook', 'POST <CallbackURL> (Twitch EventSub webhook)', why,
   'Registration: server.connect(&server, &Server::Dispatch, eventSub, &EventSub::ParseRequest).')
neg(R, 'main.cpp', 90, 'celeste-oauth-redirect', 'GET <CallbackURL>?code=...&scope=... (OAuth redirect)',
    'OAuth authorization-code redirect: after the operator authorizes in the browser (QDesktopServices::openUrl of '
    'id.twitch.tv/oauth2/authorize), Twitch redirects the browser to the same server; the lambda exchanges "code" for a '
    'token with client_secret. A user-agent redirect in an interactive login, not a server-to-server webhook. Lambda '
    'connected to Server::Dispatch on this line.')

# ---------------- SOUx4cx4fx56x69/Pure_C_group_bot (C, OpenSSL TLS socket server; Telegram group bot) ----------------
R = 'SOUx4cx4fx56x69/Pure_C_group_bot'
why = ('Telegram bot webhook in pure C: main() listens on WH_PORT (8443, Telegram\'s webhook ports) with OpenSSL, and for '
       'every accepted connection forks, reads the request head and body, extracts "text" and the chat id with strstr and '
       'answers "@bot ..." messages through tg_request("sendMessage"). No path check, no secret path token, no '
       'X-Telegram-Bot-Api-Secret-Token check: any client that can reach the port can inject updates. Unverified.')
wh(R, 'pure_c.c', 26, 'yes', 'no', 'purec-telegram-webhook', 'POST * (Telegram webhook, port 8443)', why,
   'Handler: main() (accept loop and request processing are inline).')
wh(R, 'pure_c.c', 46, 'yes', 'no', 'purec-telegram-webhook', 'POST * (Telegram webhook, port 8443)', why,
   'Registration point: client = accept(sd, ...) on the listening socket.')
sc(R, 'pure_c.c', 89, 'yes', 'Message text prefix compared with "@bot" by strcmp (command trigger); not a secret.', NS)

# ---------------- hps2002/wechat-pay (C++17 component, cpp-httplib types; WeChat Pay JSAPI v3) ----------------
R = 'hps2002/wechat-pay'
why = ('WeChat Pay JSAPI v3 payment notification handler PayCallBack(httplib::Request&) of this pay component (the '
       'notify_url of wxpay.json points at it; the host application routes the POST to it). Before decrypting the '
       'resource it calls signatureVer(Request), which builds the Wechatpay-Timestamp/Nonce/body string and runs '
       'Rsa_PublicVerify with the platform public key; PayCallBack throws (no processing) when signatureVer returns false. '
       'signatureVer always returns false (the verification result "ans" is ignored), so every notification is rejected: '
       'fail-closed, no unverified processing path. Labelled verified.')
wh(R, 'src/main.cc', 61, 'yes', 'yes', 'wxpay-notify', 'POST <notify_url> (WeChat Pay v3 notification)', why,
   'Handler function PayCallBack; the component does not register the route itself (see README Doubts).')
wh(R, 'src/wechat/wechat.cc', 204, 'yes', 'yes', 'wxpay-notify', 'POST <notify_url> (WeChat Pay v3 notification)', why,
   'Verification function signatureVer(httplib::Request&) called first by PayCallBack.')
sc(R, 'src/wechat/wechat.cc', 215, 'yes', 'Wechatpay-Serial header (certificate serial number) compared with the '
   'configured merchant id to decide whether to download the platform certificate; public identifiers, not a secret.',
   NS)

_labels.write(__file__, 'webhook76')
