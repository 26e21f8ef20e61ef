#!/usr/bin/env python3
# Hand-written labels (from reading the code). Writes labels.jsonl.
C = {
 'Motion-Project/motion': 'aaae7d40389d96aac8d4cad15838e9014fd7cea0',
 'eclipse/mosquitto': 'fb9b1153924ae0e2dfb3bcb4266ee5bb49a5c515',
 'pgbouncer/pgbouncer': '13a344f2625381296fc02e29b986a11be9c6b983',
 'tinyproxy/tinyproxy': '364cdb67e0ea00a8e4a7037e2693e0711e816adb',
 'owntone/owntone-server': 'cfcc1307e12990016484430935452ec7a41fdaba',
 'monkey/monkey': 'd55885d47f72cad1fd8a36eee01c6d580f098d52',
 'nzbgetcom/nzbget': '063e1cd82ee719b18a1dae40f65c0971de44edef',
 'CARTAvis/carta-backend': '66c7d752d23187fa20cd08aeebf6039b32d40e13',
 'znc/znc': 'fe8d43f828f49561c8156f60a2dc51a1b5b7da2c',
}
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import Labels, NS  # noqa: E402

_labels = Labels('wh23', C)
wh, neg, sc = _labels.wh, _labels.neg, _labels.sc

# ---------------- Motion-Project/motion (C++17 camera daemon, libmicrohttpd webcontrol) ----------------
R, A = 'Motion-Project/motion', 'src/webu_ans.cpp'
sc(R, A, 565, 'no', 'mhd_basic: Basic-auth password vs the configured webcontrol admin password (webcontrol_auth_admin "user:pass"), '
   'std::string operator==; early exit.')
sc(R, A, 570, 'no', 'mhd_basic: Basic-auth password vs the configured webcontrol user password, std::string operator==; early exit.')
sc(R, A, 485, 'yes', 'mhd_digest: digest username vs the configured admin user name (selects which password MHD_digest_auth_check '
   'uses); a user name, not the secret.', NS)
sc(R, A, 483, 'yes', 'mhd_digest: username compared with the empty string; not a secret.', NS)
sc(R, 'src/webu.cpp', 116, 'yes', 'Configured auth method compared with "digest" (startup option check); not a secret.', NS)
sc(R, A, 637, 'yes', 'Configured auth method compared with "basic"; configuration keyword, not a secret.', NS)
sc(R, A, 807, 'yes', 'First URI segment compared with "mjpg" (router); route path, not a secret.', NS)
ui = ('Motion webcontrol (the user\'s browser / API client on the webcontrol port, behind the configured basic/digest auth); '
      'not a callback from another system.')
neg(R, 'src/webu.cpp', 69, 'motion-webcontrol', 'ANY * (webcontrol port)', ui + ' mhd_answer: the libmicrohttpd access handler '
    'of the whole webcontrol (every route below goes through it).')
neg(R, 'src/webu.cpp', 414, 'motion-webcontrol', 'ANY * (webcontrol port)', ui + ' Registration: MHD_start_daemon(..., &mhd_answer, ...).')
for (line, hpath, hline, group, route, what) in [
    (807, 'src/webu_stream.cpp', 640, 'motion-stream', 'GET /{camid}/mjpg|mpegts|static/...', 'Live MJPEG / MPEG-TS / still stream.'),
    (815, 'src/webu_file.cpp', 38, 'motion-movies', 'GET /{camid}/movies/{file}', 'Recorded movie download.'),
    (822, 'src/webu_json.cpp', 552, 'motion-json', 'GET /{camid}/config.json|log|movies.json|status.json', 'JSON status/config API.'),
    (829, 'src/webu_text.cpp', 154, 'motion-text', 'GET /{camid}/detection|action/...', 'Legacy text control API.'),
    (846, 'src/webu_html.cpp', 1654, 'motion-html', 'GET / (default page)', 'Web UI page.'),
    (955, 'src/webu_post.cpp', 946, 'motion-post', 'POST /{camid}', 'Web UI form actions (config edits, pause, snapshot, restart).'),
]:
    neg(R, A, line, group, route, what + ' ' + ui + ' Dispatch branch in cls_webu_ans::answer_get/answer_main.')
    neg(R, hpath, hline, group, route, what + ' ' + ui + ' Handler method.')

# ---------------- eclipse/mosquitto (C MQTT broker) ----------------
R, D, P = 'eclipse/mosquitto', 'src/security_default.c', 'plugins/dynamic-security/auth.c'
sc(R, D, 983, 'yes', 'mosquitto__memcmp_const: XOR-accumulate loop over the whole hash length; constant time.')
sc(R, D, 1023, 'yes', 'mosquitto_unpwd_check_default: PBKDF2/SHA512 hash of the CONNECT password vs the password-file hash, '
   'length check then mosquitto__memcmp_const (constant time).')
sc(R, D, 1314, 'yes', 'mosquitto_psk_key_get_default: TLS-PSK identity compared with configured identities to pick the key; the '
   'identity is public, not the key.', NS)
sc(R, D, 227, 'yes', 'Password-file loader: duplicate user name check; user name, not a secret.', NS)
sc(R, D, 723, 'yes', 'ACL check: client user name vs ACL entry user name; not a secret.', NS)
sc(R, D, 1280, 'yes', 'ACL check (per-user pattern list): user name compare; not a secret.', NS)
# security_default.c:1032 (plain strcmp of the stored password) is in the #else of WITH_TLS: not compiled under the recorded
# flags (WITH_TLS on, as in the default build); labelled for completeness, not scored.
_labels.items.append({'repo': R, 'path': D, 'line': 1032, 'kind': 'secret_compare',
                      'fields': {'constant_time': 'no', 'why': 'Builds without WITH_TLS: CONNECT password vs the plaintext '
                                 'password-file entry with strcmp.', 'active_under_recorded_flags': 'no'},
                      'note': 'Inactive under the recorded flags (-DWITH_TLS); score.py skips it.'})
sc(R, P, 166, 'yes', 'dynsec memcmp_const: XOR-accumulate loop over the whole length; constant time.')
sc(R, P, 196, 'yes', 'dynsec_auth__basic_auth_callback: PBKDF2 hash of the CONNECT password vs the stored hash with memcmp_const '
   '(constant time).')
sc(R, P, 191, 'yes', 'dynsec: client id bound to the user compared with the connecting client id (strcmp); a client id, not a '
   'secret.', NS)

# ---------------- pgbouncer/pgbouncer (C PostgreSQL connection pooler) ----------------
R, CL, SC, OB = 'pgbouncer/pgbouncer', 'src/client.c', 'src/scram.c', 'src/objects.c'
sc(R, CL, 91, 'no', 'check_client_passwd (auth_type plain, plaintext stored password): client password vs stored password with strcmp.')
sc(R, CL, 96, 'no', 'check_client_passwd (auth_type plain, md5 stored password): md5(password+user) vs stored md5 hash with strcmp.')
sc(R, CL, 126, 'no', 'check_client_passwd (auth_type md5): md5 challenge response computed from the stored secret and the salt vs the '
   'client\'s response, strcmp.')
sc(R, SC, 1137, 'no', 'verify_client_proof (SCRAM server side): H(ClientKey) vs the stored StoredKey with memcmp; the SCRAM '
   'authentication decision.')
sc(R, SC, 1198, 'no', 'scram_verify_plain_password: ServerKey computed from the plaintext password vs the stored ServerKey with memcmp.')
sc(R, SC, 608, 'no', 'verify_server_signature (pgbouncer as SCRAM client of the PostgreSQL server): expected vs received '
   'ServerSignature (an HMAC) with memcmp.')
sc(R, OB, 2184, 'no', 'accept_cancel_request: the 8-byte cancel key of a CancelRequest (the secret that authorizes cancelling another '
   'client\'s query) vs each active client\'s key with memcmp.')
sc(R, OB, 2191, 'no', 'accept_cancel_request: same cancel-key memcmp over the waiting clients.')
sc(R, SC, 387, 'yes', 'SCRAM client: server nonce must start with our client nonce (memcmp); nonces are sent in clear, not secrets.', NS)
sc(R, SC, 1085, 'yes', 'verify_final_nonce: client-final nonce vs the client nonce; public nonce, not a secret.', NS)
sc(R, SC, 1087, 'yes', 'verify_final_nonce: server part of the nonce; public nonce, not a secret.', NS)
sc(R, SC, 201, 'yes', 'Stored SCRAM secret scheme compared with "SCRAM-SHA-256"; not a secret.', NS)
sc(R, SC, 733, 'yes', 'Channel-binding flag compared with "biws"/"eSws" (base64 of the GS2 header); not a secret.', NS)
sc(R, CL, 107, 'yes', 'md5 auth: length of the client response compared with MD5_PASSWD_LEN; a length, not the secret.', NS)
sc(R, CL, 251, 'yes', 'Peer/ident user-name mapping: login user name vs the mapped PostgreSQL user name; not a secret.', NS)
sc(R, SC, 763, 'yes', 'SCRAM: decoded ClientProof length compared with the key length; a length, not the secret.', NS)
sc(R, SC, 460, 'yes', 'SCRAM client: decoded ServerSignature length compared with the key length; a length, not the secret.', NS)
sc(R, CL, 1016, 'yes', 'Startup packet parameter name compared with "replication"; not a secret.', NS)

# ---------------- tinyproxy/tinyproxy (C HTTP proxy) ----------------
R, B, Q = 'tinyproxy/tinyproxy', 'src/basicauth.c', 'src/reqs.c'
sc(R, B, 93, 'no', 'basicauth_check: base64 "user:password" from Proxy-Authorization / Authorization vs each configured '
   'BasicAuth entry (stored base64) with strcmp; early exit.')
sc(R, Q, 1667, 'yes', 'Authorization value prefix compared with "Basic " (strncmp); scheme, not a secret.', NS)
sc(R, Q, 326, 'yes', 'is_stathost: Host header vs the configured StatHost name, byte loop; host name, not a secret.', NS)
sc(R, Q, 454, 'yes', 'Request method compared with "CONNECT"; not a secret.', NS)
sc(R, Q, 366, 'yes', 'Request method compared with "GET" (strcasecmp); not a secret.', NS)
neg(R, 'src/stats.c', 62, 'tp-stats', 'GET http://<StatHost>/', 'Proxy statistics page for the proxy\'s users (StatHost), '
    'behind BasicAuth when configured. Handler: showstats.')
neg(R, Q, 401, 'tp-stats', 'GET http://<StatHost>/', 'Proxy statistics page for the proxy\'s users. Dispatch: '
    'is_stathost(Host) branch in process_request.')

# ---------------- owntone/owntone-server (C media server: libevent httpd JSON API, DAAP, MPD) ----------------
R, H, J = 'owntone/owntone-server', 'src/httpd.c', 'src/httpd_jsonapi.c'
sc(R, H, 1454, 'yes', 'httpd_basic_auth: password vs the admin/library password with constant_time_strcmp (XOR loop over the '
   'longer length, misc.c:1209); the user-name strcmp on the same line is not a secret.')
sc(R, H, 1456, 'yes', 'httpd_basic_auth without a user name (DAAP library password): constant_time_strcmp.')
sc(R, H, 1426, 'yes', 'Authorization header prefix compared with "Basic "; scheme, not a secret.', NS)
sc(R, 'src/misc.c', 1209, 'yes', 'constant_time_strcmp: volatile XOR accumulate over max(len_a, len_b), length difference folded in; '
   'constant time.')
sc(R, 'src/mpd.c', 3144, 'yes', 'MPD "password" command: supplied password vs the library password with constant_time_strcmp.')
sc(R, 'src/mpd.c', 3842, 'yes', 'MPD command name compared with "password" (commands other than password need authentication); not '
   'a secret.', NS)
sc(R, 'src/remote_pairing.c', 208, 'yes', 'Remote pairing: announced remote id (from mDNS) compared with the pending remote id; a '
   'public identifier, not a secret.', NS)
adm = ('Web UI / JSON API of the media server (user-facing, behind httpd_request_is_authorized: trusted network or admin '
       'password); registered from the adm_handlers route table; not a callback from another system.')
for (hline, rline, group, route, what) in [
    (800, 4673, 'ot-config', 'GET /api/config', 'Server configuration.'),
    (951, 4674, 'ot-settings', 'GET /api/settings', 'Settings.'),
    (1177, 4679, 'ot-library', 'GET /api/library', 'Library summary.'),
    (1372, 4687, 'ot-lastfm-login', 'POST /api/lastfm-login', 'User logs in to Last.fm from the UI.'),
    (1475, 4749, 'ot-listenbrainz-token', 'POST /api/listenbrainz/token', 'User stores a ListenBrainz token.'),
    (1529, 4686, 'ot-pairing', 'POST /api/pairing', 'User enters the Remote app pairing PIN.'),
    (1829, 4690, 'ot-verification', 'POST /api/verification', 'User enters the AirPlay device verification PIN.'),
    (1855, 4693, 'ot-outputs-set', 'PUT /api/outputs/set', 'Select speakers.'),
    (1983, 4700, 'ot-player-play', 'PUT /api/player/play', 'Player control.'),
    (2446, 4714, 'ot-queue-add', 'POST /api/queue/items/add', 'Queue control.'),
    (4545, 4746, 'ot-search', 'GET /api/search', 'Library search.'),
    (4654, 4744, 'ot-library-backup', 'PUT /api/library/backup', 'Database backup.'),
]:
    neg(R, J, hline, group, route, what + ' ' + adm + ' Handler.')
    neg(R, J, rline, group, route, what + ' ' + adm + ' Route-table entry.')
why = ('Spotify OAuth redirect target (/oauth/spotify?code=...&state=...): the user\'s browser is redirected here by Spotify after '
       'login; in this build (no SPOTIFY) the stub handler only answers 404. A browser-mediated OAuth redirect, not a '
       'server-to-server webhook; left unclear (not scored).')
wh(R, 'src/httpd_oauth.c', 63, 'no', 'unclear', 'ot-oauth-spotify', 'GET /oauth/spotify', why, 'Handler (the #else stub active '
   'without SPOTIFY).')
wh(R, 'src/httpd_oauth.c', 76, 'no', 'unclear', 'ot-oauth-spotify', 'GET /oauth/spotify', why, 'Route-table entry.')

# ---------------- monkey/monkey (C web server, auth plugin = access-phase Basic auth filter) ----------------
R, P = 'monkey/monkey', 'plugins/auth/auth.c'
sc(R, P, 88, 'no', 'mk_auth_validate_user: SHA1 of the Basic-auth password vs the stored SHA1 (users file) with memcmp; early exit.')
sc(R, P, 81, 'yes', 'User name compared with the users-file entry (strncmp); not a secret.', NS)
sc(R, P, 78, 'yes', 'User name length compared with the entry length; a length, not a secret.', NS)
sc(R, P, 47, 'yes', 'Authorization value prefix compared with "Basic " (strncmp); scheme, not a secret.', NS)
sc(R, P, 177, 'yes', 'Request URI prefix compared with a restricted location path (strncmp); route path, not a secret.', NS)

# ---------------- nzbgetcom/nzbget (C++17 Usenet downloader daemon: hand-written HTTP server + JSON/XML-RPC, binary RPC) ----------------
R, W, X, BR = 'nzbgetcom/nzbget', 'daemon/remote/WebServer.cpp', 'daemon/remote/XmlRpc.cpp', 'daemon/remote/BinRpc.cpp'
sc(R, W, 242, 'no', 'CheckCredentials: Auth-Token cookie (form-login session token) vs the server\'s per-access-level tokens with '
   'strcmp; early exit.')
sc(R, W, 257, 'no', 'CheckCredentials: password (Basic auth or /user:pass/ URL prefix) vs ControlPassword with strcmp.')
sc(R, W, 263, 'no', 'CheckCredentials: password vs RestrictedPassword with strcmp.')
sc(R, W, 269, 'no', 'CheckCredentials: password vs AddPassword with strcmp.')
sc(R, BR, 181, 'no', 'BinRpcProcessor::Execute: password field of the binary RPC request vs ControlPassword with strcmp.')
sc(R, W, 166, 'yes', 'Request header name matched with "Cookie: " (strncasecmp); header name, not a secret.', NS)
sc(R, W, 203, 'yes', 'URL prefix compared with "/nzbget/"; route path, not a secret.', NS)
sc(R, X, 511, 'yes', 'IsRpcRequest: URL compared with "/xmlrpc" / "/jsonrpc" / "/jsonprpc"; route path, not a secret.', NS)
sc(R, X, 748, 'yes', 'RPC method name compared with "saveconfig" (restricted user may not call it); not a secret.', NS)
api = ('NZBGet web UI / JSON-RPC / XML-RPC API (the user\'s browser and management tools such as Sonarr/Radarr calling the '
       'API with the control credentials, checked by CheckCredentials before Dispatch); an authenticated API, not a callback '
       'notification from another system.')
neg(R, W, 73, 'nz-http', 'ANY * (control port)', api + ' WebProcessor::Execute: the hand-written HTTP server\'s request entry.')
neg(R, W, 306, 'nz-http', 'ANY * (control port)', api + ' WebProcessor::Dispatch.')
neg(R, W, 314, 'nz-rpc', 'POST /jsonrpc|/xmlrpc|/jsonprpc', api + ' Dispatch branch (m_rpcRequest).')
neg(R, X, 516, 'nz-rpc', 'POST /jsonrpc|/xmlrpc|/jsonprpc', api + ' XmlRpcProcessor::Execute.')
neg(R, W, 356, 'nz-static', 'GET /{file}', 'Web UI static files. Dispatch branch.')
neg(R, W, 533, 'nz-static', 'GET /{file}', 'Web UI static files. Handler: SendSingleFileResponse.')
neg(R, W, 352, 'nz-combined', 'GET /combined.{js,css}?...', 'Web UI combined static files. Dispatch branch.')
neg(R, W, 575, 'nz-combined', 'GET /combined.{js,css}?...', 'Web UI combined static files. Handler: SendMultiFileResponse.')
for (line, hline, group, route, what) in [
    (763, 1352, 'nz-rpc-shutdown', 'RPC shutdown', 'Shut the daemon down.'),
    (771, 1364, 'nz-rpc-version', 'RPC version', 'Version query.'),
    (783, 1393, 'nz-rpc-status', 'RPC status', 'Status query.'),
    (807, 2413, 'nz-rpc-editqueue', 'RPC editqueue', 'Queue edits.'),
    (811, 2481, 'nz-rpc-append', 'RPC append/appendurl', 'Add an NZB (used by the UI and by Sonarr/Radarr-style clients).'),
    (831, 2777, 'nz-rpc-scan', 'RPC scan', 'Scan the incoming NZB directory.'),
    (891, 3208, 'nz-rpc-saveconfig', 'RPC saveconfig', 'Save configuration.'),
]:
    neg(R, X, line, group, route, what + ' ' + api + ' Method-name dispatch branch (XmlRpcProcessor::Dispatch).')
    neg(R, X, hline, group, route, what + ' ' + api + ' Command class Execute().')
neg(R, BR, 235, 'nz-binrpc-shutdown', 'binary RPC rrShutdown (control port)', 'nzbget command-line client\'s binary RPC '
    '(password-checked in BinRpcProcessor::Execute). Dispatch case.')
neg(R, BR, 362, 'nz-binrpc-shutdown', 'binary RPC rrShutdown (control port)', 'nzbget command-line client\'s binary RPC. Handler: '
    'ShutdownBinCommand::Execute.')

# ---------------- CARTAvis/carta-backend (C++17 image-viewer backend, uWebSockets HTTP API) ----------------
R, T, H = 'CARTAvis/carta-backend', 'src/Util/Token.cc', 'src/HttpServer/HttpServer.cc'
sc(R, T, 32, 'no', 'ValidateAuthToken: carta-auth-token cookie value vs the server auth token with std::ssub_match operator== '
   '(string compare, early exit), while the three other token paths below use ConstantTimeStringCompare.')
sc(R, T, 41, 'yes', 'ValidateAuthToken: Authorization Bearer token vs the auth token with ConstantTimeStringCompare.')
sc(R, T, 47, 'yes', 'ValidateAuthToken: ?token= query parameter vs the auth token with ConstantTimeStringCompare.')
sc(R, T, 51, 'yes', 'ValidateAuthToken: carta-auth-token header vs the auth token with ConstantTimeStringCompare.')
sc(R, 'src/Util/String.cc', 48, 'yes', 'ConstantTimeStringCompare: volatile XOR-accumulate loop over the whole length; constant time.')
sc(R, 'src/Util/String.cc', 42, 'yes', 'ConstantTimeStringCompare length check (early exit on unequal length); a length, not the secret '
   'bytes.', NS)
sc(R, T, 24, 'yes', 'required_token.empty(): auth disabled when no token is configured; not a compare of the secret.', NS)
api = ('CARTA backend HTTP API / frontend server (the user\'s browser or the carta-python scripting client, with the auth token '
       'checked by IsAuthenticated -> ValidateAuthToken); not a callback from another system.')
for (rline, hline, group, route, what) in [
    (65, 701, 'carta-scripting', 'POST /api/scripting/action', 'Scripting action forwarded to the frontend session.'),
    (72, 281, 'carta-prefs-get', 'GET /api/database/preferences', 'Read user preferences.'),
    (73, 330, 'carta-prefs-set', 'PUT /api/database/preferences', 'Update user preferences.'),
    (74, 386, 'carta-prefs-clear', 'DELETE /api/database/preferences', 'Clear user preferences.'),
    (78, 405, 'carta-object-list', 'GET /api/database/list/{type}s', 'List stored layouts/snippets/workspaces.'),
    (84, 463, 'carta-object-set', 'PUT /api/database/{type}', 'Store a layout/snippet/workspace.'),
    (97, 114, 'carta-config', 'GET /config', 'Runtime frontend configuration.'),
    (102, 121, 'carta-static', 'GET /*', 'Frontend static files.'),
]:
    neg(R, H, rline, group, route, what + ' ' + api + ' Registration (app.get/put/post/del in RegisterRoutes).')
    neg(R, H, hline, group, route, what + ' ' + api + ' Handler method.')

# ---------------- znc/znc (C++17 IRC bouncer, built-in web server: hand-written router in CWebSock) ----------------
R, WM, U, UT = 'znc/znc', 'src/WebModules.cpp', 'src/User.cpp', 'src/Utils.cpp'
sc(R, WM, 989, 'no', 'ValidateCSRFCheck: the _CSRF_Check form parameter (the per-session CSRF secret, MD5 of the session id) vs '
   'GetCSRFCheck() with CString operator== (std::string compare, early exit). The sURI == "/login" on the same line is a route '
   'compare.')
sc(R, U, 1066, 'yes', 'CUser::CheckPass (MD5 hash type): stored hash vs salted MD5 of the password with CUtils::ConstantTimeEquals.')
sc(R, U, 1071, 'yes', 'CUser::CheckPass (SHA256 hash type): stored hash vs salted SHA256 with CUtils::ConstantTimeEquals.')
sc(R, U, 1087, 'yes', 'CUser::CheckPass (plain-text password): CUtils::ConstantTimeEquals.')
sc(R, UT, 283, 'yes', 'CUtils::ConstantTimeEquals: CRYPTO_memcmp after a length check (HAVE_LIBSSL); constant time.')
sc(R, UT, 279, 'yes', 'ConstantTimeEquals length check; a length, not the secret bytes (hex hashes have fixed length).', NS)
sc(R, U, 318, 'yes', 'Config "Pass" block: hash method compared with "sha256"; not a secret.', NS)
sc(R, WM, 643, 'yes', 'Session IP vs remote IP (ProtectWebSessions); an address, not a secret.', NS)
why = ('ZNC web interface (the user\'s browser: login form / session cookie, CSRF check for non-module pages); not a callback '
       'from another system. Branch of the hand-written router in CWebSock::OnPageRequestInternal (one anchor: the branch is the '
       'handler).')
for (line, group, route, what) in [
    (682, 'znc-index', 'GET /', 'Index page.'),
    (693, 'znc-logout', 'GET /logout', 'Logout.'),
    (700, 'znc-login', 'POST /login', 'Login form (OnLogin -> CUser::CheckPass).'),
    (712, 'znc-pub', 'GET /pub/*', 'Static files.'),
    (731, 'znc-mods', 'GET|POST /mods/*, /modfiles/*', 'Module web pages (webadmin etc.), dispatched to the module\'s OnWebRequest.'),
]:
    neg(R, WM, line, group, route, what + ' ' + why)

_labels.write(__file__, 'webhook23')
