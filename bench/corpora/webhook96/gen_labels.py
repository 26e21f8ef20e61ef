#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook96). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'OpenIPC/divinus': 'ec152160c41a52178922e2d3bea26d6acfc367b5',
 'iortcw/iortcw': 'a4e6f501b5ef1a1f6127d89164e850bb7cf873d6',
 'avinson/rom24-quickmud': '364c26f1b124e238156e3d11b4e72a8992c66b74',
 'fuzzball-muck/fuzzball': '776c9194c660096f1cc567367a4892b7c39149ef',
 'openbmc/bmcweb': '7debb8928f3dd18b5d0767d2f4cd8d40eb44ce98',
}
ROOT = '/work/corpora/webhook96/src'

_labels = TokenLabels(ROOT, 'wh96', C)
S = _labels.S
CT = 'Constant-time compare.'
EQ = ' EQUALS is !strcmp (src/hal/macros.h 85), early exit.'

# ---------------- OpenIPC/divinus (IP camera streamer firmware; C) ----------------
R = 'OpenIPC/divinus'
P = 'src/onvif.c'
S(R, P, 179, 'EQUALS', 'yes', 'onvif_validate_soap_auth: WS-Security user name from the SOAP header compared with '
  'the configured ONVIF user name; a user name, not a secret.', NS)
S(R, P, 221, 'memcmp', 'no', 'onvif_validate_soap_auth: WS-Security PasswordDigest sent by the client compared '
  'with Base64(SHA1(nonce + created + password)) computed from the configured ONVIF password using memcmp '
  '(early exit).')
S(R, P, 228, 'EQUALS', 'no', 'onvif_validate_soap_auth: plain-text WS-Security password compared with the '
  'configured ONVIF password.' + EQ)
P = 'src/rtsp/rtsp.c'
S(R, P, 425, 'SCMP', 'yes', 'RTSP request parser: header line compared with the "Authorization" header name; a '
  'protocol keyword (SCMP is strncasecmp on the keyword length).', NS)
S(R, P, 430, 'strncmp', 'no', 'RTSP request parser: Authorization header value compared with the expected '
  '"Basic base64(user:pass)" credentials of the RTSP server using strncmp (early exit).')
P = 'src/server.c'
S(R, P, 63, 'strcmp', 'yes', 'is_local_address: peer IP address compared with "127.0.0.1" (decides whether '
  'web_auth_skiplocal skips authentication); a public address.', NS)
S(R, P, 681, 'EQUALS', 'no', 'HTTP server: Authorization header compared with the expected "Basic '
  'base64(web_auth_user:web_auth_pass)" value before any API route is served.' + EQ)
S(R, P, 693, 'EQUALS', 'yes', 'HTTP server: request URI compared with the "/exit" route; a path.' + EQ, NS)

# ---------------- iortcw/iortcw (Return to Castle Wolfenstein engine; C) ----------------
R = 'iortcw/iortcw'
for V, rcon, rcmd, ver, priv, gloc, gpw in (('MP', 817, 914, 387, 515, 1546, 1550),
                                            ('SP', 745, 843, 371, 498, 1502, 1505)):
    P = V + '/code/server/sv_main.c'
    S(R, P, rcon, 'strcmp', 'no', 'SVC_RemoteCommand (%s): rcon password from the out-of-band packet compared '
      'with sv_rconPassword using strcmp (early exit); a correct password runs console commands.' % V)
    S(R, P, rcmd, 'Q_stricmp', 'yes', 'SV_ConnectionlessPacket (%s): out-of-band command name compared with '
      '"rcon"; a protocol keyword.' % V, NS)
    P = V + '/code/server/sv_client.c'
    S(R, P, 99, 'strcmp', 'yes', 'SV_GetChallenge (%s): game name sent by the client compared with '
      'com_gamename; a public game identifier.' % V, NS)
    S(R, P, ver, '!=', 'yes', 'SV_DirectConnect (%s): protocol version from the userinfo compared with '
      'com_protocol; a protocol version.' % V, NS)
    S(R, P, priv, 'strcmp', 'no', 'SV_DirectConnect (%s): "password" from the userinfo compared with '
      'sv_privatePassword using strcmp (early exit); a match opens the reserved private client slots.' % V)
    P = V + '/code/game/g_client.c'
    S(R, P, gloc, 'strcmp', 'yes', 'ClientConnect (%s): client "ip" userinfo key compared with "localhost" (local '
      'clients skip the password); an address.' % V, NS)
    S(R, P, gpw, 'strcmp', 'no', 'ClientConnect (%s): g_password (server join password) compared with the '
      '"password" userinfo key using strcmp (early exit).' % V)
P = 'MP/code/server/sv_client.c'
S(R, P, 371, 'Q_stricmp', 'yes', 'SV_DirectConnect (MP): cl_guid compared with the "NO_GUID" placeholder; a '
  'public client id / sentinel.', NS)

# ---------------- avinson/rom24-quickmud (ROM 2.4 MUD; C) ----------------
R = 'avinson/rom24-quickmud'
S(R, 'src/act_info.c', 2893, 'strcmp', 'no', 'do_password: crypt() of the old password typed by the player '
  'compared with the stored password hash using strcmp (early exit).')
S(R, 'src/nanny.c', 269, 'strcmp', 'no', 'nanny CON_GET_OLD_PASSWORD: crypt() of the login password compared '
  'with the stored password hash using strcmp (early exit).')
S(R, 'src/nanny.c', 418, 'strcmp', 'no', 'nanny CON_CONFIRM_NEW_PASSWORD: crypt() of the retyped password '
  'compared with the password hash just set using strcmp (early exit).')
P = 'src/imc.c'
S(R, P, 3145, 'strcasecmp', 'yes', 'imc_handle_autosetup: IMC2 autosetup reply command compared with "accept"; '
  'a protocol keyword.', NS)
S(R, P, 3232, 'strcasecmp', 'yes', 'imc_process_authentication: IMC2 authentication command compared with '
  '"SHA256-AUTH-INIT"; a protocol keyword.', NS)
S(R, P, 3261, 'strcasecmp', 'yes', 'imc_process_authentication: command compared with "SHA256-AUTH-APPR"; a '
  'protocol keyword.', NS)
S(R, P, 3273, 'strcasecmp', 'no', 'imc_process_authentication ("PW" reply): server password sent by the IMC2 hub '
  'compared with the configured serverpw using strcasecmp (early exit, and case-insensitive).')

# ---------------- fuzzball-muck/fuzzball (Fuzzball MUCK; C) ----------------
R = 'fuzzball-muck/fuzzball'
P = 'src/player.c'
S(R, P, 104, 'strncmp', 'yes', 'check_password: stored password compared with the "$1$" seeded-hash scheme '
  'prefix; a format marker.', NS)
S(R, P, 138, 'strncmp', 'no', 'check_password: PBKDF2 / MD5-base64 hash of the login password compared with the '
  'stored hash using strncmp (early exit).')
P = 'src/mcp.c'
S(R, P, 335, 'strcasecmp', 'yes', 'mcp_intern_is_mesg_start: MCP message name compared with the "mcp" init '
  'package name; a protocol keyword.', NS)
S(R, P, 344, 'strcmp', 'no', 'mcp_intern_is_mesg_start: authentication key of an incoming MCP message compared '
  'with the session\'s random authentication key (it keeps other users from forging out-of-band MCP messages) '
  'using strcmp (early exit).')

# ---------------- openbmc/bmcweb (BMC web server; C++) ----------------
R = 'openbmc/bmcweb'
P = 'src/ossl_random.cpp'
S(R, P, 77, '!=', 'yes', 'constantTimeStringCompare: lengths of the two tokens compared before the '
  'constant-time compare; a length.', NS)
S(R, P, 81, 'CRYPTO_memcmp', 'yes', 'constantTimeStringCompare (used for session / CSRF / X-Auth tokens): '
  'OpenSSL CRYPTO_memcmp, no early exit.', CT)

_labels.write(__file__, 'webhook96')
