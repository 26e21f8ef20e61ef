#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook69). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'id-Software/Quake-2': '372afde46e7defc9dd2d719a1732b8ace1fa096e',
 'id-Software/Quake': 'bf4ac424ce754894ac8f1dae6a3981954bc9852d',
 'bluekitchen/btstack': '330e195362752c93fde6b1d2a2310c8128d95369',
 'FreeRADIUS/freeradius-client': '2291d7869658ce350348bd7e57db1f392c8773af',
 'cminyard/openipmi': '1181df8db943bec684a9725c3d075a5b79ebcc1d',
 'tiwe-de/libpam-pwdfile': 'e29d26e77d8577ea272211c20240b3c39dff6bf0',
 'metux/xorg-xserver': '610e91dc5f34e64036b7cdd08f0f953a672fcb36',
}
ROOT = '/work/corpora/webhook69/src'

_labels = TokenLabels(ROOT, 'wh69', C)
S = _labels.S
CT = 'Constant-time compare.'
EARLY = ' using strcmp (early exit).'

# ---------------- id-Software/Quake-2 (game server: rcon / join / spectator / CTF admin passwords; C) ----------------
R = 'id-Software/Quake-2'
P = 'server/sv_main.c'
S(R, P, 418, 'strcmp', 'no', 'Rcon_Validate: rcon password from a connectionless "rcon" packet (Cmd_Argv(1)) '
  'compared with the rcon_password cvar' + EARLY)
S(R, P, 504, 'strcmp', 'yes', 'SV_ConnectionlessPacket: first word of an out-of-band packet compared with the command '
  'name "rcon"; a protocol command word.', NS)
P = 'game/p_client.c'
S(R, P, 1021, 'strcmp', 'no', 'spectator_respawn: "spectator" userinfo value compared with the spectator_password '
  'cvar' + EARLY)
S(R, P, 1049, 'strcmp', 'no', 'spectator_respawn: "password" userinfo value compared with the server password cvar '
  'when a spectator rejoins the game' + EARLY)
S(R, P, 1444, 'strcmp', 'yes', 'ClientConnect: "spectator" userinfo value compared with "0" to decide whether the '
  'client asks to be a spectator; a flag, not a password check.', NS)
S(R, P, 1449, 'strcmp', 'no', 'ClientConnect: "spectator" userinfo value (the spectator password) compared with the '
  'spectator_password cvar' + EARLY)
S(R, P, 1467, 'strcmp', 'no', 'ClientConnect: "password" userinfo value compared with the server password cvar' +
  EARLY)
S(R, 'ctf/g_ctf.c', 3801, 'strcmp', 'no', 'CTFAdmin: argument of the "admin" command compared with the '
  'admin_password cvar' + EARLY)

# ---------------- id-Software/Quake (QuakeWorld server; C) ----------------
R = 'id-Software/Quake'
P = 'QW/server/sv_main.c'
S(R, P, 554, 'strcmp', 'yes', 'SVC_DirectConnect: "spectator" userinfo value compared with "0" (does the client '
  'want to spectate); a flag.', NS)
S(R, P, 558, 'strcmp', 'no', 'SVC_DirectConnect: spectator password from the connect userinfo compared with the '
  'spectator_password cvar' + EARLY)
S(R, P, 573, 'strcmp', 'no', 'SVC_DirectConnect: "password" userinfo value compared with the server password cvar' +
  EARLY)
S(R, P, 717, 'strcmp', 'no', 'Rcon_Validate: rcon password from a connectionless "rcon" packet compared with the '
  'rcon_password cvar' + EARLY)
S(R, P, 823, 'strcmp', 'yes', 'SV_ConnectionlessPacket: out-of-band command word compared with "rcon"; a protocol '
  'command name.', NS)

# ---------------- bluekitchen/btstack (Bluetooth stack: LE SM, ATT signed write, Bluetooth Mesh; C) -------------
R = 'bluekitchen/btstack'
P = 'src/ble/sm.c'
S(R, P, 989, 'memcmp', 'yes', 'sm_address_resolution_lookup: Bluetooth device address compared with the queued '
  'lookup entries; a public address.', NS)
S(R, P, 1801, 'memcmp', 'no', 'sm_sc_cmac_done (LE Secure Connections, state W4_CALCULATE_F6_TO_VERIFY_DHKEY_CHECK): DHKey check value received from '
  'the peer compared with f6(MacKey, ...) computed with the DH-derived MacKey using memcmp (early exit).')
S(R, P, 3478, 'memcmp', 'no', 'sm_handle_encryption_result_enc_d (legacy pairing): peer confirm value compared with '
  'c1(TK, rand, ...) computed with the temporary key (passkey) using memcmp (early exit).')
S(R, P, 4461, 'memcmp', 'yes', 'sm_pdu_handler_pairing_public_key: peer public key compared with our own public key '
  '(CVE-2020-26558 reflection check); public values.', NS)
S(R, P, 4624, 'memcmp', 'yes', 'sm_pdu_handler: received confirm compared with the confirm we already sent '
  '(reflection check); both values are on the air.', NS)
S(R, 'src/ble/att_server.c', 532, 'memcmp', 'no', 'att_signed_write_handle_cmac_result: 8-byte signature of an '
  'ATT Signed Write compared with the AES-CMAC computed with the peer CSRK using memcmp (early exit).')
S(R, 'src/ble/att_server.c', 1172, 'memcmp', 'yes', 'att_server_persistent_ccc_validate_database: GATT database hash compared with the hash stored in '
  'TLV to detect a changed database; a public hash.', NS)
S(R, 'src/ble/gatt_client.c', 892, 'memcmp', 'yes', 'gatt_client_caching_handle_database_hash: remote Database Hash characteristic compared with '
  'the cached one; a public hash.', NS)
S(R, 'src/ble/gatt-service/bond_management_service_server.c', 202, 'memcmp', 'no', 'bond_management_service_write_callback '
  '(control point): authorization code written by the client compared with the configured bm_authorization_string using '
  'memcmp (early exit).')
S(R, 'src/mesh/beacon.c', 283, 'memcmp', 'no', 'beacon_handle_secure_beacon_auth_value_calculated: Secure Network '
  'Beacon authentication value compared with the AES-CMAC under the beacon key using memcmp (early exit).')
S(R, 'src/mesh/beacon.c', 305, 'memcmp', 'yes', 'beacon_handle_secure_beacon: Network ID of a received beacon '
  'compared with each subnet\'s Network ID to pick the key; a public identifier.', NS)
S(R, 'src/mesh/mesh_network.c', 519, 'memcmp', 'no', 'process_network_pdu_validate_d: NetMIC of the received '
  'network PDU compared with the CCM MIC computed with the network encryption key using memcmp (early exit).')
S(R, 'src/mesh/mesh_upper_transport.c', 488, 'memcmp', 'no', 'mesh_upper_transport_validate_access_message_ccm: TransMIC of the access PDU compared '
  'with the CCM authentication value under the application/device key using memcmp (early exit).')
S(R, 'src/mesh/pb_adv.c', 203, 'memcmp', 'yes', 'pb_adv_handle_bearer_control: device UUID in a Link Open PDU '
  'compared with our own UUID; a public identifier.', NS)

# ---------------- FreeRADIUS/freeradius-client (RADIUS client library; C) ----------------
R = 'FreeRADIUS/freeradius-client'
P = 'lib/sendserver.c'
S(R, P, 558, '!=', 'yes', 'rc_check_reply: Identifier of the reply compared with the request\'s sequence number; a '
  'public packet id.', NS)
S(R, P, 613, 'memcmp', 'no', 'rc_check_reply: Response Authenticator of the reply compared with MD5(reply || '
  'request authenticator || shared secret) using memcmp (early exit).')
S(R, 'lib/config.c', 668, 'memcmp', 'yes', 'find_match: two resolved IP addresses (configured server vs local/host '
  'addresses) compared; public addresses.', NS)

# ---------------- cminyard/openipmi (IPMI library and BMC simulator; C) ----------------
R = 'cminyard/openipmi'
P = 'lanserv/lanserv_ipmi.c'
S(R, P, 96, 'memcmp', 'yes', 'find_user: 16-byte user name from the request compared with the configured user '
  'names; a user name.', NS)
S(R, P, 2093, 'memcmp', 'no', 'rakp_hmac_check3 (BMC side, RMCP+ RAKP message 3): key exchange authentication code '
  'compared with the HMAC keyed with the user password using memcmp (early exit).')
S(R, P, 2197, 'memcmp', 'no', 'hmac_check (BMC side): per-message integrity HMAC of an RMCP+ packet compared with '
  'the HMAC keyed with the session integrity key using memcmp (early exit).')
S(R, 'lib/hmac.c', 207, 'memcmp', 'no', 'hmac_check (client side): integrity HMAC of a received RMCP+ packet '
  'compared with the HMAC keyed with the session key using memcmp (early exit).')
S(R, 'utils/ipmi_auth.c', 104, 'strncmp', 'no', 'pw_authcode_check (IPMI 1.5 "straight password" auth type): '
  'authcode from the packet compared with the stored 16-byte password using strncmp (early exit).')
S(R, 'utils/md5.c', 402, 'memcmp', 'no', 'ipmi_md5_authcode_check (IPMI 1.5 MD5 auth type): authcode from the '
  'packet compared with MD5(password || data || password) using memcmp (early exit).')
S(R, 'utils/md2.c', 269, 'memcmp', 'no', 'ipmi_md2_authcode_check (IPMI 1.5 MD2 auth type): authcode from the '
  'packet compared with MD2(password || data || password) using memcmp (early exit).')

# ---------------- tiwe-de/libpam-pwdfile (PAM module; C) ----------------
R = 'tiwe-de/libpam-pwdfile'
P = 'pam_pwdfile.c'
S(R, P, 168, 'strcmp', 'yes', 'pam_sm_authenticate: user name field of a password-file line compared '
  'with the PAM user name to find the entry; a user name.', NS)
S(R, P, 214, 'strcmp', 'no', 'pam_sm_authenticate (legacy_crypt): crypt() of the typed password compared with the '
  'stored hash' + EARLY)
S(R, P, 215, 'strncmp', 'yes', 'pam_sm_authenticate: stored hash checked for the "$1$" MD5-crypt prefix to pick the '
  'legacy routine; a format tag.', NS)
S(R, P, 221, 'strcmp', 'no', 'pam_sm_authenticate: crypt() of the typed password compared with the stored hash' +
  EARLY)

# ---------------- metux/xorg-xserver (X server os/ authorization; C) ----------------
R = 'metux/xorg-xserver'
S(R, 'os/mitauth.c', 85, 'timingsafe_memcmp', 'yes', 'MitCheckCookie: MIT-MAGIC-COOKIE-1 data sent by the '
  'connecting client compared with each stored cookie with timingsafe_memcmp (os/timingsafe_memcmp.c, no early '
  'exit).', CT)
S(R, 'os/timingsafe_memcmp.c', 41, '|=', 'yes', 'timingsafe_memcmp: the branch-free accumulate loop itself '
  '(res/done masks, no early exit).', CT)
S(R, 'os/auth.c', 205, 'memcmp', 'yes', 'CheckAuthorization: authorization protocol name sent by the client '
  '(e.g. "MIT-MAGIC-COOKIE-1") compared with the supported protocol names; a public name.', NS)
S(R, 'os/xdmauth.c', 285, 'memcmp', 'yes', 'XdmAuthorizationValidate: peer IPv4 address compared with the address '
  'inside the decrypted XDM-AUTHORIZATION-1 data; a public address.', NS)

_labels.write(__file__, 'webhook69')
