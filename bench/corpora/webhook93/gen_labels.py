#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook93). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'libreswan/libreswan': '0c4e3eccfbb2cdfa1e21c154ee847a141a611a4f',
 'git/git': '1a3e64c6c4a623626ff0687008732a8e007e2a1c',
 'xrootd/xrootd': '4ec63a24e099f108f1b7af8cd0dd4e41ace6a8c5',
 'AscEmu/AscEmu': '10c3eed931e419855d284c60c88d386e046355ec',
 'yadifa/yadifa': '2630b2d2b01367849aa17e04efd2da8801592cca',
}
ROOT = '/work/corpora/webhook93/src'

_labels = TokenLabels(ROOT, 'wh93', C)
S = _labels.S
CT = 'Constant-time compare.'
HE = (' hunk_eq / hunk_memeq (include/hunk.h) call raw_eq (lib/libswan/hunk.c 133), which is memcmp(...) == 0: '
      'early exit.')
ME = ' memeq (include/constants.h 81) is memcmp(...) == 0.'

# ---------------- libreswan/libreswan (IKE daemon pluto; C) ----------------
R = 'libreswan/libreswan'
P = 'programs/pluto/'
S(R, P + 'ikev1_hash.c', 157, '!=', 'yes', 'check_v1_HASH: length of the received IKEv1 HASH payload compared with '
  'the PRF output size; a length, public.', NS)
S(R, P + 'ikev1_hash.c', 179, 'hunk_eq', 'no', 'check_v1_HASH: IKEv1 HASH(1)/HASH(2)/HASH(3) received from the peer '
  '(a PRF keyed with SKEYID_a over the message) compared with the value computed locally.' + HE)
S(R, P + 'ikev1_peer_id.c', 260, 'hunk_eq', 'no', 'oakley_auth (IKEv1 main/aggressive mode, pre-shared key): HASH_I / '
  'HASH_R sent by the peer (PRF keyed with SKEYID, which derives from the PSK) compared with the locally computed '
  'hash; this is the PSK authentication of the peer.' + HE)
S(R, P + 'ikev1_xauth.c', 1250, 'streq', 'yes', 'do_file_authentication: user id field of an ipsec.d/passwd line '
  'compared with the XAUTH user name; a user name.', NS)
S(R, P + 'ikev1_xauth.c', 1260, 'streq', 'no', 'do_file_authentication: crypt() of the XAUTH password typed by the '
  'client compared with the stored password hash with streq (include/constants.h 74: strcmp(...) == 0, early '
  'exit).')
S(R, P + 'ikev1_dpd.c', 526, 'memeq', 'yes', 'dpd_inI_outR (R_U_THERE): initiator IKE SPI ("icookie") in the '
  'notification compared with the ISAKMP SA\'s SPI; SPIs travel in clear in every IKE header.' + ME, NS)
S(R, P + 'ikev2_psk.c', 332, '!=', 'yes', 'verify_v2AUTH_and_log_using_psk: length of the AUTH payload compared with '
  'the PRF output size; a length.', NS)
S(R, P + 'ikev2_psk.c', 356, 'hunk_eq', 'no', 'verify_v2AUTH_and_log_using_psk: IKEv2 AUTH payload of the peer '
  '(prf(prf(PSK, "Key Pad for IKEv2"), signed octets)) compared with the value computed from the PSK; '
  'authenticates the peer.' + HE)
S(R, P + 'ikev2_message.c', 636, 'hunk_memeq', 'no', 'verify_and_decrypt_v2_message (non-AEAD integrity): integrity checksum '
  'of the SK payload compared with the truncated PRF computed with SK_a; a MAC.' + HE)
S(R, P + 'ikev2_cookie.c', 190, 'hunk_eq', 'no', 'v2_rejected_initiator_cookie (DDoS mode): COOKIE returned by the '
  'initiator compared with the cookie recomputed as a hash over Ni, IP address, SPIi and the local cookie secret; '
  'a stateless MAC token, compared with memcmp.' + HE)
S(R, P + 'ikev2_ike_intermediate.c', 858, 'hunk_eq', 'no', 'IKE_INTERMEDIATE PPK_IDENTITY_KEY: confirmation value '
  'sent by the initiator (PRF keyed with the post-quantum preshared key over Ni/Nr/SPIs) compared with the value '
  'computed from the candidate PPK; proves possession of the PPK.' + HE)
S(R, P + 'ikev2_ike_intermediate.c', 861, 'hunk_eq', 'yes', 'PEXPECT sanity check: PPK identity of the matched '
  'secret compared with the PPK_ID the peer sent in clear; a public identifier.', NS)
S(R, P + 'ikev2_nat.c', 182, 'hunk_eq', 'yes', 'detect_ikev2_nat: NAT_DETECTION hash from the wire compared with '
  'SHA1(SPIs | IP | port) computed locally; a hash of public header values, not a secret.', NS)
S(R, P + 'ikev2_redirect.c', 473, 'memeq', 'yes', 'parse_redirect_payload: nonce echoed in the REDIRECT notify '
  'compared with Ni, the initiator nonce that went in clear in IKE_SA_INIT; a public nonce.' + ME, NS)
S(R, P + 'ike_spi.c', 36, 'memeq', 'yes', 'ike_spi_eq: two IKE SPIs compared (state lookup); SPIs are public '
  'identifiers carried in every IKE header.' + ME, NS)

# ---------------- git/git (receive-pack, signed push; C) ----------------
R = 'git/git'
P = 'builtin/receive-pack.c'
S(R, P, 665, '^', 'yes', 'constant_memequal: ORs the XOR of every byte pair into an accumulator, no early exit.',
  CT)
S(R, P, 684, 'strcmp', 'yes', 'check_nonce: nonce in the push certificate compared with the nonce this '
  'receive-pack advertised to the same client in clear; a public challenge echoed back (the push certificate '
  'signature is verified by GPG).', NS)
S(R, P, 719, '!=', 'yes', 'check_nonce (stateless RPC): length of the received nonce compared with the length of '
  'the recomputed one; a length.', NS)
S(R, P, 724, 'constant_memequal', 'yes', 'check_nonce (stateless RPC): received nonce compared with the nonce '
  'recomputed as HMAC-SHA1(receive.certNonceSeed, path:stamp) using constant_memequal (665: XOR-OR loop, no early '
  'exit).', CT)

# ---------------- xrootd/xrootd (data server security plugins; C++) ----------------
R = 'xrootd/xrootd'
P = 'src/XrdSecpwd/XrdSecProtocolpwd.cc'
S(R, P, 941, 'strcmp', 'yes', 'XrdSecProtocolpwd::getCredentials: protocol id of the server buffer compared with '
  '"pwd"; a protocol name.', NS)
S(R, P, 2069, 'memcmp', 'no', 'CheckCreds: client password, double-hashed with the stored salt, compared with the '
  'stored password hash using memcmp (early exit).')
S(R, P, 2085, 'strncmp', 'no', 'CheckCreds (crypt-like passwords): crypt() of the password sent by the client '
  'compared with the stored crypt hash using strncmp (early exit).')
P = 'src/XrdSecgsi/XrdSecProtocolgsi.cc'
S(R, P, 1296, 'strncmp', 'yes', 'XrdSecProtocolgsi::Verify: signature decrypted with the peer\'s public key '
  'compared with the digest of the signed data; both are computable from public data (public-key signature '
  'check), no secret.', NS)
S(R, P, 1496, 'strcmp', 'yes', 'XrdSecProtocolgsi::getCredentials: protocol id of the server buffer compared with '
  '"gsi"; a protocol name.', NS)
P = 'src/XrdSecsss/XrdSecProtocolsss.cc'
S(R, P, 292, 'strcmp', 'yes', 'XrdSecProtocolsss::Authenticate: host name carried in the decrypted credential '
  'compared with the client\'s host name (anti-replay from another host); a host name.', NS)
S(R, P, 386, 'strcmp', 'yes', 'XrdSecProtocolsss::Decode: protocol id of the credential header compared with '
  '"sss"; a protocol name.', NS)
S(R, P, 396, '!=', 'yes', 'XrdSecProtocolsss::Decode: encryption type byte compared with the configured crypto '
  'type; an algorithm id.', NS)
P = 'src/XrdOfs/XrdOfsTPCInfo.cc'
S(R, P, 114, 'strcmp', 'no', 'XrdOfsTPCInfo::Match: third-party-copy rendezvous key (tpc.key, the random secret the '
  'client gives to source and destination) compared with the key presented by the destination using strcmp '
  '(early exit).')
S(R, P, 117, 'strcmp', 'yes', 'XrdOfsTPCInfo::Match: origin (tpc.org, user@host of the client) compared; an '
  'identity, not a secret.', NS)

# ---------------- AscEmu/AscEmu (WoW logon server; C++) ----------------
R = 'AscEmu/AscEmu'
P = 'src/logonserver/Auth/AuthSocket.Legacy.cpp'
S(R, P, 427, 'memcmp', 'no', 'AuthSocket::HandleProof: SRP6 client proof M1 compared with the M computed from the '
  'session key and the stored verifier using memcmp (early exit); proves knowledge of the password.')
S(R, P, 748, '==', 'yes', 'AuthSocket::HandleReconnectProof: client build number compared with 5875; a version.',
  NS)
S(R, 'src/logonserver/Auth/AuthSocket.cpp', 15, '==', 'yes', 'AuthSocket::sendAuthProof: client build number '
  'compared with 5875 to pick the reply layout; a version.', NS)
S(R, 'src/logonserver/LogonCommServer/LogonCommServer.cpp', 324, 'memcmp', 'no', 'LogonCommServerSocket::'
  'HandleAuthChallenge: key sent by a world server compared with SHA1 of the realm password using memcmp (early '
  'exit); authenticates the world server to the logon server.')
S(R, 'src/logonserver/Server/AccountMgr.cpp', 73, '==', 'yes', 'AccountMgr::addAccount: length of the stored '
  'hex password hash compared with 40; a length.', NS)

# ---------------- yadifa/yadifa (authoritative DNS server, dnscore; C) ----------------
R = 'yadifa/yadifa'
P = 'lib/dnscore/src/tsig.c'
S(R, P, 541, 'memcmp', 'no', 'tsig_verify_query: TSIG MAC of the incoming query compared with the HMAC computed '
  'with the shared TSIG key using memcmp (early exit).')
S(R, P, 626, 'memcmp', 'no', 'tsig_verify_answer: TSIG MAC of an answer compared with the computed HMAC using '
  'memcmp.')
S(R, P, 889, '!=', 'yes', 'tsig_process: length of the TSIG "other data" compared with the parsed '
  'length; a length.', NS)
S(R, P, 1455, 'memcmp', 'no', 'tsig_verify_tcp_next_message: TSIG MAC of the next message of a TCP stream (AXFR) '
  'compared with the computed HMAC using memcmp.')

_labels.write(__file__, 'webhook93')
