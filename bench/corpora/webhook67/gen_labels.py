#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook67). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'gbitzes/quarkdb': 'cb1d4d38ed6f381be132495a5172a81b23b5969a',
 'dilithion/dilithion': '3e1bb6bc8d283ab69006e555af551a01f8e3711c',
 'ideawu/ssdb': '0e2e79bb3d289b87d0f0437b3666ceac95790985',
 'PHZ76/RtspServer': '1fe0ac9a0a9d417d09c2125b6fd2c1627beea186',
 'sems-server/sems': '2775036c2b1398ff28b3a54be1192a357ed68798',
 'domoticz/domoticz': '85308e91ec36ad567258c1bfaa991faf3e333729',
}
ROOT = '/work/corpora/webhook67/src'

_labels = TokenLabels(ROOT, 'wh67', C)
S = _labels.S
CT = 'Constant-time compare.'
SC = ('RPCAuth::SecureCompare (src/rpc/auth.cpp 435-447) ORs the XOR of every byte pair over the fixed length, '
      'no early exit.')
TC = ('UACAuth::tc_isequal (UACAuth.cpp 312-320) ORs the XOR of every byte pair over the fixed length, no early '
      'exit.')
EQ = ' std::string operator== / != (length check, then memcmp: early exit).'
CMP = ' std::string::compare (memcmp-based, early exit).'

# ---------------- gbitzes/quarkdb (Redis-protocol key-value store; C++) ----------------
R = 'gbitzes/quarkdb'
P = 'src/auth/AuthenticationDispatcher.cc'
S(R, P, 42, '!=', 'yes', 'AUTH: number of arguments of the request compared with 2; a length.', NS)
S(R, P, 46, '!=', 'no', 'AUTH: password sent by the client compared with the configured secret (std::string '
  'operator!=, early exit).')
S(R, P, 58, '!=', 'yes', 'HMAC-AUTH-GENERATE-CHALLENGE: size of the client\'s random bytes compared with 64; a '
  'length.', NS)
S(R, P, 72, '==', 'yes', 'HMAC-AUTH-VALIDATE-CHALLENGE: the enum status returned by validateSignature compared '
  'with kInvalidSignature; not a signature compare.', NS)
P = 'src/redis/Authenticator.cc'
S(R, P, 42, '!=', 'yes', 'generateChallenge: the client\'s random bytes compared with the server\'s random bytes '
  '(qdb_assert); public nonces of the challenge string.', NS)
S(R, P, 95, '!=', 'no', 'validateSignature: HMAC-SHA256 signature sent by the client compared with the HMAC of the '
  'challenge keyed with the shared secret (std::string_view operator!=, early exit).')

# ---------------- dilithion/dilithion (crypto-currency node; C++) ----------------
R = 'dilithion/dilithion'
P = 'src/rpc/auth.cpp'
S(R, P, 250, 'SecureCompare', 'yes', 'VerifyPassword: salted HMAC-SHA3 hash of the RPC password compared with the '
  'stored hash. ' + SC, CT)
S(R, P, 328, '!=', 'yes', 'ParseAuthHeader: prefix of the Authorization header compared with "Basic "; a scheme '
  'name.', NS)
S(R, P, 418, 'SecureCompare', 'yes', 'AuthenticateRequest: RPC user name (padded to 256 bytes) compared with the '
  'configured user. ' + SC, CT)
S(R, P, 421, '==', 'yes', 'AuthenticateRequest: length of the user name compared with the configured user name '
  'length; a length of a user name.', NS)
S(R, P, 442, '^', 'yes', 'SecureCompare: the XOR of each byte pair ORed into the result (the body of the '
  'constant-time helper, no branch).', CT)
P = 'src/rpc/permissions.cpp'
S(R, P, 355, '==', 'yes', 'AuthenticateUser: size of the stored password hash compared with the size of the '
  'computed hash; two 32-byte lengths.', NS)
P = 'src/wallet/crypter.cpp'
S(R, P, 195, '!=', 'yes', 'VerifyMAC: MAC size compared with 64; a length.', NS)
S(R, P, 205, 'SecureCompare', 'yes', 'VerifyMAC: HMAC-SHA3-512 of the wallet ciphertext compared with the stored '
  'MAC. ' + SC, CT)
P = 'src/wallet/passphrase_validator.cpp'
S(R, P, 71, 'SecureCompare', 'yes', 'IsCommonPassword: the new passphrase compared with each entry of the '
  'built-in common-password list. ' + SC, CT)

# ---------------- ideawu/ssdb (Redis-compatible server; C++) ----------------
R = 'ideawu/ssdb'
P = 'src/net/server.cpp'
S(R, P, 163, '==', 'yes', 'NetworkServer::init: the configured server.auth password compared with the sample '
  'value "very-strong-password" at start-up to refuse it; a constant, no client input.', NS)
S(R, P, 473, '!=', 'yes', 'NetworkServer::proc: command name of an unauthenticated request compared with "auth"; '
  'a command word.', NS)
S(R, P, 552, '==', 'no', 'proc_auth: password of the AUTH command compared with the configured password '
  '(Bytes operator==, src/util/bytes.h 87: size check then memcmp, early exit).')

# ---------------- PHZ76/RtspServer (RTSP media server; C++) ----------------
R = 'PHZ76/RtspServer'
S(R, 'src/xop/RtspConnection.cpp', 418, '==', 'no', 'HandleAuthentication: RTSP digest response from the '
  'Authorization header compared with the MD5 digest computed from the server\'s user/password.' + EQ)
S(R, 'src/xop/RtspMessage.cpp', 69, '==', 'yes', 'RtspRequest::ParseRequestMethod: method token compared with '
  '"OPTIONS"; a protocol method name.', NS)
S(R, 'src/xop/RtspMessage.cpp', 278, '==', 'yes', 'RtspRequest::ParseAuthorization: length of the digest '
  'response compared with 32; a length.', NS)

# ---------------- sems-server/sems (SIP media server; C++) ----------------
R = 'sems-server/sems'
P = 'core/plug-in/uac_auth/UACAuth.cpp'
S(R, P, 306, '^', 'yes', 'tc_isequal(std::string): XOR of each character pair ORed into the result after the '
  'length check (body of the project\'s constant-time helper).', CT)
S(R, P, 317, '^', 'yes', 'tc_isequal(const char*, len): XOR of each character pair ORed into the result over the '
  'fixed length (body of the constant-time helper used for nonces and digest responses).', CT)
S(R, P, 359, '!=', 'yes', 'parse_header: authentication scheme word of the WWW-Authenticate header compared with "DIGEST"; a scheme name.', NS)
S(R, P, 399, '==', 'yes', 'do_auth (client side): algorithm parameter of the challenge compared with "MD5"; a '
  'protocol constant.', NS)
S(R, P, 410, '!=', 'yes', 'do_auth (client side): realm of the configured credential compared with the realm of '
  'the challenge; a public realm name.', NS)
S(R, P, 433, '==', 'yes', 'do_auth (client side): nonce of the new challenge compared with the previous nonce to '
  'count nc; public nonces sent by the server.', NS)
S(R, P, 630, 'tc_isequal', 'yes', 'checkNonce: MD5 of the nonce timestamp and the server nonce secret compared with '
  'the hash part of the nonce. ' + TC, CT)
S(R, P, 666, '!=', 'yes', 'checkAuthentication: length of the digest response compared with 32 hex characters; a '
  'length.', NS)
S(R, P, 671, '!=', 'yes', 'checkAuthentication: realm of the Authorization header compared with the required '
  'realm; a public realm name.', NS)
S(R, P, 676, '!=', 'yes', 'checkAuthentication: user name of the Authorization header compared with the expected '
  'user; a user name.', NS)
S(R, P, 742, 'tc_isequal', 'yes', 'checkAuthentication: expected digest response compared with the response of the '
  'Authorization header. ' + TC, CT)
P = 'apps/webconference/WebConference.cpp'
S(R, P, 239, '==', 'yes', 'load: configuration parameter private_rooms compared with "yes"; a config word.', NS)
S(R, P, 356, '!=', 'no', 'getRoom: admin PIN given (DI call or DTMF) compared with the room\'s admin PIN.' + EQ)
S(R, P, 472, '==', 'yes', 'invoke: DI method name compared with "roomCreate"; a method name.', NS)
S(R, P, 904, '!=', 'no', 'getRoomPassword: master password of the DI call compared with the configured master '
  'password.' + EQ)
S(R, P, 946, '!=', 'no', 'listRooms: master password of the DI call compared with the configured master '
  'password.' + EQ)
P = 'apps/voicebox/VoiceboxDialog.cpp'
S(R, P, 153, 'compare', 'no', 'onDtmf: PIN entered by the caller compared with the mailbox PIN (wrong-PIN '
  'branch).' + CMP)
S(R, P, 159, 'compare', 'no', 'onDtmf: PIN entered by the caller compared with the mailbox PIN (opens the '
  'mailbox).' + CMP)

# ---------------- domoticz/domoticz (home automation hub; C++) ----------------
R = 'domoticz/domoticz'
P = 'webserver/cWebem.cpp'
S(R, P, 1132, '==', 'yes', 'CheckUserAuthorization: configured user name compared with the user of the '
  'Authorization header; a user name.', NS)
S(R, P, 1248, 'compare', 'yes', 'parse_auth_header (JWT): client id (the token audience) compared with the token '
  'subject; public claims.', NS)
S(R, P, 1267, 'compare', 'yes', 'parse_auth_header (JWT): alg of the token header compared with "HS256"; an '
  'algorithm name.', NS)
S(R, P, 1315, 'compare', 'yes', 'parse_auth_header (JWT): kid of the token compared with the client\'s key id (a '
  'user row id); public identifiers, the signature was checked by jwt-cpp.', NS)
S(R, P, 1350, '==', 'no', 'check_password: stored MD5 password hash compared with the MD5 of the password of the '
  'Authorization header.' + EQ)
S(R, P, 1371, '==', 'no', 'GenerateJwtToken: stored (MD5-hashed) client secret compared with the client secret '
  'given to the token endpoint.' + EQ)
S(R, P, 1642, '!=', 'yes', 'is_upgrade_request: HTTP method compared with "GET"; a method name.', NS)
S(R, P, 1844, '==', 'yes', 'CheckAuthentication: authentication method word compared with "JWT"; a scheme name.', NS)
S(R, P, 1970, '!=', 'no', 'checkAuthToken: stored session auth token hash compared with the MD5 of the auth token of '
  'the session cookie.' + EQ)
P = 'iamserver/IamService.cpp'
S(R, P, 48, '==', 'yes', 'GetOauth2AuthCode: HTTP method compared with "GET"; a method name.', NS)
S(R, P, 85, '==', 'no', 'GetOauth2AuthCode (login form POST): stored MD5 password hash compared with the MD5 of the password typed '
  'in the login form.' + EQ)
S(R, P, 230, 'compare', 'yes', 'PostOauth2AccessToken: grant_type compared with "authorization_code"; a protocol '
  'word.', NS)
S(R, P, 244, 'compare', 'no', 'PostOauth2AccessToken: each stored authorization code compared with the code '
  'presented by the client.' + CMP)
S(R, P, 252, 'compare', 'no', 'PostOauth2AccessToken: the stored authorization code compared again with the code '
  'presented by the client.' + CMP)
S(R, P, 284, '==', 'no', 'PostOauth2AccessToken: MD5 of the client_secret compared with the stored client secret '
  'hash.' + EQ)
S(R, P, 286, 'compare', 'yes', 'PostOauth2AccessToken: redirect_uri of the request compared with the one stored with '
  'the authorization code; a public URI.', NS)
S(R, P, 391, 'compare', 'no', 'PostOauth2AccessToken (password grant): MD5 of the password compared with the stored password '
  'hash.' + CMP)
S(R, P, 587, 'compare', 'no', 'ValidateOAuth2RefreshToken: stored refresh token compared with the refresh token '
  'presented by the client.' + CMP)
S(R, P, 613, '!=', 'yes', 'VerifySHA1TOTP: length of the TOTP code compared with 6 (and of the key with 20); '
  'lengths.', NS)
S(R, P, 641, 'compare', 'no', 'VerifySHA1TOTP: TOTP code computed from the user\'s TOTP key compared with the code '
  'given at login.' + CMP)
S(R, P, 646, '==', 'yes', 'ValidRedirectUri: scheme prefix of the redirect URI compared with "https://"; a '
  'constant.', NS)
P = 'tcpserver/TCPServer.cpp'
S(R, P, 115, '==', 'yes', 'FindUser: shared-server user name compared with the user name sent by the remote '
  'client; a user name.', NS)
S(R, P, 128, '==', 'no', 'HandleAuthentication: password of the remote-share user compared with the password sent '
  'by the client.' + EQ)

_labels.write(__file__, 'webhook67')
