#!/usr/bin/env python3
# Hand-written labels (from reading the code). Writes labels.jsonl.
C = {
 'ioquake/ioq3': '5956299e80b29ef3891bcec8e99cd3e680f34b1a',
 'OpenVPN/openvpn': '3de926089fdebd79b9d25e80c31e45c1e044911d',
 'mkj/dropbear': '1442f00d3f0d755d9f8ba83c5edcd893aa4d71db',
 'unrealircd/unrealircd': '30b9f66f716e69e0734620c9b356d66443de0d4d',
 'xiph/Icecast-Server': '2f2576bcc31a0b9ea23adbca66bf3ea3821ae1d2',
 'memcached/memcached': '2d51e364799bc9698bd4b11728ea978cea12da6e',
 'swordman-sue/SKFB': '679c41ac9de7f029ad3099c37efae8023bc67a17',
 'fishingjoy3d/FishingJoyProject': '766ce9425219041c1a952dc251b6573a1cf31780',
}
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import Labels, NS  # noqa: E402

_labels = Labels('wh25', C)
wh, neg, sc = _labels.wh, _labels.neg, _labels.sc

# ---------------- ioquake/ioq3 (C game server: connectionless UDP command router, rcon admin console) ----------------
R, M, CL, G = 'ioquake/ioq3', 'code/server/sv_main.c', 'code/server/sv_client.c', 'code/game/g_client.c'
sc(R, M, 726, 'no', 'SVC_RemoteCommand: the rcon password from the packet (Cmd_Argv(1)) is compared with sv_rconPassword by strcmp; '
   'early-exit compare of the admin console password (rate limited, but not constant time).')
sc(R, CL, 489, 'no', 'SV_DirectConnect: the userinfo "password" is compared with sv_privatePassword by strcmp to grant a private '
   'slot; secret compared byte by byte.')
sc(R, G, 917, 'no', 'ClientConnect: the server join password g_password is compared with the userinfo "password" by strcmp; '
   'timing-unsafe secret compare.')
sc(R, G, 913, 'yes', 'The client "ip" userinfo value is compared with "localhost" (skips the password check for a local client); '
   'not a secret.', NS)
sc(R, M, 802, 'yes', 'Connectionless command name compared with "getstatus" (Q_stricmp); command routing, not a secret.', NS)
sc(R, M, 814, 'yes', 'Connectionless command name compared with "rcon"; command routing, not a secret.', NS)
why_q3 = ('Connectionless UDP command of the game server, dispatched by SV_ConnectionlessPacket (Q_stricmp on the command '
          'name); a client/admin protocol request, not a callback from another system.')
for (line, fpath, rline, group, route, what) in [
    (709, M, 814, 'q3-rcon', 'rcon <password> <cmd>', 'Remote console (admin); authenticated by the rcon password, '
     'compared with strcmp at line 726.'),
    (533, M, 802, 'q3-getstatus', 'getstatus', 'Public server status query.'),
    (601, M, 804, 'q3-getinfo', 'getinfo', 'Public server info query.'),
    (53, CL, 806, 'q3-getchallenge', 'getchallenge', 'Client connection challenge request.'),
    (322, CL, 808, 'q3-connect', 'connect', 'Client connect request (join password checked in the game module).'),
]:
    neg(R, fpath, line, group, route, why_q3 + ' ' + what + ' Handler.')
    neg(R, M, rline, group, route, why_q3 + ' ' + what + ' Dispatch branch in SV_ConnectionlessPacket.')
why_auth = ('ipAuthorize: the reply of the id authorize server (another system) to a CD-key check, which makes the server '
            'send challengeResponse to the client. The only check is that the packet comes from the resolved address of '
            'the authorize server (NET_CompareBaseAdr) plus a lookup of the challenge number; no shared secret or signature. '
            'Whether a source-address check counts as verification is not decided (UDP source addresses can be spoofed); '
            'left unclear, not scored.')
wh(R, CL, 214, 'yes', 'unclear', 'q3-ipauthorize', 'ipAuthorize <challenge> accept|demo|unknown', why_auth,
   'Handler SV_AuthorizeIpPacket (compiled: STANDALONE is not defined).')
wh(R, M, 811, 'yes', 'unclear', 'q3-ipauthorize', 'ipAuthorize <challenge> accept|demo|unknown', why_auth,
   'Dispatch branch in SV_ConnectionlessPacket.')

# ---------------- OpenVPN/openvpn (C VPN daemon, management console) ----------------
R = 'OpenVPN/openvpn'
P = 'src/openvpn/'
sc(R, P + 'manage.c', 233, 'yes', 'Management interface password (man_check_password): memcmp_constant_time over strlen(line)+1 '
   'bytes; constant time.')
sc(R, P + 'auth_token.c', 47, 'yes', 'is_auth_token: the "SESS_ID_" prefix of the password compared with memcmp_constant_time '
   '(public prefix, constant-time helper anyway).')
sc(R, P + 'auth_token.c', 305, 'yes', 'Auth-token HMAC-SHA256 compared with memcmp_constant_time; constant time.')
sc(R, P + 'auth_token.c', 405, 'yes', 'Session-id part of the stored initial auth-token vs the one the client presents: '
   'memcmp_constant_time.')
sc(R, P + 'crypto.c', 652, 'yes', 'Data-channel packet HMAC (openvpn_decrypt_v1) compared with memcmp_constant_time.')
sc(R, P + 'tls_crypt.c', 272, 'yes', 'tls-crypt authentication tag compared with memcmp_constant_time.')
sc(R, P + 'tls_crypt.c', 490, 'yes', 'tls-crypt-v2 client key tag (server key HMAC) compared with memcmp_constant_time.')
sc(R, P + 'ssl_pkt.c', 546, 'yes', 'HMAC-derived stateless session id (check_session_hmac) compared with memcmp_constant_time.')
sc(R, P + 'manage.c', 2380, 'yes', 'management_query_user_pass reply compared with the literal "ok" (the operator answer to a '
   'confirmation prompt kept in up.password); not a secret.', NS)
sc(R, P + 'ssl_verify.c', 151, 'yes', 'Username compared with the locked username (tls_lock_username); not a secret.', NS)
sc(R, P + 'ssl_verify.c', 244, 'yes', 'SHA-256 hashes of the peer certificate chain compared with memcmp on renegotiation '
   '(cert_hash_compare); certificate digests are public.', NS)
sc(R, P + 'ssl_verify.c', 379, 'yes', 'verify-x509-name: configured subject name vs the certificate subject; not a secret.', NS)
sc(R, P + 'init.c', 2149, 'yes', 'Digest of the pulled options compared with the previous one (options_hash_changed_or_zero); '
   'change detection, not a secret.', NS)
sc(R, P + 'crypto.c', 1930, 'yes', 'check_tls_prf_working: TLS1-PRF self-test output compared with a fixed expected vector; '
   'known-answer test, not a secret.', NS)

# ---------------- mkj/dropbear (C SSH server) ----------------
R = 'mkj/dropbear'
sc(R, 'src/svr-authpasswd.c', 108, 'yes', 'crypt() output of the offered password vs the shadow hash through the local '
   'constant_time_strcmp (lengths, then constant_time_memcmp).')
sc(R, 'src/svr-authpasswd.c', 46, 'yes', 'constant_time_strcmp body: constant_time_memcmp of the two crypt strings.')
sc(R, 'src/svr-authpasswd.c', 42, 'yes', 'constant_time_strcmp: lengths of the two crypt strings compared first (the helper '
   'documents that only the length of predictable-length hashes leaks); a length, not the secret.', NS)
sc(R, 'src/packet.c', 417, 'yes', 'Incoming packet MAC compared with constant_time_memcmp (checkmac).')
sc(R, 'src/svr-auth.c', 250, 'yes', 'Username of a later auth request compared with the first one; not a secret.', NS)
sc(R, 'src/svr-auth.c', 321, 'yes', 'User shell compared with the entries of /etc/shells; not a secret.', NS)

# ---------------- unrealircd/unrealircd (C IRC daemon; JSON-RPC web API module) ----------------
R, A, RPC = 'unrealircd/unrealircd', 'src/auth.c', 'src/modules/rpc/rpc.c'
sc(R, A, 339, 'no', 'authcheck_bcrypt: the bcrypt hash of the offered password is compared with the stored hash by strcmp; '
   'early-exit compare of a password hash (same shape as nginx auth_basic).')
sc(R, A, 462, 'no', 'Auth_Check, AUTHTYPE_PLAINTEXT: offered password vs configured plaintext password with strcmp.')
sc(R, A, 476, 'no', 'Auth_Check, AUTHTYPE_UNIXCRYPT: crypt() output vs stored hash with strcmp.')
sc(R, A, 319, 'yes', 'argon2_verify (libargon2 compares the derived hash in constant time).')
sc(R, A, 310, 'yes', 'Stored hash prefix compared with "$argon2id" to pick the argon2 type; not a secret.', NS)
sc(R, A, 368, 'yes', 'X509_cmp of the configured certificate and the client certificate; certificates are public.', NS)
sc(R, A, 417, 'yes', 'SPKI fingerprint of the client certificate compared with the configured one (strcasecmp); a public-key '
   'fingerprint is not a secret.', NS)
sc(R, RPC, 686, 'yes', 'Request URI compared with "/api"; route matching.', NS)
sc(R, RPC, 1335, 'yes', 'find_rpc_user: rpc-user name lookup by strcmp; a user name, not a secret.', NS)
sc(R, RPC, 1389, 'yes', 'Authorization header prefix compared with "Basic " (strncasecmp); not a secret.', NS)
sc(R, RPC, 619, 'yes', 'rpc_user compared with the "<local>" marker of the local UNIX-socket user; not a secret.', NS)
why_rpc = ('UnrealIRCd JSON-RPC API (operator/admin panel API): every request goes through rpc_handle_auth (HTTP Basic or URI '
           'credentials checked with Auth_Check against the rpc-user blocks) before dispatch; an admin API, not a callback '
           'from another system.')
neg(R, RPC, 678, 'uirc-rpc-api', 'POST /api', why_rpc + ' Request handler rpc_handle_webrequest.')
neg(R, RPC, 327, 'uirc-rpc-api', 'POST /api', why_rpc + ' Registration: listener->webserver->handle_request.')
neg(R, RPC, 761, 'uirc-rpc-api', 'POST /api', why_rpc + ' Body handler rpc_handle_webrequest_data.')
neg(R, RPC, 328, 'uirc-rpc-api', 'POST /api', why_rpc + ' Registration: listener->webserver->handle_body.')
neg(R, RPC, 703, 'uirc-rpc-websocket', 'GET (WebSocket upgrade)', why_rpc + ' WebSocket handshake handler.')
neg(R, RPC, 683, 'uirc-rpc-websocket', 'GET (WebSocket upgrade)', why_rpc + ' Dispatch on Sec-WebSocket-Key in rpc_handle_webrequest.')

# ---------------- xiph/Icecast-Server (C streaming server; password hash checks) ----------------
R, U = 'xiph/Icecast-Server', 'src/util_crypt.c'
sc(R, U, 149, 'no', 'util_crypt_check, old-style hashes: hex MD5 of the offered password compared with the stored hash by strcmp.')
sc(R, U, 162, 'no', 'util_crypt_check, crypt(3) hashes: crypt_r output compared with the stored hash by strcmp (HAVE_CRYPT_R).')
sc(R, U, 142, 'yes', 'Length of the stored hash compared with 32 and its first byte with \'$\' to pick the hash style; '
   'format detection, not a secret compare.', NS)

# ---------------- memcached/memcached (C cache daemon; authfile for the text protocol) ----------------
R = 'memcached/memcached'
sc(R, 'authfile.c', 131, 'yes', 'authfile_check: password compared with safe_memcmp (volatile XOR-accumulate loop); constant time.')
sc(R, 'authfile.c', 130, 'yes', 'authfile_check: user name compared with safe_memcmp (constant time; a user name anyway).')
sc(R, 'authfile.c', 129, 'yes', 'Lengths of user name and password compared before the byte compare; lengths, not the secret.', NS)
sc(R, 'util.c', 231, 'yes', 'safe_memcmp body: XOR-accumulate loop over all bytes (the constant-time helper itself).')

# ---------------- swordman-sue/SKFB (C++ game "open server": raw HTTP router for payment-channel callbacks) ----------------
R, P = 'swordman-sue/SKFB', 'server/OpenSvr/PHPSession.cpp'
ROUTER = ('PHPSession::OnRecv parses the raw HTTP request and routes on the URI with strcmp; each branch is one route.')
sc(R, P, 293, 'no', 'DoQuickRechargeCallback: locally computed md5(nt_data+sign+md5key) hex compared with the md5Sign parameter '
   'by strcmp; timing-unsafe compare of the callback signature.')
for line in (60, 65, 70, 75, 80, 90, 101, 106, 111):
    sc(R, P, line, 'yes', 'Request URI compared with a route path (strcmp); routing, not a secret.', NS)
why_quick = ('QuickSDK payment (recharge) callback: DoQuickRechargeCallback recomputes md5(nt_data + sign + md5_key) with the '
             'channel key and returns (no goods sent) when it differs from md5Sign, before decoding nt_data and forwarding '
             'MSG_O2M_RECHARGE_SEND_GOODS_REQ. Verified; the compare itself is strcmp (line 293).')
for (hline, rline, group, route, plat) in [(146, 60, 'skfb-quicksdk-android', '/recharge_callback_quicksdk_android', 'Android'),
                                           (155, 65, 'skfb-quicksdk-ios', '/recharge_callback_quicksdk_ios', 'iOS')]:
    wh(R, P, hline, 'yes', 'yes', group, route, why_quick + ' ' + plat + ' keys.', 'Handler (calls DoQuickRechargeCallback).')
    wh(R, P, rline, 'yes', 'yes', group, route, why_quick, 'Route branch in OnRecv. ' + ROUTER)
for (hline, rline, group, route, what) in [
    (209, 70, 'skfb-recharge-common', '/recharge_callback_common',
     'Generic recharge callback: DoCommonRechargeCallback copies sdk_order_id, app_role_id, price, goods_id, recharge_id, '
     'is_not_check ... from the query into RechargeCallbackData and sends MSG_O2M_RECHARGE_SEND_GOODS_REQ (goods delivery) '
     'with no signature, token or sender check.'),
    (164, 75, 'skfb-recharge-yd-ios', '/recharge_callback_yd_ios',
     'YunDing iOS recharge callback: builds RechargeCallbackData from yd_order_id, app_role_id, price, recharge_id ... and sends '
     'the goods-delivery message; no signature or token is read or checked.'),
    (215, 101, 'skfb-ygame-recharge', '/ygame_recharge_callback',
     'YGame recharge callback (amount, char_id, server_id, payment_id): forwards MSG_O2M_YGAME_RECHARGE_SEND_GOODS_REQ, '
     'no verification.'),
    (239, 106, 'skfb-ygame-cashback', '/ygame_cashback_notify',
     'YGame cashback notification: credits diamond/ycoin to char_id (MSG_O2M_YGAME_CASHBACK_NOTIFY_REQ), no verification.'),
    (261, 111, 'skfb-ygame-bonus', '/ygame_bonus_notify',
     'YGame bonus notification: credits diamond to char_id (MSG_O2M_YGAME_BONUS_NOTIFY_REQ), no verification.'),
]:
    wh(R, P, hline, 'yes', 'no', group, route, what, 'Handler.')
    wh(R, P, rline, 'yes', 'no', group, route, what, 'Route branch in OnRecv. ' + ROUTER)
neg(R, P, 80, 'skfb-web-server-test', '/web_server_test', 'Load-test endpoint answering "SUCCESS" (inline branch of OnRecv); '
    'not a webhook.')
neg(R, P, 90, 'skfb-online-player-num', '/online_player_num', 'Query of the online player count (inline branch of OnRecv, '
    'asks the map server); not a webhook.')

# ---------------- fishingjoy3d/FishingJoyProject (C++ game operate server: HTTP route table + recharge managers) ----------------
R = 'fishingjoy3d/FishingJoyProject'
P = 'BuyuSources/ServerCore/SourceCode/OperateServer/OperateServer/HttpNewServer.cpp'
U = 'BuyuSources/ServerCore/SourceCode/OperateServer/OperateServer/UseRMBManager.cpp'
TABLE = ('Registered in the HttpNewServer constructor route table (_HttpCallBacks["Name"] = &HttpNewServer::Name; dispatched by '
         'HttpNewServer::Call on the first path segment).')
for (hline, rline, group, route, what) in [
    (165, 13, 'fj-dome-pay', '/DomePay',
     'Dome SDK asynchronous payment callback (responseCode, errorCode, data={orderNo, sdkflowId}, signCode): the handler never '
     'checks signCode; on an empty errorCode it sends DBR_Cmd_Deal_Third_Platform_Verify (marks the order paid) for orderNo.'),
    (291, 11, 'fj-dome-login', '/DomeLogin',
     'Dome SDK login notification (loginNo, userId, appCode): calls AcceptDomeServerLogon(userId) without checking loginNo or '
     'any signature, so anyone can log a user id in.'),
    (279, 12, 'fj-dome-test-login', '/DomeTestLogin',
     'Test variant of the Dome login notification, registered in production: same AcceptDomeServerLogon(userId) with no check.'),
    (346, 15, 'fj-facebook-pay', '/FacebookPay',
     'Facebook Payments real-time update: parses the JSON body (actions, items) and for a matching product sends '
     'DBR_Cmd_Deal_Third_Platform_Create_And_Verify (creates and verifies an order); the X-Hub-Signature header is never read '
     'or checked.'),
]:
    wh(R, P, hline, 'yes', 'no', group, route, what, 'Handler (member function).')
    wh(R, P, rline, 'yes', 'no', group, route, what, TABLE)
sc(R, P, 386, 'yes', 'Facebook payment action type compared with "charge"; event type, not a secret.', NS)
sc(R, P, 394, 'yes', 'Facebook payment action status compared with "completed"; not a secret.', NS)
sc(R, P, 403, 'yes', 'Currency compared with "USD"; not a secret.', NS)
sc(R, P, 461, 'yes', 'Product id compared with the configured PayNO (wcscmp); a product id, not a secret.', NS)
sc(R, P, 210, 'yes', 'errorCode parameter compared with the empty string; not a secret.', NS)
why_rmb = ('Channel recharge callback (HT_Recharge, dispatched from FishServer::HandleHttpMsg, which is not part of the corpus): '
           'the handler recomputes md5(orderid + price + callbackInfo + ProductSecret) and returns false (no recharge) when it '
           'differs from "sign"; verified, but the compare is std::string::compare.')
wh(R, U, 42, 'yes', 'yes', 'fj-recharge-v1', 'HT_Recharge (old protocol: orderid, price, callbackInfo, sign)', why_rmb,
   'Handler, first overload.')
wh(R, U, 169, 'yes', 'yes', 'fj-recharge-v2', 'HT_Recharge (v2: + sign2, version, freePrice, sdkCode)',
   why_rmb + ' The v2 overload also checks sign2 (md5 over all fields + secret) the same way.',
   'Handler, second overload.')
sc(R, U, 78, 'no', 'Recharge callback MD5 signature (with the product secret) compared with std::string::compare; not constant time.')
sc(R, U, 224, 'no', 'v2 recharge callback: MD5 sign compared with std::string::compare.')
sc(R, U, 232, 'no', 'v2 recharge callback: second signature sign2 compared with std::string::compare.')

PP = 'BuyuSources/ServerCore/SourceCode/OperateServer/OperateServer/PhonePayManager.cpp'
wh(R, PP, 299, 'yes', 'yes', 'fj-phone-pay', 'HT_PhonePay (mobile top-up provider asynchronous result)',
   'Asynchronous result callback of the mobile top-up provider (dispatched from FishServer::HandleHttpMsg, not in the corpus): '
   'recomputes md5 over the sorted fields + PhonePayKey and returns before touching the order when it differs from "sign"; '
   'verified, but the compare is std::string::compare (line 324).', 'Handler.')
sc(R, PP, 324, 'no', 'Mobile top-up callback MD5 signature (keyed with PhonePayKey) compared with std::string::compare.')
sc(R, PP, 365, 'yes', 'Callback status compared with "SUCCESS"; not a secret.', NS)
sc(R, PP, 356, 'yes', 'Paid amount compared with the order amount; not a secret.', NS)
sc(R, PP, 228, 'yes', 'Provider response body searched for a ret_code literal (strstr); not a secret.', NS)

_labels.write(__file__, 'webhook25')
