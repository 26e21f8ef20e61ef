#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook73). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'dreamstalker/rehlds': 'b29740c19e8cfe7a1ee0605cadccd05b35e8678e',
 'OpenVPN/openvpn3': 'aa57ac46b6c8314934200a245bae368b542a4812',
 'litecoin-project/litecoin': 'd8c8adc0b46cf96cc713455ba4aeb135efabac86',
 'yatevoip/yate': '1647cdc467274b293c040d5b4d8880cea2b18072',
 'bareos/bareos': 'eda204c31c76ecaf419ecf6279ec5707baaac1ed',
 'vmangos/core': '8e4b5f23fa6fed2edf610a9308d70da4eb82354b',
 'veyon/veyon': '63e840262cb02dd4bd74884dc69269589d191d19',
}
ROOT = '/work/corpora/webhook73/src'

_labels = TokenLabels(ROOT, 'wh73', C)
S = _labels.S
CT = 'Constant-time compare.'
MNQ = ('crypto::memneq (openvpn/common/memneq.hpp 71-77) is CRYPTO_memcmp under USE_OPENSSL (an XOR/OR loop '
       'otherwise), no early exit.')
TRE = ('TimingResistantEqual (src/util/strencodings.h 160) ORs the XOR of every byte pair over the full length, '
       'no early exit.')
YS = (' Yate String == / != (yateclass.h 3728-3736) compares the 32-bit hashes, then strcmp (engine/String.cpp '
      '1568-1573): early exit.')

# ---------------- dreamstalker/rehlds (Half-Life dedicated server and HLTV proxy; C++) ----------------
R = 'dreamstalker/rehlds'
P = 'rehlds/engine/sv_main.cpp'
AS = (' Q_strcmp is A_strcmp (asmlib strcmp, public/strtools.h 77, HAVE_OPT_STRTOOLS): early exit.')
S(R, P, 2155, 'Q_strcmp', 'no', 'SV_CheckUserInfo_internal: join password from the connecting client\'s userinfo '
  'compared with sv_password.' + AS)
S(R, P, 3595, 'Q_strcmp', 'no', 'SV_Rcon_Validate: rcon password from the remote command compared with '
  'rcon_password.' + AS)
S(R, P, 3724, 'Q_strcmp', 'yes', 'SV_ConnectionlessPacket: connectionless command word compared with '
  '"getchallenge"; a protocol keyword.', NS)
S(R, P, 3728, 'Q_stricmp', 'yes', 'SV_ConnectionlessPacket: connectionless command word compared with "challenge"; '
  'a protocol keyword.', NS)
S(R, P, 3732, 'Q_strcmp', 'yes', 'SV_ConnectionlessPacket: connectionless command word compared with "connect"; a '
  'protocol keyword.', NS)
P = 'rehlds/HLTV/Proxy/src/Proxy.cpp'
PS = ' Q_strcmp is strcmp here (public/strtools.h 118, HLTV build): early exit.'
S(R, P, 1543, 'Q_strcmp', 'yes', 'Proxy::ProcessConnectionlessMessage: command word compared with "challenge"; a '
  'protocol keyword.', NS)
S(R, P, 1568, 'Q_strcmp', 'yes', 'Proxy::ProcessConnectionlessMessage: command word compared with "rcon"; a '
  'protocol keyword.', NS)
S(R, P, 1584, 'Q_strcmp', 'no', 'Proxy::ProcessConnectionlessMessage: rcon password from the packet compared with '
  'the proxy admin password.' + PS)
S(R, P, 1592, 'Q_strcmp', 'yes', 'Proxy::ProcessConnectionlessMessage: command word compared with "getchallenge"; a '
  'protocol keyword.', NS)
S(R, P, 1973, 'Q_strcmp', 'no', 'Proxy::IsValidPassword: spectator password sent by a connecting client compared '
  'with the configured spectator password.' + PS)
S(R, P, 1982, 'Q_strcmp', 'no', 'Proxy::IsValidPassword: proxy password sent by a relay proxy compared with the '
  'configured proxy password.' + PS)
S(R, P, 1992, 'Q_strcmp', 'no', 'Proxy::IsValidPassword: commentator (admin) password compared with the configured '
  'admin password.' + PS)

# ---------------- OpenVPN/openvpn3 (OpenVPN 3 core library; C++, headers parsed as TUs) ----------------
R = 'OpenVPN/openvpn3'
S(R, 'openvpn/common/memneq.hpp', 76, 'CRYPTO_memcmp', 'yes', 'memneq (USE_OPENSSL): the project\'s constant-time '
  'inequality helper, OpenSSL CRYPTO_memcmp over the whole length.', CT)
S(R, 'openvpn/crypto/ovpnhmac.hpp', 103, 'memneq', 'yes', 'OvpnHMAC::ovpn_hmac_cmp: tls-auth HMAC of a control '
  'channel packet compared with the locally computed HMAC. ' + MNQ, CT)
S(R, 'openvpn/crypto/decrypt_chm.hpp', 51, 'memneq', 'yes', 'DecryptCHM::decrypt: data channel packet HMAC compared '
  'with the locally computed HMAC. ' + MNQ, CT)
S(R, 'openvpn/crypto/tls_crypt.hpp', 96, 'memneq', 'yes', 'TLSCrypt::hmac_cmp: tls-crypt authentication tag of a '
  'control packet compared with the locally computed HMAC. ' + MNQ, CT)
S(R, 'openvpn/ssl/psid.hpp', 92, 'memneq', 'yes', 'ProtoSessionID::match: protocol session ids compared with the '
  'constant-time helper (the ids travel in clear; constant time either way). ' + MNQ, CT)
S(R, 'openvpn/ssl/proto.hpp', 134, 'memcmp', 'yes', 'is_keepalive: data packet compared with the fixed 16-byte '
  'keepalive magic; a protocol constant.', NS)
S(R, 'openvpn/ssl/proto.hpp', 3090, 'memcmp', 'yes', 'KeyContext::recv_auth: first bytes of the key-method-2 '
  'message compared with the fixed auth_prefix; a protocol constant.', NS)
S(R, 'openvpn/omi/omi.hpp', 258, '==', 'yes', 'OMICore::start: management password file option compared with '
  '"stdin"; a configuration keyword.', NS)
S(R, 'openvpn/omi/omi.hpp', 701, '==', 'no', 'OMICore::process_password: line typed on the management interface '
  'compared with the management password using std::string == (early exit).')

# ---------------- litecoin-project/litecoin (Litecoin Core node; C++) ----------------
R = 'litecoin-project/litecoin'
P = 'src/httprpc.cpp'
S(R, P, 112, 'TimingResistantEqual', 'yes', 'multiUserAuthorized: RPC user name compared with an -rpcauth entry '
  'name. ' + TRE, CT)
S(R, P, 126, 'TimingResistantEqual', 'yes', 'multiUserAuthorized: HMAC-SHA256 of the RPC password (salted) '
  'compared with the -rpcauth hash. ' + TRE, CT)
S(R, P, 137, '!=', 'yes', 'RPCAuthorized: Authorization header scheme compared with "Basic "; a protocol '
  'keyword.', NS)
S(R, P, 147, 'TimingResistantEqual', 'yes', 'RPCAuthorized: decoded "user:password" compared with the RPC '
  'credentials (or cookie). ' + TRE, CT)
S(R, 'src/torcontrol.cpp', 599, '!=', 'no', 'TorController::authchallenge_cb: SAFECOOKIE ServerHash (HMAC-SHA256 '
  'keyed with the Tor auth cookie) compared with the computed one using std::vector != (memcmp, early exit).')
S(R, 'src/net.cpp', 720, 'memcmp', 'yes', 'V1TransportDeserializer::readHeader: message start bytes compared with '
  'the network magic; a public constant.', NS)
S(R, 'src/net.cpp', 779, 'memcmp', 'yes', 'V1TransportDeserializer::GetMessage: unkeyed double-SHA256 message '
  'checksum compared with the header checksum; an integrity checksum, not a MAC.', NS)

# ---------------- yatevoip/yate (telephony engine: IAX, SIP, XMPP, SNMP, RADIUS; C++) ----------------
R = 'yatevoip/yate'
S(R, 'libs/yiax/engine.cpp', 982, '==', 'no', 'IAXEngine::isMD5ChallengeCorrect: MD5(challenge + password) '
  'response from the IAX peer compared with the expected digest.' + YS)
S(R, 'libs/ysip/engine.cpp', 425, '==', 'yes', 'SIPEngine::nonceAge: nonce from the Authorization header compared '
  'with the current nonce the server hands out in its challenges; a public value.', NS)
S(R, 'libs/ysip/engine.cpp', 440, '!=', 'no', 'SIPEngine::nonceAge: MD5 part of an older nonce (keyed with '
  'm_nonce_secret and the timestamp) compared with the recomputed one; a forged nonce is rejected here.' + YS)
S(R, 'libs/ysip/engine.cpp', 551, '==', 'yes', 'SIPEngine::authUser: user name in the Authorization header '
  'compared with the expected user; a user name.', NS)
S(R, 'libs/yjabber/jbengine.cpp', 2667, '!=', 'yes', 'JBEntityCapsList::decodeCaps: entity capabilities hash '
  'algorithm name compared with "sha-1"; a protocol keyword.', NS)
P = 'modules/jabber/jabberserver.cpp'
S(R, P, 3751, '==', 'yes', 'UserAuthMessage::dispatched: value returned by the user.auth message handlers compared with the '
  '"-" deny marker; a constant.', NS)
S(R, P, 3766, '==', 'no', 'UserAuthMessage::dispatched: SASL PLAIN password from the client compared with the '
  'account password.' + YS)
S(R, P, 3770, '==', 'no', 'UserAuthMessage::dispatched: SASL DIGEST-MD5 response from the client compared with the '
  'digest built from the account password.' + YS)
S(R, P, 3782, '==', 'no', 'UserAuthMessage::dispatched: non-SASL (XEP-0078) SHA-1 digest of stream id + password '
  'compared with the client\'s digest.' + YS)
S(R, P, 3786, '==', 'no', 'UserAuthMessage::dispatched: non-SASL plain password from the client compared with the '
  'account password.' + YS)
S(R, P, 3794, '==', 'no', 'UserAuthMessage::dispatched: component handshake (SHA-1 of stream id + shared secret) '
  'compared with the expected digest.' + YS)
S(R, 'modules/server/ysnmpagent.cpp', 1491, '!=', 'no', 'SnmpV3MsgContainer::checkAuth: SNMPv3 USM HMAC from the '
  'message compared with the recomputed one as hex strings.' + YS)
S(R, 'modules/server/heartbeat.cpp', 273, '==', 'yes', 'HBeatPlugin::initialize: configured authentication method '
  'name compared with "crc"; a configuration keyword.', NS)
S(R, 'modules/server/yradius.cpp', 931, 'memcmp', 'no', 'RadiusClient::checkAuthenticator: RADIUS Response '
  'Authenticator (MD5 over the reply and the shared secret) compared with the received one using memcmp (early '
  'exit).')
S(R, 'modules/server/yradius.cpp', 1083, '!=', 'yes', 'RadiusClient::doAuthenticate: reply code compared with '
  'Access-Accept; a protocol constant.', NS)

# ---------------- bareos/bareos (backup daemons' CRAM-MD5 handshake; C++) ----------------
R = 'bareos/bareos'
P = 'core/src/lib/cram_md5.cc'
BS = ' bstrcmp (lib/bsys.cc 283) is strcmp(s1, s2) == 0: early exit.'
S(R, P, 98, '==', 'yes', 'CompareChallengeWithOwnQualifiedName: daemon name in the received challenge compared '
  'with our own name (replay guard); a public name.', NS)
S(R, P, 165, 'bstrcmp', 'no', 'CramMd5Challenge: base64 HMAC-MD5 response of the peer compared with the one '
  'computed with the shared password.' + BS)
S(R, P, 170, 'bstrcmp', 'no', 'CramMd5Challenge: second try with the non-compatible base64 form of the HMAC-MD5; '
  'same secret compare.' + BS)
S(R, P, 276, 'bstrcmp', 'yes', 'CramMd5Response: peer reply compared with the status line "1000 OK auth"; a '
  'protocol constant.', NS)
S(R, 'core/src/lib/bsock.cc', 713, 'compare', 'yes', 'BareosSocket::EvaluateCleartextBareosHello: peeked bytes '
  'compared with the "Hello " greeting; a protocol constant.', NS)

# ---------------- vmangos/core (World of Warcraft 1.12 server emulator, SRP6 login; C++) ----------------
R = 'vmangos/core'
P = 'src/shared/Crypto/Authentication/SRP6.cpp'
S(R, P, 157, 'memcmp', 'no', 'SRP6::Proof: client SRP6 proof M1 from the logon proof packet compared with the '
  'server-computed M using memcmp (early exit); M1 proves knowledge of the password-derived session key.')
S(R, P, 165, '==', 'no', 'SRP6::ProofVerifier: SRP6 password verifier computed from a typed password compared with '
  'the stored account verifier using std::string == (early exit); AccountMgr::CheckPassword\'s password check.')

# ---------------- veyon/veyon (classroom remote desktop / VNC server; C++, Qt 5) ----------------
R = 'veyon/veyon'
SA = (' Token is QCA::SecureArray (core/src/AuthenticationCredentials.h 34, CryptoCore.h 39-40); its operator== is '
      'qca src/qca_tools.cpp 679-686: size check, then memcmp (early exit).')
S(R, 'server/src/ServerAuthenticationManager.cpp', 257, '==', 'no', 'ServerAuthenticationManager::'
  'performTokenAuthentication (AuthState::Token): token sent by the connecting master compared with the '
  'server\'s authentication token.' + SA)
S(R, 'plugins/demo/DemoServerProtocol.cpp', 85, '==', 'no', 'DemoServerProtocol::performTokenAuthentication: demo access token sent by a '
  'client compared with the demo server\'s access token.' + SA.replace('AuthenticationCredentials.h 34',
  'DemoServerProtocol.h 35'))
S(R, 'plugins/platform/common/ServiceDataManager.cpp', 177, '!=', 'no', 'ServiceDataManager::handleConnection: '
  'token from a local-socket client compared with the service data token (random challenge, hex) using QByteArray '
  '!= (early exit).')
S(R, 'core/src/FeatureWorkerManager.cpp', 277, '==', 'no', 'FeatureWorkerManager::processConnection: auth token from a connecting '
  'feature worker compared with the random token generated for that worker using QByteArray == (early exit).')

_labels.write(__file__, 'webhook73')
