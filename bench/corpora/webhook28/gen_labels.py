#!/usr/bin/env python3
# Hand-written labels (from reading the code). Writes labels.jsonl.
C = {
 'maye174/app_server': 'ad9ab86cbe6471660eaac1cbbf6baa2779610fc2',
 'microcai/cmall': '0d5ed4b59d3778e05cfb103cdcde6961ff733df5',
 'manoranjan2050/PaperPay': 'ac6c834fa6a6f0fd3192276b6a544651d6522888',
 'kangpahul9/project1': 'dfdc56b4148aa9d94ee9aec70fca4c96496d63c4',
 'kbengine/kbengine': '7d379b9f943d2731b09c45398855f98efe74d046',
 'lucval/sms-ws': '15e0db43626ddc203eca2c401218dae688b5d96a',
}
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import Labels, NS  # noqa: E402

_labels = Labels('wh28', C)
wh, neg, sc = _labels.wh, _labels.neg, _labels.sc

# ---------------- maye174/app_server (libevent evhttp, C++17; campus electricity-payment helper + WxPusher bot) ----------------
R = 'maye174/app_server'
ST = 'src/server/start.cpp'
why = ('WxPusher (WeChat push service) callback POST /api/wxpusher_callback: WxPusher calls it when a user subscribes to the '
       'app (action "app_subscribe"); the body\'s uid/appId/extra are stored in SQLite (api_user_attention_callback) and later '
       'used as push targets. Nothing checks that the call comes from WxPusher: no token, signature or source check; the '
       'server listens on 0.0.0.0:3000.')
wh(R, 'src/wxpusher/callback.cpp', 15, 'yes', 'no', 'wxpusher-callback', 'POST /api/wxpusher_callback', why,
   'Handler: wxpusher_callback.')
wh(R, ST, 64, 'yes', 'no', 'wxpusher-callback', 'POST /api/wxpusher_callback', why,
   'Registration: evhttp_set_cb(http, "/api/wxpusher_callback", wxpusher_callback, nullptr).')
wh(R, 'src/wxpusher/data.cpp', 17, 'yes', 'no', 'wxpusher-callback', 'POST /api/wxpusher_callback', why,
   'Processing function api_user_attention_callback (called by the handler with the raw body; stores the subscriber).')
for (path, line, rline, group, route, what) in [
    ('src/server/exit.cpp', 50, 58, 'app-exit-gen', 'ANY /api/exit/gen',
     'Operator endpoint that regenerates the shutdown key and writes it to the log (no authentication at all).'),
    ('src/server/exit.cpp', 57, 59, 'app-exit-verify', 'POST /api/exit/verify',
     'Operator shutdown endpoint: stops the event loop when the body "key" equals the logged key (compare at exit.cpp:95).'),
    ('src/ewarn/server.cpp', 18, 60, 'app-ewarn-qrcode', 'POST /api/ewarn/creata_qrcode',
     'Front-end API: creates a WxPusher subscription QR code for a building/room (outgoing call to WxPusher).'),
    ('src/ewarn/server.cpp', 89, 62, 'app-ewarn-epay-json', 'POST /api/ewarn/get_epay_json',
     'Front-end API: returns the building/room list of the campus electricity-payment ("epay") site.'),
]:
    neg(R, path, line, group, route, what + ' Not a callback from another system. Handler.')
    neg(R, ST, rline, group, route, what + ' Registration: evhttp_set_cb line.')
sc(R, 'src/server/exit.cpp', 95, 'no', 'Shutdown key (random 6 digits hashed with SHA-256, the only secret guarding '
   'POST /api/exit/verify) compared with std::string operator!= against the request value; early-exit compare.')
sc(R, 'src/wxpusher/callback.cpp', 44, 'yes', 'WxPusher callback "action" compared with "app_subscribe"; an event type, '
   'not a secret.', NS)
sc(R, 'src/ewarn/server.cpp', 39, 'yes', 'Method field of the request JSON compared with "POST"; not a secret.', NS)

# ---------------- microcai/cmall (C++23, Boost.Beast coroutines, hand-written regex router; WeChat Pay v3) ----------------
R = 'microcai/cmall'
H = 'cmall/src/cmall_impl/cmall_do_http_server.cpp'
why = ('WeChat Pay v3 payment notification POST /api/wx/pay.action (the notify_url configured as "wxpay_notify_url"): for '
       'each configured merchant the branch calls wxpay_service::decode_notify_message with the Wechatpay-Timestamp, '
       'Wechatpay-Nonce and Wechatpay-Signature headers; decode_notify_message (wxpay_service.cpp:473) first runs '
       'verify_sig (RSA-SHA256 verification with the platform certificate, rsa_sign_verify) and throws on failure, and only '
       'then decrypts the resource; the branch catches the exception and tries the next service, and answers FAIL if none '
       'verified. handle_order_wx_callback (which sets payed_at_ on the order) runs only for a verified message.')
wh(R, H, 480, 'yes', 'yes', 'cmall-wxpay-notify', 'POST /api/wx/pay.action', why,
   'Route branch in the hand-written router (regex_match "/api/wx/pay\\.action") = handler.')
wh(R, 'cmall/src/cmall_impl/handle_order_wx_callback.cpp', 22, 'yes', 'yes', 'cmall-wxpay-notify', 'POST /api/wx/pay.action',
   why, 'Processing function handle_order_wx_callback (marks the order paid), reached only after verification.')
for (line, group, route, what) in [
    (279, 'cmall-repo-assets', 'GET /repos/{merchant}/(images|css)/...', 'Static files of a merchant\'s git repository.'),
    (354, 'cmall-cgi-scripts', 'ANY /repos/{merchant}/scripts/*.js, /api/cgi-scripts/{merchant}/*.js',
     'Runs a merchant-defined script with the request; a storefront feature for shoppers.'),
    (422, 'cmall-repo-pages', 'GET /repos/{merchant}/pages/...', 'Merchant pages rendered from the git repository.'),
    (445, 'cmall-repo-index', 'GET /repos/{merchant}/pages/', 'Merchant index page.'),
    (458, 'cmall-goods', 'GET /goods/{merchant}/{goods_id}', 'Rich-text goods description.'),
    (512, 'cmall-static', 'GET /* (embedded Angular SPA)', 'Fallback: static files of the bundled front end.'),
]:
    neg(R, H, line, group, route, what + ' User-facing route, not a callback from another system. Router branch.')
why_ws = ('JSON-RPC API over WebSocket (GET /api upgrade): every shop function (login with SMS code, cart, orders, merchant '
          'and admin APIs) is a method dispatched by cmall_service::handle_jsonrpc_call; sessions via cookie / recover_session '
          'or a merchant api-token. Client API, not a webhook.')
neg(R, H, 187, 'cmall-ws-jsonrpc', 'GET /api (WebSocket upgrade) -> JSON-RPC', why_ws + ' Router branch (is_upgrade).')
neg(R, 'cmall/src/cmall.cpp', 629, 'cmall-ws-jsonrpc', 'GET /api (WebSocket upgrade) -> JSON-RPC', why_ws +
    ' Method dispatcher handle_jsonrpc_call.')
sc(R, 'cmall/src/services/verifycode.cpp', 83, 'no', 'SMS login verification code: the code stored for the verify session '
   'compared with the user-supplied verify_code by std::string operator== (verify_verify_code, used by user.login); '
   'a one-time secret compared with an early-exit compare.')
sc(R, 'cmall/src/cmall.cpp', 740, 'yes', 'odb::query<cmall_apptoken>::apptoken == api_token builds an SQL query expression '
   '(database lookup of the merchant API token), not an in-memory comparison of the secret.', NS)
sc(R, 'cmall/src/services/persist_session.cpp', 42, 'yes', 'odb::query<cmall_session>::cache_key == session_id builds an '
   'SQL query (session lookup), not an in-memory compare.', NS)
sc(R, 'cmall/src/cmall.cpp', 283, 'yes', 'Configuration row name compared with the literal "wxpay_appSecret" while loading '
   'settings; the name of a secret, not the secret.', NS)
sc(R, H, 23, 'yes', 'Sec-WebSocket-Protocol header compared with "request_cookie" (browser detection); not a secret.', NS)
sc(R, H, 257, 'yes', 'x-tencent-ua header compared with "Qcloud" (disables pings behind Tencent Cloud); not a secret.', NS)
sc(R, 'cmall/src/cmall_impl/cmall_do_websocket.cpp', 49, 'yes', 'JSON-RPC method name compared with "recover_session"; not '
   'a secret.', NS)

# ---------------- manoranjan2050/PaperPay (ESP32 + ESPAsyncWebServer; UPI QR counter for shops) ----------------
R, P = 'manoranjan2050/PaperPay', 'src/web.cpp'
why = ('Shop-owner dashboard / REST API of the e-paper UPI counter (served from the device on port 80, used by the bundled '
       'SPA in data/); none of the routes is called by a payment provider: UPI payments to a personal VPA have no callback, '
       'payments are confirmed by the owner (POST /api/paid from the dashboard) or by forwarding the bank SMS to the '
       'Telegram bot, which the device long-polls (telegram.cpp). No authentication on any route.')
for (line, rline, group, route, what) in [
    (58, 222, 'pp-state', 'GET /api/state', 'Device and shop info.'),
    (71, 223, 'pp-config-get', 'GET /api/config', 'Current shop settings.'),
    (205, 224, 'pp-transactions', 'GET /api/transactions', 'Transaction log.'),
    (156, 225, 'pp-txn', 'GET /api/txn?id=', 'Single bill status (polled by the dashboard).'),
    (211, 226, 'pp-qr-svg', 'GET /api/qr.svg?data=', 'Renders a QR code as SVG.'),
    (169, 227, 'pp-wifi-info', 'GET /api/wifi', 'WiFi status.'),
    (178, 228, 'pp-wifi-scan', 'GET /api/wifi/scan', 'WiFi scan.'),
    (86, 238, 'pp-config-set', 'POST /api/config', 'Save shop settings (AsyncCallbackJsonWebHandler lambda -> apiSetConfig).'),
    (104, 240, 'pp-pay', 'POST /api/pay', 'Create a bill and show its UPI QR (apiPay).'),
    (136, 242, 'pp-paid', 'POST /api/paid',
     'Owner marks a bill paid from the dashboard (apiSetTxn with TX_PAID); looks like a payment callback but is a user action.'),
    (None, 244, 'pp-cancel', 'POST /api/cancel',
     'Owner cancels a bill (apiSetTxn with TX_CANCELLED; the handler line is anchored by pp-paid, so only the registration here).'),
    (195, 246, 'pp-wifi-connect', 'POST /api/wifi/connect', 'Join another WiFi network.'),
]:
    if line is not None:
        neg(R, P, line, group, route, what + ' ' + why + ' Handler.')
    neg(R, P, rline, group, route, what + ' Registration.' + ('' if line is not None else ' ' + why))
for (rline, group, route, what) in [
    (231, 'pp-reboot', 'POST /api/reboot', 'Reboot the device (lambda on the registration line).'),
    (233, 'pp-wifi-reset', 'POST /api/wifi/reset', 'Forget WiFi credentials (lambda on the registration line).'),
    (235, 'pp-telegram-test', 'POST /api/telegram/test', 'Send a test Telegram message (lambda on the registration line).'),
]:
    neg(R, P, rline, group, route, what + ' ' + why)
sc(R, P, 189, 'yes', 'WiFi encryption type compared with WIFI_AUTH_OPEN (scan result); not a secret.', NS)

# ---------------- kangpahul9/project1 (restaurant POS / billing backend, Crow amalgamation vendored in legacy/backend/api) ----------------
R = 'kangpahul9/project1'
B = 'legacy/backend/'
M = B + 'api/main_api.cpp'
why = ('Restaurant point-of-sale and billing API used by the project\'s own front end (cashier, owner); routes are Crow '
       'lambdas, some behind requireAuth/requireAdmin (JWT), some open. None is a callback from a payment provider or '
       'another system (POST /bills/pay is the cashier marking a bill paid).')
for (line, group, route) in [
    (58, 'pos-health', 'GET /health'), (66, 'pos-version', 'GET /version'), (80, 'pos-menu-get', 'GET /menu'),
    (98, 'pos-menu-post', 'POST /menu'), (127, 'pos-order-add', 'POST /order/add'), (173, 'pos-order-get', 'GET /order'),
    (199, 'pos-order-checkout', 'POST /order/checkout'), (233, 'pos-bills-get', 'GET /bills'),
    (254, 'pos-bills-post', 'POST /bills'), (286, 'pos-bills-pay', 'POST /bills/pay'),
    (309, 'pos-expenses-get', 'GET /expenses'), (330, 'pos-expenses-pay', 'POST /expenses/pay'),
    (353, 'pos-cash-start', 'POST /cash/start'), (382, 'pos-cash-close', 'POST /cash/close'),
    (395, 'pos-cash-status', 'GET /cash/status'), (414, 'pos-withdraw', 'POST /withdraw'),
    (445, 'pos-staff-get', 'GET /staff'), (472, 'pos-staff-post', 'POST /staff'), (500, 'pos-staff-pay', 'POST /staff/pay'),
    (541, 'pos-vendors-get', 'GET /vendors'), (557, 'pos-vendors-post', 'POST /vendors'),
    (583, 'pos-order-clear', 'POST /order/clear'), (600, 'pos-payment-modes', 'GET /payment/modes'),
    (609, 'pos-report-daily-sales', 'GET /reports/daily-sales'), (625, 'pos-report-cash-flow', 'GET /reports/cash-flow'),
    (647, 'pos-report-cash-mismatch', 'GET /reports/cash-mismatch'), (678, 'pos-auth-login', 'POST /auth/login'),
]:
    neg(R, M, line, group, route, why + ' CROW_ROUTE line (the lambda handler starts two lines below).')
sc(R, B + 'AuthService.cpp', 8, 'no', 'Login PIN: the stored pinHash (a plain PIN, "hashing comes later") compared with the '
   'submitted PIN by std::string operator== for every user (POST /auth/login -> loginController -> authenticate); '
   'early-exit compare of a credential.')
sc(R, B + 'auth/JwtMiddleware.cpp', 6, 'yes', 'Authorization header checked for the "Bearer " prefix (rfind(prefix, 0) != 0); '
   'a scheme prefix, not a secret.', NS)
sc(R, B + 'auth/JwtMiddleware.cpp', 37, 'yes', 'Role claim compared with "ADMIN" / "OWNER"; not a secret.', NS)
sc(R, M, 298, 'yes', 'Bill id compared with the id in the request (POST /bills/pay); an identifier, not a secret.', NS)

# ---------------- kbengine/kbengine (MMO server engine; loginapp's hand-written HTTP "callback" listener, dbmgr tasks) ----------------
R = 'kbengine/kbengine'
H = 'kbe/src/server/loginapp/http_cb_handler.cpp'
why = ('loginapp\'s HTTPCBHandler listens on a plain TCP port and parses requests by hand (handleInputNotification, '
       'line 73): despite the "callback" name these are the links in the e-mails the engine sends to players (account '
       'activation, password reset form, e-mail binding); the code in the link is forwarded to dbmgr, which looks it up. '
       'User-facing, not a callback from another system.')
for (line, pline, group, route) in [
    (152, 219, 'kbe-account-activate', 'GET /accountactivate_<code>'),
    (156, 229, 'kbe-reset-password', 'GET|POST /resetpassword_<code>?username=&password='),
    (160, 279, 'kbe-bind-mail', 'GET /bindmail_<code>?username='),
]:
    neg(R, H, line, group, route, why + ' Router branch (s.find of the path prefix).')
    neg(R, H, pline, group, route, why + ' Processing branch (type == N) that sends the code to dbmgr.')
neg(R, H, 137, 'kbe-policy-file', '<policy-file-request/>', 'Flash cross-domain policy request answered by the same '
    'listener; not a webhook.')
D = 'kbe/src/server/dbmgr/dbtasks.cpp'
for (line, what) in [
    (1250, 'DBTaskAccountNewPassword (change password): stored MD5 of the password vs MD5 of the old password supplied'),
    (1360, 'DBTaskQueryAccount (needCheckPassword_): stored MD5 of the password vs MD5 of the supplied password'),
    (1648, 'DBTaskAccountLogin: stored MD5 of the password vs MD5 of the login password'),
]:
    sc(R, D, line, 'no', what + ', compared with kbe_stricmp (case-insensitive strcmp, early exit); a password hash '
       'compared in variable time.')

# ---------------- lucval/sms-ws (C, SIP MESSAGE <-> Kannel SMS bridge; pjsip + a hand-written HTTP/1.0 listener) ----------------
R = 'lucval/sms-ws'
why_dlr = ('Kannel delivery-report callback GET /dlr?type=&cause=&fid=&to=&meta-data=&ref=: every SMS is submitted to Kannel\'s '
           'sendsms with dlr-url=DLR_URL (the bridge itself, port 50000), and Kannel calls it back when the SMSC reports '
           'delivery; handle_dlr turns it into the final SIP response of the waiting MESSAGE transaction. The only thing '
           'matched is "ref", a sequential session counter (g_callref++); no secret, signature or source check.')
why_sms = ('Kannel MO SMS push GET /sms?to=&text=&from=&smsc= (Kannel sms-service get-url): handle_sms sends the text as a SIP '
           'MESSAGE to the proxy on behalf of "from". Nothing checks that Kannel sent it: no credentials, token or source check.')
for (path, v, dl, dh, sh) in [('sms_ws.c', 'single-threaded', 1038, 579, 489), ('sms_ws_mt.c', 'multithreaded', 1038, 563, 491)]:
    g = 'smsws' if path == 'sms_ws.c' else 'smsws-mt'
    wh(R, path, dl, 'yes', 'no', g + '-dlr', 'GET /dlr', why_dlr, 'Router branch in accept_http_request (' + v +
       ' variant): strcmp(service, "/dlr").')
    wh(R, path, dh, 'yes', 'no', g + '-dlr', 'GET /dlr', why_dlr, 'Handler handle_dlr (' + v + ' variant).')
    wh(R, path, 1091, 'yes', 'no', g + '-sms', 'GET /sms', why_sms, 'Router branch in accept_http_request (' + v +
       ' variant): strcmp(service, "/sms").')
    wh(R, path, sh, 'yes', 'no', g + '-sms', 'GET /sms', why_sms, 'Handler handle_sms (' + v + ' variant).')
    sc(R, path, 1030, 'yes', 'HTTP method compared with "GET" (strcasecmp); not a secret.', NS)
sc(R, 'sms_ws.c', 1038, 'yes', 'Request path compared with "/dlr" (routing); not a secret.', NS)
sc(R, 'sms_ws.c', 1091, 'yes', 'Request path compared with "/sms" (routing); not a secret.', NS)
sc(R, 'sms_ws.c', 609, 'yes', 'DLR cause text compared with the Kannel NACK string for an invalid destination; not a '
   'secret.', NS)

_labels.write(__file__, 'webhook28')
