#!/usr/bin/env python3
# Hand-written labels (from reading the code). Writes labels.jsonl.
C = {
 'rpidburachynskyi/qt-telegram-bot': '211af8f699f88e51a584b62298f2b6cd3721154e',
 'JhonMontoya/learnDocker': '7769b41260705ca529df1d4a19cf799b3e843834',
 'HampusHellstrom/home-automation': '33086e38ce49c0f92883aaecba5f40ac8d803f3c',
 'saturn-xiv/cactus': '58573fdcd00b03890af48f723e411108234ab07a',
 'lennartkaden/NFC-Alarm': 'b676d42075c4db586afbc4aa813d6e0e3dd2f68c',
}
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import Labels, NS  # noqa: E402

_labels = Labels('wh60', C)
wh, neg, sc = _labels.wh, _labels.neg, _labels.sc

# ---------------- rpidburachynskyi/qt-telegram-bot (Qt 5, raw QTcpServer; Telegram Bot API library) ----------------
R = 'rpidburachynskyi/qt-telegram-bot'
P = 'src/telegrambot.cpp'
why = ('Telegram Bot API webhook receiver: TelegramBot::setWebhook(QTcpServer*, url, ...) makes the server listen on '
       'QHostAddress::Any (port 3000 by default), connects QTcpServer::newConnection, and for every readyRead takes '
       'everything after the first blank line as the body, parses it as JSON, answers "HTTP/1.0 200 OK" and emits '
       'onGetUpdates(root), which turns it into TelegramUpdate and emits messaged / inlineQueried / '
       'chosenInlineResulted / preCheckoutQueried to the bot application. Nothing checks that the call comes from '
       'Telegram: setWebhook registers no secret_token and the handler reads no X-Telegram-Bot-Api-Secret-Token header; '
       'the request line (method and path) is not even looked at, so a POST to any path of the port is accepted.')
wh(R, P, 79, 'yes', 'no', 'qtbot-telegram-webhook', 'POST <any path> on the setWebhook listener (default port 3000)',
   why, 'Handler: the QTcpSocket::readyRead lambda that parses the update and emits onGetUpdates.')
wh(R, P, 75, 'yes', 'no', 'qtbot-telegram-webhook', 'POST <any path> on the setWebhook listener (default port 3000)',
   why, 'Registration: connect(m_listenServer, &QTcpServer::newConnection, ...) inside TelegramBot::setWebhook.')
wh(R, P, 946, 'yes', 'no', 'qtbot-telegram-webhook', 'POST <any path> on the setWebhook listener (default port 3000)',
   why, 'Processing function TelegramBot::onGetUpdates (dispatches the update to the application signals; also '
   'used for getUpdates long-poll results).')

# ---------------- JhonMontoya/learnDocker (Crow amalgamation, C++17; Docker demo of a dynamic-key transaction) ----------------
R = 'JhonMontoya/learnDocker'
P = 'server/servidor.cpp'
neg(R, P, 30, 'learndocker-transaccion', 'POST /transaccion',
    'Client API of the demo: the project\'s own client (client/cliente.cpp) POSTs {timestamp, token, monto}, where '
    'token = hex HMAC-SHA256(shared key, timestamp/30); the route approves the "transaction" when the token matches. '
    'A client-authenticated API route, not a callback from a third-party system. CROW_ROUTE line (the lambda starts on '
    'the same line).')
sc(R, P, 37, 'no', 'Dynamic transaction key (HMAC-SHA256 of the timestamp under the shared secret "Cl4v3Secreta") '
   'compared with std::string operator== against the client-supplied token; early-exit compare of a secret-derived '
   'authenticator.')

# ---------------- HampusHellstrom/home-automation (ESP8266 Arduino sketch, ESP8266WebServer) ----------------
R = 'HampusHellstrom/home-automation'
P = 'esp8266-jonas/test-wifi-post/test-wifi-post.ino'
what = ('LAN lamp-control test endpoint of the home-automation sketch (driven by hand with curl, see the comments at '
        'the top): echoes the posted body. Not a callback from another system.')
neg(R, P, 42, 'hampus-lamp', 'ANY /lamp', what + ' Handler handleLamp.')
neg(R, P, 29, 'hampus-lamp', 'ANY /lamp', what + ' Registration: server.on("/lamp", handleLamp).')

# ---------------- saturn-xiv/cactus (cpp-httplib, C++23; "Webhooks server for Gogs & Github") ----------------
R = 'saturn-xiv/cactus'
A = 'src/application.cpp'
why = ('Gogs webhook receiver POST /gogs/:id: the route builds cactus::webhook::gogs::Handler over the [gogs] TOML table '
       'and calls execute(id, req), which looks up [gogs.<id>], computes the hex HMAC-SHA256 of the raw body under '
       'that entry\'s "secret" (Crypto++) and throws std::invalid_argument when it differs from X-Gogs-Signature; '
       'the exception handler answers 500 and nothing is stored or run. Only after the check does it write the body '
       'to gogs.<id>.<delivery>.json and run the configured shell script on it. A missing secret makes '
       'secret.value() throw (rejected as well). Verified; the compare itself is timing-unsafe (gogs.cpp:28).')
wh(R, A, 29, 'yes', 'yes', 'cactus-gogs-webhook', 'POST /gogs/:id', why,
   'Registration + handler: server.Post("/gogs/:id", [&](...) {...}) (the lambda starts on the same line).')
wh(R, 'src/gogs.cpp', 11, 'yes', 'yes', 'cactus-gogs-webhook', 'POST /gogs/:id', why,
   'Processing function cactus::webhook::gogs::Handler::execute (signature check, then deploy script).')
neg(R, A, 45, 'cactus-version', 'GET /version', 'Returns the build version string; a plain informational route, not a '
    'callback from another system. server.Get line (lambda on the next line).')
sc(R, 'src/gogs.cpp', 28, 'no', 'Gogs webhook signature: hex HMAC-SHA256 of the body under the per-hook secret compared '
   'with std::string operator!= against the X-Gogs-Signature header; early-exit compare of a MAC.')

# ---------------- lennartkaden/NFC-Alarm (ESP8266 PlatformIO sketch, ESP8266WebServer) ----------------
neg('lennartkaden/NFC-Alarm', 'src/main.cpp', 21, 'nfcalarm-alarm', 'POST /alarm',
    'Device-control route of the ESP8266 alarm: any POST switches the alarm output (D8) on for 5 s. Triggered by the '
    'owner on the LAN (the repository gives no caller; the name suggests a phone NFC-tag shortcut), not a callback '
    'from a third-party service. server.on line (the lambda starts on the same line).')

_labels.write(__file__, 'webhook60')
