#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook116). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'charybdis-ircd/charybdis': '56d5e9f34106665bc2e6d4db006f1fa0bceeec1b',
 'DoubangoTelecom/doubango': '7604ae6761534d2efdc862bc9961623abc98b9a5',
 'versatica/mediasoup': 'a82dba897890a04ed8733c0b4b33991276a05d3e',
 'BelledonneCommunications/bzrtp': 'a542e392ea588baa02cb76f2f60e77904d3fb4b3',
 'strophe/libstrophe': 'b9eead3b903756f3cec2ab9502c61b2966a84001',
}
ROOT = '/work/corpora/webhook116/src'

_labels = TokenLabels(ROOT, 'wh116', C)
S = _labels.S

# ---------------- charybdis-ircd/charybdis (IRC server; C) ----------------
R = 'charybdis-ircd/charybdis'
P = 'ircd/s_serv.c'
S(R, P, 395, 'strcmp', 'no', 'check_server: crypt() of the link password the connecting server sent (PASS) '
  'compared with the encrypted password of the connect{} block with strcmp, early exit.')
S(R, P, 403, 'strcmp', 'no', 'check_server: plain-text link password of the connect{} block compared with the '
  'password the connecting server sent, strcmp, early exit.')
S(R, P, 409, 'rb_strcasecmp', 'yes', 'check_server: TLS client certificate fingerprint of the connecting server '
  'compared with the one configured; a certificate fingerprint is public, not a secret.', NS)
S(R, 'ircd/s_user.c', 512, 'strcmp', 'no', 'register_local_user: password sent by the client with PASS (or its '
  'crypt()) compared with the auth{} block password with strcmp, early exit.')
S(R, 'ircd/s_user.c', 824, 'strcmp', 'yes', 'valid_hostname: host name compared with "localhost"; not a secret.',
  NS)
P = 'modules/m_oper.c'
S(R, P, 122, 'rb_strcasecmp', 'yes', 'm_oper: client certificate fingerprint compared with the operator block\'s '
  'certfp; a public fingerprint.', NS)
S(R, P, 228, 'strcmp', 'no', 'match_oper_password: crypt() of the OPER password (or the password itself) compared '
  'with the operator block password with strcmp, early exit.')
P = 'modules/m_challenge.c'
S(R, P, 150, 'memcmp', 'no', 'm_challenge: SHA-1 response the operator computed from the RSA-decrypted challenge '
  'compared with the stored expected response (the challenge secret) with memcmp, early exit.')
S(R, P, 243, 'rb_strcasecmp', 'yes', 'm_challenge: client certificate fingerprint compared with the operator '
  'block\'s certfp; a public fingerprint.', NS)
S(R, 'modules/m_pass.c', 96, 'irccmp', 'yes', 'mr_pass: third PASS parameter compared with "TS" (the TS protocol '
  'marker of a server link); a protocol keyword, not the password.', NS)
P = 'modules/m_sasl.c'
S(R, P, 195, 'strcmp', 'yes', 'm_authenticate: AUTHENTICATE parameter compared with "*" (the abort marker); a '
  'protocol keyword.', NS)
S(R, P, 246, 'strncmp', 'yes', 'me_sasl: target UID prefix compared with this server\'s SID (routing); a public '
  'server id.', NS)
S(R, P, 268, 'strncmp', 'yes', 'me_sasl: UID of the answering SASL agent compared with the agent already bound '
  'to the client; a public client id.', NS)
P = 'extensions/m_webirc.c'
S(R, P, 99, 'irccmp', 'yes', 'mr_webirc: auth{} block name compared with "webirc."; a configuration name.', NS)
S(R, P, 123, 'strcmp', 'no', 'mr_webirc: WEBIRC password from the CGI:IRC gateway (or its crypt()) compared '
  'with the auth{} block password with strcmp, early exit.')

# ---------------- DoubangoTelecom/doubango (SIP/IMS, ICE/STUN stack; C) ----------------
R = 'DoubangoTelecom/doubango'
P = 'tinyNET/src/ice/tnet_ice_pair.c'
S(R, P, 601, '!=', 'yes', 'tnet_ice_pair_auth_conncheck: size of the MESSAGE-INTEGRITY attribute compared with '
  'the SHA-1 digest size; a length.', NS)
S(R, P, 622, '!=', 'yes', 'tnet_ice_pair_auth_conncheck: STUN header length compared with the offset of '
  'MESSAGE-INTEGRITY; lengths.', NS)
S(R, P, 642, '!=', 'no', 'tnet_ice_pair_auth_conncheck: HMAC-SHA1 over the connectivity check keyed with the '
  'local ICE password compared byte by byte with the MESSAGE-INTEGRITY attribute; the loop returns at the first '
  'mismatching byte.')
P = 'tinySIP/src/authentication/tsip_challenge.c'
S(R, P, 146, '!=', 'yes', 'tsip_challenge_get_akares: AMF field taken from AUTN compared byte by byte with the '
  'configured AMF; the AMF travels in clear inside the nonce, not a secret.', NS)
S(R, P, 166, 'tsk_strnequals', 'no', 'tsip_challenge_get_akares: IMS-AKA MAC-A from AUTN compared with XMAC-A '
  'computed with the subscriber key K (f1) via tsk_strnequals (tsk_string.h: a macro over tsk_strncmp, strncmp '
  'semantics, early exit); network authentication MAC.')
S(R, P, 283, 'tsk_striequals', 'yes', 'tsip_challenge_update: stored digest nonce compared with the nonce of the '
  'new challenge to reset the nonce count; the nonce is sent in clear by the server.', NS)
S(R, P, 305, '!=', 'yes', 'tsip_challenge_set_cred: length of the HA1 hex string given as credential compared with twice the MD5 '
  'digest size; a length.', NS)
S(R, 'tinyHTTP/src/auth/thttp_challenge.c', 143, 'tsk_striequals', 'yes', 'thttp_challenge_update: stored HTTP '
  'digest nonce compared with the new one; a nonce sent in clear.', NS)

# ---------------- versatica/mediasoup (WebRTC SFU worker; C++) ----------------
R = 'versatica/mediasoup'
P = 'worker/src/RTC/StunPacket.cpp'
S(R, P, 514, 'compare', 'yes', 'StunPacket::CheckAuthentication: USERNAME attribute prefix compared with the '
  'local ICE username fragment; the ufrag is exchanged in the SDP and sent in clear in every STUN request (the '
  'ICE password is the secret).', NS)
S(R, P, 565, 'memcmp', 'no', 'StunPacket::CheckAuthentication: HMAC-SHA1 computed with the ICE password compared '
  'with the MESSAGE-INTEGRITY attribute with std::memcmp, early exit.')

# ---------------- BelledonneCommunications/bzrtp (ZRTP key agreement; C) ----------------
R = 'BelledonneCommunications/bzrtp'
P = 'src/packetParser.c'
HC = ('hash-chain image of a value the peer has just revealed compared with the image it committed to in an '
      'earlier message sent in clear; both public.')
S(R, P, 320, 'memcmp', 'yes', 'bzrtp_packetParser (Hello): SHA-256 of the received Hello compared with the '
  'zrtp-hash from the signalling (SDP a=zrtp-hash); a public integrity value.', NS)
S(R, P, 433, 'memcmp', 'yes', 'bzrtp_packetParser (Commit): SHA-256(H2) compared with H3 of the peer Hello; ' + HC,
  NS)
S(R, P, 440, 'memcmp', 'no', 'bzrtp_packetParser (Commit): truncated HMAC-SHA256 of the peer Hello (keyed with '
  'H2) compared with the Hello MAC with memcmp, early exit.')
S(R, P, 544, 'memcmp', 'no', 'bzrtp_packetParser (DHPart2): truncated HMAC-SHA256 of the peer Commit (keyed '
  'with H1) compared with the Commit MAC with memcmp, early exit.')
S(R, P, 568, 'memcmp', 'yes', 'bzrtp_packetParser (DHPart2): hvi computed over DHPart2 || Hello compared with the '
  'hvi the initiator committed to in its Commit (sent in clear); a public commitment.', NS)
S(R, P, 596, 'memcmp', 'no', 'bzrtp_packetParser (DHPart1): truncated HMAC-SHA256 of the peer Hello (keyed with '
  'H2) compared with the Hello MAC with memcmp, early exit.')
S(R, P, 672, 'memcmp', 'no', 'bzrtp_packetParser (Confirm): HMAC of the encrypted Confirm part keyed with '
  'mackeyi/mackeyr (derived from the DH shared secret s0) compared with confirm_mac with memcmp, early exit.')
S(R, P, 713, 'memcmp', 'no', 'bzrtp_packetParser (Confirm): truncated HMAC of the peer Commit keyed with H1 '
  '(derived from H0, which arrived encrypted in Confirm) compared with the Commit MAC with memcmp.')
S(R, P, 739, 'memcmp', 'no', 'bzrtp_packetParser (Confirm): truncated HMAC of the peer Hello keyed with H2 '
  '(derived from the encrypted H0) compared with the Hello MAC with memcmp.')
S(R, P, 759, 'memcmp', 'yes', 'bzrtp_packetParser (Confirm): SHA-256(H0) compared with H1 of the peer DHPart; ' + HC,
  NS)
S(R, P, 766, 'memcmp', 'no', 'bzrtp_packetParser (Confirm): truncated HMAC of the peer DHPart keyed with H0 '
  '(decrypted from Confirm) compared with the DHPart MAC with memcmp.')
S(R, P, 1803, 'memcmp', 'yes', 'messageTypeStringtoInt: ZRTP message type block compared with "Hello   "; a '
  'protocol keyword.', NS)
P = 'src/bzrtp.c'
S(R, P, 848, 'strncmp', 'yes', 'bzrtp_setPeerHelloHash: one character of the a=zrtp-hash string compared with " " '
  '(version / hash separator); format parsing.', NS)
S(R, P, 877, 'memcmp', 'yes', 'bzrtp_setPeerHelloHash: SHA-256 of the stored peer Hello compared with the '
  'zrtp-hash from the signalling; a public integrity value.', NS)

# ---------------- strophe/libstrophe (XMPP client library; C) ----------------
R = 'strophe/libstrophe'
P = 'src/auth.c'
S(R, P, 238, 'strcasecmp', 'yes', '_handle_sasl_children: SASL mechanism offered by the server compared with '
  '"PLAIN"; a mechanism name.', NS)
S(R, P, 768, 'strcmp', 'yes', '_auth (SASL EXTERNAL): xmppAddr identity of the client certificate compared with '
  'the configured JID; public identities.', NS)
S(R, P, 1424, 'strcmp', 'yes', '_handle_sm: previd of the server\'s <resumed/> compared with the stream management '
  'id the same server issued; a session id the peer already holds (the client checks the server\'s echo).', NS)
S(R, P, 1724, 'strcmp', 'yes', '_handle_component_hs_response: element name compared with "handshake"; the '
  'component handshake digest itself is only sent, never compared here.', NS)
P = 'src/sasl.c'
S(R, P, 317, 'strcmp', 'yes', 'sasl_digest_md5: qop of the DIGEST-MD5 challenge compared with "auth"; a protocol '
  'keyword.', NS)
S(R, P, 413, 'strncmp', 'yes', 'sasl_scram: SCRAM challenge attribute compared with the "r=" prefix; format '
  'parsing.', NS)

_labels.write(__file__, 'webhook116')
