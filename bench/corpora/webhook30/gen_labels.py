#!/usr/bin/env python3
# Hand-written labels (from reading the code). Writes labels.jsonl.
C = {
 'PurpleI2P/i2pd': '59b50e7c57d0d90b5d2d651198d239ba6ce93f39',
 'RichmarIII/ORION': '91a55de2edda06b97781b3956e2d48d296eacf7d',
 'LizardByte/Sunshine': '7a59212a7591b793f21aa1d70ee05dafdda1d7e2',
}
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import Labels, NS  # noqa: E402

_labels = Labels('wh30', C)
wh, neg, sc = _labels.wh, _labels.neg, _labels.sc

# ---------------- PurpleI2P/i2pd: web console (Boost.Asio, hand-written HTTP parser and router) ----------------
R, P = 'PurpleI2P/i2pd', 'daemon/HTTPServer.cpp'
why_console = ('i2pd web console (operator UI on 127.0.0.1:7070 by default), optionally behind HTTP basic auth '
               '(http.auth, CheckAuth); not a callback from another system.')
neg(R, P, 1191, 'i2pd-console-status', 'GET / (router status page)',
    why_console + ' HandleRequest: auth, Host check, then dispatch on "page=" / "cmd=" in the URI, else the status page.')
neg(R, P, 1625, 'i2pd-console-status', 'GET / (router status page)',
    why_console + ' Registration: HTTPServer::CreateConnection makes an HTTPConnection per accepted socket '
    '(every request reaches HandleRequest).')
neg(R, P, 1265, 'i2pd-console-page', 'GET /?page=<name>',
    why_console + ' HandlePage: page table (transports, tunnels, commands, local destinations, SAM sessions, ...).')
neg(R, P, 1231, 'i2pd-console-page', 'GET /?page=<name>',
    why_console + ' Dispatch branch in HandleRequest (req.uri.find("page=")).')
neg(R, P, 1310, 'i2pd-console-command', 'GET /?cmd=<command>&token=<csrf>',
    why_console + ' HandleCommand: router commands (peer test, reload tunnels, transit on/off, shutdown, log level, ...) '
    'gated by a per-page CSRF token looked up in m_Tokens.')
neg(R, P, 1233, 'i2pd-console-command', 'GET /?cmd=<command>&token=<csrf>',
    why_console + ' Dispatch branch in HandleRequest (req.uri.find("cmd=")).')
sc(R, P, 1176, 'no', 'Basic-auth credentials given in the URL userinfo (http://user:pass@host/): url.pass == pass compares the '
   'configured web-console password with std::string operator== (early exit); same line also compares the user name.')
sc(R, P, 1184, 'no', 'Authorization header compared with "Basic " + base64(user:pass) using std::string operator== '
   '(expected == provided): the expected value embeds the password; early-exit compare.')
sc(R, P, 1219, 'yes', 'Host header compared with the expected host name (http.strictheaders anti-DNS-rebinding check); '
   'not a secret.', NS)
sc(R, P, 1275, 'yes', 'page parameter compared with the page name HTTP_PAGE_TRANSPORTS (routing); not a secret.', NS)
sc(R, P, 1322, 'yes', 'CSRF token looked up in the m_Tokens map (std::map::find) and the iterator compared with end(); '
   'an iterator comparison, not a byte compare of the secret.', NS)
sc(R, P, 1329, 'yes', 'cmd parameter compared with HTTP_COMMAND_RUN_PEER_TEST (command dispatch); not a secret.', NS)

# ---------------- PurpleI2P/i2pd: I2PControl JSON-RPC service (TLS socket, hand-written HTTP parsing) ----------------
R, P = 'PurpleI2P/i2pd', 'daemon/I2PControl.cpp'
why_rpc = ('I2PControl JSON-RPC 2.0 management API (client tools such as itoopie; 127.0.0.1:7650 by default); '
           'an admin RPC endpoint, not a callback from another system.')
neg(R, P, 227, 'i2pc-rpc', 'POST / (JSON-RPC)',
    why_rpc + ' HandleRequestReceived: reads headers/body, parses JSON, dispatches "method" through m_MethodHandlers. '
    'Note: the Token returned by Authenticate is never checked before dispatch.')
neg(R, P, 222, 'i2pc-rpc', 'POST / (JSON-RPC)', why_rpc + ' Registration: async read callback of ReadRequest.')
for (line, rline, group, method) in [
    (336, 86, 'i2pc-authenticate', 'Authenticate'),
    (352, 87, 'i2pc-echo', 'Echo'),
    (362, 88, 'i2pc-i2pcontrol', 'I2PControl (i2pcontrol.password setting)'),
    (388, 90, 'i2pc-routermanager', 'RouterManager (Reseed, Shutdown, ShutdownGraceful)'),
]:
    neg(R, P, line, group, 'JSON-RPC method ' + method, why_rpc + ' Method handler.')
    neg(R, P, rline, group, 'JSON-RPC method ' + method, why_rpc + ' Method-table entry m_MethodHandlers["..."].')
sc(R, P, 341, 'no', 'AuthenticateHandler: request "Password" compared with the configured i2pcontrol.password using '
   'std::string operator!= (early exit), then a Token is issued.')
sc(R, P, 247, 'yes', 'Header line compared with "\\r" (end of headers); parsing, not a secret.', NS)
sc(R, P, 251, 'yes', 'Header name compared with "Content-Length" (boost::iequals); header name, not a secret.', NS)
sc(R, P, 273, 'yes', 'm_MethodHandlers.find(method) iterator compared with end(); method-name routing, not a secret.', NS)

# ---------------- RichmarIII/ORION: AI assistant server (cpprestsdk http_listener + hand-written path router) ----------------
R, P = 'RichmarIII/ORION', 'library/src/OrionWebServer.cpp'
why_ui = ('ORION web UI / REST endpoint used by the browser front end; user-facing, not a callback from another system.')
for (line, rline, group, route, what) in [
    (178, 121, 'orion-send-message', 'POST /orion/send_message', 'Chat message to the user\'s assistant (X-User-Id required).'),
    (234, 125, 'orion-root', 'GET /', 'index.html.'),
    (335, 129, 'orion-markdown', 'POST /markdown', 'Markdown rendering helper (cmark), no auth.'),
    (361, 133, 'orion-chat-history', 'GET /orion/chat_history', 'Chat history of the logged-in user (X-User-Id).'),
    (430, 137, 'orion-speak', 'POST /orion/speak', 'Text-to-speech for the logged-in user (X-User-Id).'),
    (544, 141, 'orion-login', 'POST /login', 'Login: username/password checked in SQL (or a known user_id), returns user_id.'),
    (633, 145, 'orion-register', 'POST /register', 'Registration: creates user_id (GUID) and orion_id.'),
    (719, 149, 'orion-transcribe', 'POST /orion/transcribe', 'Speech-to-text upload.'),
    (854, 154, 'orion-events', 'GET /orion/events', 'Server-sent events stream for the UI.'),
    (878, 158, 'orion-files', 'GET /orion/files/...', 'Per-user generated files.'),
    (258, 162, 'orion-assets', 'GET /assets/...', 'Static assets (path-traversal checked).'),
    (925, 166, 'orion-plugins', 'GET|POST /orion/plugins', 'Plugin list / settings for the logged-in user (X-User-Id).'),
]:
    neg(R, P, line, group, route, why_ui + ' ' + what + ' Handler.')
    neg(R, P, rline, group, route, why_ui + ' ' + what + ' Dispatch branch in HandleRequest (PATH == U("...")); '
        'HandleRequest itself is registered with m_Listener.support(POST/GET) at lines 77-78.')
why_uid = ('X-User-Id header compared with the logged-in users\' UserID (std::string operator== inside std::find_if). '
           'UserID is a server-generated GUID (GUID::Generate at /register, returned by /login) and is the only credential '
           'of every later request, i.e. a bearer session token; early-exit compare.')
for line in (191, 377, 443, 938):
    sc(R, P, line, 'no', why_uid)
sc(R, P, 600, 'yes', 'Login: UserID loaded from the database compared with the UserIDs already in m_LoggedInUsers '
   '(is this user logged in already?); both sides are server-side values, no secret from the request.', NS)
sc(R, P, 121, 'yes', 'Request path compared with "/orion/send_message" (routing); not a secret.', NS)
sc(R, P, 418, 'yes', 'Chat message role compared with "user"; not a secret.', NS)

# ---------------- LizardByte/Sunshine: configuration web UI (Simple-Web-Server HTTPS, server.resource route table) ----------------
R, P = 'LizardByte/Sunshine', 'src/confighttp.cpp'
why_cfg = ('Sunshine configuration web UI / REST API (operator-facing, LAN only, HTTP basic auth via authenticate() and '
           'a CSRF token on mutating calls); not a callback from another system.')
for (line, rline, group, route) in [
    (985, 2194, 'sun-get-apps', 'GET /api/apps'),
    (1070, 2195, 'sun-save-app', 'POST /api/apps'),
    (1171, 2196, 'sun-delete-app', 'DELETE /api/apps/{id}'),
    (1145, 2197, 'sun-close-app', 'POST /api/apps/close'),
    (1222, 2198, 'sun-get-clients', 'GET /api/clients/list'),
    (1305, 2199, 'sun-unpair', 'POST /api/clients/unpair'),
    (1251, 2201, 'sun-update-client', 'POST /api/clients/update'),
    (1376, 2202, 'sun-get-config', 'GET /api/config'),
    (1430, 2203, 'sun-save-config', 'POST /api/config'),
    (1549, 2206, 'sun-upload-cover', 'POST /api/covers/upload'),
    (963, 2207, 'sun-csrf-token', 'GET /api/csrf-token'),
    (1637, 2208, 'sun-save-password', 'POST /api/password'),
    (1715, 2209, 'sun-save-pin', 'POST /api/pin (PIN typed by the user to pair a Moonlight client)'),
    (1605, 2210, 'sun-get-logs', 'GET /api/logs'),
    (1784, 2212, 'sun-restart', 'POST /api/restart'),
    (2070, 2193, 'sun-browse', 'GET /api/browse'),
]:
    neg(R, P, line, group, route, why_cfg + ' Handler.')
    neg(R, P, rline, group, route, why_cfg + ' Registration: server.resource["^..."]["METHOD"] = handler.')
sc(R, P, 590, 'no', 'authenticate(): SHA-256(password + salt) hex digest compared with the stored hash (config::sunshine.password) '
   'using std::string operator!= (early exit); same line compares the user name with boost::iequals.')
sc(R, P, 743, 'no', 'validate_stored_csrf_token(): stored CSRF token compared with the token from the X-CSRF-Token header / '
   'csrf_token query parameter using operator!= (early exit).')
sc(R, P, 1672, 'no', 'savePassword(): hash of the supplied current password compared with the stored hash using operator== '
   '(early exit) before the credentials are replaced.')
sc(R, P, 481, 'yes', 'Header name compared with "Authorization" to redact it from the debug log; header name, not a secret.', NS)
sc(R, P, 1575, 'yes', 'Cover URL host compared with "images.igdb.com" (download allowlist); not a secret.', NS)
sc(R, P, 1931, 'yes', 'Virtual-input license action compared with "activate"; not a secret.', NS)

# ---------------- LizardByte/Sunshine: GameStream (nvhttp) server for Moonlight clients ----------------
R, P = 'LizardByte/Sunshine', 'src/nvhttp.cpp'
why_gs = ('GameStream protocol endpoint called by Moonlight clients (client-initiated request/response API, HTTPS with '
          'paired client certificates, plain HTTP for serverinfo/pair); not a callback/notification from another system.')
for (line, rline, group, route) in [
    (867, 1360, 'sun-gs-serverinfo', 'GET /serverinfo (HTTPS)'),
    (692, 1361, 'sun-gs-pair', 'GET /pair (HTTPS)'),
    (956, 1364, 'sun-gs-applist', 'GET /applist'),
    (1237, 1365, 'sun-gs-appasset', 'GET /appasset'),
    (991, 1366, 'sun-gs-launch', 'GET /launch'),
    (1109, 1369, 'sun-gs-resume', 'GET /resume'),
    (1206, 1372, 'sun-gs-cancel', 'GET /cancel'),
]:
    neg(R, P, line, group, route, why_gs + ' Handler.')
    neg(R, P, rline, group, route, why_gs + ' Registration: https_server.resource["^..."]["GET"].')
sc(R, P, 599, 'no', 'clientpairingsecret(): SHA-256 over serverchallenge + client cert signature + client secret compared with the '
   'client hash from the previous phase using std::equal (early exit) - a pairing MAC-like value.')
sc(R, P, 717, 'yes', 'Pairing phrase compared with "getservercert" (protocol phase dispatch); not a secret.', NS)
sc(R, P, 1471, 'yes', 'Stored client certificate PEM compared with the certificate being removed; public certificate, not a secret.', NS)
sc(R, P, 1428, 'yes', 'Client UUID compared with the requested UUID (client lookup); identifier, not a secret.', NS)

_labels.write(__file__, 'webhook30')
