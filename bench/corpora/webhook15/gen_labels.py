#!/usr/bin/env python3
# Hand-written labels (from reading the code only; Faultline was not run). Writes labels.jsonl.
C = {
 'slowriot/libtelegram': '0e079bfd3d44ec1f6fcd1df2d73ed8ec6e232851',
 'Hum-Tum22/SignalingServer': 'ba2f9caff859f8145e8b023d68ae7147095fcd15',
 'fluent/fluent-bit': 'd55459d492c5c019c0f7dc24db42e69ef47a5437',
 'rsyslog/rsyslog': 'ee72adcd88541111236a2b217fe175f9f107f4e2',
 'ZLMediaKit/ZLMediaKit': 'fdaec2604d4091886158cbaca39dca2b5e5d25db',
 'qtoggle/espqtoggle': '453254092f818dc8c34cb72e723718958cd7f4d9',
}
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import Labels, NS  # noqa: E402

_labels = Labels('wh15', C)
wh, neg, sc = _labels.wh, _labels.neg, _labels.sc

# ---------------- slowriot/libtelegram (header-only C++ Telegram library, FastCGI listener) ----------------
R, P = 'slowriot/libtelegram', 'include/libtelegram/listeners/fcgi.h'
why = ('Telegram Bot API webhook delivered through FastCGI: README "Setting the webhook" / set_webhook.sh register the FastCGI '
       'script URL with setWebhook (no secret_token). fcgi::handle_request only checks that the method is POST and that the '
       'body is JSON, answers 200 and then runs every user callback (execute_callbacks) on the update; nothing checks the '
       'X-Telegram-Bot-Api-Secret-Token header, the source address or a secret path.')
route = 'POST <FastCGI script URL given to setWebhook, e.g. /fcgi-bin/my_fastcgi_webhook>'
wh(R, P, 54, 'yes', 'no', 'telegram-fcgi', route, why, 'Handler (fcgi::handle_request).')
wh(R, P, 94, 'yes', 'no', 'telegram-fcgi', route, why, 'Async wrapper fcgi::handle_request_async that the acceptor calls; '
   'forwards to handle_request and re-arms the acceptor.')
wh(R, P, 27, 'yes', 'no', 'telegram-fcgi', route, why, 'Registration: acceptor.async_accept(boost::bind(&fcgi::handle_request_async, ...)) '
   'in fcgi::run(); the web server maps the URL to the FastCGI process.')
sc(R, P, 68, 'yes', 'HTTP method compared with "POST"; not a secret.', NS)

# ---------------- Hum-Tum22/SignalingServer (GB28181 SIP server, mongoose 7 HTTP API) ----------------
R, P = 'Hum-Tum22/SignalingServer', 'http.cpp'
zwhy = ('ZLMediaKit web hook receiver: ZLMediaKit (the media server this SIP server drives, see the zlmHost/zlmHttpPort calls in '
        'http.cpp) POSTs its hook events to /index/hook/*. HttpServer::HandleDefault dispatches the URI with mg_http_match_uri '
        'and the zlmHook* handler parses the JSON body and acts on it; there is no secret, signature, token or source-address '
        'check anywhere on the path (the listener is mg_http_listen on http://0.0.0.0:<port>, http.cpp:288).')
for (line, rline, group, path, what) in [
    (1121, 470, 'zlm-on-publish', '/index/hook/on_publish',
     'zlmHookPublish answers the publish-authorisation hook with code 0 (allow) and stream options for any caller.'),
    (1169, 464, 'zlm-on-stream-none-reader', '/index/hook/on_stream_none_reader',
     'zlmHookStreamNoneReader closes the SIP call of an "rtp" stream (UaMgr::CloseStreamStreamId) and tells ZLMediaKit to close it.'),
    (1214, 476, 'zlm-on-stream-changed', '/index/hook/on_stream_changed',
     'zlmHookStreamChanged sets the call state to media-ok on regist=true and closes the call on regist=false.'),
    (1302, 482, 'zlm-on-stream-not-found', '/index/hook/on_stream_not_found',
     'zlmHookStreamNotFound only parses the JSON body (the reaction is commented out).'),
    (1335, 488, 'zlm-on-send-rtp-stopped', '/index/hook/on_send_rtp_stopped',
     'zlmHookSendRtpStopped only parses the JSON body (the reaction is commented out).'),
]:
    wh(R, P, line, 'yes', 'no', group, 'POST ' + path, zwhy + ' ' + what, 'Handler.')
    wh(R, P, rline, 'yes', 'no', group, 'POST ' + path, zwhy + ' ' + what, 'Registration: mg_http_match_uri branch in HandleDefault.')
wh(R, P, 302, 'yes', 'no', 'zlm-on-publish', 'POST /index/hook/on_publish', zwhy,
   'Listener: mg_http_listen(&m_mgr, m_address, HandleDefault, this) serves every /index/hook/* route (labelled once, with on_publish).')
for (line, rline, group, path, what) in [
    (567, 417, 'device-channels', '/device/channels', 'Web UI / client query of the GB28181 device channel list.'),
    (692, 434, 'device-open-live', '/device/open_live', 'Client request to start a live stream from a camera (SIP INVITE).'),
    (854, 440, 'device-close-live', '/device/close_live', 'Client request to stop a live stream.'),
    (889, 446, 'device-open-vod', '/device/open_vod', 'Client request to start playback of a recording.'),
    (1056, 452, 'device-close-vod', '/device/close_vod', 'Client request to stop playback.'),
    (1091, 458, 'user-action', '/userAction', 'User management command (addUser/delUser/changeUser).'),
]:
    neg(R, P, line, group, path, what + ' Unauthenticated, but a user-facing API, not a callback from another system.')
    neg(R, P, rline, group, path, what + ' Registration line (mg_http_match_uri branch in HandleDefault).')
sc(R, P, 1104, 'yes', 'JSON "cmd" field compared with the literal "addUser"; not a secret.', NS)
sc(R, P, 412, 'yes', 'Upgrade header compared with "websocket" (strncmp); not a secret.', NS)

# ---------------- fluent/fluent-bit (HTTP-based input plugins, flb_http_server) ----------------
R = 'fluent/fluent-bit'
SP = 'plugins/in_splunk/splunk_prot.c'
why = ('Splunk HTTP Event Collector input: HEC clients/forwarders push events to /services/collector[/event|/raw]. '
       'splunk_prot_handle_ng calls validate_auth_header_ng before ingesting: when splunk_token is configured a missing or '
       'wrong "Authorization: Splunk <token>" is answered 401/403 and the request is dropped. The token is compared with '
       'strncasecmp (line 628), which returns at the first differing byte.')
wh(R, SP, 736, 'yes', 'yes', 'fluentbit-splunk-hec', 'POST /services/collector, /services/collector/event, /services/collector/raw',
   why, 'Handler. See Doubts: without splunk_token the check is skipped (SPLUNK_AUTH_UNAUTH).', compare_line=628, ct='no')
wh(R, 'plugins/in_splunk/splunk.c', 60, 'yes', 'yes', 'fluentbit-splunk-hec',
   'POST /services/collector, /services/collector/event, /services/collector/raw', why,
   'Registration: flb_input_http_server_options_init(..., splunk_prot_handle_ng, ctx).')
sc(R, SP, 635, 'yes', 'Authorization header prefix compared with the scheme name "Splunk "; not a secret.', NS)
sc(R, SP, 766, 'yes', 'Request path compared with "/services/collector/health"; not a secret.', NS)

HP = 'plugins/in_http/http_prot.c'
why = ('HTTP input (generic push endpoint, commonly used as a webhook sink): http_prot_handle_ng validates an OAuth2 JWT '
       '(flb_oauth2_jwt_validate: RS256 signature against the JWKS, issuer, audience, client_id, expiry) and answers 401 before '
       'process_payload_ng when oauth2.validate is configured.')
wh(R, HP, 885, 'yes', 'yes', 'fluentbit-http-input', 'POST /<tag> (any path; the path becomes the tag)', why,
   'Handler. See Doubts: oauth2.validate is off by default.')
wh(R, 'plugins/in_http/http.c', 78, 'yes', 'yes', 'fluentbit-http-input', 'POST /<tag> (any path; the path becomes the tag)', why,
   'Registration: flb_input_http_server_options_init(..., http_prot_handle_ng, ctx).')
sc(R, HP, 937, 'yes', 'Request path compared with "/health"; not a secret.', NS)

OP = 'plugins/in_opentelemetry/opentelemetry_prot.c'
why = ('OpenTelemetry input: OTLP/HTTP and OTLP/gRPC exporters push logs, metrics and traces to /v1/logs, /v1/metrics, /v1/traces '
       '(or the gRPC service paths). opentelemetry_prot_handle_ng calls flb_oauth2_jwt_validate and answers 401 (gRPC status 16) '
       'before any payload is decoded when oauth2.validate is configured.')
wh(R, OP, 799, 'yes', 'yes', 'fluentbit-opentelemetry', 'POST /v1/logs, /v1/metrics, /v1/traces (+ gRPC Export paths)', why,
   'Handler. See Doubts: oauth2.validate is off by default.')
wh(R, 'plugins/in_opentelemetry/opentelemetry.c', 78, 'yes', 'yes', 'fluentbit-opentelemetry',
   'POST /v1/logs, /v1/metrics, /v1/traces (+ gRPC Export paths)', why,
   'Registration: flb_input_http_server_options_init(..., opentelemetry_prot_handle_ng, ctx).')
sc(R, OP, 829, 'yes', 'Request path compared with "/v1/logs"; not a secret.', NS)

EP = 'plugins/in_elasticsearch/in_elasticsearch_bulk_prot.c'
why = ('Elasticsearch-compatible input: Beats/Logstash/other shippers push documents to POST /_bulk. '
       'in_elasticsearch_bulk_prot_handle_ng ingests the NDJSON body (process_payload_ng) with no authentication of any kind '
       '(no http_user/password, token or signature option in the plugin).')
wh(R, EP, 634, 'yes', 'no', 'fluentbit-es-bulk', 'POST /_bulk', why, 'Handler (also answers GET / and GET /_nodes/http with static info).')
wh(R, 'plugins/in_elasticsearch/in_elasticsearch.c', 102, 'yes', 'no', 'fluentbit-es-bulk', 'POST /_bulk', why,
   'Registration: flb_input_http_server_options_init(..., in_elasticsearch_bulk_prot_handle_ng, ctx).')
sc(R, EP, 687, 'yes', 'Request path compared with "/_bulk"; not a secret.', NS)

PP = 'plugins/in_prometheus_remote_write/prom_rw_prot.c'
why = ('Prometheus remote-write receiver: Prometheus/agents push metric samples; prom_rw_prot_handle_ng checks only the path '
       '(optional uri), the method and a non-empty body, then ingests the metrics; no authentication.')
wh(R, PP, 96, 'yes', 'no', 'fluentbit-prom-remote-write', 'POST <uri, default any path>', why, 'Handler.')
wh(R, 'plugins/in_prometheus_remote_write/prom_rw.c', 60, 'yes', 'no', 'fluentbit-prom-remote-write',
   'POST <uri, default any path>', why, 'Registration: flb_input_http_server_options_init(..., prom_rw_prot_handle_ng, ctx).')
sc(R, PP, 109, 'yes', 'Request path compared with the configured uri; not a secret.', NS)

FP = 'plugins/in_forward/fw_prot.c'
sc(R, FP, 660, 'no', 'Forward protocol secure handshake: the server-side SHA-512 hex digest of the shared_key is compared with the '
   'client digest with strncmp (early exit); timing-unsafe compare of a MAC of the shared secret.')
sc(R, FP, 490, 'no', 'Forward protocol user authentication: the expected password digest is compared with the client digest '
   'with strncmp (early exit); timing-unsafe compare of a password-derived secret.')
sc(R, FP, 473, 'yes', 'Configured user name compared with the presented username; a user name is not a secret.', NS)

JP = 'src/flb_oauth2_jwt.c'
sc(R, JP, 1347, 'yes', 'Authorization header prefix compared with "Bearer "; not a secret.', NS)
sc(R, JP, 1437, 'yes', 'JWT issuer claim compared with the configured issuer (after the RS256 signature check); public value.', NS)
sc(R, JP, 1475, 'yes', 'JWT client_id claim compared with the allowed client ids; public identifier, not a secret.', NS)
AP = 'src/aws/flb_aws_credentials_http.c'
sc(R, AP, 622, 'yes', 'JSON field name of the credentials response compared with AWS_CREDENTIAL_RESPONSE_SECRET_KEY '
   '("SecretAccessKey"); compares a key name, not the secret value.', NS)
sc(R, AP, 640, 'yes', 'JSON field name compared with the session-token field name ("Token"/"SessionToken"); not the secret value.', NS)

# ---------------- rsyslog/rsyslog contrib/imhttp (civetweb) ----------------
R, P = 'rsyslog/rsyslog', 'contrib/imhttp/imhttp.c'
why = ('imhttp input: clients push log messages to the configured endpoint. registerRoute installs postHandler with '
       'mg_set_request_handler and, when basicauthfile/apikeyfile is configured, routeAuthHandler with mg_set_auth_handler '
       '(civetweb runs it before the request handler): a request without valid Basic credentials (htpasswd, '
       'apr_password_validate) or API key (read_api_key_file, strcmp at line 1078) gets 401 and never reaches postHandler.')
wh(R, P, 1270, 'yes', 'yes', 'imhttp-ingest', 'POST <input(endpoint=...) path>', why,
   'Handler (postHandler). Verification is done by the civetweb auth handler (middleware); see Doubts: it is only '
   'registered when an auth file is configured.', compare_line=1078, ct='no')
wh(R, P, 1532, 'yes', 'yes', 'imhttp-ingest', 'POST <input(endpoint=...) path>', why,
   'Registration: registerRoute(ctx, inst->pszEndpoint, postHandler, inst, &inst->authCtx).')
neg(R, P, 1433, 'imhttp-healthcheck', 'GET <healthcheckpath, default /healthz>', 'Health check for load balancers (optionally behind auth).')
neg(R, P, 1540, 'imhttp-healthcheck', 'GET <healthcheckpath, default /healthz>', 'Registration line of the health check.')
neg(R, P, 1479, 'imhttp-metrics', 'GET <metricspath, default /metrics>', 'Prometheus metrics scrape endpoint (optionally behind auth).')
neg(R, P, 1547, 'imhttp-metrics', 'GET <metricspath, default /metrics>', 'Registration line of the metrics endpoint.')
sc(R, P, 1039, 'yes', 'Basic-auth user name compared with the htpasswd user (strcasecmp); not a secret (the password goes '
   'through apr_password_validate).', NS)
sc(R, P, 976, 'yes', 'Authorization header prefix compared with the scheme name "ApiKey "; not a secret.', NS)

# ---------------- ZLMediaKit/ZLMediaKit server/WebApi.cpp (own HTTP server, api_regist lambda map) ----------------
R, P = 'ZLMediaKit/ZLMediaKit', 'server/WebApi.cpp'
sc(R, P, 806, 'no', 'check_secret (CHECK_SECRET() in every protected API): configured api.secret compared with the "secret" '
   'request argument with std::string operator!= ; timing-unsafe compare of a secret.')
sc(R, P, 2518, 'no', '/index/api/login: expected MD5("zlmediakit:"+secret+":"+cookie) hex digest compared with the "digest" '
   'argument with operator!= ; timing-unsafe compare of a secret-derived digest.')
for (line, group, path, what) in [
    (858, 'zlm-getServerConfig', '/index/api/getServerConfig', 'Admin API: dump the server configuration (CHECK_SECRET).'),
    (873, 'zlm-setServerConfig', '/index/api/setServerConfig', 'Admin API: change configuration (CHECK_SECRET).'),
    (931, 'zlm-api-list', '/index/', 'Lists the registered APIs; no secret.'),
    (1024, 'zlm-getMediaList', '/index/api/getMediaList', 'Admin API: list media sources (CHECK_SECRET).'),
    (1149, 'zlm-close-streams', '/index/api/close_streams', 'Admin API: close streams (CHECK_SECRET).'),
    (1314, 'zlm-addStreamProxy', '/index/api/addStreamProxy', 'Admin API: add a pull proxy (CHECK_SECRET).'),
    (2509, 'zlm-login', '/index/api/login', 'Cookie login with an MD5 digest of the secret.'),
]:
    neg(R, P, line, group, 'GET/POST ' + path, what + ' Handler is the lambda given to api_regist (stored in s_map_api, '
        'dispatched by URL at line 287); the api_regist line is both registration and definition.')

# ---------------- qtoggle/espqtoggle (ESP8266 NONOS firmware, own HTTP server) ----------------
R = 'qtoggle/espqtoggle'
sc(R, 'src/espgoodies/jwt.c', 228, 'no', 'jwt_validate: locally computed HS256 signature (base64) compared with the signature of '
   'the request JWT with strcmp (early exit); timing-unsafe compare of a MAC. The HMAC key is the stored password hash.')
sc(R, 'src/client.c', 270, 'yes', 'Stored admin password hash compared with the constant hash of the empty string (is a password set?); '
   'no attacker-controlled operand, so no timing oracle.', NS + ' See Doubts.')
sc(R, 'src/client.c', 317, 'yes', 'JWT "iss" claim compared with "qToggle"; not a secret.', NS)
sc(R, 'src/client.c', 356, 'yes', 'JWT "usr" claim compared with the user name "admin"; not a secret.', NS)
A = 'src/api.c'
for (line, rline, group, route, what) in [
    (903, 210, 'qt-get-device', 'GET /device', 'Device attributes (JWT-authenticated in client.c before api_call_handle).'),
    (1024, 229, 'qt-post-reset', 'POST /reset', 'Reset/factory-reset the device (admin JWT).'),
    (1179, 266, 'qt-get-ports', 'GET /ports', 'Port list and values.'),
    (2216, 325, 'qt-put-webhooks', 'PUT /webhooks', 'Configures the OUTGOING webhooks the device calls (webhooks.c); a settings '
     'route, not an inbound webhook (tricky name).'),
    (3048, 387, 'qt-patch-system', 'PATCH /system', 'System settings.'),
    (3200, 402, 'qt-put-provisioning', 'PUT /provisioning', 'Provisioning configuration.'),
]:
    neg(R, A, line, group, route, what)
    neg(R, A, rline, group, route, what + ' Dispatch line in api_call_handle (strcmp on the first path segment).')
sc(R, A, 210, 'yes', 'First path segment compared with "device" (routing); not a secret.', NS)

_labels.write(__file__, 'webhook15')
