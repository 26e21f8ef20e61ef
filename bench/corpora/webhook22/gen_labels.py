#!/usr/bin/env python3
# Hand-written labels (from reading the code). Writes labels.jsonl.
C = {
 'INotfound/GitLabHook': '304ad77fa688d3234b5146de4494780a25054637',
 'gabirat/LightsControllerApp': '614315f3f8b34de11971f6a1b10fb3fe0c3ea6c2',
 'lacyyy/DZSimulator': '77d4afc054aeb62e2a5d5c0a3f4079458ff72ecf',
 'SquadOV/SquadOVClient': '91eb091eabc9292fa767a5fdbc40f963ec34985a',
 'vitotai/BrewPiLess': '165c827eb1b17b8e7f40b338ad7ce0c98c17e76c',
 'epetin/gaming-lights-csgo': 'ab1cfb0c955e8db5ffed713115075797701333a1',
 'davidramiro/esp-cs2-gsi-matrix': '1e7b4a4dbdf8613d8f29c29b1dd48dd8462395a8',
 'MyLobster-ai/mylobsterpp': '9cf1d1e9035b489e26b90edb13092dd7b89099d8',
 'xunboo/ZeroClaw-Plus-Plus': '8438011e773a6eaf36ff91f49e8e970e43c96458',
}
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import Labels, NS  # noqa: E402

_labels = Labels('wh22', C)
wh, neg, sc = _labels.wh, _labels.neg, _labels.sc

# ---------------- INotfound/GitLabHook (C++11, Magic framework servlet; route table in Modules/Servlet.json) ----------------
R, P, J = 'INotfound/GitLabHook', 'Source/Servlet/HookServlet.cpp', 'Modules/Servlet.json'
why = ('GitLab project webhook (push / merge_request events) relayed to a WeCom group robot. HookServlet::hook parses the '
       'body and forwards it; it never reads X-Gitlab-Token or any secret, so anyone who can reach /Api/Public/WebHook can '
       'post forged events (the ?key= query parameter is the outbound WeCom robot key, not a check of the sender).')
wh(R, P, 39, 'yes', 'no', 'gitlab-hook', 'POST /Api/Public/WebHook', why, 'Handler (servlet member function).')
wh(R, J, 17, 'yes', 'no', 'gitlab-hook', 'POST /Api/Public/WebHook', why,
   'Registration: route table entry "addRoute": ["/Api/Public/WebHook", "&HookServlet::hook"] (the Magic code generator '
   'turns Modules/Servlet.json into the addRoute call).')
sc(R, P, 57, 'yes', 'GitLab object_kind compared with "push"; an event type, not a secret.', NS)
sc(R, P, 115, 'yes', 'GitLab object_kind compared with "merge_request"; an event type, not a secret.', NS)

# ---------------- gabirat/LightsControllerApp (C++17, Poco HTTPServer; Windows) ----------------
R, D = 'gabirat/LightsControllerApp', 'LightsControllerApp/'
why = ('CS:GO Game State Integration push: the game client POSTs its state JSON to the local server (port 1337, path "/"); '
       'GSIRequestHandler parses it and GameHandler drives the LED strip. The GSI "auth" token is never configured or '
       'checked (only the URI is compared), so any local or LAN process can inject game events.')
wh(R, D + 'GSIRequestHandler.cpp', 6, 'yes', 'no', 'csgo-gsi', 'POST / (CS:GO GSI)', why, 'Handler (Poco HTTPRequestHandler::handleRequest).')
wh(R, D + 'GSIRequestHandlerFactory.cpp', 6, 'yes', 'no', 'csgo-gsi', 'POST / (CS:GO GSI)', why,
   'Routing: the factory hands every request to GSIRequestHandler.')
wh(R, D + 'GameHandler.cpp', 69, 'yes', 'no', 'csgo-gsi', 'POST / (CS:GO GSI)', why,
   'Registration: Poco::Net::HTTPServer constructed with the GSIRequestHandlerFactory.')
sc(R, D + 'GSIRequestHandler.cpp', 7, 'yes', 'Configured GSI path compared with the request URI (!=); a route, not a secret.', NS)
sc(R, D + 'GameHandler.cpp', 11, 'yes', 'Game-state field compared with "planted"; an event value, not a secret.', NS)

# ---------------- lacyyy/DZSimulator (C++17, cpp-httplib, Magnum) ----------------
R, P = 'lacyyy/DZSimulator', 'src/csgo_integration/Gsi.cpp'
why = ('CS:GO Game State Integration push (POST / on the configured host:port). The httplib handler only queues the raw '
       'body; Gsi::GetNewestGsiStates, the only consumer, extracts the "auth" token of each payload and drops the payload '
       'when it differs from the configured auth_token (line 215) before any state is used: verified (deferred, gating), '
       'with a timing-unsafe std::string != compare.')
wh(R, P, 66, 'yes', 'yes', 'dz-gsi', 'POST / (CS:GO GSI)', why, 'Handler (lambda http_handler, queues the body).')
wh(R, P, 78, 'yes', 'yes', 'dz-gsi', 'POST / (CS:GO GSI)', why, 'Registration: server.Post("/", http_handler).')
sc(R, P, 215, 'no', 'GSI auth token from the payload compared with the configured auth_token with std::string != '
   '(early-exit compare of a shared secret).')
sc(R, P, 182, 'yes', 'JSON key compared with "auth" while walking the payload; a field name, not a secret.', NS)

# ---------------- SquadOV/SquadOVClient (C++20, civetweb; Windows game recorder) ----------------
R, P = 'SquadOV/SquadOVClient', 'client_service/game_event_watcher/game_event_watcher/csgo/csgo_gsi_listener.cpp'
why = ('CS:GO Game State Integration push to http://127.0.0.1:PORT/csgo/gsi (resources/csgo/gamestate_integration_squadov.cfg '
       'has no "auth" block). CsgoGsiHandler::handlePost parses the packet and dispatches it to every registered delegate '
       'without any token check, so any local process can inject match events into the recorder.')
wh(R, P, 20, 'yes', 'no', 'squadov-csgo-gsi', 'POST /csgo/gsi', why, 'Handler (CivetHandler::handlePost).')
wh(R, P, 54, 'yes', 'no', 'squadov-csgo-gsi', 'POST /csgo/gsi', why, 'Registration: _server->addHandler("/csgo/gsi", *_handler).')

# ---------------- vitotai/BrewPiLess (ESP32 Arduino firmware, ESPAsyncWebServer handler classes) ----------------
R, P, X = 'vitotai/BrewPiLess', 'src/BrewPiLess.cpp', 'src/ExternalData.cpp'
why = ('iSpindel hydrometer push: the iSpindel\'s "HTTP" service POSTs gravity/temperature JSON to /gravity. '
       'ExternalDataHandler buffers the body (handleBody), answers 200 and calls processGravity, which computes '
       'request->authenticate(...) but passes the result to ExternalData::processGravityReport, which ignores its '
       '"authenticated" parameter: the report is applied to the gravity log and the beer profile unauthenticated '
       '(verification computed, result ignored).')
wh(R, P, 1460, 'yes', 'no', 'bpl-gravity', 'POST /gravity', why, 'Handler branch in ExternalDataHandler::handleRequest.')
wh(R, P, 1348, 'yes', 'no', 'bpl-gravity', 'POST /gravity', why, 'Helper processGravity.')
wh(R, P, 1352, 'yes', 'no', 'bpl-gravity', 'POST /gravity', why, 'authenticate() result passed to processGravityReport and ignored there.')
wh(R, X, 300, 'yes', 'no', 'bpl-gravity', 'POST /gravity', why, 'ExternalData::processGravityReport (the "authenticated" parameter is never read).')
wh(R, P, 2049, 'yes', 'no', 'bpl-gravity', 'POST /gravity', why, 'Registration: webServer->addHandler(&externalDataHandler).')
auth = ' Admin route of the web UI behind request->authenticate(username, password) (HTTP digest/basic by the library).'
ui = ' Web-UI route (same-device browser page); not a callback from another system.'
for (line, group, route, what) in [
    (501, 'bpl-mqtt-post', 'POST /mqtt', 'Saves the MQTT remote-control settings.' + auth),
    (522, 'bpl-config-get', 'GET /config', 'System configuration page/JSON.' + auth),
    (528, 'bpl-config-post', 'POST /config', 'Saves the system configuration.' + auth),
    (571, 'bpl-time-get', 'GET /time', 'Returns the device time.' + ui),
    (589, 'bpl-erasewifi', 'GET /erasewifisetting', 'Erases the WiFi settings.' + auth),
    (600, 'bpl-restart', 'GET /restart', 'Restarts the controller.' + auth),
    (610, 'bpl-rm', 'DELETE /rm', 'Deletes a file.' + auth),
    (615, 'bpl-fputs', 'POST /fputs', 'Writes a file.' + auth),
    (620, 'bpl-getstatus', 'GET /getstatus', 'Status JSON for the UI.' + ui),
    (645, 'bpl-log', 'GET/POST /log', 'Remote-logging settings (POST authenticated).' + ui),
    (668, 'bpl-ptc', 'GET/POST /ptc', 'Parasite temperature control settings.' + ui),
    (687, 'bpl-cap', 'GET/POST /cap', 'Auto-capping settings.' + auth),
    (720, 'bpl-psi', 'GET/POST /psi', 'Pressure monitor settings.' + auth),
    (766, 'bpl-tschedule', 'GET/POST /tschedule', 'Beer temperature profile.' + ui),
    (882, 'bpl-apple-cna', 'GET * (Host apple/itools/ibook)', 'AppleCNAHandler answers Apple captive-portal probes with a Success page.' + ui),
    (1039, 'bpl-ws', 'WS /ws', 'WebSocket event handler for the browser UI.' + ui),
    (1214, 'bpl-loghandler', 'GET /loglist.php, /chart.php', 'LogHandler serves the brew log and chart data.' + ui),
    (1443, 'bpl-sgset', 'GET /sgset', 'Manual gravity / original gravity entry from the UI.' + ui),
    (1479, 'bpl-coeff', 'GET /coeff', 'Gravity formula coefficients from the UI.' + ui),
    (1502, 'bpl-gdc-post', 'POST /gdc', 'Gravity device configuration form (ExternalDataHandler, non-/gravity POST).' + ui),
    (2057, 'bpl-fs', 'GET /fs', 'File-system usage (lambda at registration).' + ui),
]:
    neg(R, P, line, group, route, what)
sc(R, P, 1460, 'yes', 'Request URL compared with GRAVITY_PATH ("/gravity"); a route, not a secret.', NS)
sc(R, P, 1443, 'yes', 'Request URL compared with SETGRAVITY_PATH; a route, not a secret.', NS)

# ---------------- epetin/gaming-lights-csgo (ESP32 Arduino firmware, ESPAsyncWebServer + AsyncJson) ----------------
R, P = 'epetin/gaming-lights-csgo', 'src/main.cpp'
why = ('CS:GO Game State Integration push from the game client to the ESP32 (csgo_cfg/gamestate_integration_esp32.cfg posts '
       'to http://<esp32>:80/, no "auth" block). The AsyncCallbackJsonWebHandler lambda copies health/armor/bomb state from '
       'the JSON and drives the LED strip; no token or sender check, so anyone on the LAN can trigger the effects.')
wh(R, P, 303, 'yes', 'no', 'esp32-csgo-gsi', 'POST / (CS:GO GSI)', why, 'Handler lambda passed to AsyncCallbackJsonWebHandler.')
wh(R, P, 302, 'yes', 'no', 'esp32-csgo-gsi', 'POST / (CS:GO GSI)', why, 'new AsyncCallbackJsonWebHandler("/", ...).')
wh(R, P, 383, 'yes', 'no', 'esp32-csgo-gsi', 'POST / (CS:GO GSI)', why, 'Registration: server.addHandler(handler).')
neg(R, P, 296, 'esp32-test', 'GET /test', 'Connectivity test page (lambda at registration); not a callback.')
neg(R, P, 104, 'esp32-notfound', '404 handler', 'notFound(), registered with server.onNotFound (line 384, left unanchored: it is '
    'within 2 lines of the GSI registration).')
sc(R, P, 326, 'yes', 'GSI round phase compared with "over"; an event value, not a secret.', NS)
sc(R, P, 345, 'yes', 'GSI bomb state compared with "planted"; an event value, not a secret.', NS)

# ---------------- davidramiro/esp-cs2-gsi-matrix (ESP8266 Arduino firmware, aWOT framework) ----------------
R, P = 'davidramiro/esp-cs2-gsi-matrix', 'src/main.cpp'
why = ('Counter-Strike 2 Game State Integration push to the LED matrix (POST / on port 80). handlePostGSI deserializes the body '
       'and updates the round/bomb/health display; the GSI "auth" token is never read and nothing else identifies the sender.')
wh(R, P, 8, 'yes', 'no', 'esp-cs2-gsi', 'POST / (CS2 GSI)', why, 'Handler handlePostGSI.')
wh(R, P, 97, 'yes', 'no', 'esp-cs2-gsi', 'POST / (CS2 GSI)', why, 'Registration: app.post("/", &handlePostGSI) (aWOT).')
wh(R, P, 105, 'yes', 'no', 'esp-cs2-gsi', 'POST / (CS2 GSI)', why, 'Dispatch: app.process(&client) for each accepted connection.')
sc(R, P, 33, 'yes', 'Weapon state compared with "active"; a game value, not a secret.', NS)
sc(R, P, 48, 'yes', 'Stored round phase compared with the reported phase (std::string::compare); not a secret.', NS)

# ---------------- MyLobster-ai/mylobsterpp (C++23 OpenClaw port; channel webhook helpers, gateway auth) ----------------
R = 'MyLobster-ai/mylobsterpp'
sc(R, 'src/channels/line.cpp', 157, 'no', 'LINE X-Line-Signature check (LineChannel::verify_signature): base64 HMAC-SHA256 of the '
   'body compared with std::string == against the received signature; early-exit compare of a MAC.')
sc(R, 'src/channels/telegram.cpp', 552, 'no', 'Telegram X-Telegram-Bot-Api-Secret-Token (validate_webhook_secret) compared with '
   'std::string_view == against the configured webhook_secret; timing-unsafe secret compare.')
sc(R, 'src/channels/whatsapp.cpp', 144, 'no', 'WhatsApp hub.verify_token compared with the configured verify_token with == '
   '(verify_webhook); timing-unsafe secret compare (the mode == "subscribe" on the same line is not a secret).')
sc(R, 'src/channels/whatsapp.cpp', 149, 'no', 'Same verify_token compared again with == to log token_match on failure; still an '
   'early-exit compare of the secret.')
sc(R, 'src/gateway/auth.cpp', 45, 'yes', 'TokenAuthVerifier::verify: gateway token compared byte by byte into a volatile '
   'accumulator over the whole length (after a length check); constant time.')
sc(R, 'src/gateway/auth.cpp', 38, 'yes', 'Length of the presented credential compared with the secret\'s length; a length, '
   'not the secret bytes.', NS)
sc(R, 'src/gateway/auth.cpp', 156, 'yes', 'Authorization header prefix compared with "Bearer "; not a secret.', NS)
sc(R, 'src/gateway/auth.cpp', 191, 'yes', 'Query segment prefix compared with the parameter name ("token="); not a secret.', NS)
sc(R, 'src/gateway/auth.cpp', 227, 'yes', 'Request Origin compared with an allowed origin; not a secret.', NS)

# ---------------- xunboo/ZeroClaw-Plus-Plus (C++20 ZeroClaw port; cpp-httplib gateway) ----------------
R, G = 'xunboo/ZeroClaw-Plus-Plus', 'src/gateway/gateway.cpp'
neg(R, G, 332, 'zc-health', 'GET /health', 'Liveness endpoint of the gateway (lambda at registration).')
neg(R, G, 339, 'zc-static', 'GET /_app/*', 'Static web-dashboard assets (lambda at registration).')
neg(R, G, 352, 'zc-spa-fallback', 'GET * (404 fallback)', 'Error handler serving index.html for the single-page dashboard.')
sc(R, G, 321, 'yes', 'verify_whatsapp_signature: HMAC-SHA256 of the body compared with the decoded X-Hub-Signature-256 via '
   'CRYPTO_memcmp; constant time.')
sc(R, G, 300, 'yes', 'Signature header prefix compared with "sha256="; not a secret.', NS)
sc(R, G, 317, 'yes', 'HMAC length compared with the decoded signature length; a length, not the MAC bytes.', NS)
sc(R, 'src/security/pairing.cpp', 210, 'yes', 'Pairing code compared with constant_time_eq (XOR-accumulate over the longer '
   'length, length folded in); constant time.')
sc(R, 'src/security/pairing.cpp', 115, 'yes', 'constant_time_eq body: byte_diff |= x ^ y over max(len); constant time.')
sc(R, 'src/security/otp.cpp', 341, 'no', 'TOTP verification: the code computed from the shared secret compared with the '
   'submitted code with std::string == (early exit); timing-unsafe compare of a secret-derived value.')

_labels.write(__file__, 'webhook22')
