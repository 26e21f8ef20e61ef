#!/usr/bin/env python3
# Hand-written labels (from reading the code). Writes labels.jsonl.
C = {
 'mumuya520/Wepay': 'ff7442e43d8051545373ae266b5b4fa36b7fab32',
 'badaix/snapcast': '0ac550845781b41c4643895b79c8a08fb948009f',
 'psikosen/dragon-breath': '3c193904f0a5fbbbbfca15cbaa942756b6571189',
 'SyntheticDemon/Physical-Access-Control-System': 'bb04c655c9ce4b13a780c8f32066aac4072fefd4',
 'pooyaaf/CPS_IOT_HW': 'ed9f0b86409f3b0ad54f6656e22b31b68371be4e',
}
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import Labels, NS  # noqa: E402

_labels = Labels('wh18', C)
wh, neg, sc = _labels.wh, _labels.neg, _labels.sc

# ======================= mumuya520/Wepay (WePay-Cpp: Drogon payment gateway, header-only controllers) =======================
R = 'mumuya520/Wepay'
NR, CEF, DEV = 'src/notify/NotifyReceiveCtrl.h', 'src/notify/CefBillCtrl.h', 'src/device/DeviceCtrl.h'
NCB, TN, AG = 'src/gateway/NotifyCallbackCtrl.h', 'src/gateway/TestNotifyCtrl.h', 'src/agent/AgentSelfCtrl.h'
# No global filter/advice protects /notify/*, /device/* or /api/* (main.cc registers only prefix/static/CORS/xpay
# advices; ai/AiSecurityGateway.h explicitly skips /notify/ and /gateway/).

# --- verified: upstream channel payment notification ---
why = ('Upstream payment-channel notification (/notify/channel/{code}, POST and GET): handleChannelNotify looks the order up, then '
       'calls verifyChannelNotify (line 195), which builds the channel plugin and runs plugin->verifyNotify(params, rawBody, '
       'channelParams) (line 403); a failed check answers "fail: signature verification failed" before the order is marked paid, '
       'the merchant credited and the merchant notify task queued. See Doubts: some channels fall back to an amount match.')
wh(R, NR, 155, 'yes', 'yes', 'wepay-channel-notify', 'POST|GET /notify/channel/{channelCode}', why,
   'Handler body (handleChannelNotify); verification in the helper verifyChannelNotify (line 345).')
wh(R, NR, 42, 'yes', 'yes', 'wepay-channel-notify', 'POST /notify/channel/{channelCode}', why, 'Handler: channelNotifyPost -> handleChannelNotify.')
wh(R, NR, 49, 'yes', 'yes', 'wepay-channel-notify', 'GET /notify/channel/{channelCode}', why, 'Handler: channelNotifyGet -> handleChannelNotify.')
wh(R, NR, 27, 'yes', 'yes', 'wepay-channel-notify', 'POST /notify/channel/{channelCode}', why, 'Registration: ADD_METHOD_TO(channelNotifyPost, "/notify/channel/{1}", Post).')
wh(R, NR, 29, 'yes', 'yes', 'wepay-channel-notify', 'GET /notify/channel/{channelCode}', why, 'Registration: ADD_METHOD_TO(channelNotifyGet, "/notify/channel/{1}", Get).')

# --- unverified: refund / transfer / division notifications in the same controller ---
for (line, rline, group, route, what) in [
    (58, 31, 'wepay-refund-notify', 'POST /notify/refund/{channelCode}',
     'Upstream refund notification: takes refund_no/trade_no from the parameters, marks refund_order state=1 and credits the '
     'refund fee back to the merchant balance (ChannelService::changeMchBalance). No signature, token or plugin check.'),
    (95, 33, 'wepay-transfer-notify', 'POST /notify/transfer/{channelCode}',
     'Upstream transfer notification: status from the body decides between marking transfer_order paid and refunding the '
     'amount to the merchant balance. No signature, token or plugin check.'),
    (132, 35, 'wepay-division-notify', 'POST /notify/division/{channelCode}',
     'Upstream profit-sharing (division) notification: sets division_record state from the body status. No signature, token '
     'or plugin check.'),
]:
    wh(R, NR, line, 'yes', 'no', group, route, what, 'Handler.')
    wh(R, NR, rline, 'yes', 'no', group, route, what, 'Registration: ADD_METHOD_TO in METHOD_LIST.')

# --- unverified: CEF browser helper pushes (bill / cookie / expired) ---
for (line, rline, group, route, what) in [
    (41, 32, 'wepay-cef-bill', 'POST /notify/cef/bill',
     'Callback from the companion webpay.exe (CEF browser that scrapes the Alipay bill API): every (payType, amount) entry of '
     'the posted JSON goes to PaymentService::processPayment, which matches an unpaid order by amount, marks it paid, credits '
     'the merchant and fires the merchant notify. No token, signature or source check.'),
    (135, 33, 'wepay-cef-cookie', 'POST /notify/cef/cookie',
     'Callback from webpay.exe: the raw body is stored as the Alipay login cookie (setting cef_alipay_cookie) and the CEF '
     'device is marked online. No token, signature or source check.'),
    (99, 34, 'wepay-cef-expired', 'POST /notify/cef/expired',
     'Callback from webpay.exe: marks the CEF device offline, clears the stored Alipay cookie and publishes an alert. No '
     'token, signature or source check.'),
]:
    wh(R, CEF, line, 'yes', 'no', group, route, what, 'Handler.')
    wh(R, CEF, rline, 'yes', 'no', group, route, what, 'Registration: ADD_METHOD_TO in METHOD_LIST.')

# --- unverified: listening-device pushes ---
why = ('Payment push from a registered listening device (phone app that watches incoming payments): header comment documents '
       '{device_no, pay_type, amount, sign, t}, but push() never reads or checks sign; any caller that knows an online device_no '
       'makes PaymentService::processPayment match and pay an order by amount.')
wh(R, DEV, 65, 'yes', 'no', 'wepay-device-push', 'POST /device/push', why, 'Handler.')
wh(R, DEV, 32, 'yes', 'no', 'wepay-device-push', 'POST /device/push', why, 'Registration.')
why = ('Heartbeat from a listening device: reads t and sign (lines 48-49) but never compares them, then marks the device online '
       '(state=1), which is what /device/push requires.')
wh(R, DEV, 44, 'yes', 'no', 'wepay-device-heart', 'POST /device/heart', why, 'Handler. The sign value is read and ignored.')
wh(R, DEV, 31, 'yes', 'no', 'wepay-device-heart', 'POST /device/heart', why, 'Registration.')

# --- unverified: /api/pay/notify ---
why = ('"Payment result asynchronous notification (called back by the payment channel, then forwarded to the merchant)": takes '
       'order_id/out_trade_no from JSON or form parameters, and if the order is not paid yet sets state=1, adds the amount to '
       'the merchant balance, writes a money_log row and queues the merchant notify. No signature, token or channel check.')
wh(R, NCB, 20, 'yes', 'no', 'wepay-pay-notify', 'POST /api/pay/notify', why, 'Handler.')
wh(R, NCB, 16, 'yes', 'no', 'wepay-pay-notify', 'POST /api/pay/notify', why, 'Registration.')

# --- unverified: built-in test callback receiver ---
why = ('Built-in receiver for merchant callbacks (used as notify_url when an order has none): records every parameter in '
       'pay_callback_log and the last_test_callback setting and answers "success"; the sign parameter it receives is never '
       'checked. See Doubts (it only logs).')
wh(R, TN, 20, 'yes', 'no', 'wepay-test-notify', 'GET|POST /api/test/notify', why, 'Handler (recordCallback, line 71, does the writes).')
wh(R, TN, 14, 'yes', 'no', 'wepay-test-notify', 'GET|POST /api/test/notify', why, 'Registration.')

# --- unverified: WeCom (WeChat Work) customer-service callback ---
WW = 'src/gateway/WeWorkCtrl.h'
why = ('WeCom (企业微信) application callback: WeCom signs every callback with msg_signature (SHA1 over token, timestamp, nonce and '
       'the encrypted message). GET echoes echostr without checking msg_signature; POST (only gated by the wework_enabled setting) '
       'parses the plain XML, replies to events and, for a text message holding an amount, INSERTs a pay_order for the configured '
       'merchant. No msg_signature, token or AES check anywhere in the controller.')
wh(R, WW, 35, 'yes', 'no', 'wepay-wework', 'POST /wework.php', why, 'Handler: callback.')
wh(R, WW, 21, 'yes', 'no', 'wepay-wework', 'POST /wework.php', why, 'Registration.')
wh(R, WW, 25, 'yes', 'no', 'wepay-wework', 'GET /wework.php', 'WeCom callback URL verification: returns the echostr query parameter as is; the msg_signature that WeCom sends with it is never checked.', 'Handler: verify.')
wh(R, WW, 20, 'yes', 'no', 'wepay-wework', 'GET /wework.php', 'WeCom callback URL verification, see handler (line 25).', 'Registration.')
sc(R, WW, 39, 'yes', 'Feature flag setting compared with "1"; not a secret.', NS)

# --- non-webhook routes ---
neg(R, TN, 29, 'wepay-test-return', 'GET|POST /api/test/return', 'Browser landing page after a test payment (synchronous return_url); not a server-to-server callback.')
neg(R, TN, 15, 'wepay-test-return', 'GET|POST /api/test/return', 'Registration line.')
neg(R, TN, 45, 'wepay-test-callback-list', 'GET /admin/api/test/callback', 'Admin listing of the last 50 test callbacks (no filter on the route, but it is a read API, not a callback).')
neg(R, TN, 16, 'wepay-test-callback-list', 'GET /admin/api/test/callback', 'Registration line.')
neg(R, DEV, 128, 'wepay-device-orders', 'GET /device/orders/{deviceNo}', 'The device polls for unpaid orders (outbound pull by the device, answered with data); not a callback that pushes events.')
neg(R, DEV, 34, 'wepay-device-orders', 'GET /device/orders/{deviceNo}', 'Registration line.')
for (line, rline, group, route, what) in [
    (32, 22, 'wepay-agent-login', 'POST /agent/api/auth/login', 'Agent login (password checked, JWT issued).'),
    (69, 24, 'wepay-agent-info', 'GET /agent/api/info', 'Agent profile, behind AgentAuthFilter (JWT).'),
    (83, 25, 'wepay-agent-changepwd', 'POST /agent/api/changePwd', 'Agent password change, behind AgentAuthFilter.'),
    (106, 26, 'wepay-agent-dashboard', 'GET /agent/api/dashboard', 'Agent dashboard, behind AgentAuthFilter.'),
    (132, 27, 'wepay-agent-merchants', 'GET /agent/api/merchants', 'Merchants of the agent, behind AgentAuthFilter.'),
    (149, 28, 'wepay-agent-orders', 'GET /agent/api/orders', 'Orders of the agent\'s merchants, behind AgentAuthFilter.'),
]:
    neg(R, AG, line, group, route, what + ' User-facing API; not a webhook.')
    neg(R, AG, rline, group, route, what + ' Registration line.')

# --- secret compares ---
sc(R, AG, 50, 'no', 'Agent login: when the stored salt is empty the submitted password is compared with the stored (plaintext) password by std::string operator==.')
sc(R, AG, 97, 'no', 'changePwd: old password compared with the stored plaintext password by operator== (empty-salt branch).')
sc(R, 'src/common/PasswordUtils.h', 75, 'no', 'PasswordUtils::verify returns hashPassword(password, salt) == storedHash: stored password hash compared with std::string operator==.')
sc(R, 'src/common/EpaySign.h', 269, 'no', 'EpaySign::verifyAuto: MD5 signature of the parameters with the merchant key compared with the request sign by operator==.',
   'Parsed inside DeviceCtrl.h / NotifyReceiveCtrl.h / CefBillCtrl.h.')
sc(R, DEV, 178, 'no', 'appHeart (V-mianqian heartbeat): Md5Utils::heartSign(t, key) != sign, key = device_key/admin_pass.',
   'appHeart/appPush/checkOrder are not in this controller\'s METHOD_LIST (the comment says MonitorCtrl, absent from this snapshot, routes them).')
sc(R, DEV, 199, 'no', 'appPush: Md5Utils::pushSign(type, price, t, key) != sign before processPayment.', 'Unrouted in this controller, see line 178.')
sc(R, DEV, 219, 'no', 'checkOrder: Md5Utils::md5(pid + key) != sign.', 'Unrouted in this controller, see line 178.')
CH = 'src/channel/'
sc(R, CH + 'StripePlugin.h', 277, 'no', 'StripePlugin::verifyWebhookSignature: each v1 value of Stripe-Signature compared with the expected HMAC-SHA256 hex by std::string operator==.',
   'Channel plugin verifyNotify helper, reached through NotifyReceiveCtrl::verifyChannelNotify.')
sc(R, CH + 'BepusdtPlugin.h', 207, 'no', 'BEpusdt (crypto USDT gateway) notify: expected MD5 signature (api token) compared with the body signature by operator!=.',
   'Channel plugin verifyNotify helper.')
sc(R, CH + 'XorpayPlugin.h', 118, 'no', 'XorPay notify: MD5(aoid+order_id+pay_price+pay_time+appkey) compared with the sign parameter by operator==.', 'Channel plugin verifyNotify helper.')
sc(R, CH + 'XunhupayPlugin.h', 322, 'no', 'Xunhupay notify: MD5 of the sorted parameters + api key compared with the hash parameter by operator==.', 'Channel plugin verifyNotify helper.')
sc(R, CH + 'XunhupayPlugin.h', 136, 'no', 'Xunhupay API response: MD5 hash returned by the provider compared with the recomputed one by operator!= (outbound call, same secret).')
sc(R, CH + 'StripePlugin.h', 260, 'yes', 'Stripe-Signature element key compared with "t" (parsing); not a secret.', NS)
sc(R, CH + 'StripePlugin.h', 82, 'yes', 'Stripe event type compared with "checkout.session.completed"; not a secret.', NS)
sc(R, CH + 'PaypalPlugin.h', 133, 'yes', 'PayPal event_type compared with "PAYMENT.CAPTURE.COMPLETED"; not a secret.', NS)
sc(R, NR, 384, 'yes', 'Plugin name / channel code compared with literals ("VmqPlugin", "wepay", ...) to pick the verification strategy; not a secret.', NS)
sc(R, NR, 112, 'yes', 'Transfer status from the body compared with "SUCCESS"/"00"/"TRADE_SUCCESS"; not a secret.', NS)
sc(R, NR, 188, 'yes', 'Order state column compared with "1"; not a secret.', NS)
sc(R, DEV, 207, 'yes', 'Payment type parameter compared with "1"; not a secret.', NS)
sc(R, AG, 47, 'yes', 'Agent account state compared with "1"; not a secret.', NS)
sc(R, 'src/filters/AgentAuthFilter.h', 24, 'yes', 'JWT subject prefix checked with rfind("agent:", 0) after SimpleJwt::verify; not a secret.', NS)
sc(R, 'src/common/SimpleJwt.h', 93, 'yes', 'Authorization header prefix compared with "Bearer "; not a secret.', NS)

# ======================= badaix/snapcast (Boost.Beast control server) =======================
R = 'badaix/snapcast'
CS = 'server/control_session_http.cpp'
why = ('Snapserver HTTP control session: POST /jsonrpc hands the body to the JSON-RPC receiver, GET serves the web UI doc_root '
       'and /__image_cache; optional Basic/Plain authorization is evaluated in on_read (line 467). A user-facing control API, '
       'not a callback from another system.')
neg(R, CS, 210, 'snapcast-control-http', 'POST /jsonrpc, GET <doc_root>, GET /__image_cache', why, 'Handler: handle_request (template, one function for all targets).')
neg(R, CS, 475, 'snapcast-control-http', 'POST /jsonrpc, GET <doc_root>, GET /__image_cache', why, 'Registration/dispatch: on_read calls handle_request for every non-upgrade request.')
neg(R, CS, 364, 'snapcast-ws-upgrade', 'GET /jsonrpc, GET /stream (WebSocket upgrade)', 'WebSocket upgrade to the JSON-RPC control channel or the audio stream; user/client-facing, not a webhook.',
    'Handler: on_read upgrade branch (target check at line 402).')
sc(R, 'server/authinfo.cpp', 115, 'no', 'AuthInfo::validateUser: configured user password compared with the submitted one by std::string operator!= (Basic/Plain authorization).')
sc(R, 'server/authinfo.cpp', 112, 'yes', 'User name compared with the configured user names (find_if with ==); the name is not the secret.', NS)
sc(R, 'server/authinfo.cpp', 125, 'yes', 'Authorization scheme compared with "basic"; not a secret.', NS)
sc(R, CS, 268, 'yes', 'Request target compared with "/jsonrpc" (routing); not a secret.', NS)
sc(R, CS, 402, 'yes', 'Upgrade target compared with "/jsonrpc"/"/stream" (routing); not a secret.', NS)

# ======================= psikosen/dragon-breath (Drogon starter: JWT, TOTP, API keys) =======================
R = 'psikosen/dragon-breath'
AC, AH = 'src/controllers/AuthController.cc', 'src/controllers/AuthController.h'
for (line, hline, group, route, what) in [
    (245, 8, 'db-login', 'POST /api/auth/login', 'Login: PBKDF2 password check, optional TOTP or backup code, issues JWT.'),
    (349, 10, 'db-refresh', 'POST /api/auth/refresh', 'Refresh-token exchange.'),
    (448, 12, 'db-reset-password', 'POST /api/auth/reset-password', 'Password reset with a reset token looked up in the database.'),
    (510, 13, 'db-verify-email', 'POST /api/auth/verify-email', 'E-mail verification with a token looked up in the database.'),
    (574, 15, 'db-totp-enable', 'POST /api/auth/totp/enable', 'TOTP enrollment, behind AuthFilter (JWT).'),
]:
    neg(R, AC, line, group, route, what + ' User-facing auth API; not a webhook.')
    neg(R, AH, hline, group, route, what + ' Registration line.')
KC, KH = 'src/controllers/ApiKeyController.cc', 'src/controllers/ApiKeyController.h'
neg(R, KC, 31, 'db-apikeys-list', 'GET /api/api-keys', 'Lists the caller\'s API keys, behind AuthFilter; not a webhook.')
neg(R, KH, 7, 'db-apikeys-list', 'GET /api/api-keys', 'Registration line.')
neg(R, KC, 118, 'db-apikeys-rotate', 'POST /api/api-keys/{id}/rotate', 'Rotates one of the caller\'s API keys, behind AuthFilter; not a webhook.')
neg(R, KH, 10, 'db-apikeys-rotate', 'POST /api/api-keys/{id}/rotate', 'Registration line.')
sc(R, 'src/utils/jwt.hpp', 92, 'no', 'jwt::verify_hs256: recomputed HS256 signature compared with the token\'s signature segment by std::string operator!= (used by AuthFilter for every protected route).',
   'Parsed inside AuthController.cc and AuthFilter.cc.')
sc(R, AC, 150, 'no', 'consumeBackupCode: SHA-256 hex of the submitted TOTP backup code compared with the stored hashes by operator==.')
sc(R, 'src/utils/crypto.hpp', 64, 'yes', 'verify_password_pbkdf2: derived key compared with the stored one by an XOR-accumulate loop (line 63) and diff == 0, no early exit.',
   'Constant-time compare written by hand; the size check at line 61 compares lengths only.')
sc(R, 'src/utils/totp.hpp', 93, 'yes', 'totp::verify: generated 6-digit code and the submitted code compared as uint32_t (one integer compare, no byte-wise early exit).',
   'Tricky: a TOTP code is a secret, but an integer == has no data-dependent timing; see Doubts.')
sc(R, 'src/filters/AuthFilter.cc', 9, 'yes', 'Authorization header prefix checked with rfind("Bearer ", 0); not a secret.', NS)
sc(R, KC, 99, 'yes', 'API key owner id compared with the caller\'s user id (authorization check); not a secret.', NS)

# ======================= SyntheticDemon/Physical-Access-Control-System (Qt QHttpServer + QWebSocketServer) =======================
R = 'SyntheticDemon/Physical-Access-Control-System'
SV, SS = 'CloudWebServer/server.cpp', 'CloudWebServer/socketserver.cpp'
why = ('RFID reader notification (the embedded door unit POSTs {"rfid": ...} to port 8087 whenever a card is read): the server looks '
       'the tag up in users.json, builds an entry-history record and pushes it to the connected monitoring client over the '
       'WebSocket. No device token, signature or source check. See Doubts (device check-in treated as an IoT notification).')
wh(R, SV, 29, 'yes', 'no', 'pacs-checkrfid', 'POST /checkRFID', why, 'Registration and handler: route("/checkRFID", Post, lambda) on one line.')
neg(R, SV, 127, 'pacs-ws-login', 'WebSocket message {"url": "/login"} on port 8086', 'Monitoring-client login over the WebSocket (username/password from users.json); user-facing, not a webhook.',
    'Handler: Server::authenticateUser (connected to SocketServer::sendAuthSignal).')
neg(R, SS, 69, 'pacs-ws-login', 'WebSocket message {"url": "/login"} on port 8086', 'Dispatch: handleSocketRequest emits sendAuthSignal for path "/login".')
sc(R, SV, 133, 'no', 'authenticateUser: stored password compared with the submitted one by QString operator== (WebSocket login).')
sc(R, SV, 30, 'yes', 'Request path compared with "/checkRFID" (routing); not a secret.', NS)
sc(R, SS, 71, 'yes', 'WebSocket message url compared with "/login" (routing); not a secret.', NS)

# ======================= pooyaaf/CPS_IOT_HW (Qt QHttpServer + QWebSocketServer) =======================
R = 'pooyaaf/CPS_IOT_HW'
HS, WS = 'Server/httpserver.cpp', 'Server/websocketserver.cpp'
why = ('Entry notification from the Arduino door unit (README: the embedded system sends the RFID code read at the door to the web '
       'server): /enter_door?rfid=...&delay=... (any method) logs the entry time for the tag and emits newUser, which the WebSocket '
       'server pushes to the admin client. No device token, signature or source check.')
wh(R, HS, 8, 'yes', 'no', 'cpsiot-enter-door', 'ANY /enter_door?rfid=&delay=', why, 'Registration and handler: route("/enter_door", lambda) on one line.')
neg(R, WS, 48, 'cpsiot-ws-admin', 'WebSocket messages "login|user|pass", "log|"', 'Admin client protocol over the WebSocket (login, log listing); user-facing, not a webhook.',
    'Handler: processTextMessage.')
neg(R, WS, 38, 'cpsiot-ws-admin', 'WebSocket messages "login|user|pass", "log|"', 'Registration: textMessageReceived -> processTextMessage.')
sc(R, WS, 57, 'no', 'Admin WebSocket login: submitted password compared with the hard-coded PASSWORD ("admin", websocketserver.h:39) by QString operator== (the user name is compared on the same line).')
sc(R, WS, 56, 'yes', 'Message verb compared with "login"; not a secret.', NS)

_labels.write(__file__, 'webhook18')
