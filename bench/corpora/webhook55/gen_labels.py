#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook55). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'OLSR/olsrd': '3653c47b88653be6c5dcf9e8ce3a5efbb69684a4',
 'z3APA3A/3proxy': '5fa261e91e9f9877419202f596620d4af1fa5026',
 'Yubico/yubico-c-client': '1df5c128fa6112e8b7273becd7bba6a60d91d076',
 'Tarsnap/spiped': 'a945f3315e35ee48c8a79af952addc1b6616db83',
 'jedisct1/minisign': 'e369d9447d7d96b8bbc6a7cd73b6b1e4ccd2f934',
 'LoupVaillant/Monocypher': 'ab2b16dd619ad5f6979a4fbe69cfa324a6fcc35f',
 'UndernetIRC/ircu2': '062cdb82e0a4ce1c3941f65c895ddd4a88f30178',
 'DALnet/bahamut': '59fe3ae05c42c02c7ef70eb6576e1f9484acbeaa',
}
ROOT = '/work/corpora/webhook55/src'

_labels = TokenLabels(ROOT, 'wh55', C)
S = _labels.S
CT = 'Constant-time compare.'
CVB = ('crypto_verify_bytes (libcperciva/crypto/crypto_verify_bytes.c 18) ORs the XOR of every byte pair, no '
       'early exit.')
MCV = ('crypto_verify16/32 (src/monocypher.c 144-161) XOR the 64-bit words, OR them and turn the result into '
       '0/-1 without a branch.')

# ---------------- OLSR/olsrd (secure plugin: shared-key SHA-1 packet signatures; C) ----------------
R = 'OLSR/olsrd'
P = 'lib/secure/src/olsrd_secure.c'
KEYED = 'SHA-1 over the message followed by the shared aes_key (a keyed MAC)'
S(R, P, 465, 'memcmp', 'no', 'validate_packet: packet signature from the wire compared with the ' + KEYED +
  ' using memcmp (early exit).')
S(R, P, 647, 'memcmp', 'no', 'parse_cres: signature of the challenge-response message compared with the ' + KEYED +
  ' using memcmp (early exit).')
S(R, P, 748, 'memcmp', 'no', 'parse_rres: signature of the response-response message compared with the ' + KEYED +
  ' using memcmp (early exit).')
S(R, P, 865, 'memcmp', 'no', 'parse_challenge: signature of the challenge message compared with the ' + KEYED +
  ' using memcmp (early exit).')
S(R, P, 1057, 'memcmp', 'yes', 'lookup_timestamp_entry: hash-bucket walk comparing the originator IP address '
  'with the stored entry address; a public address.', NS)

# ---------------- z3APA3A/3proxy (proxy server; C) ----------------
R = 'z3APA3A/3proxy'
P = 'src/auth.c'
S(R, P, 456, 'strcmp', 'yes', 'ACLmatches: user name of the client compared with the user names of an ACL entry; '
  'a user name.', NS)
S(R, P, 780, 'strcmp', 'yes', 'cacheauth: cached user name compared with the client\'s user name; a user name '
  '(the password compare is on the next line).', NS)
S(R, P, 781, 'strcmp', 'no', 'cacheauth: cached plaintext password compared with the password the client sent '
  'using strcmp (early exit); a hit authenticates the client from the cache.')
S(R, P, 835, 'strcmp', 'yes', 'doauth: cached user name compared with the client\'s to decide whether to replace '
  'the stored copy; a user name.', NS)
S(R, P, 931, 'memcmp', 'yes', 'dnsauth: client address compared with the address the reverse/forward DNS lookup '
  'resolved to; a public IP address.', NS)
S(R, P, 946, 'strcmp', 'yes', 'strongauth: user name of a configured users entry compared with the client\'s user '
  'name to find the entry; a user name.', NS)
S(R, P, 951, 'strcmp', 'no', 'strongauth (CL, cleartext password): client password compared with the configured '
  'password using strcmp (early exit).')
S(R, P, 958, 'memcmp', 'no', 'strongauth (CL, MS-CHAP/NTLM response): 24-byte response computed from the '
  'configured password compared with the client\'s response using memcmp (early exit).')
S(R, P, 967, 'strcmp', 'no', 'strongauth (CR, crypt password): configured crypt hash compared with mycrypt() of the '
  'client password using strcmp (early exit).')
S(R, P, 973, 'memcmp', 'no', 'strongauth (NT, NT password hash): configured hex NT hash compared with the NT hash of '
  'the client password using memcmp (early exit).')
S(R, P, 979, 'memcmp', 'no', 'strongauth (NT, MS-CHAP/NTLM response): 24-byte response computed from the '
  'configured NT hash compared with the client\'s response using memcmp (early exit).')
S(R, 'src/authradius.c', 219, 'memcmp', 'no', 'calc_replydigest: RADIUS Response Authenticator of the reply '
  'compared with MD5(packet || request authenticator || shared secret) using memcmp (early exit).')

# ---------------- Yubico/yubico-c-client (YubiKey OTP validation client; C) ----------------
R = 'Yubico/yubico-c-client'
S(R, 'ykclient_server_response.c', 336, 'memcmp', 'no', 'ykclient_server_response_verify_signature: HMAC-SHA1 '
  'signature (h=) of the validation server response compared with the HMAC computed with the client API key '
  'using memcmp (early exit).')
S(R, 'ykclient.c', 1157, 'strcmp', 'yes', 'ykclient_parse_srv_error: status= value of the server response '
  'compared with the protocol status words ("OK", ...).', NS)
S(R, 'ykclient.c', 1387, 'strcmp', 'yes', 'ykclient_request_send: nonce echoed by the server compared with the '
  'nonce the client sent in the request (replay check of a public random value).', NS)

# ---------------- Tarsnap/spiped (secure pipe daemon; C) ----------------
R = 'Tarsnap/spiped'
P = 'lib/proto/proto_crypt.c'
S(R, P, 84, 'strcmp', 'yes', 'proto_crypt_secret: key file name compared with "-" (read the key from stdin); a '
  'file name, not the key.', NS)
S(R, P, 207, 'crypto_verify_bytes', 'yes', 'proto_crypt_dh_validate: HMAC-SHA256 over the peer\'s DH public value '
  'compared with the computed one. ' + CVB, CT)
S(R, P, 388, 'crypto_verify_bytes', 'yes', 'proto_crypt_dec: per-packet HMAC-SHA256 compared with the computed '
  'one. ' + CVB, CT)
S(R, 'libcperciva/crypto/crypto_verify_bytes.c', 18, '^', 'yes', 'crypto_verify_bytes: the XOR-OR accumulate loop '
  'itself (no early exit).', CT)

# ---------------- jedisct1/minisign (signing tool; C) ----------------
R = 'jedisct1/minisign'
P = 'src/minisign.c'
S(R, P, 274, 'memcmp', 'yes', 'sig_load: signature algorithm bytes compared with "Ed" (format identifier).', NS)
S(R, P, 276, 'memcmp', 'yes', 'sig_load: signature algorithm bytes compared with "ED" (pre-hashed format '
  'identifier).', NS)
S(R, P, 303, 'memcmp', 'yes', 'pubkey_load_string: public key algorithm bytes compared with "Ed".', NS)
S(R, P, 483, 'memcmp', 'yes', 'seckey_load: checksum algorithm identifier compared with "B2"; a format tag of the '
  'secret key file, not key material.', NS)
S(R, P, 520, 'memcmp', 'yes', 'verify: key id of the signature compared with the key id of the public key; public '
  'identifiers.', NS)
S(R, P, 652, 'memcmp', 'yes', 'sign: key id of the public key compared with the key id stored with the secret key '
  '(public identifiers); the signature itself is checked by crypto_sign_verify_detached.', NS)

# ---------------- LoupVaillant/Monocypher (crypto library; C) ----------------
R = 'LoupVaillant/Monocypher'
P = 'src/monocypher.c'
S(R, P, 155, '^', 'yes', 'x16: XOR of the two 16-byte inputs as 64-bit words, ORed together (the body of '
  'crypto_verify16/32/64, no branch).', CT)
S(R, P, 2064, 'crypto_verify32', 'yes', 'crypto_eddsa_check_equation: encoded check point compared with the '
  'identity point. ' + MCV, CT)
S(R, P, 2952, 'crypto_verify16', 'yes', 'crypto_aead_read: Poly1305 tag of the message compared with the computed '
  'tag. ' + MCV, CT)

# ---------------- UndernetIRC/ircu2 (IRC server; C) ----------------
R = 'UndernetIRC/ircu2'
S(R, 'ircd/m_oper.c', 127, 'strcmp', 'no', 'oper_password_match: ircd_crypt() of the OPER password compared with '
  'the configured (hashed or clear) operator password using strcmp (early exit).')
S(R, 'ircd/m_oper.c', 169, 'oper_password_match', 'no', 'm_oper: OPER password checked through the project helper '
  'oper_password_match (strcmp at line 127, early exit).')
S(R, 'ircd/ircd_crypt.c', 160, 'ircd_strncmp', 'yes', 'ircd_crypt: mechanism tag of the stored password (e.g. '
  '"$SMD5$") compared with each crypt mechanism\'s token; a format prefix.', NS)
S(R, 'ircd/ircd_crypt.c', 207, 'ircd_strcmp', 'no', 'ircd_crypt: native crypt(3) of the password compared with the '
  'stored hash (the salt argument) using ircd_strcmp (early exit).')
S(R, 'ircd/m_server.c', 632, 'strcmp', 'no', 'mr_server: link password sent by the connecting server (PASS) '
  'compared with the Connect block password using strcmp (early exit).')
S(R, 'ircd/m_join.c', 206, 'strcmp', 'no', 'm_join: key given by the joining client compared with the channel '
  'admin password (+A) using strcmp (early exit).')
S(R, 'ircd/m_join.c', 208, 'strcmp', 'no', 'm_join: key given by the joining client compared with the channel '
  'user password (+U) using strcmp (early exit).')
S(R, 'ircd/m_join.c', 224, 'strcmp', 'no', 'm_join: key given by the joining client compared with the channel key '
  '(+k) using strcmp (early exit).')
S(R, 'ircd/m_join.c', 236, 'strcmp', 'yes', 'm_join: key given by an oper compared with the literal keyword '
  '"OVERRIDE" (a command word, not a secret).', NS)
S(R, 'ircd/m_burst.c', 124, 'strcmp', 'yes', 'netride_modes (BURST): channel key from the remote server compared '
  'with the current key to decide whether the burst changes +k; a mode diff, not a password check.', NS)

# ---------------- DALnet/bahamut (IRC server; C) ----------------
R = 'DALnet/bahamut'
SE = ' StrEq is include/struct.h 1414: (!strcmp((x),(y))), early exit.'
S(R, 'src/s_user.c', 420, 'StrEq', 'no', 'check_oper_can_mask: crypt(3) of the OPERMASK password (or the plain '
  'password) compared with the operator block password.' + SE)
S(R, 'src/s_user.c', 663, 'StrEq', 'no', 'register_user: password sent with PASS compared with the allow block '
  'password.' + SE)
S(R, 'src/s_user.c', 3040, 'StrEq', 'no', 'm_oper: crypt(3) of the OPER password (or the plain password) compared '
  'with the operator block password.' + SE)
S(R, 'src/m_server.c', 378, 'StrEq', 'no', 'm_server_estab: link password sent by the connecting server compared '
  'with the Connect block password.' + SE)
S(R, 'src/m_webirc.c', 71, 'strncmp', 'yes', 'm_webirc: the allow block password is checked for the "webirc." '
  'marker prefix (a tag of the configured block, compared with a constant, no client input).', NS)
S(R, 'src/m_webirc.c', 76, 'StrEq', 'no', 'm_webirc: CGI:IRC password sent by the gateway compared with the webirc '
  'allow block password.' + SE)
S(R, 'src/s_serv.c', 1933, 'strcmp', 'no', 'm_restart: RESTART password from the oper compared with the configured '
  'restart password using strcmp (early exit).')
S(R, 'src/s_serv.c', 2455, 'strcmp', 'no', 'm_die: DIE password from the oper compared with the configured die '
  'password using strcmp (early exit).')
S(R, 'src/s_serv.c', 2507, 'strcmp', 'yes', 'm_capab: capability word from the linked server compared with "DKEY".',
  NS)
S(R, 'src/channel.c', 5180, 'strcmp', 'yes', 'm_sjoin: the two channel keys of a merge are ordered with strcmp to '
  'keep one deterministically; not a password check.', NS)
S(R, 'src/channel.c', 5307, 'strcmp', 'yes', 'm_sjoin: old vs new channel key to build the +k MODE change; a mode '
  'diff, not a password check.', NS)

_labels.write(__file__, 'webhook55')
