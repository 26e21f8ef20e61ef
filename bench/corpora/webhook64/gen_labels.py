#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook64). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'esphome/esphome': '33fdbbe30c4d9643300483bf2dfd85d992e2cf86',
 'cmangos/mangos-classic': '9b682be617ac61c127c23aa60d7b4ffbc0ce37e6',
 'cuberite/cuberite': '7fd3fa5c9345a3f1b949c0988c4849db00a68486',
 'cutelyst/cutelyst': 'a64550501e35c07b1ae5347b6597c1abcad43c85',
 'treefrogframework/treefrog-framework': '5ff38f7b65d2f8469f59106499482697da9ecdf7',
}
ROOT = '/work/corpora/webhook64/src'

_labels = TokenLabels(ROOT, 'wh64', C)
S = _labels.S
CT = 'Constant-time compare.'

# ---------------- esphome/esphome (ESP32 firmware framework; C++) ----------------
R = 'esphome/esphome'
P = 'esphome/components/api/api_server.cpp'
S(R, P, 162, '==', 'yes', 'APIServer::check_password: length of the configured API password compared with the '
  'length of the password the client sent; a length (the code documents that only the input length may leak), '
  'not the password bytes.', NS)
S(R, P, 172, '^', 'yes', 'APIServer::check_password: native-API password compared byte by byte through volatile '
  'pointers with result |= left ^ right over the whole input length, no early exit.', CT)
P = 'esphome/components/esphome/ota/ota_esphome.cpp'
S(R, P, 128, '!=', 'yes', 'ESPHomeOTAComponent::handle_: the five magic bytes of the OTA protocol header '
  'compared with constants; a protocol constant.', NS)
S(R, P, 207, '==', 'no', 'ESPHomeOTAComponent::handle_: OTA auth response (MD5 of password, nonce and cnonce) '
  'from the client compared with the expected hex digest byte by byte; `matches && ...` stops comparing at the '
  'first mismatch (early exit).')
P = 'esphome/components/web_server_idf/web_server_idf.cpp'
S(R, P, 200, 'strncmp', 'yes', 'AsyncWebServerRequest::authenticate: Authorization header scheme compared with '
  '"Basic "; a protocol keyword.', NS)
S(R, P, 217, 'strncmp', 'no', 'AsyncWebServerRequest::authenticate: base64(username:password) of the configured '
  'web credentials compared with the Basic Authorization header value using strncmp (early exit).')

# ---------------- cmangos/mangos-classic (WoW 1.12 server emulator: realmd + mangosd; C++) ----------------
R = 'cmangos/mangos-classic'
P = 'src/shared/Auth/SRP6.cpp'
S(R, P, 169, 'memcmp', 'no', 'SRP6::Proof: client SRP6 proof M1 from the logon proof packet compared with the '
  'server-computed M using memcmp (early exit); M depends on the password verifier and the session key.')
S(R, P, 180, 'memcmp', 'no', 'SRP6::ProofVerifier (AccountMgr::CheckPassword): stored password verifier (hex) '
  'compared with the verifier computed from the typed password using memcmp (early exit).')
P = 'src/realmd/AuthSocket.cpp'
S(R, P, 247, '!=', 'yes', 'AuthSocket::ProcessIncomingData: opcode of the packet compared with each entry of '
  'the command table; a protocol constant.', NS)
S(R, P, 433, 'strcmp', 'yes', '_HandleLogonChallenge: IP address the account is locked to compared with the '
  'client address; a public address.', NS)
S(R, P, 815, 'memcmp', 'no', '_HandleReconnectProof: client reconnect proof R2 compared with SHA1(login, R1, '
  'reconnect challenge, session key K) using memcmp (early exit).')
S(R, P, 1136, 'memcmp', 'no', 'VerifyPinData: PIN proof from the client compared with the hash computed from '
  'the account PIN and the salts using memcmp (early exit).')
S(R, P, 1210, '==', 'yes', 'VerifyVersion: client OS string compared with "Win" to pick the executable hash; '
  'a platform name.', NS)
S(R, P, 1218, 'memcmp', 'yes', 'VerifyVersion: configured executable hash compared with all zeros (hash not '
  'configured); a constant, no secret.', NS)
S(R, P, 1229, 'memcmp', 'yes', 'VerifyVersion: client version proof compared with SHA1(A, executable hash); an '
  'integrity check of the client build over public values (A and the client binary hash), not a credential.',
  NS)
P = 'src/game/Server/WorldSocket.cpp'
S(R, P, 391, 'strcmp', 'yes', 'HandleAuthSession: IP address the account is locked to compared with the client '
  'address; a public address.', NS)
S(R, P, 462, 'memcmp', 'no', 'HandleAuthSession: client auth digest compared with SHA1(account, seeds, session '
  'key K) using memcmp (early exit).')
S(R, 'src/game/Chat/Channel.cpp', 87, 'strcmp', 'no', 'Channel::Join: password given for the chat channel '
  'compared with the channel password using strcmp (early exit).')

# ---------------- cuberite/cuberite (Minecraft server; C++) ----------------
R = 'cuberite/cuberite'
S(R, 'src/RCONServer.cpp', 272, 'strncmp', 'no', 'cRCONServer::cConnection::ProcessPacket: RCON login payload '
  'compared with the configured RCON password using strncmp (early exit; only the payload length is compared).')

# ---------------- cutelyst/cutelyst (Qt web framework, v3.9.1; C++) ----------------
R = 'cutelyst/cutelyst'
P = 'Cutelyst/Plugins/Authentication/credentialpassword.cpp'
S(R, P, 101, '^', 'yes', 'slowEquals: PBKDF2 hash of the password compared with the stored hash with '
  'diff |= a[i] ^ b[i] over the whole length, no early exit.', CT)
S(R, P, 245, '==', 'no', 'CredentialPasswordPrivate::checkPassword (Clear password type): stored password '
  'compared with the submitted password with QString == (early exit).')
S(R, P, 297, '==', 'yes', 'cryptoStrToEnum: algorithm name of the stored hash compared with "Md4"; a format '
  'tag.', NS)
S(R, P, 309, '==', 'yes', 'cryptoStrToEnum: algorithm name of the stored hash compared with "Sha256"; a format '
  'tag.', NS)
P = 'Cutelyst/Plugins/CSRFProtection/csrfprotection.cpp'
S(R, P, 358, '!=', 'yes', 'sanitizeToken: length of the CSRF cookie compared with CSRF_TOKEN_LENGTH; a '
  'length.', NS)
S(R, P, 542, '^', 'yes', 'compareSaltedTokens: unsalted CSRF token from the request compared with the one from '
  'the cookie/session with diff |= t1[i] ^ t2[i], no early exit.', CT)
S(R, P, 627, '!=', 'yes', 'beforeDispatch: Referer scheme compared with "https"; a URL scheme.', NS)
S(R, P, 668, '==', 'yes', 'beforeDispatch: Referer host compared with the trusted host names; a public host '
  'name.', NS)
S(R, P, 703, 'compare', 'yes', 'beforeDispatch: request Content-Type compared with "multipart/form-data"; a '
  'media type.', NS)

# ---------------- treefrogframework/treefrog-framework (Qt web framework, v1.31.1; C++) ----------------
R = 'treefrogframework/treefrog-framework'
P = 'src/tactioncontroller.cpp'
S(R, P, 253, '!=', 'yes', 'verifyRequest: configured session store type compared with "cookie"; a setting '
  'name.', NS)
S(R, P, 265, '==', 'no', 'verifyRequest: authenticity_token (CSRF token) from the request compared with the '
  'session\'s authenticity token with QByteArray == (early exit).')
S(R, P, 321, '==', 'yes', 'render: response content type compared with the default content type; a media '
  'type.', NS)
P = 'src/tsessioncookiestore.cpp'
S(R, P, 74, '==', 'yes', 'TSessionCookieStore::find: number of "_"-separated parts of the session cookie '
  'compared with 2; a count.', NS)
S(R, P, 82, '!=', 'no', 'TSessionCookieStore::find: digest in the session cookie compared with SHA1(data + '
  'session secret) with QByteArray != (early exit); a keyed MAC of the cookie-stored session.')

_labels.write(__file__, 'webhook64')
