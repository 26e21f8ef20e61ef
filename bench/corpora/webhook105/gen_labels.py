#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook105). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'mangoszero/server': '402c57093ef2d3cafb5b8bfdb42e9e1707815e0e',
 'mangos/realmd': '095bc797730669f228d5126f4627b7d2a2e13a8f',
 'openmultiplayer/open.mp': 'f8058db80410b70f84c9089ec214530ca9784517',
 'STJr/SRB2': '639b58c6d718452ef343a0bc927d043bed9e40d6',
 'openmoh/openmohaa': '44ce0595c2bbe1c3d5933e16e9130c2d7cf1306d',
 'supertuxkart/stk-code': '86dc3dc6184ca022ed330a742cb9dd76a66e4a5a',
 'BZFlag-Dev/bzflag': 'f48c95341b8e3d1228ef09a068420a3de10fb457',
 'paxed/dgamelaunch': '55bd7dce01db17356b05da966595ff1ae6097e60',
 'ArmagetronAd/armagetronad': 'c67aeca0664e508519b46c409e2bb5121ccf3f37',
}
ROOT = '/work/corpora/webhook105/src'

_labels = TokenLabels(ROOT, 'wh105', C)
S = _labels.S
CT = 'Constant-time compare.'
CTNS = 'Constant-time compare of a value that is not secret (silent either way).'

# ---------------- mangoszero/server (MaNGOS Zero WoW 1.12 world server; C++17) ----------------
R = 'mangoszero/server'
P = 'src/proto/ClientConnection.cpp'
S(R, P, 193, '==', 'yes', 'ClientConnection::HandlePacket: opcode of the incoming packet compared with '
  'CMSG_AUTH_SESSION to route the auth session; a protocol opcode.', NS)
S(R, P, 257, 'memcmp', 'no', 'HandleAuthSession: SHA-1 proof the client computed over account, seeds and the SRP6 '
  'session key K compared with the server\'s digest by std::memcmp (early exit) before the session is attached and '
  'the header cipher keyed.')
P = 'src/game/Warden/WardenServer.cpp'
S(R, P, 218, '!=', 'yes', 'Warden AwaitingHash state: client command byte compared with ClientCommand::HashResult; '
  'an enum protocol command.', NS)
S(R, P, 224, 'CRYPTO_memcmp', 'yes', 'Warden AwaitingHash: 20-byte hash response to the module key seed (a '
  'challenge response) compared with the expected clientKeySeedHash using OpenSSL CRYPTO_memcmp.', CT)
S(R, P, 525, 'CRYPTO_memcmp', 'yes', 'Warden MPQ check: SHA-1 of a client game file compared with the catalogue '
  'digest using CRYPTO_memcmp; a file digest, constant time anyway.', CTNS)
S(R, P, 570, '!=', 'yes', 'Warden memory check: length of the returned bytes compared with the expected length; '
  'a length.', NS)
S(R, P, 576, 'CRYPTO_memcmp', 'yes', 'Warden memory check: client process bytes compared with the expected bytes '
  'using CRYPTO_memcmp.', CTNS)
P = 'src/game/Warden/WardenModuleCatalog.cpp'
S(R, P, 196, 'CRYPTO_memcmp', 'yes', 'Warden module validation: MD5 of the module compared with the pinned module '
  'id using CRYPTO_memcmp (the code comment: constant time although the values are not secret).', CTNS)
S(R, P, 197, 'CRYPTO_memcmp', 'yes', 'Warden module validation: SHA-256 of the module compared with the pinned '
  'digest using CRYPTO_memcmp.', CTNS)

# ---------------- mangos/realmd (MaNGOS login server, SRP6; C++17) ----------------
R = 'mangos/realmd'
P = 'Auth/AuthSocket.cpp'
S(R, P, 643, 'strcmp', 'yes', '_HandleLogonChallenge: IP the account is locked to compared with the client\'s '
  'remote address; public addresses.', NS)
S(R, P, 869, 'memcmp', 'no', '_HandleLogonProof: SRP6 client proof M1 compared with the server-computed M by memcmp '
  '(early exit); the password check of the login server.')
S(R, P, 1099, 'memcmp', 'no', '_HandleReconnectProof: client reconnect proof R2 (SHA-1 over login, R1, the '
  'reconnect challenge and session key K) compared with the server digest by memcmp.')

# ---------------- openmultiplayer/open.mp (SA-MP compatible server; C++) ----------------
R = 'openmultiplayer/open.mp'
P = 'Server/Components/LegacyNetwork/Query/query.cpp'
S(R, P, 261, '==', 'yes', 'Query::handleRCON: length field of the RCON password compared with the configured '
  'password\'s length; a length (it does leak the length, but the compare itself is of lengths).', NS)
S(R, P, 264, '==', 'no', 'Query::handleRCON: RCON password from the UDP query packet compared with rcon.password '
  'by std::string == (early exit) before the console command runs.')

# ---------------- STJr/SRB2 (Sonic Robo Blast 2 netcode; C) ----------------
R = 'STJr/SRB2'
P = 'src/netcode/d_clisrv.c'
S(R, P, 875, '<', 'yes', 'PT_Login: datalength of the login packet compared with 16 (ignore partial sends); a '
  'length.', NS)
S(R, P, 889, 'memcmp', 'no', 'PT_Login: salted MD5 of the remote-admin password sent by the client compared with '
  'the server\'s salted copy by memcmp (early exit); grants promote (admin).')
S(R, P, 1721, 'stricmp', 'yes', 'nametonum: player name compared with the command argument; a public name.', NS)
P = 'src/netcode/d_netfil.c'
S(R, P, 495, 'memcmp', 'yes', 'CL_CheckFiles: MD5 of a loaded WAD compared with the MD5 '
  'the server lists; public file checksums.', NS)
S(R, P, 1933, 'memcmp', 'yes', 'checkfilemd5: MD5 of a file on disk compared with the wanted MD5; a public file '
  'checksum.', NS)
P = 'src/netcode/client_connection.c'
S(R, P, 375, '!=', 'yes', 'SL_InsertServer: server game version compared with VERSION; a version.', NS)
S(R, P, 381, 'strcmp', 'yes', 'SL_InsertServer: application name compared with SRB2APPLICATION; a public '
  'identifier.', NS)
P = 'src/netcode/server_connection.c'
S(R, P, 74, 'strcmp', 'yes', 'FindRejoinerNum: stored player address compared with the connecting node\'s address; '
  'public addresses.', NS)
S(R, P, 371, 'strncmp', 'yes', 'GetRefuseMessage: application name of the joining client compared with '
  'SRB2APPLICATION; a public identifier.', NS)

# ---------------- openmoh/openmohaa (Medal of Honor: AA engine, ioquake3 lineage; C / C++) ----------------
R = 'openmoh/openmohaa'
S(R, 'code/server/sv_main.c', 692, 'strcmp', 'no', 'SVC_RemoteCommand: rcon password (Cmd_Argv(1)) compared with '
  'sv_rconPassword by strcmp before the command runs.')
S(R, 'code/server/sv_main.c', 784, 'Q_stricmp', 'yes', 'SV_ConnectionlessPacket: connectionless command name '
  'compared with "rcon"; a command keyword.', NS)
S(R, 'code/server/sv_client.c', 434, '!=', 'yes', 'SV_DirectConnect: client protocol version compared with '
  'com_protocol; a version.', NS)
S(R, 'code/server/sv_client.c', 564, 'strcmp', 'no', 'SV_DirectConnect: "password" from the userinfo compared with '
  'sv_privatePassword by strcmp to grant a reserved slot.')
P = 'code/fgame/g_client.cpp'
S(R, P, 919, 'strcmp', 'yes', 'G_ClientConnect: client ip compared with "localhost"; an address keyword.', NS)
S(R, P, 922, 'strcmp', 'no', 'G_ClientConnect: join password from the userinfo compared with sv_privatePassword by '
  'strcmp.')
S(R, P, 923, 'strcmp', 'no', 'G_ClientConnect: join password from the userinfo compared with the server password '
  '(the "password" cvar) by strcmp; mismatch returns "Invalid password".')

# ---------------- supertuxkart/stk-code (SuperTuxKart network server; C++) ----------------
R = 'supertuxkart/stk-code'
P = 'src/network/protocols/server_lobby.cpp'
S(R, P, 2641, '<', 'yes', 'connectionRequested: client network version compared with the minimum server '
  'version; a version.', NS)
S(R, P, 2777, '!=', 'no', 'handleUnencryptedConnection: password sent by the joining client compared with the '
  'private server password by std::string != (early exit).')

# ---------------- BZFlag-Dev/bzflag (bzfs game server; C++) ----------------
R = 'BZFlag-Dev/bzflag'
P = 'src/bzfs/commands.cxx'
S(R, P, 1064, 'strcmp', 'no', 'PasswordCommand (/password): typed admin password compared with the server '
  'password (-passwd) by strcmp; success makes the player an operator.')
S(R, P, 3565, 'strcmp', 'yes', 'ClientQueryCommand (/clientquery): target callsign compared with the argument; a '
  'public player name.', NS)
P = 'src/bzfs/bzfsAPI.cxx'
S(R, P, 1178, '==', 'no', 'bz_validAdminPassword (plugin API): candidate admin password compared with the server '
  'password by std::string == (early exit).')
S(R, P, 1611, '==', 'yes', 'bz_groupAllowPerm: permission name compared with a group\'s custom permission; a '
  'public permission name.', NS)

# ---------------- paxed/dgamelaunch (NetHack / roguelike game server login; C) ----------------
R = 'paxed/dgamelaunch'
P = 'dgamelaunch.c'
S(R, P, 1456, 'strcmp', 'yes', 'change_email: new e-mail address compared with the current one; not a secret.', NS)
S(R, P, 2060, 'strncmp', 'no', 'passwordgood: crypt() hash of the typed password compared with the stored hash by '
  'strncmp (early exit).')
S(R, P, 2062, 'strncmp', 'no', 'passwordgood: typed password compared with the stored password field by strncmp '
  '(legacy plaintext fallback).')
S(R, P, 2241, 'strcmp', 'yes', 'userexist_callback (SQLite): column name compared with "password"; a column '
  'name.', NS)

# ---------------- ArmagetronAd/armagetronad (Armagetron Advanced; C++) ----------------
R = 'ArmagetronAd/armagetronad'
S(R, 'src/tools/tCrypto.cpp', 35, '!=', 'no', 'operator==(tChecksum, tChecksum): byte loop with early exit over '
  'the 16-byte MD5; nKrawall::ArePasswordsEqual uses it for scrambled-password and league-message signature '
  'checks.')

_labels.write(__file__, 'webhook105')
