#!/usr/bin/env python3
# Hand-written labels (from reading the code). Writes labels.jsonl.
C = {
 'xrzxrzx/go-cqhttp-C': '297fc77728f4b0d2df5d2608a312b714dc3ad292',
 'rjwats/esp8266-react': '1d304aaacc551b62a9661d220dec1f4ae1d2921e',
 'yappy/DollsKit': '0131f92b5b7005f293b0f142e0acd611034f0ceb',
 'Aircoookie/Espalexa': 'cad7dc8780446b4a92d75bb2dbed8d3615499325',
 'vintlabs/fauxmoESP': '1b8b91e362bc4c2f0891f1160c69f1e399346c02',
 'sinricpro/esp8266-esp32-sdk': 'e10c307b2e3a6666444f39072bdf2b4acb8c56bf',
 'probonopd/ESP8266HueEmulator': 'a891e5215853e031b7815a2489fdd2c08af56be1',
}
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import Labels, NS  # noqa: E402

_labels = Labels('wh27', C)
wh, neg, sc = _labels.wh, _labels.neg, _labels.sc

# ---------------- xrzxrzx/go-cqhttp-C (C, Winsock raw socket server, QQ bot behind go-cqhttp) ----------------
R, M = 'xrzxrzx/go-cqhttp-C', 'main.c'
why = ('go-cqhttp "reverse HTTP POST" event receiver: go-cqhttp POSTs every QQ message/notice/request event to port 5701; '
       'gocqhttp_Event.c accepts the connection, recv()s the raw HTTP request and hands it to event_switch on a new thread, '
       'which strips the headers (removeHeaders), parses the JSON and runs the bot responders (message_event_responded ...). '
       'go-cqhttp signs reports with X-Signature: sha1=HMAC(secret, body) when a secret is configured, but nothing here '
       'reads any header or compares a secret: any local process can inject events (unverified).')
wh(R, M, 45, 'yes', 'no', 'cq-event', 'POST (go-cqhttp event report, port 5701)', why, 'Handler: event_switch definition.')
wh(R, M, 31, 'yes', 'no', 'cq-event', 'POST (go-cqhttp event report, port 5701)', why,
   'Registration: init_gocqhttpEvent(ip, port_Event, event_switch, initialize) binds/listens and installs event_switch as the '
   'event callback.')
wh(R, M, 33, 'yes', 'no', 'cq-event', 'POST (go-cqhttp event report, port 5701)', why,
   'Dispatch: recv_event() loop (gocqhttp_Event.c:93, not parsed: the file has an MSVC-only conflicting prototype) that '
   'spawns event_switch per request.')

# ---------------- rjwats/esp8266-react (ESP32/ESP8266 Arduino framework, ESPAsyncWebServer REST API) ----------------
R, F = 'rjwats/esp8266-react', 'lib/framework/'
why_rest = ('Operator-facing REST endpoint of the device web UI (React front end), wrapped in SecurityManager::wrapRequest '
            '(JWT bearer token, IS_AUTHENTICATED / IS_ADMIN); not a callback from another system.')
for (path, reg, hdl, group, route, what) in [
    ('APStatus.cpp', 5, 11, 'er-ap-status', 'GET /rest/apStatus', 'Access-point status.'),
    ('FactoryResetService.cpp', 6, 12, 'er-factory-reset', 'POST /rest/factoryReset', 'Factory reset (admin).'),
    ('NTPStatus.cpp', 4, 29, 'er-ntp-status', 'GET /rest/ntpStatus', 'NTP status.'),
    ('RestartService.cpp', 4, 10, 'er-restart', 'POST /rest/restart', 'Restart (admin).'),
    ('SystemStatus.cpp', 4, 10, 'er-system-status', 'GET /rest/systemStatus', 'System status.'),
    ('WiFiScanner.cpp', 4, 14, 'er-scan-networks', 'GET /rest/scanNetworks', 'Starts a WiFi scan (admin).'),
    ('WiFiScanner.cpp', 8, 22, 'er-list-networks', 'GET /rest/listNetworks', 'Lists scanned networks (admin).'),
    ('WiFiStatus.cpp', 4, 50, 'er-wifi-status', 'GET /rest/wifiStatus', 'WiFi station status.'),
]:
    neg(R, F + path, hdl, group, route, what + ' ' + why_rest + ' Handler.')
    neg(R, F + path, reg, group, route, what + ' ' + why_rest + ' Registration: server->on(...).')
neg(R, F + 'FeaturesService.cpp', 9, 'er-features', 'GET /rest/features',
    'Public feature-flag list for the UI (no auth); not a webhook. Handler.')
neg(R, F + 'FeaturesService.cpp', 4, 'er-features', 'GET /rest/features',
    'Public feature-flag list for the UI (no auth); not a webhook. Registration: server->on(...) with a lambda.')
neg(R, F + 'UploadFirmwareService.cpp', 21, 'er-upload-firmware', 'POST /rest/uploadFirmware',
    'Firmware upload from the operator\'s browser (admin JWT checked in handleUpload); not a webhook. Upload handler.')
neg(R, F + 'UploadFirmwareService.cpp', 59, 'er-upload-firmware', 'POST /rest/uploadFirmware',
    'Firmware upload: completion handler.')
neg(R, F + 'UploadFirmwareService.cpp', 5, 'er-upload-firmware', 'POST /rest/uploadFirmware',
    'Firmware upload: registration server->on(UPLOAD_FIRMWARE_PATH, HTTP_POST, uploadComplete, handleUpload).')
neg(R, F + 'AuthenticationService.cpp', 19, 'er-verify-authorization', 'GET /rest/verifyAuthorization',
    'UI login check: returns 200/401 for the presented JWT; not a webhook. Handler.')
neg(R, F + 'AuthenticationService.cpp', 9, 'er-verify-authorization', 'GET /rest/verifyAuthorization',
    'Registration: server->on(VERIFY_AUTHORIZATION_PATH, HTTP_GET, lambda).')
neg(R, F + 'AuthenticationService.cpp', 28, 'er-sign-in', 'POST /rest/signIn',
    'UI login (username/password -> JWT); not a webhook. Handler (AsyncCallbackJsonWebHandler callback).')
neg(R, F + 'AuthenticationService.cpp', 7, 'er-sign-in', 'POST /rest/signIn',
    'Registration: _signInHandler(SIGN_IN_PATH, bind(&signIn)) member initializer, added with server->addHandler (line 13).')
neg(R, F + 'AuthenticationService.cpp', 13, 'er-sign-in', 'POST /rest/signIn', 'Registration: server->addHandler(&_signInHandler).')
sc(R, F + 'ArduinoJsonJWT.cpp', 78, 'no',
   'JWT verification (parseJWT): the HMAC-SHA256 signature recomputed by sign(jwt) is compared with the token\'s signature '
   'using Arduino String operator!= (strcmp, early exit); gates every authenticated request.')
sc(R, F + 'ArduinoJsonJWT.cpp', 65, 'yes',
   'JWT header segment checked with startsWith(JWT_HEADER) and the position of the first \'.\'; the header is a public '
   'constant, not a secret.', NS)
sc(R, F + 'SecuritySettingsService.cpp', 54, 'no',
   'authenticate(): stored plaintext password compared with the supplied one using String operator== (after the user name '
   'compare on the same line); timing-unsafe password compare on /rest/signIn.')
sc(R, F + 'SecuritySettingsService.cpp', 44, 'yes',
   'User name from the verified JWT payload compared with each configured user name (String ==); a user name, not a secret.', NS)
sc(R, F + 'SecuritySettingsService.cpp', 70, 'yes',
   'validatePayload: the JSON payload rebuilt from the user record ({username, admin}) compared with the already '
   'signature-checked JWT payload (JsonObject ==); public claims, not a secret.', NS)
sc(R, F + 'SecuritySettingsService.cpp', 21, 'yes',
   'Authorization header value checked for the "Bearer " prefix (startsWith); a scheme prefix, not a secret.', NS)
sc(R, F + 'APSettingsService.h', 82, 'yes',
   'APSettings::operator== used for change detection (provision mode, SSID, AP password, IPs ...) before re-applying the '
   'access-point configuration; the stored password is compared with the new configuration, not with a caller\'s '
   'credential: not an authentication compare.', NS)

# ---------------- yappy/DollsKit shanghai (C++17, libmicrohttpd, Raspberry Pi home bot; C++ version before the Rust rewrite) ----------------
R, W = 'yappy/DollsKit', 'shanghai/src/web/'
why_gh = ('GitHub push webhook (POST /github/...): GithubPage::Do requires X-GitHub-Event, X-GitHub-Delivery, X-Hub-Signature '
          'and the JSON payload, recomputes "sha1=" + hex(HMAC-SHA1(secret, payload)) (net.HmacSha1) and returns 400 unless '
          'net.ConstTimeEqual (length check + CRYPTO_memcmp) matches, before tweeting/posting to Discord (verified). '
          'GET shows the last push.')
wh(R, W + 'github.cpp', 100, 'yes', 'yes', 'dk-github', 'GET|POST /github/(\\w*)', why_gh,
   'Handler: GithubPage::Do. The registration (webpage.cpp:23) is not an anchor: it is 2 lines from the Travis CI '
   'registration (webpage.cpp:25), which expects a finding.')
why_tr = ('Travis CI build notification webhook (POST /travisci/...): TravisCiPage::Do only checks that a "Signature" header '
          'and the "payload" field are present; the signature verification is a TODO inside a comment block (lines 135-146), '
          'so any client can make the bot tweet a forged build status (unverified).')
wh(R, W + 'travisci.cpp', 107, 'yes', 'no', 'dk-travisci', 'GET|POST /travisci/(\\w*)', why_tr, 'Handler: TravisCiPage::Do.')
wh(R, W + 'webpage.cpp', 25, 'yes', 'no', 'dk-travisci', 'GET|POST /travisci/(\\w*)', why_tr,
   'Registration: server.AddPage(regex("GET|POST"), regex("/travisci/(\\w*)"), make_shared<TravisCiPage>()) in the route table.')
for (path, hdl, reg, group, route, what) in [
    ('echopage.cpp', 7, 18, 'dk-echo', 'GET|POST /echo/(\\w*)', 'Debug page echoing the request headers/query/post.'),
    ('postpage.cpp', 7, 20, 'dk-post', 'GET|POST /post/(\\w*)', 'Debug form/POST test page.'),
    ('house.cpp', 71, 28, 'dk-house-pic', 'GET|POST /priv/house/pic/take', 'Takes a camera picture (private area).'),
    ('house.cpp', 109, 30, 'dk-house-switch', 'GET|POST /priv/house/switch/(\\d+)', 'Presses a BLE switch (private area).'),
    ('house.cpp', 26, 32, 'dk-house-top', 'GET|POST /priv/house/(\\w*)', 'House management top page (private area).'),
    ('toppage.cpp', 8, 35, 'dk-top', 'GET|POST /(\\w*)', 'Top page with system information.'),
]:
    why_n = what + (' Operator/browser page of the bot\'s web server (the /priv area is protected in front of the server), '
                    'not a callback from another system.')
    neg(R, W + path, hdl, group, route, why_n + ' Handler (Do).')
    neg(R, W + 'webpage.cpp', reg, group, route, why_n + ' Registration: server.AddPage(...) in SetupPages.')
sc(R, W + 'github.cpp', 139, 'yes',
   'GitHub X-Hub-Signature compared with the recomputed sha1= HMAC through Network::ConstTimeEqual (length check, then '
   'CRYPTO_memcmp); constant time.')
sc(R, 'shanghai/src/net.cpp', 141, 'yes', 'Network::ConstTimeEqual(const void*, const void*, size_t): CRYPTO_memcmp; constant time.')
sc(R, 'shanghai/src/net.h', 51, 'yes',
   'ConstTimeEqual(string, string): early return on a length mismatch before CRYPTO_memcmp; a length, not the secret bytes.', NS)
sc(R, W + 'github.cpp', 108, 'yes', 'HTTP method compared with "GET"; not a secret.', NS)
sc(R, W + 'travisci.cpp', 129, 'yes',
   'Presence checks (signature == header.end(), payload == post.end()); iterator compares, no secret compared.', NS)

# ---------------- Aircoookie/Espalexa (Alexa local control: Philips Hue bridge emulation, header-only, ESP32 WebServer branch) ----------------
R, H = 'Aircoookie/Espalexa', 'src/Espalexa.h'
why_hue = ('Alexa smart-home fulfilment (local): an Echo device discovers the emulated Hue bridge over SSDP and then calls '
           'the Hue REST API (PUT /api/<user>/lights/<id>/state with {"on":..,"bri":..}, GET lists) on port 80. Unknown URIs go '
           'to serveNotFound -> handleAlexaApiCall, which parses the URL/body and switches the device callbacks. The Hue '
           '"username" is handed out statically to any "devicetype" request and never checked; no other credential: any host '
           'on the network can switch the devices (unverified).')
wh(R, H, 471, 'yes', 'no', 'espalexa-hue-api', 'PUT/GET /api/*/lights/* (not-found handler)', why_hue,
   'Handler: handleAlexaApiCall(String req, String body) (synchronous WebServer branch; the ESPALEXA_ASYNC overload at 458 is '
   'not compiled under the recorded flags).')
wh(R, H, 212, 'yes', 'no', 'espalexa-hue-api', 'PUT/GET /api/*/lights/* (not-found handler)', why_hue,
   'Dispatch: serveNotFound() calls handleAlexaApiCall(server->uri(), server->arg(0)).')
wh(R, H, 291, 'yes', 'no', 'espalexa-hue-api', 'PUT/GET /api/*/lights/* (not-found handler)', why_hue,
   'Registration: server->onNotFound([=](){serveNotFound();}) in startHttpServer.')
neg(R, H, 189, 'espalexa-page', 'GET /espalexa', 'Status page listing the devices (servePage); not a callback. Handler.')
neg(R, H, 295, 'espalexa-page', 'GET /espalexa', 'Status page: registration server->on("/espalexa", HTTP_GET, ...).')
neg(R, H, 228, 'espalexa-description', 'GET /description.xml',
    'UPnP device description served to discovery clients (serveDescription); a static document, not a notification. Handler.')
neg(R, H, 297, 'espalexa-description', 'GET /description.xml', 'Registration: server->on("/description.xml", HTTP_GET, ...).')
sc(R, H, 475, 'yes', 'URL checked for "api" with String::indexOf; route matching, not a secret.', NS)
sc(R, H, 394, 'yes', 'SSDP datagram checked for "M-SEARCH" with strstr; protocol keyword, not a secret.', NS)

# ---------------- vintlabs/fauxmoESP (Alexa local control: Hue emulation over a raw AsyncTCP server) ----------------
R, X = 'vintlabs/fauxmoESP', 'src/fauxmoESP.cpp'
why_fx = ('Alexa smart-home fulfilment (local): the Echo PUTs /api/<user>/lights/<id>/state to the emulated Hue bridge; '
          '_onTCPData splits the raw request, _onTCPRequest routes "/api" non-GET requests to _onTCPControl, which sets the '
          'device state and fires the user callback. The Hue username is a constant handed to any "devicetype" request and '
          'never checked (unverified).')
wh(R, X, 288, 'yes', 'no', 'fauxmo-control', 'PUT /api/*/lights/*/state', why_fx, 'Handler: fauxmoESP::_onTCPControl.')
wh(R, X, 382, 'yes', 'no', 'fauxmo-control', 'PUT /api/*/lights/*/state', why_fx,
   'Dispatch: _onTCPRequest -> return _onTCPControl(client, url, body) for non-GET /api requests.')
neg(R, X, 174, 'fauxmo-description', 'GET /description.xml', 'UPnP device description (static document). Handler _onTCPDescription.')
neg(R, X, 375, 'fauxmo-description', 'GET /description.xml', 'Dispatch: url.equals("/description.xml") -> _onTCPDescription.')
wh(R, X, 201, 'yes', 'unclear', 'fauxmo-list', 'GET /api/*/lights[/id]',
   'Read-only device list/state polled by the Echo; a query from another system rather than a notification, nothing '
   'changes. Left unscored.', 'Handler: _onTCPList.')
sc(R, X, 374, 'yes', 'URL compared with "/description.xml" (String::equals); route matching, not a secret.', NS)
sc(R, X, 378, 'yes', 'URL prefix "/api" (startsWith); route matching, not a secret.', NS)
sc(R, X, 426, 'yes', 'Request method compared with "GET" (strncmp); not a secret.', NS)

# ---------------- sinricpro/esp8266-esp32-sdk (SinricPro cloud smart-home SDK, header-only core, ESP32 branch) ----------------
R, P = 'sinricpro/esp8266-esp32-sdk', 'src/SinricPro.h'
why_sp = ('SinricPro smart-home fulfilment: Alexa/Google Home commands are pushed by the SinricPro cloud over the WebSocket '
          '(SinricProWebsocket.h:192) or sent on the local UDP port (SinricProUDP.h:58) into receiveQueue; handleReceiveQueue '
          'recomputes HMAC-SHA256(appSecret, payload) (calculateSignature) and only processes requests whose signature matches, '
          'answering others with "Signature is invalid" (verified; the compare at 420 is String ==, not constant time). '
          'A push channel rather than an HTTP route: see README Doubts.')
wh(R, P, 402, 'yes', 'yes', 'sinric-commands', 'cloud push (WebSocket) / local UDP request', why_sp,
   'Handler: SinricProClass::handleReceiveQueue.', compare_line=None)
sc(R, P, 420, 'no',
   'Cloud message signature: calculatedSignature (base64 HMAC-SHA256 with the app secret) compared with the message\'s '
   'signature.HMAC using Arduino String operator== (early exit); gates every device command.')
sc(R, P, 414, 'yes',
   'Raw message prefix compared with "{\\"timestamp\\":" (strncmp) to recognise the unsigned timestamp message; a protocol '
   'keyword, not a secret.', NS)
sc(R, P, 426, 'yes', 'Message type compared with "response"; not a secret.', NS)
sc(R, P, 189, 'yes', 'Device id compared with each registered device id (String ==); an identifier, not a secret.', NS)

# ---------------- probonopd/ESP8266HueEmulator (ESP8266 Philips Hue bridge emulator, wildcard route table) ----------------
R, L = 'probonopd/ESP8266HueEmulator', 'ESP8266HueEmulator/LightService.cpp'
why_hue = ('Hue bridge emulation for Alexa / Hue apps (smart-home fulfilment on the LAN): the Echo or app sends PUT '
           '/api/<username>/lights/<n>/state (and groups/<n>/action) to switch lights. The <username> path segment is a '
           'wildcard that is never checked and authFn hands out "api" without the link-button step (comment at 611): no '
           'credential gates the state change (unverified).')
wh(R, L, 849, 'yes', 'no', 'hue-light-state', 'PUT /api/*/lights/*/state', why_hue, 'Handler: lightsIdStateFn.')
wh(R, L, 934, 'yes', 'no', 'hue-light-state', 'PUT /api/*/lights/*/state', why_hue,
   'Registration: on(lightsIdStateFn, "/api/*/lights/*/state", HTTP_ANY) (the neighbouring table rows 931-933 are unlabelled).')
wh(R, L, 782, 'yes', 'no', 'hue-group-action', 'PUT /api/*/groups/*/action', why_hue, 'Handler: groupsIdActionFn.')
wh(R, L, 930, 'yes', 'no', 'hue-group-action', 'PUT /api/*/groups/*/action', why_hue,
   'Registration: on(groupsIdActionFn, "/api/*/groups/*/action", HTTP_ANY) (rows 928-929 and 931-932 are unlabelled).')
for (hdl, reg, group, route, what) in [
    (469, 913, 'hue-index', 'GET /index.html', 'Human status page listing the lights.'),
    (512, 914, 'hue-cache-clear', 'GET /cache/clear', 'Operator page that deletes stored groups/scenes.'),
    (519, 915, 'hue-description', 'GET /description.xml', 'UPnP device description (static document).'),
]:
    neg(R, L, hdl, group, route, what + ' Not a callback from another system. Handler.')
    neg(R, L, reg, group, route, what + ' Registration: HTTP->on(...).')
# The other /api/* rows are the Hue client API (bridge config, pairing, scene/group CRUD, light listing/search): REST
# requests of the Hue apps, labelled as non-webhook routes at the handler definition only (their table rows 916-933 are
# within 2 lines of the two unverified registrations or of each other).
for (hdl, group, route, what) in [
    (533, 'hue-unimplemented', 'GET /api/*/schedules|rules|sensors', 'Unimplemented Hue resources (empty answer).'),
    (585, 'hue-config', 'ANY /api/*/config, GET /api/config', 'Bridge configuration read/update (Hue client API).'),
    (610, 'hue-auth', 'POST /api', 'Pairing: returns the user name "api" (the link-button step is skipped).'),
    (619, 'hue-whole-config', 'GET /api/*, GET /api/', 'Full bridge state dump (Hue client API).'),
    (646, 'hue-scenes', 'ANY /api/*/scenes', 'Scene listing / creation (CRUD).'),
    (669, 'hue-scene-id', 'ANY /api/*/scenes/*', 'Scene read / update / delete (CRUD).'),
    (700, 'hue-scene-light', 'ANY /api/*/scenes/*/lightstates/*', 'Stored light state of a scene (CRUD).'),
    (719, 'hue-groups', 'ANY /api/*/groups', 'Group listing / creation (CRUD).'),
    (736, 'hue-group-id', 'ANY /api/*/groups/*', 'Group read / update / delete (CRUD).'),
    (808, 'hue-lights', 'ANY /api/*/lights', 'Light listing.'),
    (828, 'hue-light-id', 'ANY /api/*/lights/*', 'Single light read / rename.'),
    (886, 'hue-lights-new', 'ANY /api/*/lights/new', 'New-light search result.'),
]:
    neg(R, L, hdl, group, route, what + ' A REST request of a Hue client app, not a notification. Handler (registered in '
        'the on(...) table, LightService.cpp:916-933).')

_labels.write(__file__, 'webhook27')
