#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook59). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'teeworlds/teeworlds': '5d682733e482950f686663c129adc4b751c8d790',
 'ec-/Quake3e': 'f8372fd89f05a35c681f46b8dcfb08e14ad0857f',
 'libcsp/libcsp': '19b7394f2b5bea5a16b6d7eb7c2d23064df42f6e',
 'ngtcp2/ngtcp2': 'f3af8b14670bffa2e341b2bb45da75bc3ed71c46',
 'QW-Group/mvdsv': '18d036218004f31cf701bb5060448012652de6d1',
 'mirror/busybox': '371fe9f71d445d18be28c82a2a6d82115c8af19d',
 'aws/s2n-tls': '8cbf81ad74968a1d03efbd9352a89abd292232d4',
}
ROOT = '/work/corpora/webhook59/src'

_labels = TokenLabels(ROOT, 'wh59', C)
S = _labels.S
CT = 'Constant-time compare.'

# ---------------- teeworlds/teeworlds (game server; C++) ----------------
R = 'teeworlds/teeworlds'
P = 'src/engine/server/server.cpp'
SC = ' str_comp is the project wrapper of strcmp (src/base/system.c 2764), early exit.'
S(R, P, 818, 'str_comp', 'yes', 'ProcessClientPacket (NETMSG_INFO): network version string of the client compared '
  'with the server\'s protocol version; a public version string.', NS)
S(R, P, 828, 'str_comp', 'no', 'ProcessClientPacket (NETMSG_INFO): server password (sv password) compared with the '
  'password the connecting client sent.' + SC)
S(R, P, 996, 'str_comp', 'no', 'ProcessClientPacket (NETMSG_RCON_AUTH): password from the client compared with the '
  'admin rcon password sv_rcon_password.' + SC)
S(R, P, 1012, 'str_comp', 'no', 'ProcessClientPacket (NETMSG_RCON_AUTH): password from the client compared with the '
  'moderator rcon password sv_rcon_mod_password.' + SC)
S(R, P, 1159, 'mem_comp', 'yes', 'PumpNetwork: connless packet prefix compared with the SERVERBROWSE_GETINFO magic '
  'bytes; a protocol constant.', NS)
S(R, P, 1205, 'str_comp', 'yes', 'ChangeMap: configured map name compared with the current map name; a map name.',
  NS)
S(R, P, 1511, 'str_comp', 'yes', 'InitMapList: sv_maplist setting compared with the keyword "standard".', NS)
S(R, 'src/engine/shared/econ.cpp', 154, 'str_comp', 'no', 'CEcon::Update: line received on the external console '
  '(telnet) compared with the econ password ec_password before granting console access.' + SC)

# ---------------- ec-/Quake3e (Quake III engine, dedicated server; C) ----------------
R = 'ec-/Quake3e'
S(R, 'code/server/sv_main.c', 842, 'strcmp', 'no', 'SVC_RemoteCommand: rcon password from the out-of-band packet '
  'compared with sv_rconPassword using strcmp (early exit).')
S(R, 'code/server/sv_main.c', 843, 'strcmp', 'no', 'SVC_RemoteCommand: rcon password from the out-of-band packet '
  'compared with the second rcon password (rconPassword2) using strcmp (early exit).')
S(R, 'code/server/sv_main.c', 932, 'Q_stricmp', 'yes', 'SV_ConnectionlessPacket: connectionless command word '
  'compared with "rcon" to dispatch the packet; a command name.', NS)
S(R, 'code/server/sv_client.c', 706, 'strcmp', 'no', 'SV_DirectConnect: "password" userinfo key of the connecting '
  'client compared with sv_privatePassword (reserved slots) using strcmp (early exit).')
S(R, 'code/server/sv_client.c', 2044, 'strcmp', 'yes', 'SV_ExecuteClientCommand: client command word compared with '
  'the names of the server-level commands; a command name.', NS)

# ---------------- libcsp/libcsp (CubeSat Space Protocol; C) ----------------
R = 'libcsp/libcsp'
P = 'src/crypto/csp_hmac.c'
S(R, P, 167, 'memcmp', 'no', 'csp_hmac_verify (header included): HMAC-SHA1 trailer of the packet compared with the '
  'HMAC computed with the shared csp_hmac_key using memcmp (early exit).')
S(R, P, 179, 'memcmp', 'no', 'csp_hmac_verify (header excluded): HMAC-SHA1 trailer of the packet compared with the '
  'HMAC computed with the shared csp_hmac_key using memcmp (early exit).')
S(R, 'src/csp_crc32.c', 128, 'memcmp', 'yes', 'csp_crc32_verify: CRC32 trailer of the packet compared with the '
  'computed CRC32 (with header); an unkeyed checksum, not a secret.', NS)
S(R, 'src/csp_crc32.c', 134, 'memcmp', 'yes', 'csp_crc32_verify: CRC32 trailer of the packet compared with the '
  'computed CRC32 (without header); an unkeyed checksum, not a secret.', NS)
S(R, 'src/csp_iflist.c', 139, 'strncmp', 'yes', 'csp_iflist_get_by_name: interface name lookup; a public name.',
  NS)

# ---------------- ngtcp2/ngtcp2 (QUIC library; C) ----------------
R = 'ngtcp2/ngtcp2'
CM = ' ngtcp2_cmemeq (lib/ngtcp2_str.c 267-275) ORs the XOR of every byte pair, no early exit.'
S(R, 'lib/ngtcp2_str.c', 272, '^', 'yes', 'ngtcp2_cmemeq: the XOR-OR accumulate loop itself (no early exit).', CT)
S(R, 'lib/ngtcp2_cid.c', 153, 'ngtcp2_cmemeq', 'yes', 'ngtcp2_dcid_verify_stateless_reset_token: stateless reset '
  'token of a received Stateless Reset compared with the token bound to the connection ID.' + CM, CT)
S(R, 'lib/ngtcp2_cid.c', 48, 'memcmp', 'yes', 'ngtcp2_cid_eq: connection ID equality; connection IDs are sent in '
  'clear in every packet header.', NS)
S(R, 'lib/ngtcp2_pv.c', 107, 'ngtcp2_cmemeq', 'yes', 'ngtcp2_pv_validate: PATH_RESPONSE data compared with the '
  'random PATH_CHALLENGE data this endpoint sent.' + CM, CT)
S(R, 'lib/ngtcp2_conn.c', 6404, 'ngtcp2_cmemeq', 'yes', 'verify_token (server): token field of a later Initial '
  'packet compared with the address validation token the server accepted (settings.token).' + CM, CT)
S(R, 'lib/ngtcp2_conn.c', 5869, 'memcmp', 'yes', 'should_buffer_1rtt_pkt: first bytes of the packet compared with '
  'themselves shifted by one to detect all-zero padding; not a secret.', NS)
S(R, 'lib/ngtcp2_addr.c', 66, 'memcmp', 'yes', 'ngtcp2_sockaddr_eq: IPv4 address equality; a public address.', NS)
S(R, 'lib/ngtcp2_pkt.c', 2424, 'memcmp', 'yes', 'ngtcp2_pkt_verify_retry_tag: Retry integrity tag compared with the '
  'recomputed AEAD tag; the Retry key and nonce are fixed public constants of RFC 9001 5.8 (NGTCP2_RETRY_KEY_V1 / '
  'NONCE_V1), so the tag is computable by anyone and not a secret.', NS)

# ---------------- QW-Group/mvdsv (QuakeWorld server; C) ----------------
R = 'QW-Group/mvdsv'
P = 'src/sv_main.c'
S(R, P, 1052, 'strcmp', 'no', 'CheckPasswords (spectator, from SVC_DirectConnect): spectator_password compared with the "spectator" '
  'userinfo value of the connecting client using strcmp (early exit).')
S(R, P, 1085, 'strcmp', 'no', 'CheckPasswords (player, from SVC_DirectConnect): server password compared with the "password" userinfo '
  'value of the connecting client using strcmp (early exit).')
S(R, P, 1609, 'strncmp', 'no', 'Rcon_Validate (sv_crypt_rcon): SHA-1 hex digest sent by the client compared with '
  'SHA1(command, rcon password, timestamp, args) using strncmp (early exit).')
S(R, P, 1613, 'strcmp', 'no', 'Rcon_Validate (plain): rcon password argument compared with the rcon password using '
  'strcmp (early exit).')
S(R, P, 1936, 'strcmp', 'yes', 'SV_ConnectionlessPacket: connectionless command word compared with "rcon"; a '
  'command name.', NS)
S(R, P, 2762, 'strcmp', 'no', 'SV_VIPbyPass: each configured vip_password word compared with the password the '
  'client sent using strcmp (early exit).')
S(R, P, 3223, 'strcmp', 'yes', 'SV_CheckVars: the password cvar compared with its saved copy to detect a change '
  'made by the admin (no client input involved); a change check, not a password check.', NS)
P = 'src/sv_login.c'
S(R, P, 516, 'strcasecmp', 'yes', 'checklogin: login name of the client compared with each account\'s login; a '
  'user name.', NS)
S(R, P, 528, 'strcasecmp', 'no', 'checklogin (sv_hashpasswords 0): plaintext password of the client compared with '
  'the account password using strcasecmp (early exit).')
S(R, P, 529, 'strcasecmp', 'no', 'checklogin (sv_hashpasswords 1): SHA-1 hex of the client password compared with '
  'the stored password hash using strcasecmp (early exit).')
P = 'src/sv_demo_qtv.c'
S(R, P, 443, 'strcmp', 'yes', 'SV_MVD_RunPendingConnections (QTV request): QTV request header name compared with "PASSWORD"; a header '
  'keyword, not the password.', NS)
S(R, P, 458, 'strcmp', 'yes', 'SV_MVD_RunPendingConnections (QTV request): AUTH method name compared with "MD4"; a method name.', NS)
S(R, P, 514, 'strcmp', 'no', 'SV_MVD_RunPendingConnections (QTV request) (AUTH PLAIN): qtv_password compared with the password the QTV '
  'proxy sent using strcmp (early exit).')
S(R, P, 532, 'strcmp', 'no', 'SV_MVD_RunPendingConnections (QTV request) (AUTH MD4): challenge response sent by the proxy compared with the '
  'hex MD4 of challenge + qtv_password using strcmp (early exit).')
S(R, P, 547, 'strcmp', 'no', 'SV_MVD_RunPendingConnections (QTV request) (AUTH SHA3_512): challenge response sent by the proxy compared '
  'with the hex SHA3-512 of challenge + qtv_password using strcmp (early exit).')
S(R, P, 579, 'strcmp', 'no', 'SV_MVD_RunPendingConnections (QTV request) (PLAIN, no AUTH header): qtv_password compared with the password '
  'the QTV proxy sent using strcmp (early exit).')

# ---------------- mirror/busybox (httpd, login helpers; C) ----------------
R = 'mirror/busybox'
P = 'networking/httpd.c'
S(R, P, 2036, 'strncmp', 'yes', 'check_user_passwd: protected directory prefix of an httpd.conf entry compared with '
  'the request path; a URL path.', NS)
S(R, P, 2059, 'strncmp', 'yes', 'check_user_passwd: "user:" part of the httpd.conf entry compared with the user '
  'name from the Basic Authorization header; a user name.', NS)
S(R, P, 2130, 'strcmp', 'no', 'check_user_passwd: pw_encrypt() of the Basic-auth password from the peer compared '
  'with the stored crypt hash (httpd.conf or /etc/shadow) using strcmp (early exit).')
S(R, P, 2134, 'strcmp', 'no', 'check_user_passwd: Basic-auth password from the peer compared with the plaintext '
  'password of httpd.conf using strcmp (early exit).')
S(R, P, 2140, 'strcmp', 'no', 'check_user_passwd (no MD5 auth / bad input): "user:pass" from the peer compared with '
  'the plaintext "user:pass" of httpd.conf using strcmp (early exit).')
S(R, P, 2315, 'strcasecmp', 'yes', 'handle_incoming_and_exit: request method compared with "GET"; a method name.',
  NS)
S(R, P, 2492, 'STRNCASECMP', 'yes', 'handle_incoming_and_exit: request header line compared with the header name '
  '"Authorization:" (STRNCASECMP is strncasecmp with the literal\'s length); a header name, not the credential.',
  NS)
S(R, 'libbb/correct_password.c', 83, 'strcmp', 'no', 'check_password: pw_encrypt() of the typed password compared '
  'with the stored passwd/shadow hash using strcmp (early exit); used by login, su, sulogin, vlock.')
S(R, 'loginutils/passwd.c', 58, 'strcmp', 'no', 'new_password: crypt of the "Old password" typed by a non-root '
  'user compared with the stored hash using strcmp (early exit).')
S(R, 'loginutils/passwd.c', 159, 'strcmp', 'yes', 'passwd_main: user name of the shadow entry compared with the '
  'passwd entry\'s user name (paranoia check); a user name.', NS)

# ---------------- aws/s2n-tls (TLS library; C) ----------------
R = 'aws/s2n-tls'
SCT = (' s2n_constant_time_equals (utils/s2n_safety.c 37-76) ORs the XOR of every byte pair over the whole length, '
       'no early exit.')
S(R, 'utils/s2n_safety.c', 70, '^', 'yes', 's2n_constant_time_equals: the XOR-OR accumulate loop itself (no early '
  'exit).', CT)
S(R, 'tls/s2n_server_finished.c', 41, 's2n_constant_time_equals', 'yes', 's2n_finished_recv: Finished verify_data '
  'of the peer compared with the locally computed verify_data.' + SCT, CT)
S(R, 'tls/s2n_tls13_handshake.c', 37, 's2n_constant_time_equals', 'yes', 's2n_tls13_mac_verify: TLS 1.3 Finished '
  'HMAC from the wire compared with the computed one.' + SCT, CT)
S(R, 'tls/s2n_cbc.c', 70, 's2n_constant_time_equals', 'yes', 's2n_verify_cbc: record HMAC of a CBC record compared '
  'with the computed HMAC (Lucky13 countermeasures around it).' + SCT, CT)
S(R, 'tls/s2n_cipher_suites.c', 1091, 'memcmp', 'yes', 's2n_cipher_suite_from_iana: binary search of the table by '
  'the two-byte IANA cipher suite value; a public protocol identifier.', NS)
S(R, 'tls/s2n_protocol_preferences.c', 51, 'memcmp', 'yes', 's2n_protocol_preferences_contain: ALPN protocol name '
  'compared with each configured protocol; a public name.', NS)
S(R, 'tls/s2n_connection.c', 1043, 'strcmp', 'yes', 's2n_connection_get_key_exchange_group: negotiated group name '
  'compared with "NONE"; a public name.', NS)
S(R, 'tls/s2n_psk.c', 612, 'memcmp', 'yes', 's2n_connection_append_psk: PSK identity compared with the identities '
  'already added to reject duplicates; the identity is sent in clear in the ClientHello (the PSK secret is not '
  'compared here).', NS)

_labels.write(__file__, 'webhook59')
