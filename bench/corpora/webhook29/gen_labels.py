#!/usr/bin/env python3
# Hand-written labels (from reading the code). Writes labels.jsonl (here and in /work/corpora/webhook29).
C = {
 'roberttidey/SecurityPanel': '8373baa831bab2318dcd1890be3b9e20bfc09a3b',
 'roberttidey/IRBlasterWeb': '2549cc8313cd5306890b3410b40c67a913c707d8',
 'roberttidey/BaseSupport': 'c5f210473fdd7641ad702650ddcecd65d7222334',
 'kakopappa/arduino-esp8266-alexa-multiple-wemo-switch': 'c7c22c1ff518e1932fe6faec84d5f821d79c2cc8',
 'kakopappa/arduino-esp8266-alexa-wemo-switch': '8de4146e4b7a6c57bf739116ccb3a361f480c649',
 'yaourdt/mgos-alexa-wemo': '37cf92c0677eb01f3914b60b6fe28cce37bc52f2',
 'DanielOgorchock/ST_Anything': 'bbac02840c0641d9cf71003fd923788c8d363280',
 'sticilface/Esp8266-Hue': 'e24fac8331aaba1b1ab0832005206d212d716e5b',
 'jeronimonunes/async-esp-alexa': 'ad6e66b8ae65b254f0487c2318faa6102681f930',
 'pdh11/chorale': 'a4979ef21a84393ea7969bb18c28fb50b4d80665',
 'neheb/libupnpp': '4d461dcee6abf0026b1fabb917dd567e2b058f3f',
}
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import Labels, NS  # noqa: E402

_labels = Labels('wh29', C)
wh, neg, sc = _labels.wh, _labels.neg, _labels.sc

# ---------------- roberttidey/SecurityPanel (ESP8266 Arduino ESP8266WebServer, 2018 commit before BaseSupport) ----------------
R, P = 'roberttidey/SecurityPanel', 'SecurityPanel/SecurityPanel.ino'
why_req = ('Wireless expansion sensors (README: "Expansion device should post to ip/request with auth=AP_AUTHID event=zoneSet '
           'value1=0-99 value2=0/1") push zone state changes to the panel; request() rejects with 401 unless the "auth" argument '
           'equals AP_AUTHID, before zoneSet() drives the zone-override relay. Verified by a shared secret, but compared with '
           'String operator!= (line 320).')
wh(R, P, 319, 'yes', 'yes', 'sp-request', 'ANY /request (auth, event=zoneSet)', why_req, 'Handler: request().',
   compare_line=320, ct='no')
wh(R, P, 136, 'yes', 'yes', 'sp-request', 'ANY /request (auth, event=zoneSet)', why_req,
   'Registration: server.on("/request", request).')
sc(R, P, 320, 'no', 'request(): "auth" argument compared with the AP_AUTHID pin/password by Arduino String operator!= '
   '(early-exit compare of the shared secret).')
sc(R, P, 323, 'yes', 'request(): "event" argument compared with the literal "zoneSet"; a command name, not a secret.', NS)
why_st = 'Status page for the owner (zones, expander devices, battery), behind the AP_AUTHID pin; not a callback from another system.'
neg(R, P, 255, 'sp-status', 'ANY /status?auth=', why_st + ' Handler: checkStatus().')
neg(R, P, 135, 'sp-status', 'ANY /status?auth=', why_st + ' Registration.')
sc(R, P, 257, 'no', 'checkStatus(): "auth" argument compared with AP_AUTHID by String operator!=; timing-unsafe secret compare.')
sc(R, P, 265, 'yes', 'checkStatus(): "expand" argument compared with "true"; not a secret.', NS)
why_rc = 'Recent-events page for the owner, behind the AP_AUTHID pin; not a callback.'
neg(R, P, 293, 'sp-recent', 'ANY /recent?auth=', why_rc + ' Handler: recentEvents().')
neg(R, P, 137, 'sp-recent', 'ANY /recent?auth=', why_rc + ' Registration.')
sc(R, P, 295, 'no', 'recentEvents(): "auth" argument compared with AP_AUTHID by String operator!=; timing-unsafe secret compare.')
neg(R, P, 222, 'sp-index', 'GET /', 'Static test form (mainPage). Handler: indexHTML().')
neg(R, P, 139, 'sp-index', 'GET /', 'Static test form. Registration: server.on("/", indexHTML).')
neg(R, P, 131, 'sp-firmware', 'POST /firmware', 'OTA firmware upload page of ESP8266HTTPUpdateServer (basic auth with '
    'update_username/update_password inside the library). Registration: httpUpdater.setup(&server, update_path, ...).')

# ---------------- roberttidey/IRBlasterWeb (ESP8266 Arduino, BaseSupport library, ArduinoJson 6) ----------------
R, P = 'roberttidey/IRBlasterWeb', 'IRBlasterWeb/IRBlasterWeb.ino'
why_irjson = ('Voice-assistant callback: the custom Alexa skill (alexa/RemoteControl.zip, lambda_function.py: '
              'url = "http://yourserver.com:7000/irjson?plain={\'auth\':\'1234\',\'commands\':[...]}") and earlier an IFTTT Maker '
              'webhook (README before c045578) call /irjson; processIrjson() answers 401 unless the JSON "auth" equals AP_AUTHID, '
              'before any IR command runs. Verified by a shared secret compared with String operator!= (line 196).')
wh(R, P, 186, 'yes', 'yes', 'irb-irjson', 'ANY /irjson (plain JSON with auth)', why_irjson, 'Handler: processIrjson().',
   compare_line=196, ct='no')
wh(R, P, 459, 'yes', 'yes', 'irb-irjson', 'ANY /irjson (plain JSON with auth)', why_irjson,
   'Registration: server.on("/irjson", processIrjson) in extraHandlers() (called from BaseSupport setup()).')
sc(R, P, 196, 'no', 'processIrjson(): JSON "auth" compared with AP_AUTHID by String operator!=; timing-unsafe shared-secret compare.')
why_ir = ('Argument form of the IR command API (README "Commands are sent to ip/ir with arguments auth, device, parameter..."), used '
          'by the built-in web page and scripts; rejected with 401 unless "auth" equals AP_AUTHID. Whether an external service calls '
          'it is not documented (webhook unclear); it is gated either way.')
wh(R, P, 164, 'unclear', 'yes', 'irb-ir', 'ANY /ir?auth=&device=&parameter=', why_ir, 'Handler: processIr().')
wh(R, P, 460, 'unclear', 'yes', 'irb-ir', 'ANY /ir?auth=&device=&parameter=', why_ir, 'Registration.')
sc(R, P, 166, 'no', 'processIr(): "auth" argument compared with AP_AUTHID by String operator!=; timing-unsafe secret compare.')
why_macro = 'Owner API that saves or deletes macro files on SPIFFS, behind the AP_AUTHID secret; configuration, not a callback.'
neg(R, P, 206, 'irb-macro', 'POST /macro', why_macro + ' Handler: saveMacro().')
neg(R, P, 461, 'irb-macro', 'POST /macro', why_macro + ' Registration.')
sc(R, P, 220, 'no', 'saveMacro(): JSON "auth" compared with AP_AUTHID by String operator!=; timing-unsafe secret compare.')
for (line, rline, group, route, what) in [
    (350, 462, 'irb-check', 'ANY /check', 'Status page (init state, Alexa detect state, SPIFFS file list, heap). Handler: checkStatus().'),
    (388, 463, 'irb-recent', 'ANY /recent', 'Recent-commands log page. Handler: recentCommands().'),
    (406, 464, 'irb-reload', 'ANY /reload', 'Reloads button names / device files from SPIFFS. Handler: reload().'),
]:
    neg(R, P, line, group, route, what + ' Unauthenticated maintenance page, not a callback from another system.')
    neg(R, P, rline, group, route, what + ' Registration in extraHandlers().')

# ---------------- roberttidey/BaseSupport (the shared ESP8266 web/file-system scaffolding IRBlasterWeb includes) ----------------
R, P = 'roberttidey/BaseSupport', 'BaseSupport.h'
why_fs = ('BaseSupport file-system maintenance routes (registered in setup() when SETUP_SERVER / SETUP_FILESYS are defined, as in '
          'IRBlasterWeb\'s BaseConfig.h); operator tools, unauthenticated, not callbacks from another system.')
for (line, rline, group, route, what) in [
    (330, 365, 'bs-format', 'ANY /format', 'Formats the file system. Handler: handleFileSysFormat().'),
    (297, 368, 'bs-upload', 'ANY /upload', 'Minimal upload form. Handler: handleMinimalUpload().'),
    (271, 369, 'bs-list', 'GET /list?dir=', 'Directory listing. Handler: handleFileList().'),
    (244, 374, 'bs-edit-put', 'PUT /edit', 'Create file. Handler: handleFileCreate().'),
    (229, 376, 'bs-edit-delete', 'DELETE /edit', 'Delete file. Handler: handleFileDelete().'),
    (201, 379, 'bs-edit-post', 'POST /edit (upload)', 'File upload. Upload handler: handleFileUpload().'),
]:
    neg(R, P, line, group, route, what + ' ' + why_fs)
    neg(R, P, rline, group, route, what + ' Registration in setup().')
neg(R, P, 371, 'bs-edit-get', 'GET /edit', 'Serves the edit.htm file manager (lambda). ' + why_fs)
neg(R, P, 382, 'bs-static', 'GET * (onNotFound)', 'Static files from the file system via handleFileRead (onNotFound lambda). ' + why_fs)
neg(R, P, 361, 'bs-firmware', 'POST /firmware', 'OTA update page of ESP8266HTTPUpdateServer (basic auth with update_username / '
    'update_password inside the library). Registration: httpUpdater.setup(...).')
sc(R, P, 202, 'yes', 'handleFileUpload(): request URI compared with "/edit"; routing, not a secret.', NS)

# ---------------- kakopappa/arduino-esp8266-alexa-multiple-wemo-switch (ESP8266WebServer per emulated Belkin WeMo switch) ----------------
R, P = 'kakopappa/arduino-esp8266-alexa-multiple-wemo-switch', 'wemos/Switch.cpp'
why = ('Alexa local smart-home control: after SSDP discovery the Echo POSTs a SOAP SetBinaryState envelope to '
       '/upnp/control/basicevent1 of the emulated WeMo switch; handleUpnpControl() calls the on/off callback from the body text '
       'with no check of the sender (any LAN host can switch the relay). Same shape as the fauxmoESP/Espalexa labels of earlier '
       'corpora (webhook yes, unverified).')
wh(R, P, 115, 'yes', 'no', 'mw-basicevent', 'POST /upnp/control/basicevent1 (SOAP SetBinaryState)', why,
   'Handler: Switch::handleUpnpControl().')
wh(R, P, 54, 'yes', 'no', 'mw-basicevent', 'POST /upnp/control/basicevent1 (SOAP SetBinaryState)', why,
   'Registration: server->on("/upnp/control/basicevent1", lambda -> handleUpnpControl()) in startWebServer().')
for (line, rline, group, route, what) in [
    (151, 45, 'mw-root', 'GET /', 'Hint text. Handler: Switch::handleRoot().'),
    (155, 50, 'mw-setup-xml', 'GET /setup.xml', 'UPnP device description (static XML). Handler: Switch::handleSetupXml().'),
    (69, 58, 'mw-eventservice', 'GET /eventservice.xml', 'UPnP service description (static XML). Handler: Switch::handleEventservice().'),
]:
    neg(R, P, line, group, route, what + ' Read-only description fetched during discovery; not a notification.')
    neg(R, P, rline, group, route, what + ' Registration (lambda in startWebServer()).')

# ---------------- kakopappa/arduino-esp8266-alexa-wemo-switch (single WeMo switch, ESP8266WebServer lambdas) ----------------
R, P = 'kakopappa/arduino-esp8266-alexa-wemo-switch', 'sinric.ino'
why = ('Alexa local WeMo emulation: the Echo POSTs SetBinaryState SOAP to /upnp/control/basicevent1; the lambda switches the relay '
       'from the body text with no sender check.')
wh(R, P, 181, 'yes', 'no', 'sw-basicevent', 'POST /upnp/control/basicevent1', why,
   'Handler and registration: HTTP.on("/upnp/control/basicevent1", HTTP_POST, lambda) in startHttpServer().')
why_oh = ('"openHAB support" (comment): GET /on.html and /off.html switch the relay with no check. An openHAB rule or any LAN '
          'client can call them; whether this counts as a callback from another system or as the device\'s own control API is '
          'not decidable from the code (unclear, not scored).')
wh(R, P, 297, 'unclear', 'unclear', 'sw-openhab-on', 'GET /on.html', why_oh, 'Handler and registration (lambda).')
wh(R, P, 303, 'unclear', 'unclear', 'sw-openhab-off', 'GET /off.html', why_oh, 'Handler and registration (lambda).')
for (line, group, route, what) in [
    (176, 'sw-index', 'GET /index.html', 'Hello page.'),
    (212, 'sw-eventservice', 'GET /eventservice.xml', 'UPnP service description (static XML).'),
    (258, 'sw-setup-xml', 'GET /setup.xml', 'UPnP device description (static XML).'),
    (309, 'sw-status', 'GET /status.html', 'Relay state read-out.'),
]:
    neg(R, P, line, group, route, what + ' Read-only, not a notification. Handler and registration (lambda).')

# ---------------- yaourdt/mgos-alexa-wemo (Mongoose OS library in C, mongoose 6 event handler per virtual plug) ----------------
R, P = 'yaourdt/mgos-alexa-wemo', 'src/alexa_wemo.c'
why = ('Alexa local WeMo emulation on Mongoose OS: alexa_wemo_http_in_ev is bound to one TCP port per virtual plug; for '
       '/upnp/control/basicevent1 a body containing SetBinaryState fires mgos_event_trigger(e->event_id, {"power": 1|0}) with no '
       'check of the sender.')
wh(R, P, 116, 'yes', 'no', 'mgw-basicevent', 'POST /upnp/control/basicevent1', why,
   'Dispatch branch: mg_vcmp(&hm->uri, "/upnp/control/basicevent1") == 0.')
wh(R, P, 97, 'yes', 'no', 'mgw-basicevent', 'POST /upnp/control/basicevent1', why, 'Handler: alexa_wemo_http_in_ev.')
wh(R, P, 165, 'yes', 'no', 'mgw-basicevent', 'POST /upnp/control/basicevent1', why,
   'Registration: mg_bind(mgos_get_mgr(), port, alexa_wemo_http_in_ev, e) in alexa_wemo_add_instance().')
neg(R, P, 102, 'mgw-setup-xml', 'GET /setup.xml', 'UPnP device description for discovery (read-only). Dispatch branch in '
    'alexa_wemo_http_in_ev.')
sc(R, P, 102, 'yes', 'Request URI compared with "/setup.xml" (mg_vcmp); routing, not a secret.', NS)
sc(R, P, 116, 'yes', 'Request URI compared with "/upnp/control/basicevent1" (mg_vcmp); routing, not a secret.', NS)

# ---------------- DanielOgorchock/ST_Anything (SmartThings / Hubitat "HubDuino" device libraries, raw WiFiServer) ----------------
R = 'DanielOgorchock/ST_Anything'
L = 'Arduino/libraries/'
why_st = ('SmartThings / Hubitat hub pushes device commands over the LAN (the hub\'s device handler sends GET /<command>, '
          'e.g. "/switch1 on", to the device): run() accepts any client on serverPort, takes the path as the command and calls '
          '_calloutFunction(tempString) (st::receiveSmartString -> Everything::receiveSmartString). The configured hub address '
          'st_hubIP is only used for outgoing reports; the client address is never compared with it and there is no token.')
P = L + 'SmartThingsESP8266WiFi/SmartThingsESP8266WiFi.cpp'
wh(R, P, 175, 'yes', 'no', 'st-esp8266-command', 'GET /<command> from the hub (serverPort)', why_st,
   'Handler: SmartThingsESP8266WiFi::run() (raw request parsing of st_server.available()).')
wh(R, P, 88, 'yes', 'no', 'st-esp8266-command', 'GET /<command> from the hub (serverPort)', why_st,
   'Registration: st_server.begin() in init() (WiFiServer st_server(serverPort) member).')
sc(R, P, 112, 'yes', 'init(): shield type compared with "ESP8266Wifi" to build the host name; not a secret.', NS)
P = L + 'SmartThingsESP32WiFi/SmartThingsESP32WiFi.cpp'
wh(R, P, 241, 'yes', 'no', 'st-esp32-command', 'GET /<command> from the hub (serverPort)', why_st,
   'Handler: SmartThingsESP32WiFi::run() (same logic for the ESP32 WiFiServer).')
wh(R, P, 173, 'yes', 'no', 'st-esp32-command', 'GET /<command> from the hub (serverPort)', why_st,
   'Registration: st_server.begin() in init().')
sc(R, P, 130, 'yes', 'init(): shield type compared with "ESP32Wifi"; not a secret.', NS)

# ---------------- sticilface/Esp8266-Hue (2015 Philips Hue bridge emulation on ESP8266WebServer, hand-written router) ----------------
R, P = 'sticilface/Esp8266-Hue', 'HueBridge.cpp'
why_h = ('Philips Hue bridge emulation: the Amazon Echo / Hue apps send PUT /api/<user>/lights/<n>/state (and group actions) to the '
         'ESP8266. HandleWebRequest extracts <user> from the path but authorisation is a placeholder that never rejects '
         '(line 206 "isAuthorized = true;" then "if (!isAuthorized) return;  // ... toDO"); <user> is only matched against the '
         'URI it came from, so any LAN client can switch the lights. Verification present in name only: unverified.')
wh(R, P, 238, 'yes', 'no', 'hue-light-state', 'PUT /api/<user>/lights/<n>/state', why_h,
   'Dispatch branch: uri().indexOf(user) != -1 && uri().endsWith("/state") -> Put_light().')
wh(R, P, 551, 'yes', 'no', 'hue-light-state', 'PUT /api/<user>/lights/<n>/state', why_h, 'Handler: HueBridge::Put_light().')
wh(R, P, 167, 'yes', 'no', 'hue-light-state', 'PUT /api/<user>/lights/<n>/state', why_h,
   'Router: HueBridge::HandleWebRequest (placeholder authorisation at 206-208).')
wh(R, P, 42, 'yes', 'no', 'hue-light-state', 'PUT /api/<user>/lights/<n>/state', why_h,
   'Registration: _HTTP->onNotFound(std::bind(&HueBridge::HandleWebRequest, this)) in Begin().')
wh(R, P, 257, 'yes', 'no', 'hue-group-action', 'PUT /api/<user>/groups/<n>/action', why_h,
   'Dispatch branch -> Put_group() (switches every light of the group).')
wh(R, P, 824, 'yes', 'no', 'hue-group-action', 'PUT /api/<user>/groups/<n>/action', why_h, 'Handler: HueBridge::Put_group().')
why_cfg = ('Hue app configuration calls (create a group, rename a light) through the same unauthenticated router; configuration by '
           'a controller app rather than a notification (unclear, not scored).')
wh(R, P, 275, 'unclear', 'unclear', 'hue-group-add', 'PUT /api/<user>/groups', why_cfg, 'Dispatch branch -> Add_Group().')
wh(R, P, 1203, 'unclear', 'unclear', 'hue-group-add', 'PUT /api/<user>/groups', why_cfg, 'Handler: HueBridge::Add_Group().')
wh(R, P, 287, 'unclear', 'unclear', 'hue-light-rename', 'PUT /api/<user>/lights/<n>', why_cfg, 'Dispatch branch -> Put_Light_Root().')
wh(R, P, 1156, 'unclear', 'unclear', 'hue-light-rename', 'PUT /api/<user>/lights/<n>', why_cfg, 'Handler: HueBridge::Put_Light_Root().')
wh(R, P, 233, 'yes', 'unclear', 'hue-full-state', 'GET /api/<user>', 'Read-only full state polled by the Echo / apps (same '
   'precedent as the fauxmoESP GET labels: a query, nothing changes; unscored).', 'Dispatch branch (printer.Send of the data store).')
wh(R, P, 300, 'yes', 'unclear', 'hue-all-lights', 'GET /api/<user>/lights', 'Read-only light list (not implemented, answers 404); a poll, unscored.', 'Dispatch branch.')
neg(R, P, 218, 'hue-description', 'GET /description.xml', 'UPnP description fetched during SSDP discovery (read-only). Dispatch branch.')
neg(R, P, 532, 'hue-description', 'GET /description.xml', 'UPnP description. Handler: Handle_Description().')
neg(R, P, 228, 'hue-config', 'GET /api/config, */config', 'Bridge configuration read-out (read-only). Dispatch branch.')
neg(R, P, 223, 'hue-create-user', 'POST /api', 'User creation (link button) not implemented: answers 404. Dispatch branch.')
neg(R, P, 46, 'hue-format', 'ANY /hue/format', 'Maintenance route that formats SPIFFS (unauthenticated, operator tool, not a '
    'callback). Handler and registration (lambda in Begin()).')
for (line, route) in [(43, '/hue/lights.conf'), (44, '/hue/groups.conf'), (45, '/hue/test.conf')]:
    neg(R, P, line, 'hue-static-' + route.split('/')[-1].split('.')[0], 'GET ' + route,
        'Static configuration file served from SPIFFS (serveStatic registration); not a callback.')
sc(R, P, 196, 'yes', 'URI compared with "/api" (user extraction); routing, not a secret.', NS)
sc(R, P, 218, 'yes', 'URI compared with "/description.xml"; routing, not a secret.', NS)
sc(R, P, 233, 'yes', 'URI compared with "/api/" + user where user was cut from the same URI; routing (and a tautology), '
   'not a secret compare.', NS)
sc(R, P, 553, 'yes', 'Request body compared with the empty string; not a secret.', NS)

# ---------------- jeronimonunes/async-esp-alexa (2025 header-only Hue emulation for ESPAsyncWebServer, AsyncWebHandler subclass) ----------------
R = 'jeronimonunes/async-esp-alexa'
P = 'include/async_esp_alexa_web_handler.hh'
why_a = ('Alexa local smart-home fulfilment through a Hue-bridge emulation: the Echo PUTs JSON to /api/<user>/lights/<id>/state; '
         'AsyncEspAlexaWebHandler buffers the body, handleRequestWithBody() parses it and calls handleStateUpdate() and the '
         'user callbacks. The <user> path element is ignored and any "devicetype" POST gets a fixed username, so the sender is '
         'never checked. A re-implementation of the Espalexa protocol handling (the Espalexa repository itself is excluded; this '
         'is a new AsyncWebHandler class, see README Doubts).')
wh(R, P, 111, 'yes', 'no', 'aea-light-state', 'PUT /api/<user>/lights/<id>/state', why_a,
   'Handler: AsyncEspAlexaWebHandler::handleRequestWithBody().')
wh(R, P, 59, 'yes', 'no', 'aea-light-state', 'PUT /api/<user>/lights/<id>/state', why_a,
   'Handler entry: AsyncEspAlexaWebHandler::handleRequest() (handleAlexaApiCall -> handleRequestWithBody).')
wh(R, 'examples/onoff-light/OnOffLight.ino', 36, 'yes', 'no', 'aea-light-state', 'PUT /api/<user>/lights/<id>/state', why_a,
   'Registration: server.addHandler(alexaManager.createAlexaAsyncWebHandler()).')
wh(R, 'include/async_esp_alexa_manager.hh', 99, 'yes', 'no', 'aea-light-state', 'PUT /api/<user>/lights/<id>/state', why_a,
   'Handler factory: createAlexaAsyncWebHandler() returns the AsyncEspAlexaWebHandler that the sketch registers.')
wh(R, P, 159, 'yes', 'unclear', 'aea-light-list', 'GET /api/<user>/lights[/id]', 'Read-only device list / state polled by the '
   'Echo (precedent: unscored).', 'Handler: handleLightsRequest().')
neg(R, P, 67, 'aea-description', 'GET /description.xml', 'UPnP description for SSDP discovery (read-only). Handler: '
    'serveDescription() (dispatched at line 61).')
sc(R, P, 61, 'yes', 'URL compared with "/description.xml" (String ==); routing, not a secret.', NS)
sc(R, P, 28, 'yes', 'canHandle(): URL prefix tests startsWith("/description.xml") / startsWith("/api"); routing, not a secret.', NS)

# ---------------- pdh11/chorale (C++ UPnP media system; libupnp DeviceClient = UPnP control point with a GENA event sink) ----------------
R, P = 'pdh11/chorale', 'libupnp/client.cpp'
why_g = ('UPnP GENA event callback: after SUBSCRIBE the remote device (media server / renderer) sends NOTIFY requests with its '
         'property changes to this control point\'s callback path /upnp/gena/<n>. StreamForPath accepts the body only when the '
         'SID header is a subscription id this client obtained (m_sidmap, filled from the SUBSCRIBE response) and otherwise '
         'returns false (request not handled). The SID is the per-subscription secret the publisher echoes, checked by a map '
         'lookup (no compare operator), so verified like the wallbox Sonos GENA label of webhook19.')
wh(R, P, 266, 'yes', 'yes', 'chorale-gena-notify', 'NOTIFY /upnp/gena/<n> (SID)', why_g, 'Handler: DeviceClient::Impl::StreamForPath().')
wh(R, P, 66, 'yes', 'yes', 'chorale-gena-notify', 'NOTIFY /upnp/gena/<n> (SID)', why_g,
   'Registration: server->AddContentFactory(m_gena_callback, this) in the Impl constructor.')
sc(R, P, 270, 'yes', 'Request path compared with the GENA callback path "/upnp/gena/<n>" (std::string ==); routing, not a secret.', NS)
sc(R, P, 386, 'yes', 'Response header name compared with "SID" (strcasecmp) when reading the SUBSCRIBE answer; a header name, '
   'not a secret.', NS)

# ---------------- neheb/libupnpp (GitHub copy of J.F. Dockes' libupnpp C++ UPnP control-point library, on top of libnpupnp) ----------------
R, P = 'neheb/libupnpp', 'libupnpp/control/service.cxx'
why_u = ('UPnP GENA event callback of the control-point side: the remote device POSTs NOTIFY property-change events to the '
         'callback URL served by libnpupnp, which invokes srvCB(UPNP_EVENT_RECEIVED, event). srvCB looks the event\'s SID up in '
         'o_calls (filled by registerCallback() with the SID returned by UpnpSubscribe) and only then calls the service\'s '
         'callback; an unknown SID is logged and dropped (libnpupnp also rejects NOTIFYs for SIDs it did not subscribe). '
         'Verified by the subscription id, a map lookup rather than a compare operator.')
wh(R, P, 222, 'yes', 'yes', 'upnpp-gena-event', 'NOTIFY <event callback> (SID)', why_u, 'Handler: static srvCB().')
wh(R, P, 285, 'yes', 'yes', 'upnpp-gena-event', 'NOTIFY <event callback> (SID)', why_u,
   'Registration: lib->m->registerHandler(UPNP_EVENT_RECEIVED, srvCB, 0) in initEvents().')
wh(R, P, 337, 'yes', 'yes', 'upnpp-gena-event', 'NOTIFY <event callback> (SID)', why_u,
   'Per-service registration: o_calls[m->SID] = c in Service::registerCallback().')

if __name__ == '__main__':
    _labels.write(__file__, 'webhook29')
