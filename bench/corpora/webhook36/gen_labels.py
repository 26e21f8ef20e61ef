#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook36). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file, and the script fails if the line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'DarkPlacesEngine/DarkPlaces': 'c6b823caad344835f426fa992a97a45674a940cc',
 'ntop/n2n': 'fff50a7d80728069ca101a262d1543d85ac5313f',
 'neocturne/fastd': '071fdb165b0f86df427f90731a312d07c11d5d20',
 'malept/oath-toolkit': 'e9d90cd579bb65f15184605f38a23d8857c8747d',
 'google/google-authenticator-libpam': '288db94951a9c93960a20cfd0d72359813ccc909',
 'RsyncProject/rsync': '7c20b077c980036a19587701cec320cc88e42a4a',
 'andrius4669/zeromod-sauerbraten': '7ad9d10380c061095ddb189b5a6bd5355bd08a22',
}
ROOT = '/work/corpora/webhook36/src'

_labels = TokenLabels(ROOT, 'wh36', C)
S = _labels.S
CT = 'Constant-time compare.'
INT = ('Tricky: the value is a secret one-time code or keyed checksum, but it is compared as one machine integer '
       '(no byte-wise early exit); see Doubts. ' + NS)

# ---------------- DarkPlacesEngine/DarkPlaces (Quake engine of Xonotic: rcon, encrypted netcode) ----------------
R = 'DarkPlacesEngine/DarkPlaces'
P = 'netconn.c'
S(R, P, 3006, 'memcmp', 'no', 'hmac_mdfour_time_matching (srcon HMAC-MD4 TIME): HMAC-MD4(rcon password, time + command) '
  'computed by the server compared with the 16-byte HMAC from the packet using memcmp.')
S(R, P, 3034, 'memcmp', 'no', 'hmac_mdfour_challenge_matching (srcon HMAC-MD4 CHALLENGE): HMAC-MD4(rcon password, '
  'challenge + command) compared with the HMAC from the packet using memcmp.')
S(R, P, 3050, 'strcmp', 'no', 'plaintext_matching (plain "rcon <password> <command>" and the clc_rcon message): the '
  'configured rcon password compared with the password from the packet using strcmp.')
S(R, P, 1763, 'memcmp', 'no', 'NetConn_ClientParsePacket_ServerList_ProcessReply (client, CONFIG_MENU): base64 of '
  'HMAC-MD4(client-local serverlist_dpserverquerykey, timestamp) compared with the challenge echoed in a server\'s '
  'info reply using memcmp (anti-spoofing token of the server browser); see Doubts.')
S(R, P, 3025, 'strncmp', 'yes', 'hmac_mdfour_challenge_matching: the rcon challenge string from the packet compared with '
  'the challenges this server handed out to that address (getchallenge reply, sent in clear to the requester); the '
  'HMAC is what authenticates.', NS)
S(R, P, 3327, 'strcmp', 'yes', 'connect: challenge from the connect request compared with the challenge sent to that '
  'address (address-ownership check, the challenge was sent to the peer).', NS)
S(R, P, 3372, 'strcmp', 'yes', 'connect by a known client: crypto ID / key fingerprints (public-key hashes, lines '
  '3370-3376, merged: one expression) compared to reject key changes; public values.', NS)
S(R, P, 3493, 'memcmp', 'yes', 'Connectionless packet dispatch: packet prefix compared with the literal protocol keyword '
  '"srcon HMAC-MD4 TIME "; a command name, not the HMAC.', NS)
P = 'crypto.c'
S(R, P, 1620, 'memcmp', 'no', 'Crypto_DecryptPacket (AES mode): HMAC-SHA256(session key dhkey, decrypted payload) '
  'compared with the 15 tag bytes at the start of the received packet using memcmp.')
S(R, P, 1653, 'memcmp', 'no', 'Crypto_DecryptPacket (authentication-only mode): HMAC-SHA256(dhkey, payload) compared with '
  'the 16-byte tag of the received packet using memcmp.')
S(R, P, 1664, 'memcmp', 'no', 'Crypto_DecryptPacket: second memcmp of the same tag after undoing the control-packet '
  'avoidance bit (h[0] ^= 0x80).')
S(R, P, 688, 'memcmp', 'yes', 'Crypto_StoreHostKey: public-key fingerprint from the host-key cache line compared with the '
  'loaded public keys\' fingerprints; public.', NS)
S(R, P, 711, 'memcmp', 'yes', 'Crypto_StoreHostKey: stored host ID fingerprint compared with the new one (host key '
  'pinning of a public key).', NS)
S(R, P, 2521, 'memcmp', 'yes', 'Crypto_ClientParsePacket: server ID fingerprint (hash of the server\'s public key) '
  'compared with the pinned one.', NS)

# ---------------- ntop/n2n (peer-to-peer VPN: edge and supernode) ----------------
R = 'ntop/n2n'
P = 'src/sn_utils.c'
S(R, P, 973, 'memcmp', 'no', 'auth_edge (n2n_auth_simple_id): the random auth token the edge registered with compared '
  'with the token in a later REGISTER_SUPER / UNREGISTER_SUPER for the same MAC using memcmp (whole n2n_auth_t).')
S(R, P, 1965, 'memcmp', 'no', 'process_udp REGISTER_SUPER (user/password auth): Pearson hash of the packet encrypted with '
  'the user\'s shared secret (speck) compared with the hash appended to the packet using memcmp.')
S(R, P, 666, 'memcmp', 'yes', 'try_broadcast: edge MAC address compared with the source MAC; public.', NS)
S(R, P, 1975, 'memcmp', 'yes', 'REGISTER_SUPER from self: edge MAC compared with the supernode\'s MAC; public.', NS)
P = 'src/edge_utils.c'
S(R, P, 925, 'memcmp', 'no', 'handle_remote_auth (edge, user/password auth): challenge returned by the supernode (double '
  'decrypted with the shared secret) compared with the edge\'s own random challenge (sent only encrypted) using '
  'memcmp; a fake supernode can time it.')
S(R, P, 2508, 'memcmp', 'no', 'REGISTER_SUPER_ACK (edge): Pearson hash of the packet encrypted with the shared secret '
  'compared with the hash appended by the supernode using memcmp.')
S(R, P, 1783, 'memcmp', 'yes', 'Received frame: destination MAC compared with the broadcast MAC.', NS)
S(R, P, 2420, 'memcmp', 'yes', 'REGISTER: destination MAC compared with the edge\'s MAC (line 2415, the source MAC, '
  'likewise; merged).', NS)
S(R, P, 2642, 'memcmp', 'yes', 'REGISTER_SUPER_NAK: MAC in the NAK compared with the edge\'s MAC.', NS)
S(R, 'src/header_encryption.c', 73, '!=', 'yes', 'packet_header_decrypt: upper 32 bits of the Pearson checksum compared '
  'with the checksum from the decrypted header, as uint32_t.', INT)

# ---------------- neocturne/fastd (VPN daemon; constant-time helpers everywhere) ----------------
R = 'neocturne/fastd'
S(R, 'src/sha256.c', 224, 'secure_memequal', 'yes', 'fastd_hmacsha256_blocks_verify: HMAC-SHA256 compared with the '
  'received MAC using secure_memequal (crypto.h: OR of XORs over all bytes, no early exit).', CT)
S(R, 'src/sha256.c', 246, 'secure_memequal', 'yes', 'fastd_hmacsha256_verify: HMAC-SHA256 of the buffer compared with the '
  'MAC using secure_memequal.', CT)
P = 'src/protocols/ec25519_fhmqvc/handshake.c'
S(R, P, 335, 'fastd_hmacsha256_verify', 'yes', 'finish_handshake: TLV MAC of the handshake response verified with '
  'fastd_hmacsha256_verify (constant-time secure_memequal inside).', CT)
S(R, P, 386, 'fastd_hmacsha256_verify', 'yes', 'handle_finish_handshake: TLV MAC of the handshake finish verified with '
  'fastd_hmacsha256_verify.', CT)
S(R, P, 256, 'secure_memequal', 'yes', 'update_shared_handshake_key: peer\'s ephemeral public handshake key compared with the '
  'cached one (public; secure_memequal anyway).', CT)
S(R, P, 415, 'secure_memequal', 'yes', 'find_sender_key: peer public key compared with the sender key of the handshake '
  '(public; constant-time helper).', CT)
S(R, P, 455, 'secure_memequal', 'yes', 'match_sender_key: peer public key compared with the sender key (public; '
  'constant-time helper).', CT)
S(R, P, 528, 'memcmp', 'yes', 'get_sender_key / handshake: sender public key compared with our own public key (ignore '
  'handshakes that use our key); public keys.', NS)
S(R, P, 677, 'secure_memequal', 'yes', 'handle_handshake: recipient key record compared with our public key '
  '(constant-time helper on a public key).', CT)
S(R, P, 729, 'secure_memequal', 'yes', 'handle_handshake: recipient handshake key compared with our current ephemeral '
  'public key (constant-time helper).', CT)
S(R, P, 735, 'secure_memequal', 'yes', 'handle_handshake: same against the previous ephemeral public key.', CT)
S(R, 'src/methods/generic_gmac/generic_gmac.c', 224, 'block_equal', 'yes', 'method_decrypt (generic-gmac): GHASH tag '
  'compared with the received tag using block_equal (crypto.h: OR of XORs of four 32-bit words).', CT)
S(R, 'src/methods/composed_umac/composed_umac.c', 248, 'block_equal', 'yes', 'method_decrypt (composed-umac): UHASH tag '
  'compared with the received tag using block_equal.', CT)
S(R, 'src/methods/generic_poly1305/generic_poly1305.c', 209, 'crypto_onetimeauth_poly1305_verify', 'yes',
  'method_decrypt (generic-poly1305): Poly1305 tag verified with libsodium crypto_onetimeauth_poly1305_verify.', CT)

# ---------------- malept/oath-toolkit (liboath: HOTP/TOTP validation, users file) ----------------
R = 'malept/oath-toolkit'
S(R, 'liboath/aux.c', 32, 'strcmp', 'no', '_oath_strcmp_callback (default compare of oath_hotp_validate / '
  'oath_totp_validate): the OTP generated from the shared secret compared with the user\'s OTP using strcmp.')
P = 'liboath/usersfile.c'
S(R, P, 133, 'strcmp', 'no', 'parse_usersfile: password field of the users file compared with the password the user '
  'typed (pam_oath passes it) using strcmp; plain-text password compare.')
S(R, P, 112, 'strcmp', 'yes', 'parse_usersfile: user name column compared with the user name.', NS)
S(R, P, 121, 'strcmp', 'yes', 'parse_usersfile: password field compared with the literal "-" (no password) marker; the '
  'line at 129 compares it with "+" (externally verified) likewise.', NS)
S(R, P, 187, 'strcmp', 'yes', 'parse_usersfile: last used OTP (stored in the users file) compared with the new OTP to '
  'reject a replay; the old OTP is spent, not a secret; see Doubts.', NS)

# ---------------- google/google-authenticator-libpam (PAM TOTP/HOTP module) ----------------
R = 'google/google-authenticator-libpam'
P = 'src/pam_google_authenticator.c'
S(R, P, 1223, '==', 'yes', 'check_scratch_codes: 8-digit scratch code from the secret file compared with the code the '
  'user typed, as int.', INT)
S(R, P, 1585, '==', 'yes', 'check_timebased_code: TOTP code computed from the secret compared with the user\'s code as '
  'unsigned int.', INT)
S(R, P, 1598, '==', 'yes', 'check_timebased_code, time-skew search: computed code compared with the user\'s code as '
  'unsigned int (the loop deliberately does not short-circuit); line 1604 likewise.', INT)
S(R, P, 1793, '==', 'yes', 'check_counterbased_code: HOTP code compared with the user\'s code as unsigned int.', INT)
S(R, P, 1676, 'strcmp', 'yes', 'rhost_in_last_logins (allowed_perm / grace period): remote host of a previous login '
  'compared with the current remote host.', NS)

# ---------------- RsyncProject/rsync (daemon module authentication) ----------------
R = 'RsyncProject/rsync'
S(R, 'authenticate.c', 210, 'strcmp', 'no', 'check_secret: base64 digest(secret from the secrets file, challenge) '
  'computed by the daemon compared with the client\'s response using strcmp.')
S(R, 'authenticate.c', 207, 'strncmp', 'yes', 'check_secret: user / @group name at the start of a secrets-file line '
  'compared with the user name; the secret is after the colon.', NS)

# ---------------- andrius4669/zeromod-sauerbraten (Cube 2: Sauerbraten server mod) ----------------
R = 'andrius4669/zeromod-sauerbraten'
P = 'src/fpsgame/server.cpp'
S(R, P, 1588, 'strcmp', 'no', 'checkpassword (server and admin password on connect / setmaster): Tiger hash of '
  '"cn sessionid password" computed from the configured password compared with the client\'s hash using strcmp.')
S(R, P, 1541, 'strcmp', 'yes', 'htcmp (auth user table): user name and auth domain compared; the public key is the '
  'value.', NS)
S(R, 'src/shared/crypto.cpp', 944, '==', 'no', 'checkchallenge (auth key login, server.cpp:3162 and the master server): '
  'expected answer (x coordinate of the secret point from genchallenge) compared with the client\'s answer with '
  'bigint::operator== (crypto.cpp:390, length check then digit loop that returns at the first difference).')

# labels in one file at least 3 lines apart
_by = {}
for _l in _labels.items:
    _by.setdefault((_l['repo'], _l['path']), []).append(_l['line'])
for _k, _v in _by.items():
    _v.sort()
    assert all(b - a >= 3 for a, b in zip(_v, _v[1:])), (_k, _v)

_labels.write(__file__, 'webhook36')
