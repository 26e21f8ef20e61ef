#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook65) in the webhook28 format (labellib.Labels: kind webhook_handler / secret_compare).
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import Labels, NS  # noqa: E402

C = {
 'falcosecurity/falco': '58b6496f51a6c0a4639fc05c8bd7034d0dc89b09',
 'openshwprojects/OpenBK7231T_App': 'e1a80975583f1cb908cf7495d8fa2eab5e6b3e8e',
 'github/brubeck': 'ebbd22264dcd9cc960dc2d4b82a7981922e789c5',
}
_labels = Labels('wh65', C)
wh, neg, sc = _labels.wh, _labels.neg, _labels.sc

# ---------------- falcosecurity/falco 0.31.1 (runtime security; embedded civetweb server, C++11) ----------------
R = 'falcosecurity/falco'
W = 'userspace/falco/webserver.cpp'
why = ('Kubernetes audit webhook: kube-apiserver\'s audit webhook backend POSTs audit event lists to Falco\'s '
       'webserver.k8s_audit_endpoint (default /k8s-audit, port 8765); k8s_audit_handler::handlePost only checks that '
       'Content-Type starts with application/json, reads the body and accept_data parses it as k8s audit events and '
       'runs every event through the rules engine and the alert outputs. Nothing checks that the caller is the API '
       'server: no token, no HMAC, no client certificate (the civetweb options only set listening_ports and, with '
       'ssl_enabled, ssl_certificate; there is no ssl_ca_file / ssl_verify_peer), so anyone who can reach the port can '
       'inject forged audit events (fake alerts, or noise that hides real ones).')
wh(R, W, 148, 'yes', 'no', 'falco-k8s-audit', 'POST /k8s-audit (webserver.k8s_audit_endpoint)', why,
   'Handler k8s_audit_handler::handlePost.')
wh(R, W, 257, 'yes', 'no', 'falco-k8s-audit', 'POST /k8s-audit (webserver.k8s_audit_endpoint)', why,
   'Registration: m_server->addHandler(m_config->m_webserver_k8s_audit_endpoint, *m_k8s_audit_handler).')
wh(R, W, 48, 'yes', 'no', 'falco-k8s-audit', 'POST /k8s-audit (webserver.k8s_audit_endpoint)', why,
   'Processing function k8s_audit_handler::accept_data (parse + process_event + handle_event).')
why_hz = ('Health check for Kubernetes liveness probes (webserver.k8s_healthz_endpoint, default /healthz): answers '
          '{"status": "ok"}; no data accepted. Not a webhook.')
neg(R, W, 39, 'falco-healthz', 'GET /healthz', why_hz + ' Handler k8s_healthz_handler::handleGet.')
neg(R, W, 259, 'falco-healthz', 'GET /healthz', why_hz + ' Registration (addHandler).')

# ---------------- openshwprojects/OpenBK7231T_App (OpenBeken IoT firmware, C; own HTTP server) ----------------
R = 'openshwprojects/OpenBK7231T_App'
WE = 'src/driver/drv_wemo.c'
HU = 'src/driver/drv_hue.c'
RI = 'src/httpserver/rest_interface.c'
LG = 'src/logging/logging.c'
BA = 'src/httpserver/http_basic_auth.c'
why = ('Belkin WeMo emulation for Amazon Echo / Alexa (WEMO driver): after SSDP discovery the Echo POSTs a SOAP '
       'SetBinaryState / GetBinaryState envelope to /upnp/control/basicevent1; WEMO_BasicEvent1 looks for '
       '"State>1</Binary" / "State>0</Binary" with strstr and runs CMD_ExecuteCommand("POWER ON"/"POWER OFF"). The route '
       'is registered with auth_required = 0, so even the optional web password (HTTP Basic) is not asked for, and '
       'nothing else checks that the caller is the Echo (WeMo has no signature or token): any host on the network '
       'can switch the relay. Same category as the WeMo emulators labelled unverified in webhook27/29.')
wh(R, WE, 221, 'yes', 'no', 'obk-wemo-basicevent', 'POST /upnp/control/basicevent1', why,
   'Handler WEMO_BasicEvent1.')
wh(R, WE, 316, 'yes', 'no', 'obk-wemo-basicevent', 'POST /upnp/control/basicevent1', why,
   'Registration: HTTP_RegisterCallback("/upnp/control/basicevent1", HTTP_POST, WEMO_BasicEvent1, 0).')
why_x = ('Read-only UPnP description document fetched by the Echo during discovery (static XML with the device name, '
         'UDN, IP and serial); accepts no data and changes nothing. Not a webhook.')
for (hl, rl, group, route) in [
    (282, 319, 'obk-wemo-setup', 'GET /setup.xml'),
    (262, 317, 'obk-wemo-eventservice', 'GET /eventservice.xml'),
    (272, 318, 'obk-wemo-metainfo', 'GET /metainfoservice.xml'),
]:
    neg(R, WE, hl, group, route, why_x + ' Handler.')
    neg(R, WE, rl, group, route, why_x + ' Registration (auth_required = 0).')
neg(R, HU, 143, 'obk-hue-description', 'GET /description.xml', 'Hue bridge emulation: UPnP description.xml for '
    'discovery (static XML). Not a webhook. Handler HUE_Setup.')
neg(R, HU, 253, 'obk-hue-description', 'GET /description.xml', 'Hue bridge emulation: UPnP description.xml for '
    'discovery. Registration.')
why_api = ('OpenBeken REST API used by the device\'s own web app and by users / scripts (channels, pins, config, '
           'logs, commands, OTA, flash); registered with auth_required = 1 (HTTP Basic "admin" + web password when '
           'one is configured). A user/admin API, not a callback from another system.')
for (hl, rl, group, route) in [
    (103, 79, 'obk-rest-get', 'GET /api/*'),
    (179, 80, 'obk-rest-post', 'POST /api/*'),
    (293, 81, 'obk-rest-app', 'GET /app'),
]:
    neg(R, RI, hl, group, route, why_api + ' Handler.')
    neg(R, RI, rl, group, route, why_api + ' Registration in init_rest.')
why_log = 'Log viewer of the web UI (auth_required = 1). Not a webhook.'
neg(R, LG, 969, 'obk-logs', 'GET /logs', why_log + ' Handler http_getlog.')
neg(R, LG, 292, 'obk-logs', 'GET /logs', why_log + ' Registration.')
neg(R, LG, 952, 'obk-lograw', 'GET /lograw', why_log + ' Handler http_getlograw.')
neg(R, LG, 293, 'obk-lograw', 'GET /lograw', why_log + ' Registration.')
sc(R, BA, 31, 'no', 'http_basic_auth_eval: the password decoded from the Authorization: Basic header compared with '
   'the configured web password g_cfg.webPassword using strncmp(..., 32) (early exit); a credential compared in '
   'variable time.')
sc(R, BA, 29, 'yes', 'Decoded Basic credentials checked for the fixed user-name prefix "admin:" (my_strnicmp); a '
   'public user name, not a secret.', NS)

# ---------------- github/brubeck (statsd-compatible metrics aggregator, C; libmicrohttpd admin endpoint) ----------------
R = 'github/brubeck'
H = 'src/http.c'
why = ('Optional HTTP endpoint of the metrics daemon ("http" in the JSON config), a hand-written router in '
       'handle_request on libmicrohttpd: read-only status / metric queries and an operator action; metrics themselves '
       'arrive over UDP statsd, not over HTTP. Operator/monitoring API, not a callback from another system.')
for (bl, hl, group, route, what) in [
    (225, 182, 'bru-ping', 'GET /ping, /_ping', 'Health check with backend status (send_ping).'),
    (228, 108, 'bru-stats', 'GET /stats', 'Server statistics (send_stats).'),
    (234, 74, 'bru-metric', 'GET /metric/<key>', 'One metric\'s type and expiry state (send_metric).'),
    (238, 60, 'bru-expire', 'POST /expire/<key>', 'Operator disables expiry of a metric (expire_metric).'),
]:
    neg(R, H, bl, group, route, what + ' ' + why + ' Router branch.')
    neg(R, H, hl, group, route, what + ' ' + why + ' Handler function.')

_labels.write(__file__, 'webhook65')
