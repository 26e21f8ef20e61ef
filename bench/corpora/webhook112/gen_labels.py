#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook112). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'Distrotech/inetutils': '4f42626b4cbce429b267f5db06654881f3d741e6',
 'Distrotech/openl2tp': 'be6c288a8bcf85ef5f930c262ba2c0a5850df38d',
 'ValdikSS/openvpn-radiusplugin': '79d98697eddcbd4b2f0c019147060d698b4d0180',
 'heiher/hev-socks5-core': '162dd996299fc2d2bff2dd63728f8a2cd71ed31a',
 'nmap/nmap': 'db4aefddfa348ec815ffa83a109c97e05db88766',
 'peervpn/peervpn': 'eb35174277fbf745c5ee0d5875d659dad819adfc',
}
ROOT = '/work/corpora/webhook112/src'

_labels = TokenLabels(ROOT, 'wh112', C)
S = _labels.S

# ---------------- Distrotech/inetutils (GNU inetutils mirror: ftpd, rexecd, uucpd; C) ----------------
R = 'Distrotech/inetutils'
P = 'ftpd/auth.c'
S(R, P, 81, 'strcmp', 'yes', 'auth_user: login name compared with "ftp" / "anonymous" to pick the guest login; a '
  'user name.', NS)
S(R, P, 116, 'strcmp', 'yes', 'auth_user: entry of /etc/shells compared with the user\'s login shell; a public path.',
  NS)
S(R, P, 171, 'strcmp', 'no', 'auth_pass: crypt() of the password typed after PASS compared with the stored password '
  'hash (passwd/shadow) using strcmp (early exit).')
S(R, 'src/rexecd.c', 231, 'strcmp', 'no', 'doit: crypt() of the password received on the rexec connection compared '
  'with the stored password hash using strcmp (early exit).')
P = 'src/uucpd.c'
S(R, P, 184, 'strcmp', 'yes', 'doit: login shell of the account compared with the uucico path; a public path.', NS)
S(R, P, 199, 'strcmp', 'no', 'doit: crypt() of the password typed at the uucpd "Password:" prompt compared with the '
  'stored password hash using strcmp (early exit).')

# ---------------- Distrotech/openl2tp (L2TP daemon; C) ----------------
R = 'Distrotech/openl2tp'
P = 'l2tp_tunnel.c'
S(R, P, 546, 'strcmp', 'yes', 'l2tp_tunnel_find_by_name (lookup by administrative name): tunnel name compared with '
  'the requested name; a name.', NS)
S(R, P, 835, 'strcmp', 'yes', 'l2tp_tunnel_profile_find: profile name compared with the requested profile name; a '
  'configuration name.', NS)
S(R, P, 1855, 'memcmp', 'no', 'l2tp_tunnel_peer_challenge_ok: Challenge Response AVP received from the peer compared '
  'with the response computed from the tunnel secret (MD5 over the shared secret and our challenge) using memcmp '
  '(early exit).')
S(R, P, 1993, 'memcmp', 'yes', 'l2tp_tunnel_check_for_peer_collision: Tie Breaker AVP of the peer ordered against '
  'that of another tunnel between the same addresses; a random value sent in clear, not a secret.', NS)

# ---------------- ValdikSS/openvpn-radiusplugin (OpenVPN RADIUS plugin; C++) ----------------
R = 'ValdikSS/openvpn-radiusplugin'
P = 'RadiusClass/RadiusPacket.cpp'
S(R, P, 199, '==', 'yes', 'shapeRadiusPacket: attribute type compared with ATTRIB_User_Password to pick the one to '
  'hide; a protocol constant.', NS)
S(R, P, 404, '==', 'yes', 'radiusSend: packet code compared with ACCOUNTING_REQUEST; a protocol constant.', NS)
S(R, P, 691, 'memcmp', 'no', 'authenticateReceivedPacket: Response Authenticator of the RADIUS reply compared with '
  'MD5 over the reply, the request authenticator and the shared secret using memcmp (early exit).')
S(R, 'Config.cpp', 243, '==', 'yes', 'parseConfigFile: OpenVPN config option name compared (std::string ==) with '
  '"username-as-common-name"; an option name.', NS)

# ---------------- heiher/hev-socks5-core (SOCKS5 server core; C) ----------------
R = 'heiher/hev-socks5-core'
P = 'src/hev-socks5-user.c'
S(R, P, 54, '!=', 'yes', 'hev_socks5_user_checker: length of the stored password compared with the length of the '
  'received one; a length.', NS)
S(R, P, 57, 'memcmp', 'no', 'hev_socks5_user_checker: RFC 1929 password received from the SOCKS client compared '
  'with the configured password using memcmp (early exit).')
P = 'src/hev-socks5-authenticator.c'
S(R, P, 55, 'memcmp', 'yes', 'hev_socks5_authenticator_add: user name ordered against the names in the tree; a user '
  'name.', NS)
S(R, P, 120, 'memcmp', 'yes', 'hev_socks5_authenticator_get: user name received in the RFC 1929 request looked up in '
  'the tree; a user name.', NS)
P = 'src/hev-socks5-server.c'
S(R, P, 74, '!=', 'yes', 'hev_socks5_server_read_auth_method: SOCKS version byte compared with 5; a protocol '
  'version.', NS)
S(R, P, 94, '==', 'yes', 'hev_socks5_server_read_auth_method: offered method compared with the method the server '
  'wants; a method code.', NS)
S(R, P, 143, '!=', 'yes', 'hev_socks5_server_read_auth_user: RFC 1929 sub-negotiation version compared with 1; a '
  'protocol version.', NS)
S(R, P, 262, '!=', 'yes', 'hev_socks5_server_read_request: SOCKS version of the request compared with 5; a protocol '
  'version.', NS)

# ---------------- nmap/nmap (ncat HTTP proxy; C) ----------------
R = 'nmap/nmap'
P = 'ncat/http_digest.c'
S(R, P, 359, 'strcmp', 'yes', 'http_digest_check_credentials: Digest user name of the Proxy-Authorization header '
  'compared with the configured user name; a user name.', NS)
S(R, P, 368, 'strcmp', 'no', 'http_digest_check_credentials: nonce of the request compared with the nonce rebuilt '
  'from its timestamp, "time-MD5(server secret:time)"; the hash part is a MAC under the server secret (a forged '
  'nonce is rejected only by this compare), strcmp (early exit).')
S(R, P, 380, 'strcmp', 'no', 'http_digest_check_credentials: Digest response from the client compared with the '
  'response computed from the proxy password using strcmp (early exit).')
P = 'ncat/ncat_proxy.c'
S(R, P, 530, 'strcmp', 'yes', 'handle_method: URI scheme of the proxied request compared with "http"; a scheme '
  'name.', NS)
S(R, P, 803, '==', 'yes', 'check_auth: authentication scheme of the Proxy-Authorization header compared with '
  'AUTH_BASIC; a scheme code.', NS)
S(R, P, 813, 'strcmp', 'no', 'check_auth: Basic credentials of the Proxy-Authorization header compared with the '
  'base64 of the --proxy-auth user:password using strcmp (early exit).')

# ---------------- peervpn/peervpn (libp2psec authentication; C) ----------------
R = 'peervpn/peervpn'
P = 'libp2psec/auth.c'
S(R, P, 201, 'memcmp', 'yes', 'authDecodeS0: unkeyed SHA-256 checksum of the S0 message compared with the checksum '
  'it carries; an integrity checksum over public fields, not a MAC.', NS)
S(R, P, 249, 'memcmp', 'yes', 'authDecodeS1: session token echoed by the peer compared with ours; a random token '
  'sent in clear in S0, a public nonce.', NS)
S(R, P, 253, 'memcmp', 'yes', 'authDecodeS1: unkeyed SHA-256 checksum of the S1 message compared with the checksum '
  'it carries; not a MAC.', NS)
S(R, P, 257, 'memcmp', 'yes', 'authDecodeS1: our nonce compared with the peer\'s nonce (reflection check); public '
  'nonces.', NS)
S(R, P, 350, 'memcmp', 'no', 'authDecodeS2: HMAC tag over the peer\'s node key (keyed with the DH-derived auth key) '
  'compared with the received tag using memcmp (early exit).')
S(R, P, 454, 'memcmp', 'no', 'authDecodeS4: HMAC over the nonce (connection-negotiation key) compared with the '
  'received HMAC using memcmp (early exit).')
S(R, 'libp2psec/crypto.c', 355, 'memcmp', 'no', 'cryptoDec: HMAC computed over IV and ciphertext with the session '
  'key compared with the HMAC at the start of the packet using memcmp (early exit); every data and auth packet is '
  'decrypted through here.')

_labels.write(__file__, 'webhook112')
