#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook104). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.token_location), and the script fails if
# the line lacks the token. Where a line holds the token twice, `at` names the occurrence meant.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS, token_location  # noqa: E402

C = {
 'TolaMironcenko/auth_service_cpp': 'f0609e49b4d4b321e2ff514a1898f1e4fb27ec45',
 'alleonhardt/clas-digital': 'ce6e19d7cb65e650f83f36321a0966cea583d55d',
 'jcorporation/myMPD': '5cd955c16d7099c55b0eb4c1a9e31bb1bbf45480',
 'hyperion-project/hyperion.ng': '9818abe25b3ae51f65a180a5ba0c5706a13b2e70',
 'gerbera/gerbera': '27142218fe5f0d74065c9f3364d81c09fea7b7be',
}
ROOT = '/work/corpora/webhook104/src'

_labels = TokenLabels(ROOT, 'wh104', C)
N = _labels.N


def S(repo, path, line, tok, ct, why, note='', at=None):
    """A secret compare (sc) at `tok` (inside `at` when given)."""
    _labels.sc(repo, path, line, ct, why, note)
    it = _labels.items[-1]
    it['column'], it['line_sha1'] = token_location(ROOT, repo, path, line, tok, at)


CT = 'Constant-time compare.'

# ---------------- TolaMironcenko/auth_service_cpp (C++20 auth/user service on a vendored cpp-httplib) ----------------
R = 'TolaMironcenko/auth_service_cpp'
S(R, 'src/auth/auth.cpp', 39, '==', 'no', 'auth (POST /api/token): the password from the request body compared with '
  'the user\'s stored password from users.json through nlohmann::json operator== (a string compare, early exit); a '
  'match issues the JWT. The user-name compare before it on the same line is not labelled.',
  at='== request_password')
P = 'src/users/change_password.cpp'
S(R, P, 70, '==', 'yes', 'change_password: user id from the verified JWT compared with the ids in users.json to find '
  'the caller; a public identifier.', NS)
S(R, P, 79, '!=', 'yes', 'change_password: is_superuser flag of the caller compared with "1"; a role flag.', NS)
S(R, P, 100, '==', 'no', 'change_password (own password): old_password from the request compared with the stored '
  'password through nlohmann::json operator== (early exit) before the new one is written. The id compare before it '
  'on the same line is not labelled.', at='== old_password')
P = 'src/users/add_user.cpp'
S(R, P, 69, '==', 'yes', 'add_user: user id from the verified JWT compared with the ids in users.json; a public '
  'identifier.', NS)
S(R, P, 78, '!=', 'yes', 'add_user: is_superuser flag compared with "1"; a role flag.', NS)
S(R, P, 88, '==', 'yes', 'add_user: requested user name compared with existing user names (duplicate check); a user '
  'name.', NS)
P = 'src/AuthService/AuthService.cpp'
B = (' Route of the service\'s own JSON API (AuthService constructor, httplib::Server); called by the admin web UI '
     'and by other services with a JWT, not a callback from another system.')
for line, tok, group, route, what in [
    (9, 'Post', 'tola-token', 'POST /api/token', 'Login: user name + password for a JWT.'),
    (10, 'Post', 'tola-user', 'POST /api/users/user', 'Returns the caller\'s user record.'),
    (11, 'Post', 'tola-all', 'POST /api/users/all', 'Lists all users (superuser).'),
    (12, 'Post', 'tola-add', 'POST /api/users/add', 'Creates a user (superuser).'),
    (13, 'Post', 'tola-passwd', 'POST /api/users/user/password/change', 'Changes a password.'),
    (14, 'Post', 'tola-del', 'POST /api/users/del', 'Deletes a user.'),
    (15, 'Post', 'tola-access', 'POST /api/access', 'Checks a token (access request of other services).'),
    (16, 'Post', 'tola-change', 'POST /api/users/user/change', 'Changes user fields.'),
    (18, 'Options', 'tola-cors', 'OPTIONS /(.*)', 'CORS preflight answer.'),
]:
    N(R, P, line, tok, group, route, what + B)

# ---------------- alleonhardt/clas-digital (C++20 library/corpus server on cpp-httplib) ----------------
R = 'alleonhardt/clas-digital'
P = 'src/server/login/user.cpp'
S(R, P, 95, '==', 'no', 'User::CheckCredentials (login): SHA3-512 of the submitted password compared with the stored '
  'password hash with std::string == (early exit). The e-mail compare before it on the same line is not labelled.',
  at='== password_')
S(R, P, 256, '==', 'yes', 'UserTable::LogIn: number of sessions already keyed by a freshly generated random cookie '
  'compared with 0 (collision check); a count, not a secret compare.', NS)

# ---------------- jcorporation/myMPD (C MPD web client on vendored mongoose) ----------------
R = 'jcorporation/myMPD'
P = 'src/webserver/sessions.c'
S(R, P, 140, 'strcmp', 'no', 'webserver_session_validate: session id from the Authorization header of a protected '
  'API call compared with every stored session id using strcmp (early exit); the session is the PIN login\'s '
  'bearer credential.')
S(R, P, 167, 'strcmp', 'no', 'webserver_session_remove (logout): session id from the request compared with the stored '
  'session ids using strcmp (early exit).')
S(R, P, 72, '==', 'yes', 'webserver_session_api logout: length of the session string compared with 20; a length.', NS)
P = 'src/lib/config/pin.c'
S(R, P, 102, 'CRYPTO_memcmp', 'yes', 'pin_validate: SHA-256 of the entered PIN compared with the configured PIN hash '
  'using OpenSSL CRYPTO_memcmp (no early exit).', CT)
S(R, P, 95, '!=', 'yes', 'pin_validate: length of the configured PIN hash compared with SHA256_HASH_LEN; a length.', NS)
S(R, 'src/webserver/request_handler.c', 83, '==', 'yes', 'request_handler_api: length of the Authorization header '
  'compared with HTTP_SESSION_STR_LEN before the session lookup; a length.', NS)
P = 'src/webserver/webserver.c'
S(R, P, 362, 'mg_strcmp', 'yes', 'check_request: HTTP protocol of the request compared with "HTTP/1.1"; a protocol '
  'version.', NS)
S(R, P, 375, 'mg_strcmp', 'yes', 'check_request: HTTP method compared with "GET"; a method name.', NS)
S(R, P, 381, 'mg_strcmp', 'yes', 'check_request: HTTP method compared with "POST"; a method name.', NS)
B = (' URI branch of ev_handler (MG_EV_HTTP_MSG) of myMPD\'s own mongoose web server; called by the myMPD web UI / '
     'media players, not a callback from another system.')
for line, group, route, what in [
    (532, 'mympd-api', 'POST /api/*', 'JSON-RPC API of the web UI (protected methods need the PIN session).'),
    (584, 'mympd-browse', 'GET /browse/#', 'Serves music directory files.'),
    (614, 'mympd-proxy', 'GET /proxy', 'Fetches a URI for the UI and returns it.'),
    (622, 'mympd-serverinfo', 'GET /serverinfo', 'Returns the server\'s IP address.'),
]:
    N(R, P, line, 'mg_match', group, route, what + B)

# ---------------- hyperion-project/hyperion.ng (C++17 Qt ambient-light server; auth database) ----------------
R = 'hyperion-project/hyperion.ng'
P = 'libsrc/db/AuthTable.cpp'
S(R, P, 41, '==', 'no', 'AuthTable::isUserAuthorized (JSON/web API login): salted SHA-512 hash of the submitted '
  'password compared with the stored hash using QByteArray operator== (memcmp, early exit).')
S(R, P, 51, '==', 'no', 'AuthTable::isUserTokenAuthorized: session token sent by the client compared with the '
  'user\'s stored token using QByteArray operator== (early exit).')

# ---------------- gerbera/gerbera (C++17 UPnP media server; web UI auth) ----------------
R = 'gerbera/gerbera'
P = 'src/web/auth.cc'
S(R, P, 63, '==', 'no', 'checkToken (web UI login): MD5 of the issued token + configured password (the expected '
  'challenge response) compared with the client\'s response with std::string == (early exit).')
S(R, P, 57, '!=', 'yes', 'checkToken: number of "_"-separated parts of the token compared with 2; a format check.',
  NS)
S(R, P, 84, '==', 'yes', 'Auth::processPageAction: action parameter compared with "get_config"; an action name.', NS)
S(R, P, 86, '==', 'yes', 'Auth::processPageAction: action parameter compared with "get_sid"; an action name.', NS)
P = 'src/web/session_manager.cc'
S(R, P, 174, '==', 'no', 'SessionManager::getSession: session id (sid parameter of every web UI request, the login '
  'session credential) compared with each stored session id with std::string == (early exit). The iterator '
  'compare on the next line is not labelled.')
S(R, P, 186, '==', 'no', 'SessionManager::removeSession: session id compared with each stored session id with '
  'std::string == (early exit).')
S(R, P, 72, '==', 'yes', 'Session::containerChangedUI: object id compared with INVALID_OBJECT_ID; an id.', NS)

_labels.write(__file__, 'webhook104')
