#!/usr/bin/env python3
# Hand-written labels (from reading the code). Writes labels.jsonl.
C = {
 'colinblack/game_server': 'a7724f93e0be5c43e323972da30e738e5fbef54f',
 'sea-kg/webhook-handler': 'c6e3edbd12521911bf3ecf2afd624c6777ffaa35',
 'MrToast99/previoustube': 'd0bddaadfe8366698bb05f5642cc21d33d04dee3',
 'ZhiqiangHe/mimiclaw_esp32': 'a9fd60667252469c88e82518f5dca94239935b8a',
 'ljcjames/mimiclaw': '7d0d27f473a4a269b69ebc15642fae76cf1422b0',
 'nadinewellani/esp32-ota-project': '6b50277b6edc9b6393d73ead1870bdd15a170423',
 'hirakida/line-bot-cpp': 'f22ebe0af2188354e1f32f0e0b46f06f613be51b',
 'esselfe/lunabot': '9268885d6488a1fc376d3602e7ad819af9aefcc7',
 'filbot/hooyeah-speaker': '10911ff803df088b09b28a024fec5205998fe38e',
}
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import Labels, NS  # noqa: E402

_labels = Labels('wh11', C)
wh, neg, sc = _labels.wh, _labels.neg, _labels.sc

# ---------------- colinblack/game_server transfer_srv (merged FastCGI binary, C++98) ----------------
# CgiMain.cpp #includes every cgi/*.hpp and registers the handlers (CGI_REGISTER); CCgiManager::Run picks the CGI whose
# name occurs in REQUEST_URI (logic/CgiBase.cpp). Payment platforms call the *pay/*deliver CGIs server-to-server.
R = 'colinblack/game_server'
A = 'transfer_srv/server/app/'
CG, MAIN = A + 'cgi/', A + 'cgi/CgiMain.cpp'

def cgi(hpp, hline, reg, webhook, verified, group, route, why, note='', **kw):
    wh(R, CG + hpp, hline, webhook, verified, group, route, why, 'Handler. ' + note, **kw)
    wh(R, MAIN, reg, webhook, verified, group, route, why, 'Registration: CGI_REGISTER in the merged CGI main.')

cgi('CgiFBPay.hpp', 16, 58, 'yes', 'yes', 'fbpay', 'POST <uri containing "fbpay"> (Facebook Credits callback)',
    'Facebook Credits payment callback (payments_get_items / payments_status_update): signed_request is split, its HMAC-SHA256 '
    'with the app secret is compared with the decoded signature and a mismatch returns R_ERR_REFUSE before the order is handled.',
    'Signature compared with std::string operator!= (line 51) -> not constant time.', compare_line=51, ct='no')
cgi('CgiKwPay.hpp', 32, 64, 'yes', 'yes', 'kwpay', 'GET <uri containing "kw/pay"> (Kuaiwan pay notify)',
    'Kuaiwan payment notification: key = MD5(ts|openid|payid|cash|credit|appkey) is compared with the key parameter and a mismatch '
    'returns R_ERR_PARAM before BuyCash credits the account.',
    'Key compared with String::EqualNoCase = strcasecmp (app/common/StringUtil.cpp:45) -> not constant time.', compare_line=94, ct='no')
cgi('CgiKxPay.hpp', 25, 89, 'yes', 'yes', 'kxpay', 'GET <uri containing "kx/pay"> (Kaixin pay callback)',
    'Kaixin001 payment callback: CLogicKaixinPay::CheckSignature (sorted params + app key, MD5) must succeed, else PARAM_ERROR_RETURN, '
    'before the order is paid.', 'The signature compare itself is in logic/LogicKaixinPay.cpp:109 (secret_compare label).')
cgi('CgiMobagePay.hpp', 25, 85, 'yes', 'yes', 'mobage-pay', 'GET/POST <uri containing "mobage/pay"> (Mobage payment callback)',
    'Mobage (DeNA) payment callback: OAuth 1.0 HMAC-SHA1 signature of the request is recomputed with the app secret '
    '(OAuth::CheckSignature) and a mismatch answers param_error before the payment is confirmed.',
    'The signature compare is in platform/OAuthUtil.cpp:357 (secret_compare label).')
cgi('CgiQQDeliver.hpp', 15, 84, 'yes', 'yes', 'qq-deliver', 'GET <uri containing "deliver"> (Tencent open platform delivery callback)',
    'Tencent (QQ) open platform pay delivery callback: HMAC-SHA1 of the sorted query with appkey& is base64-compared with sig, mismatch '
    'returns ret 4 before CLogicQQPay::deliver.', 'sig compared with std::string operator!= (line 113) -> not constant time.',
    compare_line=113, ct='no')
cgi('CgiRenrenDeliver.hpp', 18, 70, 'yes', 'yes', 'renren-deliver', 'GET <uri containing "pay/confirm"> (Renren pay confirm)',
    'Renren payment confirmation: CRenrenPurchase::DeliverGood requires xn_sig_skey == MD5("dawx1234" + xn_sig_user) before crediting '
    '(weak, hard-coded secret, but a failed check rejects).', 'The compare is logic/RenrenPurchase.cpp:121 (secret_compare label).')
cgi('CgiWyxDeliver.hpp', 15, 80, 'yes', 'no', 'wyx-deliver', 'GET <uri containing "wyx/pay"> (Sina Weiyouxi payment notify)',
    'Sina Weiyouxi payment notification: takes order_uid/order_id/appkey/amount from the query; CLogicWyxPay::WyxDeliverGood only '
    'checks that appkey equals the configured (public) appid and that the order is pending, then marks it PST_OK and credits it. '
    'No signature or secret is checked.', 'See Doubts (appid is not a secret).')
cgi('CgiTake8.hpp', 14, 77, 'yes', 'yes', 'take8', 'GET <uri containing "take8"> (Take8 order callback)',
    'Take8 (Facebook game payment reseller) order callback: CLogicTake8::ProcessOrder refuses a foreign GameID and requires '
    'VCode == MD5(GameID+OrderID+UID+take8_key) before delivering the order.',
    'The compare is logic/LogicTake8.cpp:26 (secret_compare label).')
for (hpp, hline, reg, group, name, what) in [
    ('CgiLoad.hpp', 32, 65, 'getbase', 'getbase', 'Loads the player base.'),
    ('CgiSave.hpp', 32, 74, 'setbase', 'setbase', 'Saves the player base.'),
    ('CgiFriend.hpp', 30, 60, 'friend', 'friend', 'Friend list.'),
    ('CgiAlliance.hpp', 30, 53, 'alliance', 'alliance', 'Alliance actions (action map).'),
    ('CgiLogin.hpp', 34, 66, 'login', 'login', 'Player login.'),
    ('CgiMessage.hpp', 23, 67, 'message', 'message', 'In-game messages (action map).'),
]:
    why = what + ' Game client route (CF_CHECK_SESSION / platform login), not a callback from another system.'
    neg(R, CG + hpp, hline, group, 'GET/POST <uri containing "%s">' % name, why)
    neg(R, MAIN, reg, group, 'GET/POST <uri containing "%s">' % name, why + ' Registration line.')
sc(R, A + 'logic/LogicKaixinPay.cpp', 109, 'no', 'Kaixin callback: computed MD5 signature compared with the sig parameter via std::string operator!=.')
sc(R, A + 'platform/OAuthUtil.cpp', 357, 'no', 'OAuth 1.0 CheckSignature (Mobage callback): HMAC-SHA1/RSA signature compared with operator!=.')
sc(R, A + 'logic/RenrenPurchase.cpp', 121, 'no', 'Renren confirm: xn_sig_skey compared with MD5("dawx1234"+user) via operator!=.')
sc(R, A + 'logic/LogicRockpay.cpp', 72, 'no', 'Rockpay PayCallback: v_code compared with MD5(appid+tid+appkey) via operator!= '
   '(CgiRockpayConfirm is compiled into CgiMain.cpp but its CGI_REGISTER is commented out).')
sc(R, A + 'logic/LogicTake8.cpp', 26, 'no', 'Take8 callback: VCode compared with MD5(gameId+orderId+uid+take8_key) via operator!=.')
sc(R, A + 'logic/LogicTake8.cpp', 11, 'yes', 'GameID parameter compared with the configured take8_game_id (public id); not a secret.', NS)
sc(R, A + 'logic/LogicSso.cpp', 253, 'no', 'Session key (skey) of every session-checked CGI compared with the stored one via operator!=.')
sc(R, CG + 'CgiFBPay.hpp', 45, 'yes', 'signed_request algorithm name compared with "HMAC-SHA256"; not a secret.', NS)
sc(R, CG + 'CgiKxPay.hpp', 48, 'yes', 'callbackkey parameter compared with the literal "pay" (a callback type, despite the name); not a secret.', NS)
sc(R, CG + 'CgiMobagePay.hpp', 78, 'yes', 'oauth_signature_method compared with "HMAC-SHA1"; not a secret.', NS)
sc(R, CG + 'CgiMobagePay.hpp', 138, 'yes', 'SHA-1 of the POST body compared with oauth_body_hash (unkeyed digest, covered by the OAuth '
   'signature checked before); not a secret.', NS)
sc(R, CG + 'CgiQQDeliver.hpp', 96, 'yes', 'Query parameter name compared with "sig" while rebuilding the signed string; not a secret.', NS)
sc(R, A + 'logic/LogicWyxPay.cpp', 156, 'yes', 'appkey parameter compared with the configured appid, a public application id; '
   'this is the only check of the Weiyouxi notify (see Doubts).', NS)

# ---------------- sea-kg/webhook-handler (own wsjcpp light web server, C++11) ----------------
R = 'sea-kg/webhook-handler'
why = ('Generic git-hosting webhook receiver (README: GitHub push hooks) that runs the configured shell commands: canHandle accepts '
       'any request whose path is a configured webhook-url-path, handle() queues path+body for ScriptsThread (do_run_command) and '
       'answers OK. No X-Hub-Signature / token check; the only "secret" is the path itself (sample config uses random-looking paths '
       'and "/wh/github_test").')
wh(R, 'src/web-server/http_handler_webhooks.cpp', 37, 'yes', 'no', 'webhooks', 'POST <webhook-url-path from webhook-handler-conf.yml>',
   why, 'Handler.')
wh(R, 'src/web-server/http_handler_webhooks.cpp', 28, 'yes', 'no', 'webhooks', 'POST <webhook-url-path from webhook-handler-conf.yml>',
   why, 'canHandle: path lookup in the configured webhook map (routing).')
wh(R, 'src/main.cpp', 103, 'yes', 'no', 'webhooks', 'POST <webhook-url-path from webhook-handler-conf.yml>', why,
   'Registration: webServer.addHandler(new HttpHandlerWebhooks(...)).')

# ---------------- MrToast99/previoustube (ESP-IDF esp_http_server, C++) ----------------
R, P = 'MrToast99/previoustube', 'main/webserver.cpp'
why = ('LED notification webhook (README: "Webhook LED notifications (Home Assistant compatible)", POST /webhook): h_webhook posts the '
       'body to the event loop and main.cpp webhook_handler parses color/led/repeat/period and blinks the LEDs. No token or signature.')
wh(R, P, 458, 'yes', 'no', 'webhook', 'POST /webhook', why, 'Handler.')
wh(R, P, 521, 'yes', 'no', 'webhook', 'POST /webhook', why, 'Registration: REG("/webhook", HTTP_POST, h_webhook).')
for (line, reg, group, route, what) in [
    (212, 509, 'system', 'GET /api/system', 'Device info for the settings page.'),
    (246, 511, 'settings-post', 'POST /api/settings', 'Saves display/weather settings from the settings page.'),
    (283, 512, 'mode', 'POST /api/mode', 'Switches the clock mode.'),
    (303, 513, 'scoreboard', 'POST /api/scoreboard', 'Sets scoreboard values.'),
    (321, 514, 'countdown', 'POST /api/countdown', 'Starts a countdown.'),
    (355, 517, 'ota', 'POST /api/update_firmware', 'Firmware upload from the settings page.'),
    (412, 518, 'wifi', 'POST /api/wifi', 'Sets Wi-Fi credentials.'),
    (446, 520, 'reset', 'POST /api/reset', 'Reboots the device.'),
]:
    why2 = what + ' Local web-UI route (unauthenticated), not a callback from another system.'
    neg(R, P, line, group, route, why2)
    neg(R, P, reg, group, route, why2 + ' Registration line.')

# ---------------- mimiclaw (ESP-IDF esp_http_server, C): upstream Feishu webhook ----------------
R = 'ZhiqiangHe/mimiclaw_esp32'
P = 'main/channels/feishu/feishu_bot.c'
why = ('Feishu/Lark event subscription webhook of the ESP32 AI agent (port 18790, MIMI_FEISHU_WEBHOOK_PATH "/feishu/events"): answers the '
       'url_verification challenge and pushes im.message.receive_v1 texts to the agent bus. Neither the verification token in the body '
       'nor the X-Lark-Signature / encrypt key is checked.')
wh(R, P, 332, 'yes', 'no', 'feishu', 'POST /feishu/events (port 18790)', why, 'Handler.')
wh(R, P, 458, 'yes', 'no', 'feishu', 'POST /feishu/events (port 18790)', why, 'Registration: httpd_register_uri_handler in feishu_start_webhook_server.')
sc(R, P, 376, 'yes', 'Body type compared with "url_verification"; not a secret.', NS)
sc(R, P, 413, 'yes', 'Event type compared with "im.message.receive_v1"; not a secret.', NS)
P = 'main/gateway/ws_server.c'
why = 'Local WebSocket gateway on "/" (port 18789) for chat clients of the agent; not a callback from another system.'
neg(R, P, 70, 'ws-gateway', 'GET / (WebSocket, port 18789)', why)
neg(R, P, 165, 'ws-gateway', 'GET / (WebSocket, port 18789)', why + ' Registration line.')

# ---------------- ljcjames/mimiclaw (fork): QQ and DingTalk webhook server ----------------
R, P = 'ljcjames/mimiclaw', 'main/gateway/webhook_server.c'
why = ('QQ bot webhook of the fork (port 18790, "/qq/events", started by mimi.c webhook_server_start): echoes url_verification '
       'challenges and pushes event.content to the agent bus as a QQ message. No signature (X-Signature-Ed25519) or token check.')
wh(R, P, 19, 'yes', 'no', 'qq', 'POST /qq/events', why, 'Handler.')
wh(R, P, 211, 'yes', 'no', 'qq', 'POST /qq/events', why, 'Registration: httpd_register_uri_handler(s_server, &qq_uri).')
why = ('DingTalk webhook of the fork ("/dingtalk/events"): when the body carries auth.signature/timestamp/nonce it only LOGS them and '
       'answers errcode 0; other bodies are parsed for message events. The signature is never verified.')
wh(R, P, 109, 'yes', 'no', 'dingtalk', 'POST /dingtalk/events', why, 'Handler (signature only logged).')
wh(R, P, 222, 'yes', 'no', 'dingtalk', 'POST /dingtalk/events', why, 'Registration: httpd_register_uri_handler(s_server, &ding_uri).')
sc(R, P, 59, 'yes', 'Body type compared with "url_verification"; not a secret.', NS)

# ---------------- nadinewellani/esp32-ota-project (Arduino-ESP32 WebServer sketch) ----------------
R, P = 'nadinewellani/esp32-ota-project', 'sketch_dec10c/sketch_dec10c.ino'
why = ('GitHub push/release webhook (README guides: GitHub -> ngrok -> ESP32 /webhook): the lambda reads the JSON or form payload and, '
       'for a push to main/master, a published release, or an unparsable body, sets forceUpdateCheck so loop() downloads update.json '
       'and flashes the new firmware (OTA). No X-Hub-Signature(-256) or secret is checked.')
wh(R, P, 529, 'yes', 'no', 'github-webhook', 'POST /webhook', why, 'Handler and registration (server.on with an inline lambda).')
for (line, group, route, what) in [
    (522, 'update', 'GET /update', 'Local button/link that forces an update check.'),
    (587, 'status', 'GET /status', 'Status JSON (version, partition, boot count).'),
    (605, 'root', 'GET /', 'HTML page with the webhook instructions.'),
]:
    neg(R, P, line, group, route, what + ' User-facing route, not a callback from another system.')
sc(R, P, 413, 'yes', 'SHA-256 of the downloaded firmware compared (strcmp) with the digest from update.json: an integrity check of '
   'public data, not a secret.', NS)
sc(R, P, 567, 'yes', 'GitHub action field compared with "published"; not a secret.', NS)

# ---------------- hirakida/line-bot-cpp (CppCMS) ----------------
R = 'hirakida/line-bot-cpp'
why = ('LINE Messaging API webhook (/callback): app::callback only requires POST + application/json (line_bot::is_callback_request, '
       '"// TODO: Signature validation"), then parses the events and replies through the LINE API. X-Line-Signature is never checked.')
wh(R, 'src/index.cpp', 29, 'yes', 'no', 'line-callback', 'POST /callback', why, 'Handler.')
wh(R, 'src/index.cpp', 14, 'yes', 'no', 'line-callback', 'POST /callback', why, 'Registration: dispatcher().assign("/callback", &app::callback, this).')
sc(R, 'src/line_bot_cppcms.h', 17, 'yes', 'Request method compared with "POST" (the would-be verification function); not a secret.', NS)
sc(R, 'src/index.cpp', 65, 'yes', 'Message text compared with the command "profile"; not a secret.', NS)

# ---------------- esselfe/lunabot (C, libmicrohttpd) ----------------
R = 'esselfe/lunabot'
why = ('GitHub webhook -> IRC bot: WebhookCallback (every POST on the MHD daemon) requires X-Hub-Signature-256, buffers the body and '
       'calls VerifySignature_func (HMAC-SHA256 with LUNABOT_WEBHOOK_SECRET or .secret); a mismatch answers 401 before ParseJsonData '
       'posts to IRC.')
wh(R, 'src/lib/webhook.c', 11, 'yes', 'yes', 'github-webhook', 'POST <any path> (webhook_port)', why, 'Handler.')
wh(R, 'src/lib/liblunabot.c', 28, 'yes', 'yes', 'github-webhook', 'POST <any path> (webhook_port)', why,
   'Registration: MHD_start_daemon(..., WebhookCallback, ...).')
why = 'Health check for the bot operator/monitoring (pings NickServ over IRC and reports); not a callback from another system.'
neg(R, 'src/lib/health-check.c', 38, 'health', 'GET /health', why)
neg(R, 'src/lib/webhook.c', 21, 'health', 'GET /health', why + ' Dispatch line inside WebhookCallback.')
sc(R, 'src/lib/verify-signature.c', 62, 'yes', 'Expected "sha256=<hex>" compared with X-Hub-Signature-256 by a loop over every character '
   'without early exit (comment "Prevent timing attack"); only the length is compared first (line 55).', 'Constant-time negative (see Doubts).')
sc(R, 'src/lib/webhook.c', 21, 'yes', 'Request URL compared with "/health" (routing); not a secret.', NS)
sc(R, 'src/lib/json.c', 22, 'yes', 'Repository name compared with "moonbase-core"; not a secret.', NS)

# ---------------- filbot/hooyeah-speaker (ESP8266WebServer) ----------------
R, P = 'filbot/hooyeah-speaker', 'src/hooyeah_webhook/hooyeah_webhook.ino'
why = ('Webhook-triggered sound effect (README: "When a webhook is received ... plays the corresponding sound", CI results, chat events): '
       'handleTrigger answers 401 unless checkAuth() passes, then pulses the Audio FX trigger pin. checkAuth compares the token '
       'query parameter with WEBHOOK_TOKEN, but skips the check when WEBHOOK_TOKEN is empty (the shipped secrets.example.h).')
wh(R, P, 69, 'yes', 'yes', 'trigger', 'GET/POST /trigger', why,
   'Handler. Token compared with String::equals (line 59) -> not constant time. See Doubts (empty token = auth off).',
   compare_line=59, ct='no')
wh(R, P, 116, 'yes', 'yes', 'trigger', 'GET/POST /trigger', why, 'Registration: server.on("/trigger", HTTP_ANY, handleTrigger).')
for (line, reg, group, route, what) in [
    (62, 114, 'root', 'GET /', 'Device description JSON.'),
    (67, 115, 'healthz', 'GET /healthz', 'Health probe.'),
]:
    neg(R, P, line, group, route, what + ' Not a callback from another system.')
    neg(R, P, reg, group, route, what + ' Registration line.')
sc(R, P, 49, 'yes', 'First byte of WEBHOOK_TOKEN compared with NUL (is a token configured?); no attacker data involved.', NS)

_labels.write(__file__, 'webhook11')
