#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook98). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'HerculesWS/Hercules': '410b9738c049ab1825d67b36b072d837c1d0b33a',
 'LibVNC/x11vnc': '3877b6311dda6c8d02cbfb0d5fcc7a363b0cf956',
 'ZoneMinder/zoneminder': 'bde61e7af60c7f3f176a7b2741fb1d52bd836c1d',
 'otland/forgottenserver': '098641981400f8ff89959f427f0e8718d9dd22e2',
 'fte-team/fteqw': '93257c1ac5cdd157793d6a273ba2a7f49242fd46',
}
ROOT = '/work/corpora/webhook98/src'

_labels = TokenLabels(ROOT, 'wh98', C)
S = _labels.S

# ---------------- HerculesWS/Hercules (Ragnarok Online server emulator; C) ----------------
R = 'HerculesWS/Hercules'
P = 'src/login/login.c'
S(R, P, 258, 'strcmp', 'no', 'login_check_encrypted: MD5 of the login challenge (md5key) and the stored password '
  'compared with the hash the client sent, using strcmp (early exit).')
S(R, P, 266, 'strcmp', 'no', 'login_check_password (PWENC_NONE): password typed by the client compared with the '
  'stored account password using strcmp (early exit).')
S(R, P, 481, 'strcmpi', 'yes', 'char-server e-mail change request: new e-mail compared with the default "a@a.com"; '
  'an e-mail address, not a secret.', NS)
S(R, P, 1209, 'memcmp', 'yes', 'client_hash_check: MD5 of the client executable reported by the client compared with '
  'the allowed hashes from the configuration; a hash of a public binary, not a secret.', NS)
S(R, P, 1824, 'strcmpi', 'yes', 'login_config_set_md5hash: configured hash string compared with the keyword '
  '"disabled"; a configuration keyword.', NS)
P = 'src/char/char.c'
S(R, P, 1687, 'strcmpi', 'yes', 'char_check_char_name: new character name compared with the reserved whisper-server '
  'name; a name.', NS)
S(R, P, 4968, 'strcmp', 'yes', 'char_parse_char_login_map_server: inter-server user id sent by the map-server '
  'compared with the configured one; a user name.', NS)
S(R, P, 4969, 'strcmp', 'no', 'char_parse_char_login_map_server: inter-server password sent by the map-server '
  'compared with the configured char-server password using strcmp (early exit); it gates the map-server link.')
S(R, 'src/char/pincode.c', 132, 'strcmp', 'no', 'pincode_compare: PIN code entered by the player compared with the '
  'account\'s stored PIN using strcmp (early exit).')

# ---------------- LibVNC/x11vnc (VNC server for real X displays; C) ----------------
R = 'LibVNC/x11vnc'
P = 'src/unixpw.c'
S(R, P, 734, 'strcmp', 'yes', 'unixpw_list_match: login user name compared with the names of the -unixpw allow '
  'list; a user name.', NS)
S(R, P, 816, 'strcmp', 'no', 'crypt_verify (-unixpw): crypt() of the typed password compared with the passwd / '
  'shadow hash using strcmp (early exit).')
S(R, P, 2101, 'strcmp', 'yes', 'unixpw per-user options: user name compared with an entry of the -unixpw list; a '
  'user name.', NS)
P = 'src/sslhelper.c'
S(R, P, 1364, 'strcmp', 'yes', 'finish_auth: VeNCrypt / ANONTLS sub-type name compared with "Vnc"; an '
  'authentication type name.', NS)
S(R, P, 4062, 'strncmp', 'no', 'accept_openssl: random cookie the forked SSL helper must send back (proves the '
  'local connection comes from that helper) compared with the expected cookie using strncmp (early exit).')

# ---------------- ZoneMinder/zoneminder (video surveillance system; C++) ----------------
R = 'ZoneMinder/zoneminder'
P = 'src/zm_crypt.cpp'
S(R, P, 94, '!=', 'yes', 'verifyToken (jwt-cpp path): "type" claim of the already verified JWT compared with '
  '"access"; a token type, not a secret.', NS)
S(R, P, 148, 'strcmp', 'no', 'verifyPassword (MySQL PASSWORD scheme): "*"+hex(SHA1(SHA1(password))) computed from '
  'the typed password compared with the stored hash using strcmp (early exit).')
S(R, P, 160, 'strncmp', 'yes', 'verifyPassword: stored hash compared with the "-ZM-" migration prefix; a format '
  'prefix.', NS)
S(R, P, 165, 'strcmp', 'no', 'verifyPassword (plain-text scheme): typed password compared with the stored password '
  'using strcmp (early exit).')
P = 'src/zm_user.cpp'
S(R, P, 301, 'strcmp', 'yes', 'zmLoadUser: configured auth relay compared with "none"; a configuration keyword.', NS)
S(R, P, 461, '==', 'no', 'zmLoadAuthUser: auth hash from the request (MD5 over the auth secret, '
  'user, password hash, address and hour) compared with the computed hash using std::string == (early exit).')
P = 'src/zm_rtsp_auth.cpp'
S(R, P, 67, '==', 'yes', 'Authenticator::authHandleHeader (RTSP client): digest parameter name compared with '
  '"realm"; a protocol keyword.', NS)
S(R, P, 71, '==', 'yes', 'Authenticator::authHandleHeader: digest parameter name compared with "nonce"; a protocol '
  'keyword (the nonce value itself is public, sent by the camera).', NS)

# ---------------- otland/forgottenserver (Open Tibia server, v1.6; C++) ----------------
R = 'otland/forgottenserver'
P = 'src/protocollogin.cpp'
S(R, P, 78, '!=', 'no', 'getCharacterList: SHA-1 of the typed password compared with the stored password hash '
  'using std::string != (early exit).')
S(R, P, 103, '==', 'no', 'getCharacterList: two-factor token from the client compared with the TOTP code for the '
  'current period using std::string == (early exit); the line holds a second == for the previous period.')
S(R, P, 104, '==', 'no', 'getCharacterList: two-factor token compared with the TOTP code of the next period using '
  'std::string == (early exit).')
P = 'src/protocolgame.cpp'
S(R, P, 406, '!=', 'yes', 'onRecvFirstMessage: challenge timestamp / random byte echoed by the client compared with '
  'the values the server sent it in clear in onConnect; public nonces.', NS)
S(R, P, 444, '!=', 'yes', 'onRecvFirstMessage: client address compared with the address the session was created '
  'from; an IP address.', NS)

# ---------------- fte-team/fteqw (FTE QuakeWorld engine and QTV proxy; C) ----------------
R = 'fte-team/fteqw'
S(R, 'fteqtv/httpsv.c', 715, 'strcmp', 'no', 'QTV web admin page: password posted in the form compared with the '
  'admin password using strcmp (early exit).')
P = 'fteqtv/qw.c'
S(R, P, 1126, 'strncmp', 'no', 'QTV_Rcon: rcon password prefix of the packet compared with the admin password using '
  'strncmp (early exit; the length check before it leaks the length too).')
S(R, P, 1432, 'strncmp', 'yes', 'connectionless packet dispatch: command compared with the "rcon " prefix; a command '
  'name.', NS)
S(R, P, 1452, 'strncmp', 'yes', 'connectionless packet dispatch: command compared with "getchallenge"; a command '
  'name.', NS)
S(R, P, 3512, 'strcmp', 'yes', 'viewer console: pending command compared with "admin"; a command name.', NS)
S(R, P, 3514, 'strcmp', 'no', 'viewer console "admin": password typed by the viewer compared with the admin '
  'password using strcmp (early exit).')
S(R, 'fteqtv/rcon.c', 1497, 'strcmp', 'yes', 'Rcon_Command: command name compared with the table of rcon commands; '
  'a command name.', NS)
P = 'engine/server/sv_main.c'
S(R, P, 1945, '==', 'yes', 'SV_ChallengePasses: challenge number echoed by the client compared with the one issued '
  'to its address; the server sent it in clear, a public anti-spoof nonce.', NS)
S(R, P, 2673, 'strcmp', 'yes', 'SVC_DirectConnect: "spectator" userinfo value compared with "0" (is the client a '
  'spectator); a flag.', NS)
S(R, P, 2677, 'strcmp', 'no', 'SVC_DirectConnect: spectator password compared with the value the client sent using '
  'strcmp (early exit).')
S(R, P, 2711, 'strcmp', 'no', 'SVC_DirectConnect: server password compared with the "password" userinfo key using '
  'strcmp (early exit).')
S(R, P, 3838, 'strcmp', 'no', 'Rcon_Validate (vanilla): rcon password from the packet compared with rcon_password '
  'using strcmp (early exit).')
S(R, P, 3892, '!=', 'no', 'Rcon_Validate (ezquake-compatible): SHA-1 digest over the rcon password compared with the '
  'hex digest from the packet byte by byte, breaking at the first mismatch (early-exit loop).')
S(R, P, 4392, 'strcmp', 'yes', 'SV_ConnectionlessPacket: command compared with "getchallenge"; a command name.', NS)
S(R, P, 4417, 'strcmp', 'yes', 'SV_ConnectionlessPacket: command compared with "rcon"; a command name.', NS)
P = 'engine/server/sv_mvd.c'
S(R, P, 442, 'strcmp', 'no', 'QTV stream request: hashed password from the proxy compared with the hash of '
  'challenge + qtv_password using strcmp (early exit).')
S(R, P, 465, 'strcmp', 'no', 'QTV stream request (plain auth): qtv_password compared with the password from the '
  'proxy using strcmp (early exit).')
P = 'engine/http/iwebiface.c'
S(R, P, 882, 'strcmp', 'yes', 'IWebAuthorize (standalone HTTP/FTP server, WEBSVONLY): login name compared with the '
  'configured user name; a user name.', NS)
S(R, P, 884, 'strcmp', 'no', 'IWebAuthorize (WEBSVONLY): password from the FTP / HTTP login compared with the '
  'configured user password using strcmp (early exit).')
S(R, P, 890, 'stricmp', 'yes', 'IWebAuthorize (WEBSVONLY): login name compared with "anonymous"; a user name.', NS)

_labels.write(__file__, 'webhook98')
