#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook62). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token. SA() is S() with the token taken inside a longer snippet `at` (for lines where the same
# operator occurs more than once).
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS, token_location  # noqa: E402

C = {
 'assaultcube/AC': '13f0d8eea4822dee5c976661218d022be74342e3',
 'moonlight-stream/moonlight-qt': '2e13ed9977bc31c73caf8428f08f58d793313ece',
 'JACoders/OpenJK': '8cce3ea23125f56200b553cd0b149af617adf397',
 'emweb/wt': '5013bf5925434004bfc2cb72075f5d2b1e104b03',
 'redeclipse/base': 'faf378d12558addc700d0e464e7e8c3a39fbceee',
 'DaemonEngine/Daemon': 'b276137b6ca15c27e90f9fffae20b1d7e3250ee1',
 'nitroshare/qhttpengine': '43f55df51623621ed3efb4e42c7894586d988667',
 'HexaTeam-By-Epitech/rtype': '48d854836b363948d1fdac6c07b72e67e51a7917',
}
ROOT = '/work/corpora/webhook62/src'

_labels = TokenLabels(ROOT, 'wh62', C)
S = _labels.S
CT = 'Constant-time compare.'


def SA(repo, path, line, tok, at, ct, why, note=''):
    _labels.sc(repo, path, line, ct, why, note)
    _labels.items[-1]['column'], _labels.items[-1]['line_sha1'] = token_location(ROOT, repo, path, line, tok, at)


# ---------------- assaultcube/AC (game server; C++) ----------------
R = 'assaultcube/AC'
P = 'source/src/server.cpp'
S(R, P, 3278, 'strcmp', 'no', 'process SV_CONNECT (server password required): the password hash the client sent '
  '(cl->pwd) compared with genpwdhash(name, serverpassword, salt), the salted hash of the server password, using '
  'strcmp (early exit).')
S(R, P, 658, 'strcmp', 'yes', 'findscore: name of a connected client compared with the reconnecting client\'s name '
  '(same IP) to restore the score; a player name.', NS)
S(R, P, 1226, 'memcmp', 'yes', 'setupdemoplayback: magic bytes of the demo file header compared with DEMO_MAGIC; a '
  'file format constant.', NS)
S(R, P, 4206, 'strcmp', 'yes', 'process SV_EXTENSION: extension specifier sent by the client compared with '
  '"driAn::writelog"; an extension name.', NS)
P = 'source/src/crypto.cpp'
S(R, P, 1365, 'memcmp', 'yes', 'marksuperseded: public keys of two certificates compared to find the older '
  'duplicate; public keys.', NS)
S(R, P, 1388, 'memcmp', 'yes', 'rebuildcerttree: signer public key of a certificate compared with the root '
  'certificate key to rank it; public keys.', NS)

# ---------------- moonlight-stream/moonlight-qt (game-streaming client; C++, Qt) ----------------
R = 'moonlight-stream/moonlight-qt'
P = 'app/backend/nvpairingmanager.cpp'
S(R, P, 334, '!=', 'no', 'NvPairingManager::pair stage 3: hash of (client challenge || server cert signature || '
  'server secret) compared with the server\'s challenge response (decrypted with the PIN-derived AES key) using '
  'QByteArray != (early exit); the PIN-based challenge response.')
S(R, P, 239, '!=', 'yes', 'NvPairingManager::pair stage 1: "paired" field of the getservercert reply compared with '
  '"1"; a protocol status value.', NS)

# ---------------- JACoders/OpenJK (game engine / server; C++ engine, C game module) ----------------
R = 'JACoders/OpenJK'
P = 'codemp/server/sv_main.cpp'
S(R, P, 585, 'strcmp', 'no', 'SVC_RemoteCommand: rcon password of the packet (Cmd_Argv(1)) compared with '
  'sv_rconPassword using strcmp (early exit).')
S(R, P, 764, 'Q_stricmp', 'yes', 'SV_ConnectionlessPacket: connectionless command name compared with "rcon" to '
  'dispatch it; a protocol keyword.', NS)
P = 'codemp/server/sv_client.cpp'
S(R, P, 252, 'strcmp', 'no', 'SV_DirectConnect: "password" userinfo key compared with sv_privatePassword (reserved '
  'private client slots) using strcmp (early exit).')
S(R, P, 1219, 'strcmp', 'yes', 'SV_ExecuteClientCommand: client command name compared with the server-level ucmds '
  'table names; a command name.', NS)
P = 'codemp/game/g_client.c'
S(R, P, 2447, 'strcmp', 'no', 'ClientConnect (game module): server password g_password compared with the '
  '"password" userinfo value of the connecting client using strcmp (early exit).')
S(R, P, 2446, 'Q_stricmp', 'yes', 'ClientConnect: configured g_password compared with the word "none" (the '
  '"no password" sentinel); no client input involved, a configuration keyword.', NS)

# ---------------- emweb/wt (web toolkit, Auth module; C++) ----------------
R = 'emweb/wt'
S(R, 'src/Wt/Auth/HashFunction.C', 45, '==', 'no', 'HashFunction::verify (used for the MD5 / SHA-1 password hash '
  'functions): hash of the typed password and salt compared with the stored password hash using std::string == '
  '(early exit).')
S(R, 'src/Wt/Auth/HashFunction.C', 131, '==', 'no', 'BCryptHashFunction::verify: bcrypt of the typed password '
  '(setting = stored hash) compared with the stored hash using char* == std::string (early exit).')
S(R, 'src/Wt/Auth/AuthUtils.C', 106, '==', 'no', 'decodeState: OAuth state recomputed with encodeState (HMAC-SHA1 '
  'of the URL keyed by the secret) compared with the received state using std::string == (early exit).')
S(R, 'src/Wt/Auth/OAuthService.C', 96, '!=', 'no', 'OAuthRedirectEndpoint::handleRequest: "state" parameter of '
  'the OAuth redirect compared with the process\'s oAuthState_ (HMAC-keyed CSRF state from encodeState) using '
  'std::string != (early exit).')
S(R, 'src/Wt/Auth/PasswordVerifier.C', 63, '==', 'yes', 'PasswordVerifier::verify: name of a configured hash '
  'function compared with the function name stored with the hash to pick the verifier; an algorithm name.', NS)
S(R, 'src/Wt/Auth/OAuthTokenEndpoint.C', 148, '!=', 'yes', 'OAuthTokenEndpoint::handleRequest: grant_type '
  'parameter compared with "authorization_code"; a protocol constant.', NS)
SA(R, 'src/Wt/Auth/OAuthTokenEndpoint.C', 158, '!=', 'authCode.redirectUri() !=', 'yes', 'OAuthTokenEndpoint::'
   'handleRequest: redirect_uri parameter compared with the redirect URI stored with the authorization code; a '
   'public URL.', NS)

# ---------------- redeclipse/base (game server / master server; C++) ----------------
R = 'redeclipse/base'
S(R, 'src/shared/crypto.cpp', 944, '==', 'no', 'checkchallenge: ECC challenge answer from the client compared with '
  'the expected answer (x coordinate of the challenge multiplied by the user\'s key) using the bigint operator==, '
  'which returns at the first differing digit (early exit).')
S(R, 'src/engine/master.cpp', 303, '==', 'yes', 'confauth: request id of the confauth line compared with the ids of '
  'pending auth requests to find the request; a sequence number.', NS)
S(R, 'src/engine/master.cpp', 524, 'strcmp', 'yes', 'checkmasterclientinput: master protocol command word compared '
  'with "reqauth"; a protocol keyword.', NS)
S(R, 'src/game/server.cpp', 5937, 'strcmp', 'yes', 'clientsteamticket: Steam id of a connecting client compared '
  'with the id the ticket result is for; a public account identifier.', NS)

# ---------------- DaemonEngine/Daemon (game engine / server; C++) ----------------
R = 'DaemonEngine/Daemon'
P = 'src/engine/server/sv_main.cpp'
S(R, P, 826, '!=', 'no', 'RconAcceptable: password of the rcon message compared with rcon.server.password using '
  'std::string != (early exit).')
S(R, P, 1022, '==', 'yes', 'SV_ConnectionlessPacket: connectionless command name compared with "getchallenge"; a '
  'protocol keyword.', NS)
P = 'src/engine/server/sv_client.cpp'
S(R, P, 145, '!=', 'no', 'SV_DirectConnect: "password" userinfo value compared with sv_privatePassword (reserved '
  'private client slots) using std::string != (early exit).')
S(R, P, 598, 'Q_stricmp', 'yes', 'SV_WWWDownload_f: wwwdl sub-command compared with "ack"; a protocol keyword.', NS)

# ---------------- nitroshare/qhttpengine (HTTP server library; C++, Qt) ----------------
R = 'nitroshare/qhttpengine'
SA(R, 'src/src/basicauthmiddleware.cpp', 51, '==', '== password', 'no', 'BasicAuthMiddleware::verify: password of '
   'the Basic Authorization header compared with the stored password of the user using QString == (early exit).')
SA(R, 'src/src/basicauthmiddleware.cpp', 58, '==', '== IByteArray', 'yes', 'BasicAuthMiddleware::process: '
   'authentication scheme of the Authorization header compared with "Basic" (case-insensitive IByteArray); a '
   'scheme name.', NS)
S(R, 'src/src/localauthmiddleware.cpp', 85, '!=', 'no', 'LocalAuthMiddleware::process: token request header '
  'compared with the random local token using QByteArray != (early exit).')
S(R, 'src/src/parser.cpp', 114, '==', 'yes', 'Parser::parseRequestHeaders: request method compared with "GET"; an '
  'HTTP method.', NS)

# ---------------- HexaTeam-By-Epitech/rtype (game server; C++) ----------------
R = 'HexaTeam-By-Epitech/rtype'
P = 'server/Sessions/Auth/AuthService.cpp'
S(R, P, 32, '^', 'yes', 'constantTimeCompare: OR of the XORs of every byte (padded to the longer length) into a '
  'volatile accumulator, no early exit.', CT)
S(R, P, 75, 'constantTimeCompare', 'yes', 'AuthService::authenticate: typed password compared with the stored '
  'account password through the project\'s constant-time helper constantTimeCompare.', CT)
SA(R, P, 54, '==', 'password == "guest"', 'yes', 'AuthService::authenticate: password compared with the literal '
   '"guest" of the built-in guest login; a published constant, not a stored secret.', NS)
SA(R, P, 119, '==', 'username == "guest"', 'yes', 'AuthService::registerUser: requested user name compared with '
   'the reserved name "guest"; a user name.', NS)

_labels.write(__file__, 'webhook62')
