#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook90). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, token_location  # noqa: E402

C = {
 'gabriel-snnobre/bot_agiota_do_whatsapp': '01b937b383729dfd48f5143b0aa00fe9699daaf8',
 'engk0ng/covidwebhook': 'dee7832a30798b7410423ad8afc01a289a9927e5',
 'gregweg/AlarmServer': 'd3cb6cd6a0cd61713e9c85243ab5c878ac568d11',
 'Madagambada/tgb': '1844ef557222bd3ad18d8c9ac415548ee319c1b1',
 'Elginator/Equabot': 'ab23be66395d475ff366c123680ed180037fd483',
}
ROOT = '/work/corpora/webhook90/src'

_labels = TokenLabels(ROOT, 'wh90', C)
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


# ---------------- gabriel-snnobre/bot_agiota_do_whatsapp (C++20, cpp-httplib; WhatsApp Cloud API bot) ----------------
R = 'gabriel-snnobre/bot_agiota_do_whatsapp'
P = 'src/server.cpp'
why = ('WhatsApp Cloud API (Meta Graph) webhook: Meta POSTs message/status events to the callback URL "/" '
       '(server.Post("/", postHandler)). postHandler prints req.body and answers 200; there is no check of the '
       'X-Hub-Signature-256 HMAC (app secret) or of any token, so anyone reaching 0.0.0.0:port can inject events. '
       'Unverified.')
W(R, P, 20, 'postHandler', 'no', 'wa-webhook-post', 'POST / (WhatsApp Cloud API events)', why,
  'Handler postHandler.')
W(R, P, 30, 'Post', 'no', 'wa-webhook-post', 'POST / (WhatsApp Cloud API events)', why,
  'Registration server.Post("/", postHandler).')
why = ('WhatsApp Cloud API webhook subscription handshake: Meta calls GET /?hub.mode=subscribe&hub.verify_token=..'
       '&hub.challenge=.. and getHandler echoes the challenge only when hub.verify_token equals the configured '
       'verify token ("letitrip"), else 403. The shared token gates the only effect (echoing the challenge), so the '
       'handshake route is verified (the compare itself is a non-constant-time std::string ==, labelled apart).')
W(R, P, 3, 'getHandler', 'yes', 'wa-webhook-verify', 'GET / (hub.challenge verification)', why,
  'Handler getHandler; gate at line 8.')
W(R, P, 29, 'Get', 'yes', 'wa-webhook-verify', 'GET / (hub.challenge verification)', why,
  'Registration server.Get("/", getHandler).')
SA(R, P, 8, '==', 'token == "letitrip"', 'no',
   'getHandler: hub.verify_token (the webhook verify token shared with Meta, a secret) compared with the hard-coded '
   'token by std::string operator== (early exit on the first differing byte). The other == on the line '
   '(mode == "subscribe") is a public protocol keyword.')

# ---------------- engk0ng/covidwebhook (C++17, Crow; Telegram COVID-19 info bot) ----------------
R = 'engk0ng/covidwebhook'
P = 'main.cpp'
why = ('Telegram bot webhook: Telegram POSTs Update objects to /update (RequestHandler::update in '
       'controller/requesthandler.cpp parses message / callback_query and replies via Sender). The route checks '
       'nothing: no X-Telegram-Bot-Api-Secret-Token header, no secret path segment (the path is the fixed "/update"), '
       'no source check; the app listens on $PORT on all interfaces (Heroku). Unverified.')
W(R, P, 18, 'CROW_ROUTE', 'no', 'cw-telegram-webhook', 'POST /update (Telegram Update)', why,
  'Route and handler lambda (calls RequestHandler::update).')
N(R, P, 26, 'CROW_ROUTE', 'cw-index', 'GET /', 'Static greeting page ("Halo"); not a callback. Route and handler.')

# ---------------- gregweg/AlarmServer (C++17, Crow + SQLite; alarm / reminder scheduler with a web UI) ----------------
R = 'gregweg/AlarmServer'
P = 'src/main.cpp'
N(R, P, 125, 'CROW_ROUTE', 'as-index', 'GET /', 'Web UI page (HTML_TEMPLATE) of the alarm scheduler; not a callback.')
N(R, P, 129, 'CROW_ROUTE', 'as-add-alarm', 'POST /add_alarm',
  'Form/JSON API of the local web UI: adds an alarm (description, datetime, recurrence). Called by the page\'s own '
  'JavaScript, not by another system; a normal (unauthenticated) API route, not a webhook.')
N(R, P, 150, 'CROW_ROUTE', 'as-get-alarms', 'GET /get_alarms',
  'Read-only JSON list of alarms polled by the web UI every 5 s; not a callback.')

# ---------------- Madagambada/tgb (C++17, cpp-httplib + libcurl; Telegram release-notification bot) ----------------
R = 'Madagambada/tgb'
P = 'telegrambot.cpp'
N(R, P, 90, 'Get', 'tgb-index', 'GET /',
  'Status page: shows curl/httplib versions and the tracked release versions and sends a "Ping" message to the '
  'configured chat; a diagnostic route for the operator, not a callback from another system.')

# ---------------- Elginator/Equabot (C++17, cpp-httplib; web front end for an Ollama model) ----------------
R = 'Elginator/Equabot'
P = 'main.cpp'
for line, route, what in [
    (163, 'GET /query?prompt=', 'Runs the prompt through the local model and returns its output (the web UI\'s chat call).'),
    (182, 'GET /set_context?ctx=', 'Sets the model context and reloads the model (web UI setting).'),
    (194, 'GET /set_parameter?key=&value=', 'Sets a model parameter after type checking (web UI setting).'),
    (221, 'GET /set_base_model?model=', 'Switches the base model (web UI setting).'),
    (249, 'GET /base_model_options', 'Lists the base models (read-only).'),
    (252, 'GET /model_parameter_options', 'Lists the parameter types (read-only).'),
]:
    N(R, P, line, 'Get', 'eq' + route.split()[1].split('?')[0].replace('/', '-'), route,
      what + ' Inbound route of the bot\'s own web UI (index.html served by set_mount_point), not a callback from '
      'another system.')

_labels.write(__file__, 'webhook90')
