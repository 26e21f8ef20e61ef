#!/usr/bin/env python3
# Hand-written labels (from reading the code). Writes labels.jsonl.
C = {
 'DStener/logmat': 'd2f451a0e780862382b55208ae1cc06ec0197d98',
 'janbar/noson': '52d3a66091628cf24aab6fed84cd07dcc35ca588',
 'lighttpd/lighttpd1.4': '2ddc51389a139d2b08daf310596c951c1d53dc8d',
 'tsukitenDev/home-seismometer': '76a57b921a1ab62c380784190c64b71304959c14',
 'qbittorrent/qBittorrent': '0402289eaff722f6aaf80d3d6ad0f08405016d05',
}
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import Labels, NS  # noqa: E402

_labels = Labels('wh24', C)
wh, neg, sc = _labels.wh, _labels.neg, _labels.sc

# ---------------- DStener/logmat (Drogon HttpController app: blog/log site with users, roles, 2FA) ----------------
R, W, WH, A, AH, L = ('DStener/logmat', 'controllers/Webhook.cpp', 'controllers/Webhook.h', 'controllers/Auth.cpp',
                      'controllers/Auth.h', 'modules/Request/login.hpp')
why_git = ('"Webhook" controller Hooks::GitUpdate (POST /Hooks/git): triggered from the site\'s own admin page (root/js/webhook.js '
           'submits a form, then opens the /hooks/message WebSocket that streams `setup.sh --update`). It first requires a logged-in '
           'session (Request::Login on the session cookie) and then a form secret_key equal to the configured secret_key; a '
           'callback from another system (GitHub) could not carry the session, so this is an operator route, not a webhook.')
neg(R, W, 6, 'logmat-git-update', 'POST /Hooks/git', why_git + ' Handler.')
neg(R, WH, 24, 'logmat-git-update', 'POST /Hooks/git', why_git + ' Registration: METHOD_ADD.')
sc(R, W, 15, 'no', 'Form secret_key compared with the configured secret_key (drogon custom config) with std::string operator!=; '
   'early-exit compare of a shared secret (the deploy trigger key).')
for (line, rline, group, route, what) in [
    (70, 23, 'logmat-login', 'POST /API/Auth/login', 'Password (or TOTP) login, issues the session token.'),
    (29, 24, 'logmat-register', 'POST /API/Auth/register', 'Account registration behind a CAPTCHA.'),
    (78, 25, 'logmat-me', 'GET /API/Auth/me', 'Current user info (session required).'),
    (93, 26, 'logmat-logout', 'POST /API/Auth/out', 'Deletes the current session token.'),
    (135, 27, 'logmat-tokens', 'GET /API/Auth/tokens', 'Lists the user\'s session tokens.'),
    (116, 28, 'logmat-logout-all', 'POST /API/Auth/out_all', 'Deletes all session tokens of the user.'),
    (154, 29, 'logmat-2fa-switch', 'POST /API/Auth/2fa/switch', 'Toggles TOTP 2FA after re-checking the password.'),
    (163, 30, 'logmat-2fa-key', 'GET /API/Auth/2fa/key', 'Returns the TOTP key as a QR code JPEG.'),
    (171, 31, 'logmat-2fa-enabled', 'GET /API/Auth/2fa/enabled?username=', 'Whether a user has 2FA enabled.'),
    (187, 32, 'logmat-captcha', 'GET /API/Auth/captcha', 'Issues a CAPTCHA for registration.'),
]:
    why = what + ' User-facing auth API of the site, not a callback from another system.'
    neg(R, A, line, group, route, why + ' Handler.')
    neg(R, AH, rline, group, route, why + ' Registration: METHOD_ADD (lines 23-32 are consecutive).')
sc(R, L, 105, 'no', 'Login with 2FA: submitted TOTP code compared with the expected TOTP(open_key) with std::string operator!=; '
   'the one-time code is a secret, early-exit compare.')
sc(R, L, 119, 'no', 'Login: stored password hash compared with utils::getMd5(password) with std::string operator!=; '
   'early-exit compare of a password hash.')
sc(R, L, 289, 'no', 'Switch2FA: stored password compared with the std::hash of the submitted password (operator!=); '
   'a password-derived value, early-exit compare.')
sc(R, L, 192, 'yes', 'Permission check: user id of a role link compared with the logged-in user id; not a secret.', NS)

# ---------------- janbar/noson (C++ Sonos control library; its EventHandler is an HTTP listener for UPnP GENA) ----------------
R = 'janbar/noson'
P, EH = 'noson/src/private/upnpnotificationbroker.cpp', 'noson/src/eventhandler.cpp'
why = ('UPnP GENA event NOTIFY pushed by a Sonos player to the control point\'s callback URL (the noson EventHandler listener). '
       'UPNPNotificationBroker::HandleRequest takes NOTIFY with NT: upnp:event and a text/xml body, Process parses the property '
       'set and dispatches an EVENT_UPNP_PROPCHANGE message carrying the SID header; every consumer (AVTransport, '
       'RenderingControl, ContentDirectory, ZoneGroupTopology, AlarmClock) acts only when the SID equals its own subscription SID '
       '(std::string ==). As in webhook19/21 (wallbox, pupnp, gupnp, Platinum), the subscription SID is the only credential GENA '
       'has, so the webhook counts as verified; the SID compares are the timing-unsafe compares (see Doubts).')
wh(R, P, 35, 'yes', 'yes', 'noson-gena-notify', 'NOTIFY <event callback URL>', why, 'Handler: UPNPNotificationBroker::HandleRequest.')
wh(R, P, 106, 'yes', 'yes', 'noson-gena-notify', 'NOTIFY <event callback URL>', why, 'Handler body: UPNPNotificationBroker::Process.')
wh(R, EH, 465, 'yes', 'yes', 'noson-gena-notify', 'NOTIFY <event callback URL>', why,
   'Registration: RegisterRequestBroker(new UPNPNotificationBroker()) in the EventHandler constructor.')
for f, line, svc in [('noson/src/avtransport.cpp', 487, 'AVTransport'),
                     ('noson/src/renderingcontrol.cpp', 357, 'RenderingControl'),
                     ('noson/src/contentdirectory.cpp', 125, 'ContentDirectory'),
                     ('noson/src/zonegrouptopology.cpp', 114, 'ZoneGroupTopology'),
                     ('noson/src/alarmclock.cpp', 135, 'AlarmClock')]:
    sc(R, f, line, 'no', svc + '::HandleEventMessage: SID header of the GENA NOTIFY compared with the subscription SID '
       '(std::string operator==) before the event updates state; the SID is the subscription capability, early-exit compare.')
sc(R, P, 40, 'yes', 'NT request header compared with the literal "upnp:event"; protocol constant, not a secret.', NS)
sc(R, P, 41, 'yes', 'CONTENT-TYPE header prefix compared with "text/xml"; not a secret.', NS)
MP = 'noson/src/private/mainpagebroker.cpp'
why_main = 'Built-in landing page of the noson HTTP listener (lists the registered request brokers); not a callback.'
neg(R, MP, 37, 'noson-main-page', 'GET /', why_main + ' Handler: MainPageBroker::HandleRequest.')
neg(R, EH, 463, 'noson-main-page', 'GET /', why_main + ' Registration: RegisterRequestBroker(new MainPageBroker()).')
sc(R, MP, 41, 'yes', 'Request path compared with MAINPAGE_URI "/"; route matching, not a secret.', NS)
neg(R, 'noson/src/filestreamer.cpp', 85, 'noson-file-streamer', 'GET|HEAD /music/track.<codec>?path=',
    'FileStreamer::HandleRequest streams a local audio file to the Sonos player that plays the generated URI (the app '
    'registers the broker); a media resource route, not a webhook.')
sc(R, 'noson/src/filestreamer.cpp', 91, 'yes', 'Request path prefix compared with the resource URI; route matching.', NS)
neg(R, 'noson/src/imageservice.cpp', 56, 'noson-image-service', 'GET /images/...',
    'ImageService::HandleRequest serves album-art images registered by the app; a resource route, not a webhook.')
sc(R, 'noson/src/imageservice.cpp', 61, 'yes', 'Request path prefix compared with IMAGESERVICE_URI; route matching.', NS)

# ---------------- lighttpd/lighttpd1.4 (C, mod_auth + mod_authn_file: HTTP Basic/Digest auth backends) ----------------
R, F, M = 'lighttpd/lighttpd1.4', 'src/mod_authn_file.c', 'src/mod_auth.c'
for line, why in [
    (270, 'htdigest userhash lookup: userhash compared with ck_memeq_const_time_fixed_len (constant time).'),
    (350, 'htdigest Basic check: stored digest vs digest of the supplied password, ck_memeq_const_time_fixed_len.'),
    (445, 'Plain-text password file: stored password vs supplied password, ck_memeq_const_time.'),
    (736, 'htpasswd {SHA}: base64-decoded SHA1 vs SHA1 of the password, ck_memeq_const_time_fixed_len.'),
    (744, 'htpasswd $apr1$: apr_md5_encode output vs stored hash, ck_memeq_const_time_fixed_len.')]:
    sc(R, F, line, 'yes', why)
sc(R, F, 707, 'no', 'htpasswd crypt() hashes: stored hash compared with crypt(pw, stored) via strcmp; early-exit compare of a '
   'password hash (the NTLM variant at 693 is under USE_LIB_CRYPTO_MD4, not built with these flags, and not labelled).')
for line, why in [(271, 'htdigest realm compared with memcmp; the realm is public.'),
                  (283, 'htdigest user name compared with memcmp; a user name, not a secret.'),
                  (402, 'htpasswd/plain file user name compared with memcmp; not a secret.'),
                  (729, 'Stored hash prefix compared with the literal "{SHA}" (selects the scheme).'),
                  (741, 'Stored hash prefix compared with the literal "$apr1$" (selects the scheme).')]:
    sc(R, F, line, 'yes', why, NS)
sc(R, M, 842, 'yes', 'Basic-auth cache hit: cached password digest vs supplied password, ck_memeq_const_time.')
sc(R, M, 841, 'yes', 'Basic-auth cache: user name compared with memcmp (cache key check); not a secret.', NS)
sc(R, M, 1550, 'yes', 'Digest auth: expected response digest vs client response, ck_memeq_const_time_fixed_len.')
sc(R, M, 417, 'yes', 'auth.require method token compared with the keyword "user" (config parsing).', NS)

# ---------------- tsukitenDev/home-seismometer (ESP-IDF C++ firmware, esp_http_server REST API) ----------------
R, P = 'tsukitenDev/home-seismometer', 'main/network/rest_api.cpp'
for (line, rline, group, route, what) in [
    (15, 242, 'seis-device-info', 'GET /api/device_info', 'Device info JSON for the local web UI.'),
    (43, 243, 'seis-webhook-send', 'POST /api/webhook/send',
     'Settings page "send test notification": the device POSTs to the user-configured outgoing webhook URL. Despite the '
     '"webhook" path this is an operator-facing route that triggers an outgoing call, not an inbound callback.'),
    (124, 244, 'seis-webhook-list', 'GET /api/webhook/list', 'Lists the configured outgoing webhook destinations.'),
    (153, 245, 'seis-webhook-update', 'POST /api/webhook/update', 'Saves the outgoing webhook configuration to NVS.')]:
    why = what + ' Local web-UI route of the seismometer, not a callback from another system.'
    neg(R, P, line, group, route, why + ' Handler.')
    neg(R, P, rline, group, route, why + ' Registration: httpd_register_uri_handler (lines 242-245 are consecutive).')

# ---------------- qbittorrent/qBittorrent (Qt 6, WebUI / Web API server) ----------------
R, PW, WA = 'qbittorrent/qBittorrent', 'src/base/utils/password.cpp', 'src/webui/webapplication.cpp'
sc(R, PW, 67, 'yes', 'Utils::Password::slowEquals: length XOR folded into diff, then diff |= left[i] ^ right[i] over the bytes; '
   'constant-time compare (the helper itself).')
sc(R, PW, 138, 'yes', 'PBKDF2::verify: derived key compared with the stored key via slowEquals (constant time).')
sc(R, WA, 828, 'yes', 'WebUI API key (Bearer) compared with the configured key via Utils::Password::slowEquals (constant time).')
sc(R, WA, 1124, 'yes', 'validateCredentials: password checked with PBKDF2::verify (slowEquals, constant time); the user name on '
   'the line before is also compared with slowEquals.')
sc(R, WA, 694, 'yes', 'Authorization scheme compared with "Bearer" (case-insensitive); selects the auth mode, not a secret.', NS)
sc(R, WA, 981, 'yes', 'Origin/Referer host compared with the target host (CSRF check); host names are not secrets.', NS)
sc(R, WA, 1003, 'yes', 'Sec-Fetch-Site header compared with "same-origin"; not a secret.', NS)
why_ui = 'qBittorrent WebUI/Web API, used by the operator\'s browser or API clients (session cookie or API key); not a webhook.'
neg(R, WA, 685, 'qbt-process-request', 'any WebUI request', why_ui + ' WebApplication::processRequest (the Http::IRequestHandler).')
neg(R, WA, 321, 'qbt-api-dispatch', '/api/v2/<scope>/<action>', why_ui + ' WebApplication::processAPIRequest dispatches to controllers.')
neg(R, WA, 193, 'qbt-webui-files', 'GET /<static file>', why_ui + ' WebApplication::sendWebUIFile serves the UI files.')
for line, scope in [(915, 'app'), (916, 'log'), (917, 'rss'), (918, 'torrents'), (919, 'transfer')]:
    neg(R, WA, line, 'qbt-api-' + scope, '/api/v2/%s/*' % scope,
        why_ui + ' Registration: registerAPIController(u"%s") in sessionStartImpl (lines 915-919 are consecutive).' % scope)

_labels.write(__file__, 'webhook24')
