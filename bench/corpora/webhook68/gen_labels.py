#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook68). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'resiprocate/resiprocate': '68c54f2994e466b2aa62e18e8e0c246f4ed049e6',
 'me-no-dev/ESPAsyncWebServer': 'ad3741d159f9cfd50c567e81b67f3bef1dc6d89f',
 'YuriyLisovskiy/xalwart.crypto': 'e0340f57e37675b62d8e7e1918f2fb0af950d87a',
 'vasyahuyasa/remod-sauerbraten': 'bede1888501cef0d3a34f1d73ac2343263512cae',
 'peercoin/peercoin': '1434d21e5b5f593772193d3d571ff8797e0424ec',
 'psi-im/iris': '870c5cc31a2ab84427b2a66f80c941d6413b85e3',
}
ROOT = '/work/corpora/webhook68/src'

_labels = TokenLabels(ROOT, 'wh68', C)
S = _labels.S
CT = 'Constant-time compare.'
DATAEQ = (' resip::Data operator== (rutil/Data.cxx 741) compares the sizes and then the bytes with memcmp '
          '(early exit).')
TRE = (' TimingResistantEqual (src/util/strencodings.h 253) ORs a[i] ^ b[i % b.size()] over all of a, no early '
       'exit.')

# ---------------- resiprocate/resiprocate (SIP stack, repro proxy, reTurn STUN/TURN; C++) ----------------
R = 'resiprocate/resiprocate'
P = 'resip/stack/Helper.cxx'
S(R, P, 758, 'isEqualNoCase', 'yes', 'isDigestAlgorithmSupported: algorithm= parameter of the Authorization header '
  'compared with "MD5"; a protocol constant.', NS)
S(R, P, 933, '==', 'yes', 'authenticateRequest: realm parameter of the credentials compared with the server realm '
  'to pick the Authorization header; a public realm name.', NS)
S(R, P, 980, '==', 'yes', 'authenticateRequest: qop parameter compared with the "auth" / "auth-int" symbols; '
  'protocol constants.', NS)
S(R, P, 1011, '==', 'no', 'authenticateRequest (qop): digest response sent by the client compared with the '
  'response computed from the password (or stored A1).' + DATAEQ)
S(R, P, 1051, '==', 'no', 'authenticateRequest (no qop): digest response sent by the client compared with the '
  'response computed from the password (or stored A1).' + DATAEQ)
S(R, P, 1104, '==', 'yes', 'advancedAuthenticateRequest: realm parameter compared with the server realm; a public '
  'realm name.', NS)
S(R, P, 1151, '==', 'no', 'advancedAuthenticateRequest (qop): digest response of the client compared with the '
  'response computed from the stored A1 hash.' + DATAEQ)
S(R, P, 1181, '==', 'no', 'advancedAuthenticateRequest (no qop): digest response of the client compared with the '
  'response computed from the stored A1 hash.' + DATAEQ)
P = 'reTurn/StunMessage.cxx'
S(R, P, 563, '==', 'yes', 'stunParseMessage: magic cookie of the STUN header compared with 0x2112A442; a '
  'protocol constant.', NS)
S(R, P, 1987, '^', 'yes', 'checkMessageIntegrity: MESSAGE-INTEGRITY HMAC-SHA1 of the request compared with the '
  'computed HMAC by an XOR-OR accumulate loop over all 20 bytes (no early exit).', CT)
S(R, P, 2027, '^', 'yes', 'checkMessageIntegritySha256: MESSAGE-INTEGRITY-SHA256 HMAC compared with the computed '
  'one by an XOR-OR accumulate loop over all 32 bytes (no early exit).', CT)
S(R, P, 2057, '==', 'yes', 'checkFingerprint: FINGERPRINT attribute compared with the CRC-32 of the message; an '
  'unkeyed checksum, not a secret.', NS)
P = 'repro/WebAdmin.cxx'
S(R, P, 351, '==', 'yes', 'buildPage: requested page name compared with "index.html"; a URL path.', NS)
S(R, P, 369, '==', 'yes', 'buildPage: query string compared with "domain"; a URL parameter name.', NS)
S(R, P, 441, '==', 'no', 'buildPage: stored HA1 of the web-admin user compared with MD5(user:realm:password) of '
  'the Basic-auth password the browser sent.' + DATAEQ)

# ---------------- me-no-dev/ESPAsyncWebServer (Arduino web server for ESP32/ESP8266; C++) ----------------
R = 'me-no-dev/ESPAsyncWebServer'
P = 'src/WebAuthentication.cpp'
STREQ = ' Arduino String::equals / equalsIgnoreCase compare the bytes with an early exit.'
S(R, P, 37, 'equalsIgnoreCase', 'no', 'checkBasicAuthentication: base64("user:password") built from the configured '
  'credentials compared with the Basic Authorization value of the request (case-insensitively).' + STREQ)
S(R, P, 182, 'equals', 'yes', 'checkDigestAuthentication: parameter name of the Digest header compared with '
  '"username"; a protocol keyword.', NS)
S(R, P, 183, 'equals', 'yes', 'checkDigestAuthentication: username= value compared with the configured user '
  'name; a user name.', NS)
S(R, P, 195, 'equals', 'yes', 'checkDigestAuthentication: nonce= value compared with the nonce the server sent '
  'in its challenge; a public value.', NS)
S(R, P, 206, 'equals', 'yes', 'checkDigestAuthentication: uri= value compared with the request URI; a URL.', NS)
S(R, P, 226, 'equals', 'no', 'checkDigestAuthentication: digest response of the client compared with the MD5 '
  'response computed from the password (or stored HA1).' + STREQ)

# ---------------- YuriyLisovskiy/xalwart.crypto (JWT / HMAC library of a C++ web framework) ----------------
R = 'YuriyLisovskiy/xalwart.crypto'
S(R, 'src/hmac.cpp', 67, '==', 'no', 'HMAC::verify: signature supplied by the caller (JWT signature) compared with '
  'the HMAC computed with the secret key using std::string operator== (early exit).')
S(R, 'src/hmac.cpp', 76, '==', 'yes', 'get_hs_signer: algorithm name compared with "HS1"; a JWT alg name.', NS)
S(R, 'src/hmac.cpp', 84, '==', 'yes', 'get_hs_signer: algorithm name compared with "HS256"; a JWT alg name.', NS)
S(R, 'src/jwt.cpp', 102, '!=', 'yes', '_validate: typ of the JWT header compared with "JWT"; a format tag.', NS)
S(R, 'src/jwt.cpp', 112, '!=', 'yes', '_validate: alg of the JWT header compared with the signer\'s algorithm '
  'name; public algorithm identifiers.', NS)

# ---------------- vasyahuyasa/remod-sauerbraten (Cube 2 game server mod; C++) ----------------
R = 'vasyahuyasa/remod-sauerbraten'
P = 'src/fpsgame/server.cpp'
S(R, P, 465, 'strcmp', 'yes', 'duplicatename: player name compared with the other clients\' names; a public '
  'name.', NS)
S(R, P, 1131, 'strcmp', 'no', 'checkpassword: hash of the server / admin / master password (salted with client '
  'number and session id) compared with the hash the client sent using strcmp (early exit); the helper behind '
  'the serverpass, adminpass and masterpass checks.')
S(R, P, 2395, '==', 'yes', 'checkmaps: map CRC reported by a client compared with the CRCs of other clients; a '
  'public checksum.', NS)
S(R, P, 2687, 'strcmp', 'yes', 'answerchallenge: auth domain of the pending request compared with the domain of '
  'the answer; a public domain name.', NS)
S(R, P, 2846, 'strcmp', 'yes', 'parsepacket (N_CONNECT): auth domain the client names compared with the server\'s '
  'serverauth domain; a public domain name.', NS)
S(R, 'src/shared/crypto.cpp', 942, '==', 'no', 'checkchallenge: answer to the auth challenge (the secret random '
  'value only the key holder can recover) compared with the expected value using gfint operator== (bigint::operator==, '
  'crypto.cpp 390: a digit loop with early exit).')
P = 'src/mod/authservers.cpp'
S(R, P, 95, 'strcmp', 'yes', 'tryauth: requested auth domain compared with the serverauth domain (local auth); a '
  'public domain name.', NS)
S(R, P, 119, 'strcmp', 'yes', 'answerchallenge (remod): auth domain of the pending request compared with the '
  'domain of the answer; a public domain name.', NS)
S(R, 'src/mod/rconmod_tcp.cpp', 213, 'strncmp', 'no', 'rconserver_tcp::update: first line of an rcon peer '
  'compared with the rcon password using strncmp (early exit) before the peer may run commands.')
S(R, 'src/mod/rconmod_udp.cpp', 126, 'strncmp', 'no', 'rconserver_udp::logined: rcon password compared with '
  'the start of the UDP message using strncmp (early exit).')

# ---------------- peercoin/peercoin (Bitcoin-family node; C++) ----------------
R = 'peercoin/peercoin'
P = 'src/httprpc.cpp'
S(R, P, 103, 'TimingResistantEqual', 'yes', 'multiUserAuthorized: -rpcauth user name compared with the user of '
  'the Basic credentials.' + TRE, CT)
S(R, P, 117, 'TimingResistantEqual', 'yes', 'multiUserAuthorized: HMAC-SHA256(salt, password) hex compared with '
  'the -rpcauth hash.' + TRE, CT)
S(R, P, 128, '!=', 'yes', 'RPCAuthorized: scheme prefix of the Authorization header compared with "Basic "; a '
  'protocol keyword.', NS)
S(R, P, 140, 'TimingResistantEqual', 'yes', 'RPCAuthorized: "user:password" of the Basic credentials compared '
  'with -rpcuser:-rpcpassword.' + TRE, CT)
P = 'src/torcontrol.cpp'
S(R, P, 343, 'compare', 'yes', 'get_socks_cb: GETINFO reply line compared with the "net/listeners/socks=" key; a '
  'protocol keyword.', NS)
S(R, P, 495, '==', 'yes', 'authchallenge_cb: reply keyword compared with "AUTHCHALLENGE"; a protocol keyword.', NS)
S(R, P, 510, '!=', 'no', 'authchallenge_cb (SAFECOOKIE): SERVERHASH sent by the Tor control port compared with '
  'HMAC-SHA256(cookie, ...) computed from the secret auth cookie using std::vector operator!= (early exit).')
S(R, P, 537, '==', 'yes', 'protocolinfo_cb: reply keyword compared with "AUTH"; a protocol keyword.', NS)

# ---------------- psi-im/iris (XMPP library of Psi; C++/Qt) ----------------
R = 'psi-im/iris'
S(R, 'src/xmpp/sasl/scramsha1signature.cpp', 38, '!=', 'no', 'SCRAMSHA1Signature: ServerSignature (v=) of the '
  'server-final-message compared with the expected HMAC(ServerKey, AuthMessage) using QCA::SecureArray '
  'operator!= (operator== of the region, a byte compare with early exit).')

_labels.write(__file__, 'webhook68')
