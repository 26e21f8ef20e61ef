#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook92). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS, token_location  # noqa: E402

C = {
 'Tach3/STIN': '899ffec2f85122a7352fbeb90360435592e12f61',
 'Maxxserv/Elim-Fragrances': '0e1a1406d451900a4ccdf7454f07ed1b5adb1a6a',
 'Sama-Elewa/mini-hotel-system-SP-project': '7f5ace8b4e85b893f68e03fdbcefe58eca765bef',
 'Dex5wu/Project-Image-Server': '6e68c9fd95e5029dab8a16cb4838999b99603c52',
 'EmrD/calculator-api-cpp': 'd6dc31abf856e525e994aa954864afc1b2e773e5',
 'Ken-u/esphook': '3c647f08718b7273a4effd060357688b41a2d4e4',
}
ROOT = '/work/corpora/webhook92/src'

_labels = TokenLabels(ROOT, 'wh92', C)
N = _labels.N


def W(repo, path, line, tok, verified, group, route, why, note='', at=None):
    """A webhook handler (wh) at `tok` (inside `at` when given)."""
    _labels.wh(repo, path, line, 'yes', verified, group, route, why, note)
    it = _labels.items[-1]
    it['column'], it['line_sha1'] = token_location(ROOT, repo, path, line, tok, at)


def SA(repo, path, line, tok, at, ct, why, note=''):
    """A secret compare at `tok` inside `at` (for a line holding more than one compare)."""
    _labels.sc(repo, path, line, ct, why, note)
    it = _labels.items[-1]
    it['column'], it['line_sha1'] = token_location(ROOT, repo, path, line, tok, at)


# ---------------- Tach3/STIN (C++17, Crow amalgamated + standalone Asio; student online-banking backend) ----------------
R = 'Tach3/STIN'
P = 'crow/main.cpp'
B = ' Route and handler lambda of the bank\'s own web front end (CORS origin stuwrk.nti.tul.cz); not a callback from another system.'
for line, group, route, what in [
    (84, 'stin-check', 'POST /check', 'Session check: answers 200 when the "session" cookie is present.'),
    (97, 'stin-transfer', 'POST /transfer', 'Money transfer between accounts of the logged-in user (cookie session), with currency conversion.'),
    (169, 'stin-deposit', 'POST /deposit', 'Deposit to an account of the logged-in user.'),
    (208, 'stin-login', 'POST /login', 'Login form: e-mail and password checked by verify_login (myFunctions.h).'),
    (244, 'stin-welcome', 'GET /welcome', 'Welcome page; sends a 2FA e-mail to a fixed address.'),
    (252, 'stin-2fa', 'POST /2fa', 'Starts two-factor login: generates a code and e-mails it to the user.'),
    (264, 'stin-2fa-code', 'POST /2faCode', 'Second factor: e-mailed code checked (getUserCurrencies in myFunctions.h), sets the session cookie.'),
    (288, 'stin-dashboard', 'POST /dashboard', 'Account overview of the logged-in user.'),
    (305, 'stin-transactions', 'POST /transactions', 'Transaction list of the logged-in user.'),
    (321, 'stin-cronjob', 'GET /cronjob', 'Maintenance trigger: downloads the CNB exchange-rate list (outbound) and reloads it. A scheduler/cron '
     'pings it without a body; nothing pushed by another system is processed (see README Doubts).'),
]:
    N(R, P, line, 'CROW_ROUTE', group, route, what + B)

# ---------------- Maxxserv/Elim-Fragrances (C++, cpp-httplib; small perfume shop) ----------------
R = 'Maxxserv/Elim-Fragrances'
P = 'server.cpp'
N(R, P, 16, 'Get', 'elim-products', 'GET /products.json', 'Product catalogue JSON for the shop page. Route and handler lambda; '
  'not a callback.')
N(R, P, 20, 'Post', 'elim-checkout', 'POST /checkout', 'Checkout form of the shop\'s own page: appends the order JSON to '
  'orders.json and answers an order id. Sent by the customer\'s browser, not by a payment provider (no payment '
  'integration exists); not a webhook.')

# ---------------- Sama-Elewa/mini-hotel-system-SP-project (C++17, Crow + vendored Asio; hotel booking backend) ----------------
R = 'Sama-Elewa/mini-hotel-system-SP-project'
P = 'main.cpp'
N(R, P, 58, 'CROW_ROUTE', 'hotel-login', 'POST /login', 'Login of admins and customers (Electron front end). Route and handler; '
  'not a callback.')
N(R, P, 112, 'CROW_ROUTE', 'hotel-signup', 'POST /signup', 'Customer sign-up (name, e-mail, password, card number). Route and '
  'handler; not a callback.')
N(R, P, 188, 'CROW_ROUTE', 'hotel-index', 'GET /', 'Serves the front end index.html. Not a callback.')
N(R, P, 200, 'CROW_ROUTE', 'hotel-static', 'GET /<string>', 'Serves static front-end files with a MIME guess. Not a callback.')
SA(R, P, 83, '==', 'a.password == password', 'no', 'POST /login: stored admin password (plain text) compared with the typed '
   'password by std::string operator== (early exit). The other == on the line (a.username == username) compares user '
   'names, not a secret.')
SA(R, P, 92, '==', 'c.password == password', 'no', 'POST /login: stored customer password (plain text) compared with the '
   'typed password by std::string operator== (early exit). The user-name == on the same line is not a secret.')
_labels.S(R, P, 148, '==', 'yes', 'POST /signup: new user name compared with admin user names (uniqueness check); a user '
          'name, not a secret.', NS)
_labels.S(R, P, 164, '==', 'yes', 'POST /signup: new e-mail compared with customer e-mails (uniqueness check); not a '
          'secret.', NS)

# ---------------- Dex5wu/Project-Image-Server (C++, cpp-httplib + MySQL + jsoncpp; image hosting) ----------------
R = 'Dex5wu/Project-Image-Server'
P = 'image_server.cc'
for line, tok, group, route, what in [
    (67, 'Post', 'img-upload', 'POST /image', 'Multipart image upload (field "upload"): row in MySQL, file written to disk.'),
    (118, 'Get', 'img-list', 'GET /image', 'Lists all image records.'),
    (139, 'Get', 'img-meta', 'GET /image/<id>', 'One image record.'),
    (161, 'Get', 'img-show', 'GET /show/<id>', 'Image bytes with the stored content type.'),
    (198, 'Delete', 'img-delete', 'DELETE /image/<id>', 'Deletes the record and the file.'),
]:
    N(R, P, line, tok, group, route, what + ' Route and handler lambda of the image server\'s own web UI / REST API; '
      'not a callback from another system.')

# ---------------- EmrD/calculator-api-cpp (C++, cpp-httplib; calculator REST API) ----------------
R = 'EmrD/calculator-api-cpp'
P = 'main.cc'
for line, op in [(7, 'add'), (14, 'subtract'), (21, 'multiply'), (28, 'divide')]:
    N(R, P, line, 'Get', 'calc-' + op, 'GET /%s?a=&b=' % op, 'Calculator REST endpoint (%s of two query parameters). Route and '
      'handler lambda; not a callback.' % op)

# ---------------- Ken-u/esphook (ESP-IDF C, esp_http_server; "aihook" desk notifier for AI coding-agent hooks) ----------------
R = 'Ken-u/esphook'
P = 'main/http_server.c'
why = ('Hook receiver: the AI coding agent\'s hook scripts on other machines POST JSON events (client_id, session_id, '
       'title, body, optional callback URL) to /notify; h_notify shows them on the device display, beeps, stores the '
       'callback URL that key presses are later sent back to, and persists the client/session ids. No token, '
       'signature, shared secret or source check: anyone on the network can push notifications and set the callback '
       'target. Unverified.')
W(R, P, 85, 'h_notify', 'no', 'esphook-notify', 'POST /notify (agent hook event)', why, 'Handler h_notify.')
W(R, P, 302, 'u_notify', 'no', 'esphook-notify', 'POST /notify (agent hook event)', why,
  'Registration: httpd_uri_t u_notify (registered on line 307).')
why = ('Hook receiver: the agent hook scripts POST {client_id, session_id} to /dismiss to clear a pending '
       'notification; h_dismiss queues EVT_DISMISS for the display. No token or signature check. Unverified.')
W(R, P, 140, 'h_dismiss', 'no', 'esphook-dismiss', 'POST /dismiss (agent hook event)', why, 'Handler h_dismiss.')
W(R, P, 303, 'u_dismiss', 'no', 'esphook-dismiss', 'POST /dismiss (agent hook event)', why,
  'Registration: httpd_uri_t u_dismiss (registered on line 308).')
for line, rline, tok, rtok, group, route, what in [
    (164, 304, 'h_config', 'u_config', 'esphook-config', 'POST /config',
     'Device settings form (key words, display names) posted by the device\'s own config page.'),
    (222, 305, 'h_root', 'u_root', 'esphook-root', 'GET /', 'Device configuration page (HTML).'),
    (288, 306, 'h_health', 'u_health', 'esphook-health', 'GET /health', 'Health check answering the device IP.'),
]:
    N(R, P, line, tok, group, route, what + ' Not a callback from another system. Handler.')
    N(R, P, rline, rtok, group, route, what + ' Not a callback from another system. Registration (httpd_uri_t).')

_labels.write(__file__, 'webhook92')
