#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook111). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'pvpgn/pvpgn-server': 'fcdf00fedfd79a041e1a7b2f20c8d15995b0a762',
 'GrangerHub/tremulous': 'cb4447dcfc9cad7a87c56deccc2c94bd3ac98d1b',
 'LuminariMUD/Luminari-Source': '3d48a1b944ebe20dfb5888ee2961a42de162cd1e',
 'Seifert69/DikuMUD3': '2f72cbfd41f24e60210a83a303fcfc9575c04f57',
 'EmpireMUD/EmpireMUD-2.0-Beta': '43c85b16d1c6f0fc8784f77556d1986c8ed6494e',
 'KartKrewDev/RingRacers': '7815195502f4796a6b2c165f79429e405504515d',
}
ROOT = '/work/corpora/webhook111/src'

_labels = TokenLabels(ROOT, 'wh111', C)
S = _labels.S
HE = (' hash_eq (src/common/bnethash.cpp 315) compares the five 32-bit words of two hashes in a loop that returns '
      'at the first difference.')
SK = (' The session key is a per-connection number the server sends to the client in clear (SERVER_SESSIONKEY1/2, '
      'SERVER_AUTHREQ_109) and the client echoes it; it is mixed into the password hash as a nonce, the password '
      'check itself is the hash_eq below.')
CR = (' CRYPT is crypt(3) (utils.h); the stored password hash is compared with strncmp, early exit.')
PC = (' pwdcompare (vme/src/textutil.cpp 1891) walks the two crypt(3) strings byte by byte and returns at the '
      'first difference.')

# ---------------- pvpgn/pvpgn-server (Battle.net / Westwood Online server; C++) ----------------
R = 'pvpgn/pvpgn-server'
P = 'src/bnetd/handle_bnet.cpp'
S(R, P, 924, '!=', 'yes', '_client_changepassreq: session key echoed by the client compared with the connection\'s '
  'session key.' + SK, NS)
S(R, P, 955, 'hash_eq', 'no', '_client_changepassreq: double hash of the stored password hash (with ticks and '
  'session key) compared with the client\'s old-password proof before the password is changed.' + HE)
S(R, P, 1051, '!=', 'yes', '_client_authreq1: version id of the auth request compared with the one of the '
  'connection; a client version number.', NS)
S(R, P, 1603, '!=', 'yes', '_client_loginreq1: session key echoed by the client compared with the connection\'s '
  'session key.' + SK, NS)
S(R, P, 1631, 'hash_eq', 'no', '_client_loginreq1 (LOGINREQ1 login): double hash of the stored password hash '
  'compared with the client\'s password proof.' + HE)
S(R, P, 1779, '!=', 'yes', '_client_loginreq2: session key echoed by the client compared with the connection\'s '
  'session key.' + SK, NS)
S(R, P, 1807, 'hash_eq', 'no', '_client_loginreq2 (LOGINREQ2 login): double hash of the stored password hash '
  'compared with the client\'s password proof.' + HE)
S(R, P, 2115, 'memcmp', 'no', '_client_passchangeproofreq (W3 SRP3 password change): 20-byte client password proof '
  'M1 compared with the proof the server computed, std::memcmp.')
S(R, P, 2223, 'memcmp', 'no', '_client_logonproofreq (W3 SRP3 login): 20-byte client password proof M1 compared with '
  'the expected proof, std::memcmp; a match logs the user in.')
S(R, P, 2241, 'hash_eq', 'no', '_client_logonproofreq (W3 login, old scheme): client password hash compared with the '
  'stored password hash.' + HE)
S(R, P, 3657, 'strcasecmp', 'yes', '_client_joinchannel: current channel name compared with the requested channel '
  'name; public names.', NS)
S(R, P, 3886, 'strcmp', 'no', '_client_gamelistreq: game password from the request compared with the password of the '
  'private game, std::strcmp.')
S(R, P, 3985, 'strcmp', 'yes', '_client_joingame: game name compared with the literal "BNet" (anonymous ladder '
  'game); a keyword.', NS)
S(R, P, 4736, 'strcasecmp', 'yes', '_client_mapauthreq1: map name of the client\'s game compared with the map name of the '
  'map authorization request; public names.', NS)
P = 'src/bnetd/handle_d2cs.cpp'
S(R, P, 202, '!=', 'yes', 'on_d2cs_accountloginreq: session key forwarded by the D2 character server compared with '
  'the client connection\'s session key (a number sent to the client in clear; the proof is the secret hash '
  'compared below).', NS)
S(R, P, 210, 'strcasecmp', 'yes', 'on_d2cs_accountloginreq: account name from d2cs compared with the user name of '
  'the connection; public names.', NS)
S(R, P, 227, 'hash_eq', 'no', 'on_d2cs_accountloginreq: hash over salt, session key, session number, the connection '
  'secret and the stored password hash compared with the secret hash the client sent to d2cs.' + HE)
S(R, 'src/bnetd/handle_telnet.cpp', 245, 'hash_eq', 'no', 'handle_telnet_packet (conn_state_bot_password): hash of '
  'the typed password compared with the stored password hash.' + HE)
P = 'src/bnetd/handle_wol.cpp'
S(R, P, 534, 'strcmp', 'yes', 'append_game_info (WOL game list line): game password compared with the empty string '
  'to print the locked flag; an emptiness test, public through the game list itself.', NS)
S(R, P, 989, 'strcmp', 'no', '_handle_joingame_command: password given with the JOIN of a passworded WOL game channel '
  'compared with the game password, std::strcmp.')
S(R, 'src/bnetd/irc.cpp', 242, 'hash_eq', 'no', 'irc_authenticate: hash of the '
  'password the IRC client sent compared with the stored password hash.' + HE)
S(R, 'src/bnetd/game.cpp', 1612, 'strcasecmp', 'no', 'game_add_player: password given to join compared with the game '
  'password, strcasecmp (case-insensitive and early exit).')
S(R, 'src/common/bnethash.cpp', 326, '!=', 'no', 'hash_eq: word-by-word loop that returns at the first differing '
  'word; its callers pass password hashes and password proofs only (handle_bnet, irc, telnet, bot, d2cs).')

# ---------------- GrangerHub/tremulous (Tremulous 1.3 engine and game; C++ / C) ----------------
R = 'GrangerHub/tremulous'
P = 'src/server/sv_main.cpp'
S(R, P, 854, 'strcmp', 'no', 'SVC_RemoteCommand: rcon password from the out-of-band packet compared with '
  'rconPassword, strcmp.')
S(R, P, 932, 'Q_stricmp', 'yes', 'SV_ConnectionlessPacket: out-of-band command word compared with "getstatus"; a '
  'protocol keyword.', NS)
P = 'src/server/sv_client.cpp'
S(R, P, 273, '!=', 'yes', 'SV_DirectConnect: client protocol version compared with PROTOCOL_VERSION.', NS)
S(R, P, 323, '==', 'yes', 'SV_DirectConnect: challenge number from the connect string compared with the one the '
  'server sent in clear in challengeResponse (an anti-spoofing nonce, not a secret).', NS)
S(R, P, 336, 'Q_stricmp', 'yes', 'SV_DirectConnect (sv_rsaAuth): challenge2 from the userinfo compared with the one '
  'the server sent in clear in challengeResponse (SV_GetChallenge 223); a public nonce.', NS)
S(R, P, 427, 'strcmp', 'no', 'SV_DirectConnect: "password" userinfo key compared with sv_privatePassword to open the '
  'reserved private slots, strcmp.')
P = 'src/game/g_client.c'
S(R, P, 916, 'strcmp', 'yes', 'ClientUserinfoChanged: old player name compared with the new one; public names.', NS)
S(R, P, 1170, 'strcmp', 'yes', 'ClientConnect: client IP string compared with "localhost"; not a secret.', NS)
S(R, P, 1202, 'strcmp', 'no', 'ClientConnect: g_password (the server join password) compared with the "password" '
  'userinfo key, strcmp.')

# ---------------- LuminariMUD/Luminari-Source (CircleMUD / tbaMUD derivative; C) ----------------
R = 'LuminariMUD/Luminari-Source'
P = 'src/interpreter.c'
S(R, P, 7405, 'strcmp', 'yes', 'nanny (CON_ACCOUNT_ADD): account the character is linked to compared with the '
  'current account name; public names.', NS)
S(R, P, 7619, 'strncmp', 'no', 'nanny (CON_ACCOUNT_ADD_PWD): crypt of the typed password compared with the '
  'character\'s stored password hash before the character is added to the account.' + CR)
S(R, P, 7662, 'strncmp', 'no', 'nanny (CON_PASSWORD): login; crypt of the typed password compared with the account\'s '
  'stored password hash.' + CR)
S(R, P, 9191, 'strncmp', 'no', 'nanny (CON_CHPWD_GETOLD): old password check before a password change.' + CR)
S(R, P, 9218, 'strncmp', 'no', 'nanny (CON_DELCNF1): password check before a character is deleted.' + CR)

# ---------------- Seifert69/DikuMUD3 (VME server; C++) ----------------
R = 'Seifert69/DikuMUD3'
S(R, 'vme/src/textutil.cpp', 1902, '!=', 'no', 'pwdcompare: byte loop over two crypt(3) password hashes that '
  'returns at the first differing byte; used for login and the DIL password check.')
P = 'vme/src/nanny.cpp'
S(R, P, 322, 'str_ccmp', 'yes', 'nanny_throw: file name (player name) of the connecting character compared with '
  'those of characters in the game; public names.', NS)
S(R, P, 452, '<', 'yes', 'check_pwd: length of the new password compared with 5; a length, not the secret.', NS)
S(R, P, 687, 'pwdcompare', 'no', 'nanny_existing_pwd: login; crypt of the typed password compared with the stored '
  'password hash.' + PC)
S(R, P, 739, 'str_ccmp', 'yes', 'nanny_existing_pwd: player names of characters in the game compared with the one '
  'logging in (link-dead reconnect); public names.', NS)
S(R, 'vme/src/dilexp.cpp', 1062, 'pwdcompare', 'no', 'dilfe_ckpwd (DIL check_password): crypt of a password given '
  'by a DIL program compared with the player\'s stored password hash.' + PC)

# ---------------- EmpireMUD/EmpireMUD-2.0-Beta (CircleMUD derivative; C) ----------------
R = 'EmpireMUD/EmpireMUD-2.0-Beta'
EC = (' CRYPT is crypt(3) with PASSWORD_SALT (utils.h / structs.h); strncmp with early exit.')
P = 'src/interpreter.c'
S(R, P, 1816, 'strncmp', 'no', 'process_alt_password: password of the alt character typed by the new player compared '
  'with the alt\'s stored password hash.' + EC)
S(R, P, 2312, 'strncmp', 'no', 'nanny (CON_PASSWORD): login; crypt of the typed password compared with the stored '
  'hash.' + EC)
P = 'src/act.other.c'
S(R, P, 1383, 'strncmp', 'no', 'do_changepass: old password compared with the stored hash.' + EC)
S(R, P, 2363, 'strncmp', 'no', 'do_selfdelete: password compared with the stored hash before the character is '
  'deleted.' + EC)
S(R, P, 2367, 'strcmp', 'yes', 'do_selfdelete: argument compared with the keyword "CONFIRM"; not a secret.', NS)

# ---------------- KartKrewDev/RingRacers (Dr. Robotnik's Ring Racers, SRB2 Kart engine; C) ----------------
R = 'KartKrewDev/RingRacers'
P = 'src/d_clisrv.c'
S(R, P, 1498, 'memcmp', 'yes', 'CL_LoadReceivedSavegame (reload): public keys of the players before and after the '
  'gamestate reload compared; Ed25519 public keys.', NS)
S(R, P, 4610, 'memcmp', 'yes', 'HandleConnect: challenge response (an EdDSA signature sent by the client) compared '
  'with all zero bytes ("did not try to sign"); the signature itself was checked by crypto_eddsa_check (4603).', NS)
S(R, P, 4632, 'memcmp', 'yes', 'HandleConnect: public key of the joining player compared with those of the players '
  'in game (duplicate profile); public keys.', NS)
S(R, P, 4650, 'memcmp', 'yes', 'HandleConnect: public keys of the players of one joining party compared with each '
  'other; public keys.', NS)
S(R, P, 5887, 'memcmp', 'no', 'HandlePacketFromPlayer (PT_LOGIN): MD5 admin password proof sent by the client '
  'compared with the MD5 of the stored admin password hash and the player number; a match promotes the player '
  'to admin.')
S(R, P, 6186, 'memcmp', 'yes', 'PT_RESULTSALL: public key recorded at challenge time compared with all zero bytes; a '
  'public key.', NS)
S(R, P, 6191, 'memcmp', 'yes', 'PT_RESULTSALL: public key recorded at challenge time compared with the player\'s '
  'current public key.', NS)
S(R, P, 7200, 'memcmp', 'yes', 'KickUnverifiedPlayers: last received signature compared with all '
  'zero bytes (no response received); a public signature.', NS)
S(R, 'src/d_netcmd.c', 4530, 'memcmp', 'yes', 'Command_Addfile: MD5 of a WAD being loaded '
  'compared with those of loaded WADs; file checksums.', NS)

_labels.write(__file__, 'webhook111')
