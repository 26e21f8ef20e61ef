#!/usr/bin/env python3
# Hand-written labels (from reading the code). Writes labels.jsonl.
C = {
 'OpenSprinkler/OpenSprinkler-Firmware': '49b0e8a31b8ee7cf2ae4fa7dc6c6b4bcd54c8836',
 'AngadOnTop/spotfetch': '2d60f18799b699a7f32bc2d7689e47faa656bf25',
 'TheDiscordList/integration-dpp': '4c7ede7d7eb2cc0482dcfbdd89be40d587e4192e',
 'as2expert/as2expert-cpp': 'df42ee5324b3f4b7dcf7f98e7fc6adadd75e3a08',
 'ngircd/ngircd': '6ae13bf89e934d167f6ead8bb9ee39f57a0935c0',
 'ArkLUG/lug-manager': 'f36268bb6746e65d74efd96fba0bdf88e7d8d088',
 'JAdewoye/Trading-Engine': '54e8e2ae8315e11393e3708d9a514c4db7f69ec6',
}
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import Labels, NS  # noqa: E402

_labels = Labels('wh20', C)
wh, neg, sc = _labels.wh, _labels.neg, _labels.sc

# ---------------- OpenSprinkler/OpenSprinkler-Firmware (OSPI build: OpenThings Framework LinuxLocalServer) --------
R, P, U = 'OpenSprinkler/OpenSprinkler-Firmware', 'opensprinkler_server.cpp', 'utils.cpp'
why_os = ('OpenSprinkler controller web API used by the OpenSprinkler app / web UI (two-letter command URLs, '
          'password "pw" = MD5 of the device password checked by process_password); an operator API, not a callback '
          'from another system.')
for (line, tline, group, route, what) in [
    (1365, 2188, 'os-cv', 'GET /cv', 'Change controller values (reboot, enable, rain delay).'),
    (1317, 2189, 'os-jc', 'GET /jc', 'Controller status JSON.'),
    (895, 2191, 'os-cp', 'GET /cp', 'Create/modify a program.'),
    (1503, 2196, 'os-co', 'GET /co', 'Change options.'),
    (1690, 2198, 'os-sp', 'GET /sp', 'Change the device password (npw/cpw).'),
    (1726, 2199, 'os-js', 'GET /js', 'Station status JSON.'),
    (1751, 2200, 'os-cm', 'GET /cm', 'Manual station on/off.'),
    (559, 2201, 'os-cs', 'GET /cs', 'Change station names/attributes.'),
    (1854, 2204, 'os-jl', 'GET /jl', 'Log JSON.'),
    (1986, 2205, 'os-dl', 'GET /dl', 'Delete log.'),
    (1175, 2206, 'os-su', 'GET /su', 'UI-source (script URL) form page; no password, read-only page.'),
    (2006, 2209, 'os-pq', 'GET /pq', 'Pause queue.'),
    (2037, 2208, 'os-ja', 'GET /ja', 'Everything JSON.'),
    (2085, 2210, 'os-db', 'GET /db', 'Debug JSON; no password.'),
]:
    neg(R, P, line, group, route, what + ' ' + why_os + ' Handler.')
    neg(R, P, tline, group, route, what + ' ' + why_os + ' Registration: entry of the urls[] handler table '
        '(paired with _url_keys; initialize_otf registers each with otf->on("/xx", urls[i])).')
neg(R, P, 1332, 'os-home', 'GET / and /index.html', 'Home page (loads the UI). ' + why_os + ' Handler.')
neg(R, P, 2349, 'os-home', 'GET / and /index.html', 'Home page (loads the UI). ' + why_os +
    ' Registration: otf->on("/", server_home) in initialize_otf.')
sc(R, U, 480, 'no', 'file_cmp_block (Linux branch), reached from OpenSprinkler::password_verify for every password '
   'check: the request\'s password hash is compared with the stored one byte by byte, stopping at the first '
   'difference; timing-unsafe secret compare.')
sc(R, P, 1704, 'yes', 'strncmp of the new password (npw) with its confirmation (cpw), both from the same request: a '
   'typo check, not a check against a stored secret.', NS)
sc(R, P, 713, 'yes', 'strncmp of the query with the parameter marker "t=["; parsing, not a secret.', NS)

# ---------------- AngadOnTop/spotfetch (raw POSIX socket OAuth loopback callback) ----------------
R, P = 'AngadOnTop/spotfetch', 'src/callback_server.cpp'
why = ('Spotify OAuth (PKCE) loopback redirect: the browser is sent to http://127.0.0.1:<port>/callback?code=... '
       'after the user logs in; wait_for_authorization_code accepts one connection on the loopback interface and '
       'returns the code (exchanged later with the PKCE verifier). A browser redirect of the user\'s own login, not '
       'a server-to-server callback; tricky negative (route named "callback").')
neg(R, P, 71, 'spotfetch-oauth-callback', 'GET /callback?code= (127.0.0.1)', why + ' Handler.')
neg(R, P, 109, 'spotfetch-oauth-callback', 'GET /callback?code= (127.0.0.1)', why + ' Registration: listen() on the '
    'loopback socket bound just above.')

# ---------------- TheDiscordList/integration-dpp (rebuilt from the index, see README) ----------------
R = 'TheDiscordList/integration-dpp'
why = ('TheDiscordList webhook deliveries (listing.upvoted, bumps, ...) POSTed to the bot\'s dpp::http_server on '
       ':8080: the handler passes the raw body and X-TDL-Signature to thediscordlist::verify_webhook '
       '(src/webhooks.cpp: timestamp window + HMAC-SHA256 over "t.body" compared with CRYPTO_memcmp), which throws '
       'on any failure; the catch answers 400 before anything is processed.')
wh(R, 'examples/bot.cpp', 51, 'yes', 'yes', 'tdl-webhook', 'POST :8080/* (dpp::http_server)', why,
   'Handler lambda and registration (std::make_unique<dpp::http_server>(..., [secret](request){...})) are on the '
   'same line.')
sc(R, 'src/webhooks.cpp', 125, 'yes', 'verify_webhook: HMAC-SHA256 hex compared with CRYPTO_memcmp after a length '
   'check; constant time.')
sc(R, 'src/webhooks.cpp', 97, 'yes', 'Signature-header part key compared with "t"; parsing, not a secret.', NS)
sc(R, 'src/webhooks.cpp', 99, 'yes', 'Signature-header part key compared with "v1"; parsing, not a secret.', NS)
sc(R, 'examples/bot.cpp', 55, 'yes', 'Verified event name compared with "listing.upvoted"; not a secret.', NS)
sc(R, 'examples/bot.cpp', 32, 'yes', 'Slash-command name compared with "ping"; not a secret.', NS)

# ---------------- as2expert/as2expert-cpp (SDK webhook verifier, rebuilt from the index) ----------------
R, P = 'as2expert/as2expert-cpp', 'src/webhooks.cpp'
sc(R, P, 27, 'yes', 'constant_time_eq: XOR-accumulate loop over the expected and provided "sha256=<hex>" HMAC '
   'signatures (used by verify_signature); constant time.')
sc(R, P, 24, 'yes', 'Length pre-check of the two signatures before the XOR loop; a length, not the secret bytes.', NS)
sc(R, P, 66, 'yes', 'rfind of the public prefix "sha256=" to normalise the provided signature; not a secret compare.', NS)

# ---------------- ArkLUG/lug-manager (Crow; LUG membership manager, files rebuilt from the index) ----------------
R, P, V = 'ArkLUG/lug-manager', 'src/routes/DiscordInteractionsRoutes.cpp', 'src/integrations/DiscordSignatureVerifier.cpp'
why = ('Discord Interactions endpoint (button clicks / modal submits from the Discord app that resolve pending member '
       'matches, create or link members): every request, PING included, must carry X-Signature-Ed25519 and '
       'X-Signature-Timestamp, and verify_discord_signature (integrations/DiscordSignatureVerifier.cpp, Ed25519 over '
       'timestamp+body with EVP_DigestVerify) must pass, else 401 before the body is parsed; then a role allowlist.')
wh(R, P, 99, 'yes', 'yes', 'lug-discord-interactions', 'POST /discord/interactions', why, 'Handler lambda.')
wh(R, P, 98, 'yes', 'yes', 'lug-discord-interactions', 'POST /discord/interactions', why,
   'Registration: CROW_ROUTE(app, "/discord/interactions").methods("POST"_method).')
sc(R, V, 41, 'yes', 'Ed25519 signature checked with EVP_DigestVerify (result compared with 1); no byte compare of the '
   'signature, constant time inside OpenSSL.')
sc(R, V, 15, 'yes', 'Decoded public-key / signature lengths compared with 32 / 64; lengths, not secret bytes.', NS)
sc(R, P, 75, 'yes', 'custom_id prefix check ("discord_match_resolve:" / "discord_match_modal:"); public component ids, '
   'not a secret.', NS)

# ---------------- JAdewoye/Trading-Engine (Boost.Beast hand-written server) ----------------
R, P = 'JAdewoye/Trading-Engine', 'src/httpserver.cpp'
why = ('TradingView-style alert webhook (scripts/webhook_generator.py posts {symbol, side, price} to '
       'http://<host>:8000/webhook): handle_connection parses the JSON and pushes a Trade onto the execution queue; '
       'no secret, token, signature or source check anywhere (TradingView alerts carry none unless the author adds '
       'one to the message).')
wh(R, P, 90, 'yes', 'no', 'te-tradingview-webhook', 'POST /webhook', why, 'Handler: HttpServer::handle_connection.')
wh(R, P, 104, 'yes', 'no', 'te-tradingview-webhook', 'POST /webhook', why,
   'Hand-written router branch: req.method() == post && req.target() == "/webhook".')
wh(R, P, 78, 'yes', 'no', 'te-tradingview-webhook', 'POST /webhook', why,
   'Registration: acceptor_.async_accept(...) -> handle_connection (acceptor bound to 0.0.0.0:port in the constructor).')
sc(R, P, 104, 'yes', 'Request target compared with "/webhook" (routing); not a secret.', NS)

# ---------------- ngircd/ngircd (C IRC server; IRC commands, not HTTP routes: compares only) ----------------
R, D = 'ngircd/ngircd', 'src/ngircd/'
sc(R, D + 'irc-login.c', 621, 'no', 'IRC_WEBIRC: the WEBIRC password sent by a web-chat gateway (which then gets to set the '
   'user\'s host and IP) compared with the configured Conf_WebircPwd by strcmp; timing-unsafe shared-secret compare.')
sc(R, D + 'irc-oper.c', 81, 'no', 'IRC_OPER: operator password from the OPER command compared with the configured one by '
   'strcmp; timing-unsafe password compare.')
sc(R, D + 'irc-oper.c', 78, 'yes', 'Operator name looked up with strcmp against the configured names; a name, not a '
   'secret.', NS)
sc(R, D + 'irc-server.c', 105, 'no', 'IRC_SERVER: the link password a peer server sent (PASS) compared with the '
   'configured pwd_in by strcmp; timing-unsafe shared-secret compare.')
sc(R, D + 'login.c', 137, 'no', 'Login_User (build without PAM): connection password compared with the global server '
   'password Conf_ServerPwd by strcmp; timing-unsafe password compare.')
sc(R, D + 'channel.c', 1286, 'no', 'Channel_CheckKey: JOIN key compared with the channel key (+k) by strcmp; '
   'timing-unsafe compare of a channel password.')
sc(R, D + 'channel.c', 1311, 'no', 'Channel_CheckKey: JOIN key compared with the per-user password of the channel key '
   'file by strcmp; timing-unsafe password compare.')
sc(R, D + 'numeric.c', 363, 'yes', 'ISUPPORT token name ("key" variable) compared with "NICKLEN"; not a secret.', NS)

_labels.write(__file__, 'webhook20')
