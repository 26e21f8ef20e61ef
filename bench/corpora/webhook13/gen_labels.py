#!/usr/bin/env python3
# Hand-written labels (from reading the code). Writes labels.jsonl.
C = {
 'netxms/netxms': '621ac5eccf7138afb61bd2bcb51d3d5d90b27717',
 'unxs0/unxsBind': 'fe677d7dda622bb4d22395317feb34dab35eaaa3',
 'yukihamada/mini-agent-c': 'd6e9472dd8dbc2a70b225475d8ebc3e0b3ddc1af',
 'pi-hole/FTL': '8d1add8d99d8a36ccc6fb97628a33a219cf8abbd',
 'pruiz/kannel': 'cdbcfc129ab1f0cb301df741131bccf20d39c17f',
 'signalwire/freeswitch': '5d39170ccd1d002165402556f62182d5cd41f0fa',
 'matzemathics/ulfius-bot': '49e9e16b176ee4f19ab3661e921382ce7061de85',
 'Autonomous-Racing-Labs/lab_timer': 'a08211a9ae7ff1cfad5e3f7ca03a1c8acabbc696',
 'watninja68/Tynatech-karneeshkar': '10fd8450d8a63a652e91b54f4013f33318417aea',
}
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import Labels, NS  # noqa: E402

_labels = Labels('wh13', C)
wh, neg, sc = _labels.wh, _labels.neg, _labels.sc

# ---------------- netxms/netxms (server web API RouteBuilder + agent libmicrohttpd receiver) ----------------
R = 'netxms/netxms'
J = 'src/server/jira/webhook.cpp'
why = ('Jira webhook of the Jira helpdesk-link module, registered on the common web API as POST /jira-webhook with .noauth(). '
       'H_JiraWebhook reads Jira.Webhook.Secret and, when it is set, answers 403 unless the ?secret= query parameter equals it '
       '(strcmp, line 116); only then is the JSON processed (comments added to / issues resolved on the NetXMS side).')
wh(R, J, 109, 'yes', 'yes', 'jira-webhook', 'POST /jira-webhook?secret=...', why,
   'Handler. Secret compared with strcmp (line 116) -> not constant time. See Doubts: the check is skipped when '
   'Jira.Webhook.Secret is empty (its default).', compare_line=116, ct='no')
wh(R, J, 139, 'yes', 'yes', 'jira-webhook', 'POST /jira-webhook?secret=...', why,
   'Registration: RouteBuilder("jira-webhook").POST(H_JiraWebhook).noauth().build() in RegisterJiraWebhook.')
wh(R, 'src/server/jira/jira.cpp', 565, 'yes', 'yes', 'jira-webhook', 'POST /jira-webhook?secret=...', why,
   'Module init calls RegisterJiraWebhook(link) when Jira.Webhook.Enable is true (default).')
sc(R, J, 116, 'no', 'Jira webhook shared secret (query parameter) compared with strcmp, early exit.')
sc(R, J, 36, 'yes', 'webhookEvent value compared with the event name "comment_created"; not a secret.', NS)
sc(R, J, 69, 'yes', 'changelog fieldId compared with "status"; not a secret.', NS)
sc(R, J, 85, 'yes', 'Issue status name compared (stricmp) with the configured resolved-status list; not a secret.', NS)

P = 'src/agent/subagents/prometheus/receiver.cpp'
why = ('Prometheus remote-write receiver of the NetXMS agent (Prometheus subagent, enabled by default): a libmicrohttpd daemon '
       'that accepts POST <Endpoint> (default /api/v1/write) from a Prometheus server and feeds the decoded samples into the '
       'agent (HandleWriteRequest). No token, basic auth or signature is checked; the only filter is the listen address '
       '(default 127.0.0.1, configurable).')
wh(R, P, 44, 'yes', 'no', 'prometheus-remote-write', 'POST /api/v1/write (agent, port 9090)', why,
   'Handler (MHD access handler). See Doubts: a metrics push rather than a classic webhook, loopback by default.')
wh(R, P, 171, 'yes', 'no', 'prometheus-remote-write', 'POST /api/v1/write (agent, port 9090)', why,
   'Registration: MHD_start_daemon(..., &HandleConnection, ...) in StartReceiver.')
sc(R, P, 74, 'yes', 'Request URL compared with the configured endpoint path (routing); not a secret.', NS)

W = 'src/server/core/webapi.cpp'
M = 'src/server/webapi/main.cpp'
neg(R, W, 493, 'webapi-root', 'GET /', 'Web API root: server identification JSON (no auth).')
neg(R, W, 603, 'webapi-root', 'GET /', 'Registration: RouteBuilder("").GET(H_Root).noauth().')
neg(R, W, 510, 'webapi-ha-status', 'GET /v1/ha/status', 'High-availability status (no auth, available on standby).')
neg(R, W, 608, 'webapi-ha-status', 'GET /v1/ha/status', 'Registration.')
neg(R, W, 613, 'webapi-login', 'POST /v1/login', 'User login of the web API (H_Login is in a file not materialized); registration line.')
neg(R, W, 617, 'webapi-logout', 'POST /v1/logout', 'User logout; registration line.')
neg(R, 'src/server/webapi/alarms.cpp', 29, 'webapi-alarms', 'GET /v1/alarms', 'Alarm list for an authenticated user.')
neg(R, M, 396, 'webapi-alarms', 'GET /v1/alarms', 'Registration.')
neg(R, 'src/server/webapi/objects.cpp', 250, 'webapi-objects', 'GET /v1/objects', 'Object list for an authenticated user.')
neg(R, M, 648, 'webapi-objects', 'GET /v1/objects', 'Registration.')
neg(R, 'src/server/webapi/objtools.cpp', 1217, 'webapi-object-tool-execute', 'POST /v1/object-tools/:tool-id/execute',
    'Runs an object tool for an authenticated user.')
neg(R, M, 640, 'webapi-object-tool-execute', 'POST /v1/object-tools/:tool-id/execute', 'Registration.')
neg(R, 'src/server/webapi/tcpproxy.cpp', 462, 'webapi-tcp-proxy-create', 'POST /v1/tcp-proxy',
    'Creates a TCP proxy session for an authenticated user and returns a one-time token.')
neg(R, M, 926, 'webapi-tcp-proxy-create', 'POST /v1/tcp-proxy', 'Registration.')

# ---------------- unxs0/unxsBind (CGI program) ----------------
R = 'unxs0/unxsBind'
why = ('CGI endpoint "for GitHub and Docker Hub webhook callbacks" (file header), served by Apache as webhook.cgi '
       '(webhook.httpd.conf: ExecCGI, port 8088). main() reads redeploy/removeimage/stack from QUERY_STRING and runs '
       '"docker rm -f ...; docker image rm ...; docker-compose up -d" via system(); the only "check" is escape_shell_cmd '
       'on the values. No secret, token or signature is checked.')
wh(R, 'Docker/unxsBind-webhook/webhook/webhook.c', 60, 'yes', 'no', 'dockerhub-redeploy', 'POST /webhook.cgi?redeploy=...&removeimage=...&stack=...',
   why, 'Handler (CGI main). There is no registration in C: the Apache conf maps *.cgi (see Doubts).')
sc(R, 'Docker/unxsBind-webhook/webhook/webhook.c', 113, 'yes', 'Query parameter name compared with "redeploy"; not a secret.', NS)
sc(R, 'Docker/unxsBind-webhook/webhook/webhook.c', 115, 'yes', 'Query parameter name compared with "removeimage"; not a secret.', NS)

# ---------------- yukihamada/mini-agent-c agent-bot (C, libmicrohttpd, one access handler with strcmp routing) ----------------
R, B = 'yukihamada/mini-agent-c', 'agent-bot/bot.c'
why = ('LINE Messaging API webhook: POST /webhook/line is answered 403 unless line_verify_sig accepts the X-Line-Signature '
       'header (HMAC-SHA256 of the body with LINE_CHANNEL_SECRET, base64, compared with strcmp at line 1275); only then are '
       'the events parsed and agent tasks started. Fails closed when the channel secret is unset.')
wh(R, B, 1204, 'yes', 'yes', 'line-webhook', 'POST /webhook/line', why,
   'Handler: the /webhook/line branch of handle_request. Signature compared with strcmp in line_verify_sig -> not constant time.',
   compare_line=1275, ct='no')
wh(R, B, 1322, 'yes', 'yes', 'line-webhook', 'POST /webhook/line', why,
   'Registration: MHD_start_daemon(..., handle_request, ...) (one access handler routes every path).')
sc(R, B, 1275, 'no', 'LINE webhook HMAC (base64) compared with strcmp, early exit.')
sc(R, B, 1027, 'no', 'Web chat token (WEB_TOKEN) compared with a length check and memcmp; the comment says "constant-time-ish" but '
   'memcmp exits early and the length compare leaks the length.')
sc(R, B, 214, 'yes', 'Sender user id compared with the AUTHORIZED_USERS allow-list; a user id is not a secret.', NS)
sc(R, B, 1218, 'yes', 'LINE event type compared with "message"; not a secret.', NS)
sc(R, B, 1230, 'yes', 'Chat text compared with bot command literals; not a secret.', NS)
for (line, group, route, what) in [
    (1087, 'dashboard', 'GET /', 'HTML dashboard (static page).'),
    (1092, 'health', 'GET /health', 'Health/status JSON.'),
    (1107, 'api-users', 'GET /api/users', 'Tracked users and their state (unauthenticated, but a user-facing API, not a callback).'),
    (1129, 'api-chat', 'POST /api/chat', 'Browser web chat; requires X-Web-Token (check_token).'),
    (1174, 'api-chat-stream', 'GET /api/chat/stream', 'Browser SSE stream; requires ?token= (check_token).'),
]:
    neg(R, B, line, group, route, what + ' Branch of handle_request.')

# ---------------- pi-hole/FTL (C, civetweb; API dispatch table in src/api/api.c) ----------------
R = 'pi-hole/FTL'
A = 'src/api/api.c'
for (tline, hpath, hline, group, route, what) in [
    (41, 'src/api/auth.c', 449, 'ftl-auth', 'GET|POST|DELETE /api/auth', 'Login/session endpoint of the web interface (password -> SID).'),
    (42, 'src/api/dns.c', 110, 'ftl-dns-blocking', 'GET|POST /api/dns/blocking', 'Read or toggle DNS blocking (authenticated).'),
    (57, 'src/api/info.c', 63, 'ftl-info-client', 'GET /api/info/client', 'Client address/user-agent echo (no auth).'),
    (58, 'src/api/info.c', 1111, 'ftl-info-login', 'GET /api/info/login', 'Login page information (no auth).'),
    (64, 'src/api/info.c', 906, 'ftl-info-version', 'GET /api/info/version', 'Version information (authenticated).'),
    (75, 'src/api/history.c', 24, 'ftl-history', 'GET /api/history', 'Query history graph data (authenticated).'),
    (77, 'src/api/queries.c', 264, 'ftl-queries', 'GET /api/queries', 'Query log (authenticated).'),
    (78, 'src/api/stats.c', 113, 'ftl-stats-summary', 'GET /api/stats/summary', 'Summary statistics (authenticated).'),
]:
    neg(R, hpath, hline, group, route, what + ' Handler.')
    neg(R, A, tline, group, route, what + ' Registration: entry of the api_request[] dispatch table (URI, function, auth flag).')
sc(R, 'src/api/auth.c', 216, 'no', 'Session id (SID from cookie/header/query) compared with the stored session id using strcmp, early exit.')
sc(R, 'src/api/auth.c', 223, 'no', 'CSRF token compared with the session\'s CSRF token using strcmp, early exit.')
sc(R, 'src/config/password.c', 403, 'no', 'Supplied password compared with the CLI password in plain text using strcmp.')
sc(R, 'src/config/password.c', 468, 'no', 'BALLOON-SHA256 hash of the supplied password compared with the stored hash using memcmp '
   '(early exit on a secret-derived value; see Doubts).')
sc(R, 'src/config/password.c', 485, 'no', 'Legacy double-SHA256 password hash compared with the stored hash using strcmp (see Doubts).')
sc(R, 'src/config/password.c', 343, 'yes', 'PHC algorithm name compared with "BALLOON-SHA256"; not a secret.', NS)
sc(R, 'src/api/2fa.c', 227, 'yes', 'TOTP code compared as a 32-bit integer (gencode == incode): a single integer compare has no '
   'data-dependent early exit (see Doubts).', NS)

# ---------------- pruiz/kannel (Kannel SMS gateway, C; HTTP SMSC receiver with per-provider callback tables) ----------------
R = 'pruiz/kannel'
H = 'gw/smsc/smsc_http.c'
COMMON = ('The HTTP SMSC connection (smsc_http.c) opens port "port" and httpsmsc_receiver accepts every request '
          '(http_accept_request), drops it only when the source IP is outside connect-allow-ip (default: 127.0.0.1 only), and '
          'calls conndata->callbacks->receive_sms, the provider driver selected by system-type (lines 928-938). ')
why = COMMON + ('system-type "kannel" (and "wapme", which reuses kannel_receive_sms): MO messages and delivery reports pushed by '
       'the upstream Kannel/Wapme gateway; kannel_receive_sms rejects unless the username and password CGI variables equal '
       'smsc-username/smsc-password (required by the config, line 923), compared with octstr_compare (lines 688-689).')
wh(R, H, 631, 'yes', 'yes', 'kannel-smsc-mo', 'GET|POST http://<smsc port>/... (MO / DLR push)', why,
   'Handler. Credentials compared with octstr_compare (memcmp-based, early exit) -> not constant time.', compare_line=688, ct='no')
wh(R, H, 792, 'yes', 'yes', 'kannel-smsc-mo', 'GET|POST http://<smsc port>/... (MO / DLR push)', why,
   'Registration: .receive_sms = kannel_receive_sms in smsc_http_kannel_callback.')
wh(R, H, 928, 'yes', 'yes', 'kannel-smsc-mo', 'GET|POST http://<smsc port>/... (MO / DLR push)', why,
   'Registration: system-type "kannel" selects smsc_http_kannel_callback.')
wh(R, 'gw/smsc/http/wapme.c', 127, 'yes', 'yes', 'kannel-smsc-mo', 'GET|POST http://<smsc port>/... (MO / DLR push)', why,
   'Registration: the Wapme driver reuses kannel_receive_sms (.receive_sms = kannel_receive_sms).')
sc(R, H, 688, 'no', 'Provider-supplied username compared with smsc-username using octstr_compare (credential, early exit).')
sc(R, H, 689, 'no', 'Provider-supplied password compared with smsc-password using octstr_compare (early exit).')

X = 'gw/smsc/http/xidris.c'
why = COMMON + ('system-type "xidris": MO messages and DLRs from the Xidris platform; xidris_receive_sms answers 401 unless '
       'username/password equal smsc-username/smsc-password (required, line 321), compared with octstr_compare (238-239).')
wh(R, X, 204, 'yes', 'yes', 'xidris-mo', 'GET|POST http://<smsc port>/... (Xidris MO / DLR push)', why,
   'Handler. octstr_compare -> not constant time.', compare_line=238, ct='no')
wh(R, X, 334, 'yes', 'yes', 'xidris-mo', 'GET|POST http://<smsc port>/... (Xidris MO / DLR push)', why,
   'Registration: .receive_sms = xidris_receive_sms.')
wh(R, H, 932, 'yes', 'yes', 'xidris-mo', 'GET|POST http://<smsc port>/... (Xidris MO / DLR push)', why,
   'Registration: system-type "xidris" selects smsc_http_xidris_callback.')
sc(R, X, 238, 'no', 'Xidris username compared with smsc-username using octstr_compare.')
sc(R, X, 239, 'no', 'Xidris password compared with smsc-password using octstr_compare.')
sc(R, X, 249, 'yes', 'DLR state compared with "DELIVRD"; not a secret.', NS)

G = 'gw/smsc/http/generic.c'
why = COMMON + ('system-type "generic": MO/DLR callbacks of any HTTP-based provider, with configurable CGI field names; '
       'generic_receive_sms rejects when smsc-username and smsc-password are both configured and the request does not carry '
       'them (octstr_compare, lines 294-295); both settings are optional (file header), so the check is off unless set.')
wh(R, G, 260, 'yes', 'yes', 'generic-http-mo', 'GET|POST http://<smsc port>/... (generic provider MO / DLR push)', why,
   'Handler. See Doubts (optional check). octstr_compare -> not constant time.', compare_line=294, ct='no')
wh(R, G, 614, 'yes', 'yes', 'generic-http-mo', 'GET|POST http://<smsc port>/... (generic provider MO / DLR push)', why,
   'Registration: .receive_sms = generic_receive_sms.')
wh(R, H, 934, 'yes', 'yes', 'generic-http-mo', 'GET|POST http://<smsc port>/... (generic provider MO / DLR push)', why,
   'Registration: system-type "generic" selects smsc_http_generic_callback.')
sc(R, G, 294, 'no', 'Provider username compared with smsc-username using octstr_compare.')
sc(R, G, 295, 'no', 'Provider password compared with smsc-password using octstr_compare.')

K = 'gw/smsc/http/clickatell.c'
why = COMMON + ('system-type "clickatell": Clickatell MO messages and delivery-status callbacks (apiMsgId/status). '
       'clickatell_receive_sms reads the CGI variables and hands MO messages to bearerbox (bb_smscconn_receive) or turns '
       'status callbacks into DLRs; no username, password, api_id or signature is compared. Only the source-IP allow-list '
       'applies.')
wh(R, K, 190, 'yes', 'no', 'clickatell-callback', 'GET|POST http://<smsc port>/... (Clickatell MO / status callback)', why,
   'Handler. See Doubts (IP allow-list).')
wh(R, K, 311, 'yes', 'no', 'clickatell-callback', 'GET|POST http://<smsc port>/... (Clickatell MO / status callback)', why,
   'Registration: .receive_sms = clickatell_receive_sms.')
wh(R, H, 936, 'yes', 'no', 'clickatell-callback', 'GET|POST http://<smsc port>/... (Clickatell MO / status callback)', why,
   'Registration: system-type "clickatell" selects smsc_http_clickatell_callback.')
sc(R, K, 140, 'yes', 'Word of the Clickatell send reply compared with "ID:"; not a secret.', NS)

BR = 'gw/smsc/http/brunet.c'
why = COMMON + ('system-type "brunet": MO messages from Brunet; brunet_receive_sms rejects unless the CustomerId CGI variable '
       'equals smsc-username (octstr_compare, line 257). The CustomerId is the only credential (see Doubts).')
wh(R, BR, 236, 'yes', 'yes', 'brunet-mo', 'GET|POST http://<smsc port>/... (Brunet MO push)', why,
   'Handler. octstr_compare -> not constant time.', compare_line=257, ct='no')
wh(R, BR, 321, 'yes', 'yes', 'brunet-mo', 'GET|POST http://<smsc port>/... (Brunet MO push)', why,
   'Registration: .receive_sms = brunet_receive_sms.')
wh(R, H, 930, 'yes', 'yes', 'brunet-mo', 'GET|POST http://<smsc port>/... (Brunet MO push)', why,
   'Registration: system-type "brunet" selects smsc_http_brunet_callback.')
sc(R, BR, 257, 'no', 'Brunet CustomerId (the only credential of the MO callback) compared with octstr_compare (see Doubts).')

SO = 'gw/smsc/smsc_soap.c'
why_mo = ('SOAP SMSC driver (system-type soap): soap_server accepts HTTP requests on the configured port (http_accept_request) '
          'and routes by URI; "/mo" is parsed by soap_parse_mo, which builds an MO message from the SOAP XML and hands it to '
          'bearerbox (bb_smscconn_receive). No credential or signature is checked, and connect-allow-ip is read from the '
          'config but never applied in this driver.')
wh(R, SO, 1275, 'yes', 'no', 'soap-smsc-mo', 'POST /mo (SOAP SMSC port)', why_mo, 'Handler.')
wh(R, SO, 885, 'yes', 'no', 'soap-smsc-mo', 'POST /mo (SOAP SMSC port)', why_mo, 'Registration: URI branch of soap_server.')
why_dlr = ('SOAP SMSC driver: "/dlr" is parsed by soap_parse_dlr, which looks up the stored DLR (dlr_find) and delivers the '
           'delivery report to bearerbox; no credential, signature or source-address check.')
wh(R, SO, 1512, 'yes', 'no', 'soap-smsc-dlr', 'POST /dlr (SOAP SMSC port)', why_dlr, 'Handler.')
wh(R, SO, 895, 'yes', 'no', 'soap-smsc-dlr', 'POST /dlr (SOAP SMSC port)', why_dlr, 'Registration: URI branch of soap_server.')

SB = 'gw/smsbox.c'
for (hline, dline, group, route, what) in [
    (2457, 3170, 'smsbox-sendsms', 'GET|POST /cgi-bin/sendsms', 'Client interface to submit SMS (username/password of a sendsms-user).'),
    (2696, 3181, 'smsbox-xmlrpc', 'POST <xmlrpc-url>', 'XML-RPC client interface.'),
    (2765, 3192, 'smsbox-sendota', 'GET|POST /cgi-bin/sendota', 'Client interface to send OTA configuration.'),
]:
    neg(R, SB, hline, group, route, what + ' Handler.')
    neg(R, SB, dline, group, route, what + ' Registration: URL branch of sendsms_thread (http_accept_request loop).')
neg(R, SB, 2570, 'smsbox-sendsms', 'GET|POST /cgi-bin/sendsms', 'POST variant of the sendsms handler.')
sc(R, SB, 2398, 'no', 'sendsms-user password compared with the configured password using octstr_compare.')
sc(R, SB, 3170, 'yes', 'Request URL compared with the configured sendsms-url (routing); not a secret.', NS)

BB = 'gw/bb_http.c'
for (hline, tline, group, route, what) in [
    (140, 360, 'bearerbox-status', 'GET /status', 'Bearerbox admin status page (status or admin password).'),
    (175, 363, 'bearerbox-shutdown', 'GET /shutdown', 'Bearerbox admin command (admin password).'),
    (200, 364, 'bearerbox-suspend', 'GET /suspend', 'Bearerbox admin command (admin password).'),
]:
    neg(R, BB, hline, group, route, what + ' Handler.')
    neg(R, BB, tline, group, route, what + ' Registration: entry of the httpd_commands[] table.')
sc(R, BB, 112, 'no', 'Admin password compared with admin-password using octstr_compare.')
sc(R, BB, 113, 'no', 'Admin password compared with status-password using octstr_compare.')
sc(R, BB, 117, 'no', 'Admin password compared with admin-password using octstr_compare.')
sc(R, BB, 435, 'yes', 'Request path compared with the admin command names of httpd_commands[]; not a secret.', NS)

# ---------------- signalwire/freeswitch mod_sms_flowroute (C, h2o) ----------------
R, F = 'signalwire/freeswitch', 'src/mod/applications/mod_sms_flowroute/mod_sms_flowroute.c'
why = ('Flowroute inbound-SMS webhook: each profile runs an h2o server on INADDR_ANY:<port> (default 8000) with one handler on '
       'path "/"; mod_sms_flowroute_profile_request_handler parses any JSON body and injects to/from/body as a chat MESSAGE '
       'event into FreeSWITCH (switch_core_chat_send("GLOBAL_SMS", ...)). No Authorization, shared secret or signature is '
       'checked (the profile access/secret keys are only used for outgoing API calls).')
wh(R, F, 150, 'yes', 'no', 'flowroute-sms', 'POST http://<host>:8000/ (any path)', why, 'Handler (h2o on_req).')
wh(R, F, 227, 'yes', 'no', 'flowroute-sms', 'POST http://<host>:8000/ (any path)', why,
   'Registration: h2o_create_handler on the "/" pathconf (line 225), on_req = mod_sms_flowroute_profile_request_handler.')
sc(R, F, 292, 'yes', 'HTTP status of the outgoing Flowroute API reply compared with 200; not a secret.', NS)

# ---------------- matzemathics/ulfius-bot (C, ulfius; verification as a priority-0 callback in front of the handler) ----------------
R = 'matzemathics/ulfius-bot'
why = ('Discord interactions endpoint POST /interactions: two ulfius callbacks are registered on the same route; the priority-0 '
       'verifier (verify_interaction_callback, src/verifier/verifier.c:55) checks X-Signature-Ed25519 over timestamp+body with '
       'libsodium crypto_sign_verify_detached and returns U_CALLBACK_UNAUTHORIZED on failure, which stops the chain before the '
       'priority-1 interaction handler parses the body. The callbacks are reached through i_endpoint_handler function pointers.')
wh(R, 'src/interactions/discord_interactions.c', 107, 'yes', 'yes', 'discord-interactions', 'POST /interactions', why,
   'Handler (priority 1), reached only after the verifier returns U_CALLBACK_CONTINUE.')
wh(R, 'src/verifier/verifier.c', 55, 'yes', 'yes', 'discord-interactions', 'POST /interactions', why,
   'Verifier callback (priority 0) of the same route; an Ed25519 verify, not a compare.')
wh(R, 'src/main.c', 53, 'yes', 'yes', 'discord-interactions', 'POST /interactions', why,
   'Registration of the handler: ulfius_add_endpoint_by_val(..., "/interactions", NULL, 1, endp_interactions->callback, ...).')
wh(R, 'src/main.c', 52, 'yes', 'yes', 'discord-interactions', 'POST /interactions', why,
   'Registration of the verifier: ulfius_add_endpoint_by_val(..., "/interactions", NULL, 0, verifier->callback, verifier).')
neg(R, 'src/main.c', 15, 'helloworld', 'POST /helloworld', 'Test route answering "Hello World!".')
neg(R, 'src/main.c', 46, 'helloworld', 'POST /helloworld', 'Registration.')
sc(R, 'src/interactions/discord_interactions.c', 91, 'yes', 'Slash-command name compared with "test"; not a secret.', NS)

# ---------------- Autonomous-Racing-Labs/lab_timer (ESP32 Arduino WebServer, handler is a class method behind a lambda) ----------------
R, CC = 'Autonomous-Racing-Labs/lab_timer', 'lib/car_com/car_com.cpp'
why = ('Race-timer ESP32: the autonomous cars report their state to the timer (README sequence: "CAR n ->> ESP Timer: ready / '
       'abort") with POST /webhook on port 8000. CarCom::handle_webhook answers 200, parses the JSON and sets the car\'s status '
       '(READY_TO_RACE, NOT_READY_TO_RACE = race abort) and track position for the given car_id. No token or signature; '
       'anyone on the network can mark cars ready or abort the race.')
wh(R, CC, 51, 'yes', 'no', 'car-status-webhook', 'POST /webhook (port 8000)', why, 'Handler (member function).')
wh(R, CC, 40, 'yes', 'no', 'car-status-webhook', 'POST /webhook (port 8000)', why,
   'Registration: server.on("/webhook", HTTP_POST, [&]() { handle_webhook(); }) in the CarCom constructor.')

# ---------------- watninja68/Tynatech-karneeshkar (ESP32, ESPAsyncWebServer, internship IoT sketches) ----------------
R, T = 'watninja68/Tynatech-karneeshkar', 'https/http_server/http_server.ino'
why = ('ESP32 webhook receiver sketch: POST /webhook on port 80; handleWebhook reads the "plain" body parameter, prints it '
       '("Received Webhook:") and answers 200. No token, signature or source check. Processing is only logging (see Doubts).')
wh(R, T, 6, 'yes', 'no', 'esp32-webhook-sink', 'POST /webhook', why, 'Handler.')
wh(R, T, 27, 'yes', 'no', 'esp32-webhook-sink', 'POST /webhook', why, 'Registration: server.on("/webhook", HTTP_POST, handleWebhook).')

_labels.write(__file__, 'webhook13')
