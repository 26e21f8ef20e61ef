#!/usr/bin/env python3
# Hand-written labels (from reading the code only; Faultline was not run). Writes labels.jsonl (both copies).
C = {
 'sheares/atoms3r_claude_notify': 'd3d6da8ea34d24ef1718ac0b55aa4ba3a35f53a4',
 'eid390/stackchan-xiaozhi-firmware': '33e57dc7877740e495a92b8bac73df454703fc5a',
 'setasena/clauduino-status': '0e40361d4d776c88cb181ee2e86a41d3d6b133d8',
 'vlast3k/ESP8266_Shine': '7b589c6cff987077ef1a16212e91492aae2fce68',
 'pupnp/pupnp': '5ad7fd0a3b7461e3786f77df78d92f2a72c88eca',
 'GNOME/gupnp': 'c7159f17a06831afee122ef0e987218cd0ddcb30',
 'xmrig/xmrig': 'b2ca72480c58d197e18c885d9fc1a0c8d517e60a',
 'coturn/coturn': '8024aa634eb52ecff80d7fd88ebc444ca1dc9381',
 'openwrt/uhttpd': 'f682ccabee9ed5f39dd3b0aaf96228975eeb478d',
 'aria2/aria2': 'b4fd7cb1ca03e38ad9d7ab9308b8200cb1d41c25',
 'plutinosoft/Platinum': '2674fa6b6f868f4a8464c7be77e2442e97429a56',
}
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import Labels, NS  # noqa: E402

_labels = Labels('wh21', C)
wh, neg, sc = _labels.wh, _labels.neg, _labels.sc

# ---------------- sheares/atoms3r_claude_notify (ESP-IDF C, esp_http_server on an M5Stack ATOM S3R) ----------------
R, P = 'sheares/atoms3r_claude_notify', 'main/main.c'
hook = ('Claude Code hook push (README: "a Claude Code hook pings an HTTP endpoint on the device"): the handler switches '
        'the device state from any request on the LAN; no token, key, signature or source check of any kind.')
for (line, reg, reg2, group, route, what) in [
    (281, 325, 329, 'atoms3r-notify', 'GET /notify', 'Task finished ("done" screen).'),
    (290, 326, 330, 'atoms3r-thinking', 'GET /thinking', 'Claude is working ("thinking" screen).'),
    (308, 328, 332, 'atoms3r-question', 'GET /question', 'Claude waits for input ("your input?" screen).'),
]:
    wh(R, P, line, 'yes', 'no', group, route, what + ' ' + hook, 'Handler.')
    wh(R, P, reg, 'yes', 'no', group, route, what + ' ' + hook, 'Registration: static httpd_uri_t table entry.')
    wh(R, P, reg2, 'yes', 'no', group, route, what + ' ' + hook, 'Registration: httpd_register_uri_handler.')
why_clear = ('Resets the display to standby. The README names no hook for it and the board button does the same, so it may '
             'be a hook target or a manual/UI call; unverified either way, but whether it is a webhook is unclear.')
wh(R, P, 301, 'yes', 'unclear', 'atoms3r-clear', 'GET /clear', why_clear, 'Handler. verified=unclear (not scored).')
wh(R, P, 327, 'yes', 'unclear', 'atoms3r-clear', 'GET /clear', why_clear, 'Registration (table entry).')
wh(R, P, 331, 'yes', 'unclear', 'atoms3r-clear', 'GET /clear', why_clear, 'Registration (httpd_register_uri_handler).')

# ---------------- eid390/stackchan-xiaozhi-firmware (ESP-IDF C++, reconstructed files, see README) ----------------
R, P = 'eid390/stackchan-xiaozhi-firmware', 'main/notify_http_server.cc'
hook = ('Mac-side Claude Code hook POSTs to the device over the LAN (notify_http_server.h: "让 Mac 端 hook 能通过局域网 '
        'HTTP POST 直接触发"); the body is turned into an MCP tools/call for the robot. No token, signature or source check.')
wh(R, P, 23, 'yes', 'no', 'stackchan-notify', 'POST /notify', 'Attention alert with {"project"}. ' + hook,
   'Handler: NotifyHttpServer::notify_handler (static member, instance via user_ctx).')
wh(R, P, 157, 'yes', 'no', 'stackchan-notify', 'POST /notify', 'Attention alert. ' + hook, 'Registration: httpd_uri_t uri_notify.')
wh(R, P, 175, 'yes', 'no', 'stackchan-notify', 'POST /notify', 'Attention alert. ' + hook, 'Registration: httpd_register_uri_handler.')
wh(R, P, 71, 'yes', 'no', 'stackchan-dismiss', 'POST /dismiss', 'Dismisses the alert (self.notify.dismiss). ' + hook,
   'Handler: NotifyHttpServer::dismiss_handler.')
wh(R, P, 163, 'yes', 'no', 'stackchan-dismiss', 'POST /dismiss', 'Dismiss. ' + hook, 'Registration: httpd_uri_t uri_dismiss.')
wh(R, P, 176, 'yes', 'no', 'stackchan-dismiss', 'POST /dismiss', 'Dismiss. ' + hook, 'Registration: httpd_register_uri_handler.')
neg(R, P, 94, 'stackchan-healthz', 'GET /healthz', 'Liveness probe returning a constant JSON. Handler.')
neg(R, P, 169, 'stackchan-healthz', 'GET /healthz', 'Liveness probe. Registration: httpd_uri_t uri_healthz.')

# ---------------- setasena/clauduino-status (ESP8266 Arduino ESP8266WebServer sketch) ----------------
R, P = 'setasena/clauduino-status', 'firmware/claude_code_led/claude_code_led.ino'
hook = ('Claude Code hooks curl the board (example-settings.json: UserPromptSubmit -> /yellow, PermissionRequest and '
        'Notification -> /waiting, Stop -> /green then /red); the handler changes LEDs/LCD/buzzer for any caller. No '
        'token or signature. (The status page\'s buttons call the same URLs, see Doubts.)')
for (line, reg, group, route, what) in [
    (568, 662, 'clauduino-red', 'ANY /red, /idle', 'Idle state.'),
    (573, 664, 'clauduino-yellow', 'ANY /yellow, /processing', 'Processing state.'),
    (583, 666, 'clauduino-waiting', 'ANY /waiting, /prompt', 'Waiting-for-input state.'),
    (578, 668, 'clauduino-green', 'ANY /green, /complete', 'Task-complete state.'),
]:
    wh(R, P, line, 'yes', 'no', group, route, what + ' ' + hook, 'Handler.')
    wh(R, P, reg, 'yes', 'no', group, route, what + ' ' + hook,
       'Registration: server.on (the alias route is registered on the next line).')
neg(R, P, 516, 'clauduino-root', 'ANY /', 'HTML status page for a person (buttons, auto-refresh). Handler only '
    '(its server.on at 661 is adjacent to /red\'s registration).')
neg(R, P, 588, 'clauduino-status', 'ANY /status', 'JSON device status (uptime, IP, RSSI). Handler only (server.on at 670 '
    'is adjacent to /complete\'s registration).')
sc(R, P, 444, 'yes', 'LED state name compared with "idle"/"red" (String ==); not a secret.', NS)
sc(R, P, 549, 'yes', 'Current status compared with "idle"; not a secret.', NS)

# ---------------- vlast3k/ESP8266_Shine (ESP8266 Arduino ESP8266WebServer, IFTTT target) ----------------
R, P = 'vlast3k/ESP8266_Shine', 'IFTTT.ino'
why = ('IFTTT Maker webhook target (tab named IFTTT.ino, apiKey "from randomkeygen"): /shine?key=..&color=.. sets the lamp '
       'colour; the request is rejected with 401 unless the key argument equals the configured apiKey (shared-secret '
       'token in the query), compared with String != (line 22, not constant time).')
wh(R, P, 21, 'yes', 'yes', 'shine-ifttt', 'ANY /shine', why, 'Handler. The key compare (line 22) is labelled as a secret_compare site.')
wh(R, P, 13, 'yes', 'yes', 'shine-ifttt', 'ANY /shine', why, 'Registration: server.on("/shine", shine).')
sc(R, P, 22, 'no', 'Query "key" compared with the configured apiKey by Arduino String operator!= (early-exit compare of a '
   'shared-secret token).')

# ---------------- pupnp/pupnp (C, libupnp's own miniserver; GENA) ----------------
R = 'pupnp/pupnp'
G, D, CB = 'upnp/src/gena/gena_ctrlpt.c', 'upnp/src/gena/gena_device.c', 'upnp/src/gena/gena_callback2.c'
why = ('UPnP GENA event NOTIFY pushed by a UPnP device to the control point\'s callback URL: '
       'gena_process_notification_event requires SID/SEQ/NT/NTS, then looks the SID up among the control point\'s own '
       'subscriptions (GetClientSubActualSID, memcmp in client_table.c:100) and answers 412 without invoking the '
       'application callback when no subscription matches. The SID (returned by the device at SUBSCRIBE time) is the '
       'only credential GENA has; verified by it (see Doubts).')
wh(R, G, 751, 'yes', 'yes', 'pupnp-gena-notify', 'NOTIFY <callback URL>', why, 'Handler.')
wh(R, CB, 115, 'yes', 'yes', 'pupnp-gena-notify', 'NOTIFY <callback URL>', why, 'Dispatch: genaCallback, HTTPMETHOD_NOTIFY branch.')
wh(R, 'upnp/src/api/upnpapi.c', 463, 'yes', 'yes', 'pupnp-gena-notify', 'NOTIFY <callback URL>', why,
   'Registration: SetGenaCallback(genaCallback) (miniserver GENA hook).')
why_dev = ('Device side of GENA: a control point (re)subscribes or unsubscribes to this device\'s events. A protocol '
           'request that registers/cancels a callback, not a callback/notification itself.')
neg(R, D, 1330, 'pupnp-gena-subscribe', 'SUBSCRIBE <eventSubURL> (NT, CALLBACK)', why_dev + ' Handler.')
neg(R, CB, 99, 'pupnp-gena-subscribe', 'SUBSCRIBE <eventSubURL> (NT, CALLBACK)', why_dev + ' Dispatch in genaCallback.')
neg(R, D, 1539, 'pupnp-gena-renew', 'SUBSCRIBE <eventSubURL> (SID)', why_dev + ' Handler.')
neg(R, CB, 95, 'pupnp-gena-renew', 'SUBSCRIBE <eventSubURL> (SID)', why_dev + ' Dispatch in genaCallback.')
neg(R, D, 1655, 'pupnp-gena-unsubscribe', 'UNSUBSCRIBE <eventSubURL>', why_dev + ' Handler.')
neg(R, CB, 109, 'pupnp-gena-unsubscribe', 'UNSUBSCRIBE <eventSubURL>', why_dev + ' Dispatch in genaCallback.')
sc(R, 'upnp/src/genlib/client_table/client_table.c', 100, 'no',
   'GetClientSubActualSID: SID header of an inbound NOTIFY compared with the stored subscription SID by memcmp; the SID '
   'is the capability that authenticates GENA events, compared early-exit (same convention as webhook19 wallbox).')
sc(R, G, 793, 'yes', 'NT/NTS headers compared with "upnp:event"/"upnp:propchange" (memptr_cmp); not a secret.', NS)
sc(R, D, 1363, 'yes', 'NT header compared with "upnp:event" (memptr_cmp_nocase); not a secret.', NS)

# ---------------- GNOME/gupnp (C, GLib + libsoup 3 SoupServer) ----------------
R, P, SV = 'GNOME/gupnp', 'libgupnp/gupnp-service-proxy.c', 'libgupnp/gupnp-service.c'
why = ('UPnP GENA event NOTIFY pushed by a device to the service proxy\'s callback path (libsoup handler): server_handler '
       'checks method/NT/NTS/SEQ/SID syntax and queues the event; emit_notifications only emits the state-variable '
       'notifications to the application when the NOTIFY\'s SID equals the proxy\'s subscription SID (strcmp, line '
       '940). Verified by the SID (see Doubts: SEQ bookkeeping happens before the SID check).')
wh(R, P, 966, 'yes', 'yes', 'gupnp-gena-notify', 'NOTIFY <proxy callback path>', why, 'Handler: server_handler.')
wh(R, P, 1427, 'yes', 'yes', 'gupnp-gena-notify', 'NOTIFY <proxy callback path>', why,
   'Registration: soup_server_add_handler(server, priv->path, server_handler, proxy, NULL).')
neg(R, SV, 318, 'gupnp-control', 'POST <controlURL> (SOAP action)', 'UPnP SOAP control request to a hosted service '
    '(action invocation by a control point, ACL-checked); not a callback. Handler: control_server_handler.')
neg(R, SV, 1042, 'gupnp-control', 'POST <controlURL> (SOAP action)', 'SOAP control. Registration: acl_server_handler_new('
    '..., control_server_handler, ...) then _gupnp_context_add_server_handler_with_data.')
neg(R, SV, 817, 'gupnp-subscription', 'SUBSCRIBE/UNSUBSCRIBE <eventSubURL>', 'GENA (un)subscription request to a hosted '
    'service (registers a callback URL); not a callback. Handler: subscription_server_handler.')
neg(R, SV, 1054, 'gupnp-subscription', 'SUBSCRIBE/UNSUBSCRIBE <eventSubURL>', 'GENA subscription. Registration: '
    'acl_server_handler_new(..., subscription_server_handler, ...).')
sc(R, P, 940, 'no', 'emit_notifications: SID of the received NOTIFY compared with the proxy\'s subscription SID by strcmp '
   '(the SID is the capability that authenticates GENA events; early-exit compare).')
sc(R, P, 987, 'yes', 'HTTP method compared with "NOTIFY"; not a secret.', NS)
sc(R, P, 1007, 'yes', 'NT header compared with "upnp:event"; not a secret.', NS)
sc(R, P, 1043, 'yes', 'SID header prefix compared with "uuid:" (strncmp, syntax check only); not the secret compare.', NS)
sc(R, P, 1077, 'yes', 'XML root element name compared with "propertyset"; not a secret.', NS)
sc(R, SV, 853, 'yes', 'HTTP method compared with "SUBSCRIBE"; not a secret.', NS)
sc(R, SV, 485, 'yes', 'SOAP action name compared with "QueryStateVariable"; not a secret.', NS)

# ---------------- plutinosoft/Platinum (C++, Neptune NPT_HttpServer; UPnP control point and device host) ----------------
R, P, DH = 'plutinosoft/Platinum', 'Source/Core/PltCtrlPoint.cpp', 'Source/Core/PltDeviceHost.cpp'
why = ('UPnP GENA event NOTIFY pushed by a device to the control point\'s event server: ProcessHttpNotify parses the '
       'notification and looks its SID up among the control point\'s subscribers (PLT_EventSubscriberFinderBySID, '
       'NPT_String::Compare in PltEvent.h:140); a notification with an unknown SID is only queued as pending (and dropped '
       'after a timeout unless a subscription with that SID appears), so state variables/listeners are updated only for a '
       'matching SID. Verified by the SID (see Doubts).')
wh(R, P, 895, 'yes', 'yes', 'platinum-gena-notify', 'NOTIFY <event callback>', why, 'Handler: PLT_CtrlPoint::ProcessHttpNotify.')
wh(R, P, 669, 'yes', 'yes', 'platinum-gena-notify', 'NOTIFY <event callback>', why, 'Dispatch: SetupResponse, method NOTIFY.')
wh(R, P, 273, 'yes', 'yes', 'platinum-gena-notify', 'NOTIFY <event callback>', why,
   'Registration: m_EventHttpServer->AddRequestHandler(new PLT_HttpRequestHandler(this), "/", ...).')
why_dev = 'UPnP device host (media server/renderer) request from a control point; a protocol API call, not a callback.'
neg(R, DH, 425, 'platinum-dev-get', 'GET/HEAD <description, SCPD, icons>', why_dev + ' Handler: ProcessHttpGetRequest.')
neg(R, DH, 401, 'platinum-dev-get', 'GET/HEAD <description, SCPD, icons>', why_dev + ' Dispatch in SetupResponse.')
neg(R, DH, 196, 'platinum-dev-get', 'GET/HEAD <description, SCPD, icons>', why_dev +
    ' Registration: m_HttpServer->AddRequestHandler(new PLT_HttpRequestHandler(this), "/", ...) (all device routes).')
neg(R, DH, 486, 'platinum-dev-soap', 'POST <controlURL> (SOAP action)', why_dev + ' Handler: ProcessHttpPostRequest.')
neg(R, DH, 397, 'platinum-dev-soap', 'POST <controlURL> (SOAP action)', why_dev + ' Dispatch in SetupResponse.')
neg(R, DH, 658, 'platinum-dev-subscribe', 'SUBSCRIBE/UNSUBSCRIBE <eventSubURL>', why_dev +
    ' GENA (un)subscription (registers a callback URL). Handler: ProcessHttpSubscriberRequest.')
neg(R, DH, 399, 'platinum-dev-subscribe', 'SUBSCRIBE/UNSUBSCRIBE <eventSubURL>', why_dev + ' Dispatch in SetupResponse.')
sc(R, 'Source/Core/PltEvent.h', 140, 'no', 'PLT_EventSubscriberFinderBySID: SID of an inbound NOTIFY compared with a '
   'subscriber\'s SID by NPT_String::Compare (case-insensitive, early exit); the SID authenticates GENA events.')
sc(R, P, 669, 'yes', 'HTTP method compared with "NOTIFY" (NPT_String::Compare); not a secret.', NS)
sc(R, DH, 674, 'yes', 'HTTP method compared with "SUBSCRIBE"; not a secret.', NS)
sc(R, DH, 695, 'yes', 'NT header compared with "upnp:event"; not a secret.', NS)

# ---------------- xmrig/xmrig (C++, own libuv + llhttp HTTP API) ----------------
R = 'xmrig/xmrig'
H = 'src/base/api/Httpd.cpp'
why_api = ('xmrig\'s HTTP API (operator/dashboard access, optional bearer access token); not a callback from another '
           'system.')
neg(R, H, 136, 'xmrig-http-api', 'ANY <api host:port>/*', why_api + ' Handler: Httpd::onHttpData (every API request: '
    'auth, method/content-type checks, then Api::request).')
neg(R, 'src/base/kernel/Base.cpp', 320, 'xmrig-config-get', 'GET /1/config, /2/config', why_api + ' Branch in '
    'Base::onRequest.')
neg(R, 'src/base/kernel/Base.cpp', 317, 'xmrig-config-get', 'GET /1/config, /2/config', why_api + ' Handler: Base::onRequest.')
neg(R, 'src/base/kernel/Base.cpp', 187, 'xmrig-config-get', 'GET /1/config, /2/config', why_api +
    ' Registration: d_ptr->api->addListener(this).')
neg(R, 'src/base/kernel/Base.cpp', 330, 'xmrig-config-put', 'PUT/POST /1/config, /2/config', why_api +
    ' Branch in Base::onRequest (reloads the config).')
neg(R, 'src/net/Network.cpp', 253, 'xmrig-summary', 'GET /1/summary, /2/summary, /api.json', why_api +
    ' Handler: Network::onRequest (REQ_SUMMARY).')
neg(R, 'src/net/Network.cpp', 67, 'xmrig-summary', 'GET /1/summary, /2/summary, /api.json', why_api +
    ' Registration: controller->api()->addListener(this).')
neg(R, 'src/core/Miner.cpp', 717, 'xmrig-backends', 'GET /2/backends', why_api + ' Branch in Miner::onRequest.')
neg(R, 'src/core/Miner.cpp', 414, 'xmrig-backends', 'GET /2/backends', why_api +
    ' Registration: controller->api()->addListener(this).')
neg(R, 'src/core/Miner.cpp', 724, 'xmrig-rpc-pause', 'POST /json_rpc {"method":"pause"}', why_api +
    ' JSON-RPC branch in Miner::onRequest.')
neg(R, 'src/hw/api/HwApi.cpp', 30, 'xmrig-dmi', 'GET /2/dmi', why_api + ' Handler: HwApi::onRequest (body under '
    'XMRIG_FEATURE_DMI).')
neg(R, 'src/core/Controller.cpp', 58, 'xmrig-dmi', 'GET /2/dmi', why_api + ' Registration: api()->addListener(m_hwApi.get()).')
sc(R, H, 197, 'no', 'Httpd::auth: API access token (Authorization: Bearer <token>) compared with the configured token by '
   'strncmp; early-exit compare of a secret.')
sc(R, H, 193, 'yes', 'Token length check and memcmp with the literal "Bearer " prefix; not the secret bytes.', NS)
sc(R, H, 142, 'yes', 'URL compared with "/favicon.ico"; routing, not a secret.', NS)
sc(R, H, 169, 'yes', 'Content-Type header compared with "application/json"; not a secret.', NS)
sc(R, 'src/base/kernel/Base.cpp', 320, 'yes', 'URL compared with kConfigPathV1/V2 ("/1/config"); routing.', NS)
sc(R, 'src/core/Miner.cpp', 724, 'yes', 'JSON-RPC method name compared with "pause"; not a secret.', NS)

# ---------------- coturn/coturn (C, TURN server's HTTPS admin UI on its own ioa sockets) ----------------
R, P = 'coturn/coturn', 'src/apps/relay/turn_admin_server.c'
why_adm = ('coturn\'s HTTPS admin web UI (operator logs on with an admin user/password from the user DB, session in '
           'admin_session); not a callback from another system. Routes come from the form_names table (line 1581-1584) '
           'and the switch in handle_https.')
for (case, extra, group, route) in [
    (3926, 3443, 'coturn-admin-logon', 'POST /logon'),
    (3938, 3485, 'coturn-admin-logout', 'ANY /logout'),
    (3910, 3261, 'coturn-admin-toggle', 'ANY /toggle'),
    (3918, 3268, 'coturn-admin-update', 'ANY /update'),
    (3527, None, 'coturn-admin-pc', 'ANY /pc'),
    (3540, None, 'coturn-admin-ps', 'ANY /ps'),
    (3579, None, 'coturn-admin-users', 'ANY /us'),
    (3680, None, 'coturn-admin-ss', 'ANY /ss'),
    (3754, None, 'coturn-admin-os', 'ANY /os'),
    (3828, None, 'coturn-admin-oauth', 'ANY /oauth'),
]:
    neg(R, P, case, group, route, why_adm + ' Dispatch: case in handle_https.')
    if extra:
        neg(R, P, extra, group, route, why_adm + ' Handler function.')
neg(R, P, 1581, 'coturn-admin-logon', 'POST /logon', why_adm + ' Route table entry (form_names).')
neg(R, P, 3984, 'coturn-admin-logon', 'POST /logon', why_adm + ' Registration: register_callback_on_ioa_socket(..., '
    'https_input_handler) for the admin HTTPS connection (serves every admin route).')
sc(R, 'src/apps/relay/dtls_listener.c', 358, 'no', 'verify_cookie: DTLS HelloVerify cookie (HMAC-SHA1 of the peer address '
   'under a random server secret) compared with memcmp; early-exit compare of a MAC.')
sc(R, 'src/client/ns_turn_msg.c', 504, 'yes', 'const_time_str_equal: CRYPTO_memcmp over the whole string after a length '
   'check; constant time (used by check_password_equal for admin/CLI passwords).')
sc(R, 'src/client/ns_turn_msg.c', 2121, 'yes', 'STUN MESSAGE-INTEGRITY HMAC compared with CRYPTO_memcmp; constant time.')
sc(R, 'src/client/ns_turn_msg.c', 501, 'yes', 'Length equality check before CRYPTO_memcmp; a length, not the secret bytes.', NS)
sc(R, P, 3467, 'yes', 'Admin web logon: check_password_equal(pwd, stored) -> const_time_str_equal (CRYPTO_memcmp); '
   'constant time.')
sc(R, P, 1006, 'yes', 'Telnet CLI password: check_password_equal(cmd, cli_password); constant time.')
sc(R, P, 3634, 'yes', 'New password compared with its confirmation field (both from the same form) by strcmp; not a '
   'check against a stored secret.', NS)
sc(R, P, 1725, 'yes', 'Request path compared with the route table names (get_form); routing, not a secret.', NS)
sc(R, P, 3216, 'yes', 'OAuth key form: algorithm name compared with "A128GCM"; not a secret.', NS)

# ---------------- openwrt/uhttpd (C, OpenWrt's single-threaded httpd; dispatch handlers) ----------------
R = 'openwrt/uhttpd'
why_u = 'uhttpd serves the router\'s web UI (files, CGI such as LuCI, Lua handlers) to people; not a callback from another system.'
neg(R, 'cgi.c', 73, 'uhttpd-cgi', 'ANY <cgi-prefix>/*', why_u + ' Handler: cgi_handle_request.')
neg(R, 'cgi.c', 127, 'uhttpd-cgi', 'ANY <cgi-prefix>/*', why_u + ' Dispatch table entry cgi_dispatch.')
neg(R, 'main.c', 292, 'uhttpd-cgi', 'ANY <cgi-prefix>/*', why_u + ' Registration: uh_dispatch_add(&cgi_dispatch).')
neg(R, 'lua.c', 274, 'uhttpd-lua', 'ANY <lua-prefix>/*', why_u + ' Handler: lua_handle_request.')
neg(R, 'lua.c', 313, 'uhttpd-lua', 'ANY <lua-prefix>/*', why_u + ' Dispatch table entry lua_dispatch.')
neg(R, 'lua.c', 329, 'uhttpd-lua', 'ANY <lua-prefix>/*', why_u + ' Registration: ops->dispatch_add(&lua_dispatch).')
neg(R, 'file.c', 660, 'uhttpd-file', 'GET <docroot>/*', why_u + ' Handler: uh_file_request (static files).')
neg(R, 'file.c', 913, 'uhttpd-file', 'GET <docroot>/*', why_u + ' Dispatch: fallback in __handle_file_request after '
    'uh_auth_check.')
sc(R, 'auth.c', 45, 'yes', 'uh_pass_compare: XOR-accumulate over the longer length, length difference folded in; constant time.')
sc(R, 'auth.c', 190, 'yes', 'uh_auth_check: Basic-auth password vs stored plaintext (190) or crypt() hash (191) via '
   'uh_pass_compare; constant time.')
sc(R, 'auth.c', 176, 'yes', 'Basic-auth user name compared with the realm user (strcmp); not the secret.', NS)
sc(R, 'auth.c', 150, 'yes', 'Authorization header compared with the "Basic " prefix (strncasecmp); not a secret.', NS)
sc(R, 'cgi.c', 112, 'yes', 'File extension compared with an interpreter suffix; routing, not a secret.', NS)

# ---------------- aria2/aria2 (C++, own HTTP server for JSON-RPC / XML-RPC) ----------------
R, HS, BC = 'aria2/aria2', 'src/HttpServer.cc', 'src/HttpServerBodyCommand.cc'
why_a = ('aria2\'s RPC interface (JSON-RPC/XML-RPC used by a person\'s front-end, --rpc-secret token per call); not a '
         'callback from another system.')
neg(R, BC, 254, 'aria2-jsonrpc', 'POST /jsonrpc, GET /jsonrpc (JSONP)', why_a + ' Dispatch: case RPC_TYPE_JSON/JSONP in '
    'HttpServerBodyCommand::execute.')
neg(R, HS, 380, 'aria2-jsonrpc', 'POST /jsonrpc, GET /jsonrpc (JSONP)', why_a + ' Route: path == "/jsonrpc" (POST) in '
    'HttpServer::setupResponseRecv.')
neg(R, HS, 373, 'aria2-jsonrpc', 'POST /jsonrpc, GET /jsonrpc (JSONP)', why_a + ' Route: path == "/jsonrpc" (GET/JSONP).')
neg(R, BC, 223, 'aria2-xmlrpc', 'POST /rpc', why_a + ' Dispatch: case RPC_TYPE_XML.')
neg(R, HS, 388, 'aria2-xmlrpc', 'POST /rpc', why_a + ' Route: path == "/rpc".')
neg(R, BC, 195, 'aria2-cors-preflight', 'OPTIONS *', 'CORS preflight answered with allow headers; not a webhook.')
sc(R, 'src/DownloadEngine.cc', 633, 'yes', 'validateToken: RPC secret compared as HMACResult == HMACResult; both sides are '
   'HMACs under a random key and operator== calls util::security::compare (XOR loop); constant time (looks like a plain '
   '== on a secret).')
sc(R, HS, 341, 'yes', 'authenticate: --rpc-user (341) and --rpc-passwd (342) compared as HMACResult ==; constant time.')
sc(R, 'src/util_security.cc', 94, 'yes', 'util::security::compare: XOR-accumulate over the full length; constant time.')
sc(R, 'src/DHTTokenTracker.cc', 96, 'no', 'validateToken: DHT announce_peer token (SHA-1 over info hash, peer address '
   'and a rotating secret) compared with std::string ==; early-exit compare of a secret-derived token.')
sc(R, HS, 333, 'yes', 'Authorization scheme compared with "Basic"; not a secret.', NS)
sc(R, HS, 388, 'yes', 'Request path compared with "/rpc"; routing, not a secret.', NS)

_labels.write(__file__, 'webhook21')
