#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook34). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file, and the script fails if the line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'accel-ppp/accel-ppp': '89637ee2417fc7f42e4213d417da38aa814047e4',
 'rgaufman/live555': 'b785e6236c3178542465c32daaaf6058ba49d4af',
 '3proxy/3proxy': 'f6963ea302bd01209dc94f8677c3dba9f3504b4e',
 'halfgaar/FlashMQ': '7beb9c3d60aa98604019f8f7b486e121e13fe533',
 'gsliepen/tinc': '940d15c46be812821f134fd7d6333088445b914c',
 'cocagne/csrp': '15d6bd7de5e9d6ee76057ef4110b39ea58ab955b',
 'NLnetLabs/nsd': '6ed8470be5f88a63676110012fc38b19fb35b425',
}
ROOT = '/work/corpora/webhook34/src'


_labels = TokenLabels(ROOT, 'wh34', C)
S = _labels.S
N = _labels.N
CT = 'Constant-time compare.'
PW = ('Password-hash verification: the leak is about the stored value (its prefix), the attacker controls only the '
      'password.')

# ---------------- accel-ppp/accel-ppp (PPP/L2TP/SSTP/IPoE access concentrator) ----------------
R = 'accel-ppp/accel-ppp'
A = 'accel-pppd/'
S(R, A + 'auth/auth_chap_md5.c', 372, 'memcmp', 'no', 'chap_recv_response (CHAP-MD5, local password database): '
  'MD5(id || password || challenge) computed from the stored password compared with the peer\'s CHAP response '
  '(msg->val) using memcmp.')
S(R, A + 'auth/auth_mschap_v1.c', 463, 'memcmp', 'no', 'chap_check_response (MS-CHAPv1): NT response DES(challenge, '
  'MD4(password)) computed from the stored password compared with the peer\'s 24-byte NT response using memcmp.')
S(R, A + 'auth/auth_mschap_v2.c', 553, 'memcmp', 'no', 'chap_check_response (MS-CHAPv2): NT response computed from the '
  'stored password and the challenge hash compared with the peer\'s NT response using memcmp.')
S(R, A + 'auth/auth_pap.c', 275, 'strcmp', 'no', 'pap_recv_req: PAP password sent by the peer compared with the stored '
  'password (pwdb_get_passwd) using strcmp; a plain-text password compare.')
S(R, A + 'cli/tcp.c', 173, 'strcmp', 'no', 'cli tcp: first line from a CLI TCP client compared with the configured CLI '
  'password (conf_cli_passwd) using strcmp.')
S(R, A + 'cli/telnet.c', 289, 'strcmp', 'no', 'cli telnet: first command line from a telnet client compared with the '
  'configured CLI password using strcmp.')
P = A + 'ctrl/l2tp/l2tp.c'
S(R, P, 522, 'memcmp', 'no', 'l2tp_tunnel_checkchallresp: expected Challenge Response MD5(msgident, tunnel secret, '
  'challenge) compared with the Challenge Response AVP sent by the peer using memcmp.')
S(R, P, 512, '!=', 'yes', 'l2tp_tunnel_checkchallresp: length of the received Challenge Response AVP compared with '
  'MD5_DIGEST_LENGTH; a length.', NS)
P = A + 'ctrl/sstp/sstp.c'
S(R, P, 1793, 'memcmp', 'no', 'sstp_recv_msg_call_connected: Compound MAC from the client\'s Crypto Binding attribute '
  'compared with HMAC(CMK derived from the HLAK, message) using memcmp.')
S(R, P, 1736, 'memcmp', 'yes', 'sstp_recv_msg_call_connected: nonce echoed in the Crypto Binding attribute compared with '
  'the nonce the server sent in its Crypto Binding Request; the client already has it.', NS)
S(R, P, 1745, 'memcmp', 'yes', 'sstp_recv_msg_call_connected: SHA-256 hash of the server certificate (sent by the '
  'client) compared with the configured hash; a certificate fingerprint, public.', NS)
S(R, P, 1753, 'memcmp', 'yes', 'sstp_recv_msg_call_connected: SHA-1 certificate hash compared with the configured hash; '
  'public.', NS)
S(R, A + 'radius/dm_coa.c', 48, 'memcmp', 'no', 'dm_coa_check_RA: Request Authenticator of a RADIUS Disconnect/CoA '
  'request compared with MD5(packet || shared secret) using memcmp; a forged DM/CoA can be timed against it.')
P = A + 'extra/chap-secrets.c'
S(R, P, 393, 'memcmp', 'no', 'auth_pap (chap-secrets with NT-hashed passwords): MD4 of the PAP password the peer sent '
  'compared with the stored NT hash using memcmp.', PW)
S(R, P, 456, 'memcmp', 'no', 'auth_mschap_v1 (chap-secrets): NT response computed from the stored NT hash compared with '
  'the peer\'s NT response using memcmp.')
S(R, P, 619, 'memcmp', 'no', 'auth_mschap_v2 (chap-secrets): NT response computed from the stored NT hash compared with '
  'the peer\'s response using memcmp.')
S(R, P, 174, 'strcmp', 'yes', 'chap-secrets file lookup: quoted user name of a line compared with the user name from the '
  'peer; a user name.', NS)

# ---------------- rgaufman/live555 (LIVE555 Streaming Media, RTSP server) ----------------
R = 'rgaufman/live555'
P = 'liveMedia/RTSPServer.cpp'
S(R, P, 1172, 'strcmp', 'no', 'RTSPClientConnection::authenticationOK: Digest response computed from the stored password '
  '(computeDigestResponse) compared with the response from the client\'s Authorization header using strcmp.')
S(R, P, 1155, 'strcmp', 'yes', 'authenticationOK: nonce from the Authorization header compared with the nonce this server '
  'sent in its 401 (and, on line 1154, the realm with the configured realm; merged: adjacent lines); both public to the '
  'client.', NS)
S(R, P, 1122, 'strcmp', 'yes', 'parseAuthorizationHeader: Authorization parameter name compared with "response"; a '
  'field name, not the response value.', NS)
N(R, P, 635, 'handleHTTPCmd_TunnelingGET', 'live555-rtsp-over-http-get', 'GET <any URL> (x-sessioncookie)',
  'RTSP-over-HTTP tunnelling: the GET half of the tunnel (server-to-client stream), keyed by the client\'s session '
  'cookie; RTSP authentication applies to the tunnelled commands. Not a webhook. Handler.')
N(R, P, 659, 'handleHTTPCmd_TunnelingPOST', 'live555-rtsp-over-http-post', 'POST <any URL> (x-sessioncookie)',
  'RTSP-over-HTTP tunnelling: the POST half carries base64-encoded RTSP commands into the GET connection. Not a '
  'webhook. Handler.')

# ---------------- 3proxy/3proxy ----------------
R = '3proxy/3proxy'
P = 'src/auth.c'
S(R, P, 224, '^', 'yes', 'ctmemcmp: XOR-accumulate loop over all len bytes, no early exit.', CT)
S(R, P, 232, '^', 'yes', 'ctstrcmp: XOR-accumulate loop; stops only when both strings have ended (length, not content).',
  CT)
S(R, P, 252, 'ctmemcmp', 'yes', 'strongauth (CL: clear-text password): supplied password, zero-padded, compared with the '
  'stored password using ctmemcmp.', CT)
S(R, P, 265, 'ctmemcmp', 'yes', 'strongauth (CL, long password): BLAKE2 hash of the supplied password compared with the '
  'stored value using ctmemcmp.', CT)
S(R, P, 271, 'ctstrcmp', 'yes', 'strongauth (CR: crypt password): crypt() of the supplied password compared with the '
  'stored hash using ctstrcmp.', CT)
S(R, P, 276, 'ctstrcmp', 'yes', 'strongauth (NT: NT password hash, WITH_SSL): NT hash of the supplied password compared '
  'with the stored one using ctstrcmp.', CT)
S(R, P, 91, 'memcmp', 'yes', 'cacheauth: cached client address compared with the connecting client\'s address; an '
  'address.', NS)
S(R, P, 213, 'memcmp', 'yes', 'dnsauth: client address compared with the address its reverse-DNS name resolves to; '
  'public.', NS)
S(R, 'src/authradius.c', 211, 'memcmp', 'no', 'calc_replydigest: Response Authenticator of the RADIUS reply compared '
  'with MD5(reply with request authenticator || shared secret) using memcmp; a forged reply can be timed against it.')

# ---------------- halfgaar/FlashMQ (MQTT broker, C++20) ----------------
R = 'halfgaar/FlashMQ'
P = 'plugin.cpp'
S(R, P, 929, '==', 'no', 'loginCheckFromMosquittoPasswordFile (SHA512): SHA-512(password || salt) compared with the '
  'stored hash using std::vector operator== (early exit).', PW)
S(R, P, 941, '==', 'no', 'loginCheckFromMosquittoPasswordFile (PBKDF2): PBKDF2-HMAC-SHA512 of the MQTT CONNECT password '
  'compared with the stored derived key using std::vector operator==.', PW)
S(R, P, 916, '==', 'yes', 'Password file entry type compared with PasswordHashType::SHA512; an enum.', NS)

# ---------------- gsliepen/tinc (VPN daemon) ----------------
R = 'gsliepen/tinc'
S(R, 'src/chacha-poly1305/chacha-poly1305.c', 91, 'memcmp', 'no', 'chacha_poly1305_decrypt (SPTPS records and '
  'datagrams): Poly1305 tag computed over the ciphertext compared with the tag from the packet using memcmp.')
S(R, 'src/openssl/digest.c', 189, 'memcmp', 'no', 'digest_verify (legacy protocol, OpenSSL backend): HMAC of the '
  'packet / challenge compared with the MAC received from the peer (cmpdata) using memcmp; called for every legacy '
  'UDP packet (net_packet.c) and for the RSA challenge reply (protocol_auth.c).')
P = 'src/protocol_auth.c'
S(R, P, 315, 'strcmp', 'no', 'id_h: name from the ID request of any incoming meta connection (TCP included) compared '
  'with the daemon\'s secret control cookie using strcmp; a match grants the control interface.')
S(R, P, 903, 'strcmp', 'yes', 'upgrade_h: Ed25519 public key offered by the peer compared with the known public key; '
  'public keys.', NS)
P = 'src/ed25519/verify.c'
S(R, P, 9, '^', 'yes', 'consttime_equal: XOR-accumulate over all 32 bytes (unrolled with the F(i) macro), no early '
  'exit.', CT)
S(R, P, 72, 'consttime_equal', 'yes', 'ed25519_verify: recomputed R compared with the signature\'s R using '
  'consttime_equal.', CT)
S(R, 'src/subnet.c', 238, 'memcmp', 'yes', 'lookup_subnet_mac: Ethernet MAC address compared with a subnet\'s MAC '
  'address (a "mac" that is a hardware address, not a message authentication code).', NS)
S(R, 'src/info.c', 322, 'memcmp', 'yes', 'tinc info: Ethernet MAC address of the subnet looked up compared with each '
  'subnet\'s MAC address; a hardware address.', NS)
S(R, 'src/invitation.c', 1402, 'memcmp', 'yes', 'cmd_join (client side): SHA-512 of the public key the server sent '
  'compared with the key hash in the invitation URL; both derive from a public key.', NS)

# ---------------- cocagne/csrp (SRP-6a, OpenSSL) ----------------
R = 'cocagne/csrp'
S(R, 'srp.c', 674, 'memcmp', 'no', 'srp_verifier_verify_session (server): expected client proof M (from the session key) '
  'compared with the user\'s M using memcmp.')
S(R, 'srp.c', 911, 'memcmp', 'no', 'srp_user_verify_session (client): expected server proof H(A, M, K) compared with '
  'the server\'s HAMK using memcmp.')

# ---------------- NLnetLabs/nsd (authoritative DNS: TSIG, DNS cookies) ----------------
R = 'NLnetLabs/nsd'
P = 'tsig.c'
S(R, P, 533, 'CRYPTO_memcmp', 'yes', 'tsig_verify: TSIG MAC from the message compared with the HMAC computed with the '
  'shared key using OpenSSL CRYPTO_memcmp (HAVE_CRYPTO_MEMCMP; the memcmp_fixedtime fallback is inactive).', CT)
S(R, P, 246, 'tsig_strlowercmp', 'yes', 'tsig_get_algorithm_by_name: algorithm name compared case-insensitively.', NS)
S(R, P, 361, 'dname_compare', 'yes', 'tsig_from_query: algorithm domain name from the TSIG record compared with the '
  'supported algorithms\' names.', NS)
P = 'edns.c'
S(R, P, 297, 'CRYPTO_memcmp', 'yes', 'cookie_verify: server cookie hash from the query compared with SipHash(client '
  'cookie, client address, secret) using CRYPTO_memcmp.', CT)
S(R, P, 310, 'CRYPTO_memcmp', 'yes', 'cookie_verify: same check against older cookie secrets, CRYPTO_memcmp.', CT)

# labels in one file at least 3 lines apart
_by = {}
for _l in _labels.items:
    _by.setdefault((_l['repo'], _l['path']), []).append(_l['line'])
for _k, _v in _by.items():
    _v.sort()
    assert all(b - a >= 3 for a, b in zip(_v, _v[1:])), (_k, _v)

_labels.write(__file__, 'webhook34')
