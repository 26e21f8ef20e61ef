#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook33). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file, and the script fails if the line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'baresip/re': '848ed0b69469dc1074dad2fea9b339fbb9cb4fb7',
 'kamailio/kamailio': '38711a3e788de0130d48cb485578c482b57d9351',
 'LibVNC/libvncserver': '5277c0ef20e536419bc07c8af1d0e27005d15876',
 'libssh2/libssh2': '250045f77ad9c906f65d9071d134bf9f8f9652db',
 'redis/redis': '4f8cdc2a1ea53e42955af758aabffee67cb455dd',
 'solanum-ircd/solanum': '115b1e2e8c3d94a490cdcb0fc1f7a4448cefc6bf',
 'inspircd/inspircd': '8b938ea764e52b6d0c7e4f7e6986f28353d1d08c',
}
ROOT = '/work/corpora/webhook33/src'


_labels = TokenLabels(ROOT, 'wh33', C)
S = _labels.S
CT = 'Constant-time compare.'
PW = ('Password-hash verification: the leak is about the stored value (its prefix), the attacker controls only the '
      'password.')

# ---------------- baresip/re (libre: SIP/HTTP auth, STUN, SRTP) ----------------
R = 'baresip/re'
P = 'src/httpauth/digest.c'
S(R, P, 261, 'memcmp', 'no', 'httpauth_digest_response_auth (server side): expected Digest response MD5(HA1:nonce:...:HA2), '
  'computed from the stored HA1, compared with the response the client sent (hex-decoded) using memcmp.')
S(R, P, 632, 'mem_seccmp', 'yes', 'digest_verify (httpauth_digest_verify): recomputed Digest response (hash1) compared with the client\'s '
  'hex-decoded response using mem_seccmp, libre\'s XOR-accumulate compare (src/mem/secure.c).', CT)
S(R, P, 588, 'pl_strcmp', 'yes', 'digest_verify: user name from the Authorization header compared with the expected '
  'user before hashing; a user name, not a secret.', NS)
S(R, 'src/httpauth/basic.c', 200, 'mem_seccmp', 'yes', 'httpauth_basic_verify: base64-decoded "user:password" from the '
  'Authorization header compared with the configured "user:password" using mem_seccmp (the length check before it is '
  'on the same line).', CT)
S(R, 'src/mem/secure.c', 40, '^', 'yes', 'mem_seccmp: the library\'s own XOR-accumulate loop over all n bytes (volatile '
  'pointers, no early exit).', CT)
P = 'src/stun/msg.c'
S(R, P, 422, 'memcmp', 'no', 'stun_msg_chk_mi: MESSAGE-INTEGRITY attribute (HMAC-SHA1 from the packet) compared with '
  'HMAC-SHA1(key, message) using memcmp; the key is the ICE/TURN password, so this is a MAC check an attacker can time.')
S(R, P, 453, '!=', 'yes', 'stun_msg_chk_fingerprint: CRC-32 FINGERPRINT attribute compared with the CRC computed over the '
  'message; an unkeyed checksum, not a secret.', NS)
S(R, 'src/srtp/srtp.c', 358, 'memcmp', 'no', 'srtp_decrypt: SRTP authentication tag from the packet compared with '
  'HMAC(auth key, packet || ROC) using memcmp.')
S(R, 'src/srtp/srtcp.c', 200, 'memcmp', 'no', 'srtcp_decrypt: SRTCP authentication tag from the packet compared with the '
  'HMAC over the packet using memcmp.')
S(R, 'src/sip/auth.c', 437, 'pl_strcmp', 'yes', 'check_nonce (SIP UAS auth): received nonce compared with '
  'gen_nonce(ts, source address, realm) = hex(MD5(ts|src|realm))|ts; the digest has no secret input, anyone can compute it, '
  'so the compare leaks nothing (tricky: looks like a computed digest compare).', NS)

# ---------------- kamailio/kamailio (SIP server: auth, auth_ephemeral, auth_xkeys modules) ----------------
R = 'kamailio/kamailio'
P = 'src/modules/auth/api.c'
S(R, P, 347, 'memcmp', 'no', 'auth_check_response: Digest response calculated from the stored HA1 (ainfo->calc_response) '
  'compared with the response string from the Authorization/Proxy-Authorization header using memcmp.')
S(R, P, 328, '!=', 'yes', 'Length of the received Digest response compared with the algorithm\'s hex hash length; a length.',
  NS)
P = 'src/modules/auth/nonce.c'
S(R, P, 410, 'memcmp', 'no', 'check_nonce: MD5 part of the received nonce compared with calc_bin_nonce_md5(..., secret1) '
  '(a keyed hash over the nonce fields with the server secret) using memcmp; a forged nonce can be timed against it.')
S(R, P, 450, 'memcmp', 'no', 'check_nonce (auth_extra_checks): second MD5 part of the nonce, keyed with secret2 over '
  'message fields, compared using memcmp.')
S(R, 'src/modules/auth/auth_mod.c', 187, 'strncmp', 'yes', 'auth_get_default_alg_info: configured algorithm name compared '
  'with the names of the supported Digest algorithms; not a secret.', NS)
S(R, 'src/modules/auth_ephemeral/authorize.c', 504, 'strncmp', 'no', 'ki_autheph_authenticate: password from the credentials '
  'compared with get_pass(username, shared secret) = base64(HMAC(secret, username)) using strncmp (after a length '
  'check).')
P = 'src/modules/auth_xkeys/auth_xkeys.c'
S(R, P, 405, 'strncasecmp', 'no', 'auth_xkeys_check (sha256): hex SHA-256 of "key:data" (shared key) compared with the '
  'digest from the request header using strncasecmp.')
S(R, P, 417, 'strncasecmp', 'no', 'auth_xkeys_check (sha384): same keyed-digest compare with strncasecmp.')
S(R, P, 429, 'strncasecmp', 'no', 'auth_xkeys_check (sha512): same keyed-digest compare with strncasecmp.')
S(R, P, 381, 'strncasecmp', 'yes', 'auth_xkeys_check: key chain id from the script compared with the configured ids; an '
  'identifier, not the key value.', NS)
S(R, P, 398, 'strncasecmp', 'yes', 'auth_xkeys_check: algorithm name compared with "sha256".', NS)

# ---------------- LibVNC/libvncserver ----------------
R = 'LibVNC/libvncserver'
P = 'src/libvncserver/main.c'
S(R, P, 837, 'memcmp', 'no', 'rfbDefaultPasswordCheck: VNC authentication; the server\'s challenge DES-encrypted with the '
  'password from the password file compared with the client\'s 16-byte response using memcmp.')
S(R, P, 858, 'memcmp', 'no', 'rfbCheckPasswordByList: the challenge encrypted with each configured password compared with '
  'the client\'s response using memcmp.')
S(R, 'src/libvncclient/tls_openssl.c', 316, 'memcmp', 'yes', 'cert_verify_callback (client): SHA-256 fingerprint of the '
  'server certificate compared with the expected fingerprint; both are public certificate data.', NS)

# ---------------- libssh2/libssh2 ----------------
R = 'libssh2/libssh2'
S(R, 'src/transport.c', 234, 'ssh2_timingsafe_bcmp', 'yes', 'transport_fullpacket: MAC computed over the received packet compared '
  'with the MAC read from the network using ssh2_timingsafe_bcmp (misc.c XOR loop).', CT)
S(R, 'src/misc.c', 1002, '^', 'yes', 'ssh2_timingsafe_bcmp: XOR-accumulate over all n bytes, no early exit.', CT)
S(R, 'src/knownhost.c', 480, 'memcmp', 'yes', 'knownhost_check: HMAC-SHA1(salt, host name) compared with a hashed '
  'known_hosts entry using memcmp; both come from the local known_hosts file and the host name the client connects to, '
  'no secret (tricky: an HMAC compared with memcmp).', NS)
S(R, 'src/userauth.c', 1287, 'memcmp', 'yes', 'Public-key signature algorithm list filtering: algorithm names from the '
  'server list compared with the supported ones.', NS)

# ---------------- redis/redis (ACL) ----------------
R, P = 'redis/redis', 'src/acl.c'
S(R, P, 194, '^', 'yes', 'time_independent_strcmp: XOR-accumulate loop over the fixed length, no early exit.', CT)
S(R, P, 1452, 'time_independent_strcmp', 'yes', 'ACLCheckUserCredentials: SHA-256 hex of the AUTH password compared with '
  'each stored password hash using time_independent_strcmp.', CT)
S(R, P, 2875, 'strcmp', 'yes', 'ACL DELUSER: user name compared with "default"; not a secret.', NS)

# ---------------- solanum-ircd/solanum (IRC server) ----------------
R = 'solanum-ircd/solanum'
S(R, 'modules/m_oper.c', 264, 'strcmp', 'no', 'match_oper_password: OPER password (or rb_crypt of it) compared with the '
  'operator block\'s password/hash using strcmp. For plain-text oper blocks this is the password itself.', PW)
S(R, 'modules/m_oper.c', 136, 'rb_strcasecmp', 'yes', 'Oper block certificate fingerprint compared with the client\'s TLS '
  'certificate fingerprint; public certificate data.', NS)
S(R, 'ircd/s_user.c', 558, 'strcmp', 'no', 'register_local_user: connection PASS (or rb_crypt of it) compared with the auth '
  'block password using strcmp.', PW)
P = 'ircd/s_serv.c'
S(R, P, 417, 'strcmp', 'no', 'check_server: rb_crypt of the link password sent by the peer server compared with the '
  'encrypted connect-block password using strcmp.', PW)
S(R, P, 425, 'strcmp', 'no', 'check_server: plain-text link password sent by the peer server (PASS) compared with the '
  'connect block\'s password using strcmp.')
S(R, P, 431, 'rb_strcasecmp', 'yes', 'check_server: connect-block certificate fingerprint compared with the peer\'s TLS '
  'certificate fingerprint; public data.', NS)

# ---------------- inspircd/inspircd (IRC server, C++) ----------------
R = 'inspircd/inspircd'
S(R, 'src/stringutils.cpp', 271, '^', 'yes', 'InspIRCd::TimingSafeCompare: XOR-accumulate loop over the whole string '
  '(after a length check), no early exit.', CT)
S(R, 'src/helperfuncs.cpp', 57, 'TimingSafeCompare', 'yes', 'InspIRCd::CheckPassword: plain-text configured password '
  'compared with the supplied one using TimingSafeCompare.', CT)
P = 'src/modules/m_spanningtree/hmac.cpp'
S(R, P, 95, 'TimingSafeCompare', 'yes', 'ComparePass: link block fingerprint compared with the peer certificate '
  'fingerprint using TimingSafeCompare (public data, compared constant-time anyway).', CT)
S(R, P, 124, 'TimingSafeCompare', 'yes', 'ComparePass: HMAC challenge response (MakePass(RecvPass, challenge)) compared '
  'with the peer\'s using TimingSafeCompare.', CT)
S(R, P, 130, 'TimingSafeCompare', 'yes', 'ComparePass: plain-text link password compared with the peer\'s using '
  'TimingSafeCompare.', CT)
P = 'src/modules/m_pbkdf2.cpp'
S(R, P, 138, 'TimingSafeCompare', 'yes', 'PBKDF2Provider::Compare: derived key of the input compared with the stored hash '
  'using TimingSafeCompare.', CT)
S(R, P, 234, 'compare', 'yes', 'OnServiceAdd: service name prefix "hash/"; not a secret.', NS)
S(R, 'src/coremods/core_channel/core_channel.cpp', 276, 'TimingSafeCompare', 'yes', 'OnUserPreJoin: channel key (+k) '
  'compared with the key given in JOIN using TimingSafeCompare.', CT)
P = 'src/modules/m_httpd_acl.cpp'
S(R, P, 205, 'TimingSafeCompare', 'yes', 'HTTP ACL Basic auth: user name and password from the Authorization header '
  'compared with the ACL entry, both with TimingSafeCompare.', CT)
S(R, P, 190, '==', 'yes', 'Authorization scheme compared with "Basic"; not a secret.', NS)
P = 'src/modules/m_password_hash.cpp'
S(R, P, 131, '==', 'no', 'OnCheckPassword (hmac-<hash> scheme): stored HMAC from the config ("salt$hash", base64-decoded) '
  'compared with hp->hmac(salt, supplied password) using std::string operator==, an early-exit compare (the other '
  'schemes in this module and core use TimingSafeCompare).', PW)
S(R, P, 111, 'compare', 'yes', 'Password hash type compared with the prefix "hmac-"; a scheme name.', NS)

_labels.write(__file__, 'webhook33')
