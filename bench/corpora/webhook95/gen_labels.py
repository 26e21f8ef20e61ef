#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook95). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'etlegacy/etlegacy': 'a8e5f856f950a14cf97b0e5cd2db81dee046178f',
 'pocoproject/poco': '3a3e8e53612cde7343ff6a23a13807566bee666a',
 'artyom-beilis/cppcms': 'cfaf96eb79e50c1cfe2fde448cbedb784be9ea8f',
 'FWGS/xash3d-fwgs': '633203e1b975e4c896283633e575b80c2dea308a',
 'lsalzman/tesseract': '7dc2087a87b54e16e9fa52b7d2f33952c1e86c34',
 'OpenRCT2/OpenRCT2': '45e30a559a0640840390b6ba702b8d610b6f683d',
}
ROOT = '/work/corpora/webhook95/src'

_labels = TokenLabels(ROOT, 'wh95', C)
S = _labels.S
CT = 'Constant-time compare.'
QS = ' Q_stricmp (src/qcommon/q_shared.c) is a case-insensitive strcmp wrapper, early exit.'

# ---------------- etlegacy/etlegacy (Wolfenstein: Enemy Territory server and game module; C) ----------------
R = 'etlegacy/etlegacy'
P = 'src/server/sv_main.c'
S(R, P, 1053, 'strcmp', 'no', 'SVC_RemoteCommand: password argument of an out-of-band rcon packet compared with '
  'sv_rconPassword using strcmp (early exit); a match runs the command on the server console.')
S(R, P, 1188, 'Q_stricmp', 'yes', 'SV_ConnectionlessPacket: out-of-band command name compared with "rcon"; a '
  'protocol keyword.', NS)
P = 'src/server/sv_client.c'
S(R, P, 233, 'strcmp', 'no', 'SV_IsValidUserinfo (ETTV slave connect): "masterpassword" userinfo value compared with '
  'sv_etltv_password using strcmp (early exit).')
S(R, P, 537, 'strcmp', 'no', 'SV_DirectConnect: "password" userinfo value compared with sv_privatePassword (reserved '
  'private slots) using strcmp (early exit).')
P = 'src/game/g_client.c'
S(R, P, 1903, 'strcmp', 'yes', 'ClientUserinfoChanged: new cl_guid compared with the guid the client connected with '
  '(guid change = hacking attempt); a player identifier sent in clear userinfo.', NS)
S(R, P, 2278, 'strcmp', 'yes', 'ClientConnect: cl_guid compared with the placeholder "unknown"; a sentinel value of a '
  'public identifier.', NS)
S(R, P, 2381, 'strcmp', 'yes', 'ClientConnect: client IP string compared with "localhost" (local client skips the '
  'password); an address.', NS)
S(R, P, 2384, 'strcmp', 'no', 'ClientConnect: "password" userinfo value compared with g_password (server join '
  'password) using strcmp (early exit).')
S(R, P, 2386, 'strcmp', 'no', 'ClientConnect: "password" userinfo value compared with sv_privatepassword using '
  'strcmp (early exit).')
S(R, 'src/game/g_referee.c', 220, 'Q_stricmp', 'no', 'G_ref_cmd ("ref" command): typed password compared with '
  'refereePassword before the client is made referee.' + QS)
S(R, 'src/game/g_cmds_ext.c', 967, 'Q_stricmp', 'no', 'G_sclogin_cmd: typed password compared with '
  'shoutcastPassword before the client is made shoutcaster.' + QS)
S(R, 'src/game/g_config.c', 328, 'Q_stricmp', 'yes', 'G_ParseMapSettings: SHA-1 of the map script file compared '
  'with the mapscripthash of the config; an integrity hash of a public file, no key.', NS)
S(R, 'src/game/g_session.c', 336, 'Q_stricmp', 'yes', 'G_ReadSessionData: guid stored in the session file '
  'compared with the client\'s cl_guid (is this slot\'s session ours?); a player identifier.', NS)

# ---------------- pocoproject/poco (C++ libraries: Net, JWT, MongoDB) ----------------
R = 'pocoproject/poco'
P = 'Net/src/HTTPDigestCredentials.cpp'
S(R, P, 121, 'icompare', 'yes', 'DigestEngineProvider::engine: digest algorithm name compared with "SHA" / '
  '"SHA-sess"; a public algorithm name.', NS)
S(R, P, 400, '==', 'no', 'HTTPDigestCredentials::verifyAuthInfo: expected digest response (hash over the password, '
  'nonce and request) compared with the client\'s "response" parameter with std::string == (early exit).')
P = 'Net/src/OAuth10Credentials.cpp'
S(R, P, 166, '!=', 'yes', 'OAuth10Credentials::verify: oauth_version compared with "1.0"; a protocol version.', NS)
S(R, P, 193, 'icompare', 'yes', 'OAuth10Credentials::verify: oauth_signature_method compared with "PLAINTEXT"; a '
  'method name.', NS)
S(R, P, 208, '==', 'no', 'OAuth10Credentials::verify: reference signature (HMAC-SHA1 with the consumer / token '
  'secrets, or the PLAINTEXT secrets themselves) compared with oauth_signature with std::string == (early exit).')
P = 'Net/src/NTLMCredentials.cpp'
S(R, P, 209, '!=', 'yes', 'NTLMCredentials::parseChallengeMessage: first 7 bytes compared with "NTLMSSP"; a '
  'message magic called "signature", not a secret.', NS)
S(R, P, 217, '!=', 'yes', 'NTLMCredentials::parseChallengeMessage: message type compared with '
  'NTLM_MESSAGE_TYPE_CHALLENGE; a protocol constant.', NS)
S(R, 'Net/src/HTTPBasicCredentials.cpp', 52, 'icompare', 'yes', 'HTTPBasicCredentials(request): authorization '
  'scheme compared with "Basic"; a scheme name.', NS)
P = 'JWT/src/Signer.cpp'
S(R, P, 145, '==', 'no', 'HMACAlgorithm::verify (HS256/384/512): HMAC of header.payload recomputed with the HMAC '
  'key compared with the token signature with std::vector == (memcmp, early exit).')
P = 'MongoDB/src/Database.cpp'
S(R, P, 246, '!=', 'no', 'runScramAuth: ServerSignature (HMAC with the server key derived from the password) '
  'compared with the "v" value of the server-final message with std::string != (early exit); the client\'s check '
  'of the server\'s SCRAM signature.')
S(R, P, 277, '==', 'yes', 'Database::authenticate: mechanism compared with AUTH_SCRAM_SHA1; a mechanism name.', NS)

# ---------------- artyom-beilis/cppcms (C++ web framework: sessions, CSRF) ----------------
R = 'artyom-beilis/cppcms'
P = 'src/hmac_encryptor.cpp'
S(R, P, 65, '!=', 'yes', 'hmac_cipher::equal: counts differing bytes over the whole length (no early exit) and '
  'returns diff==0.', CT)
S(R, P, 83, 'equal', 'yes', 'hmac_cipher::decrypt: HMAC of the client-side session cookie compared with the MAC '
  'carried in the cookie via hmac_cipher::equal (line 59: full-length loop, no early exit).', CT)
S(R, 'src/aes_encryptor.cpp', 172, 'equal', 'yes', 'aes_cipher::decrypt: HMAC of the encrypted session cookie '
  'compared with its MAC via hmac_cipher::equal (full-length loop, no early exit).', CT)
P = 'src/session_interface.cpp'
S(R, P, 115, '==', 'no', 'session_interface::validate_csrf_token: CSRF token from the form / X-CSRFToken header '
  'compared with the session\'s _csrf token with std::string == (early exit).')
S(R, P, 130, '!=', 'yes', 'session_interface::validate_request_origin: request method compared with "POST"; an '
  'HTTP method.', NS)
S(R, 'src/session_cookies.cpp', 51, '!=', 'yes', 'session_cookies::load: first character of the session cookie '
  'compared with \'C\' (client-side format tag); a format prefix.', NS)
S(R, 'src/session_sid.cpp', 50, '!=', 'yes', 'session_sid::valid_sid: session cookie length compared with 33 and '
  'its first character with \'I\'; length and format tag, not the id\'s value.', NS)
S(R, 'src/session_pool.cpp', 191, '==', 'yes', 'session_pool::init: configured encryptor name compared with '
  '"hmac"; an algorithm name.', NS)

# ---------------- FWGS/xash3d-fwgs (Half-Life engine, dedicated server; C) ----------------
R = 'FWGS/xash3d-fwgs'
P = 'engine/server/sv_client.c'
S(R, P, 338, '!=', 'yes', 'SV_ConnectClient: client protocol version compared with PROTOCOL_VERSION.', NS)
S(R, P, 407, 'Q_strcmp_constant_time', 'yes', 'SV_ConnectClient: "password" userinfo value compared with '
  'sv_password via Q_strcmp_constant_time (public/crtlib.c 259: XOR-OR over the common length plus the length '
  'difference, no early exit).', CT)
S(R, P, 834, 'Q_strcmp', 'yes', 'SV_ClientByName: player name compared with the names of connected '
  'clients; a name.', NS)
S(R, P, 987, 'Q_strcmp_constant_time', 'yes', 'Rcon_Validate: rcon password argument compared with rcon_password '
  'via Q_strcmp_constant_time (no early exit).', CT)
S(R, P, 1773, 'Q_strcmp', 'yes', 'SV_UserinfoChanged: trimmed player name compared with the name in userinfo; a '
  'name.', NS)
S(R, 'public/crtlib.c', 269, '^', 'yes', 'Q_strcmp_constant_time: ORs the XOR of every byte pair (and the length '
  'difference) into an accumulator, no early exit.', CT)
S(R, 'engine/common/hpak.c', 142, 'memcmp', 'yes', 'HPAK_CreatePak: MD5 of a custom resource (spray decal) compared '
  'with the MD5 announced for it; a content checksum of public data, no key.', NS)

# ---------------- lsalzman/tesseract (Cube 2 derived FPS, dedicated server; C++) ----------------
R = 'lsalzman/tesseract'
P = 'src/fpsgame/server.cpp'
S(R, P, 799, 'strcmp', 'yes', 'duplicatename: player name compared with the names of other clients; a name.', NS)
S(R, P, 1348, 'strcmp', 'no', 'checkpassword: hash of (client number, session id, server / admin password) '
  'compared with the hash the client sent using strcmp (early exit); used for the connect password and setmaster.')
S(R, P, 2637, 'strcmp', 'yes', 'answerchallenge: auth domain (desc) of the answer compared with the domain of the '
  'pending request; a public domain name.', NS)
S(R, P, 2933, 'strcmp', 'yes', 'N_MAPCRC: map name reported by the client compared with the server\'s map name.', NS)
S(R, 'src/shared/crypto.cpp', 826, '==', 'no', 'checkchallenge: client\'s answer to the '
  'auth challenge compared with the expected answer (x coordinate of pubkey * challenge, the shared secret) with '
  'bigint::operator== (line 346: digit loop, early exit).')

# ---------------- OpenRCT2/OpenRCT2 (multiplayer server; C++20) ----------------
R = 'OpenRCT2/OpenRCT2'
P = 'src/openrct2/network/NetworkBase.cpp'
S(R, P, 868, '!=', 'yes', 'NetworkBase::CheckSRAND: entity checksum string of the client compared with the server '
  'tick\'s sprite hash; a game-state checksum, not a secret.', NS)
S(R, P, 2755, '!=', 'yes', 'ServerHandleAuth: game version sent by the client compared with the server version.',
  NS)
S(R, P, 2772, '!=', 'no', 'ServerHandleAuth: password sent by the client compared with the server password '
  '(_password) with std::string != (early exit).')
S(R, P, 3756, 'strcmp', 'yes', 'ModifyGroups (rename): old group name compared with the new name; a name.', NS)

_labels.write(__file__, 'webhook95')
