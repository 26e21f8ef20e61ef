#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook102). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'sipwise/rtpengine': 'e8b82121fa0bccc46923938db52ee96bcb535b3a',
 'jselbie/stunserver': '1582042ca33f747f88101fbadec4944714aa8bbb',
 'trusteddomainproject/OpenARC': '355ee2a1ca85acccce494478991983b54f794f4e',
 'trusteddomainproject/OpenDMARC': 'bf37d53dace41970cce50f339397fffed2885261',
 'getdnsapi/getdns': 'f8c95b4f150a7b42153a380fea05ed6ad5ce9826',
}
ROOT = '/work/corpora/webhook102/src'

_labels = TokenLabels(ROOT, 'wh102', C)
S = _labels.S
STRMEMCMP = (' str_memcmp (lib/str.h 367) is memcmp(s->s, m, s->len): early exit.')

# ---------------- sipwise/rtpengine (media relay for SIP proxies: SRTP, ICE/STUN, DTLS; C) ----------------
R = 'sipwise/rtpengine'
P = 'daemon/rtp.c'
S(R, P, 198, 'str_memcmp', 'no', 'rtp_savp2avp (SRTP decrypt, RFC 3711 3.3): received SRTP authentication tag '
  'compared with the HMAC-SHA1 computed with the session auth key.' + STRMEMCMP)
S(R, P, 208, 'str_memcmp', 'no', 'rtp_savp2avp: second try with the rollover counter + 1; SRTP auth tag compared '
  'with the recomputed HMAC.' + STRMEMCMP)
S(R, P, 218, 'str_memcmp', 'no', 'rtp_savp2avp: third try with the rollover counter - 1; SRTP auth tag compared '
  'with the recomputed HMAC.' + STRMEMCMP)
S(R, P, 228, 'str_memcmp', 'no', 'rtp_savp2avp: last try with the rollover counter reset; SRTP auth tag compared '
  'with the recomputed HMAC.' + STRMEMCMP)
S(R, 'daemon/rtcp.c', 937, 'str_memcmp', 'no', 'rtcp_savp2avp: received SRTCP authentication tag compared with '
  'the HMAC computed with the SRTCP auth key.' + STRMEMCMP)
P = 'daemon/stun.c'
S(R, P, 486, 'memcmp', 'no', 'check_auth: STUN MESSAGE-INTEGRITY (HMAC-SHA1 keyed with the ICE password) of the '
  'request compared with the computed digest with memcmp, early exit.')
S(R, P, 472, 'str_cmp_str', 'yes', 'check_auth: local ICE ufrag from the USERNAME attribute compared with the '
  'agent ufrag; the ufrag is sent in clear in SDP and in every STUN request (a user name, not the password).',
  NS)
S(R, P, 441, '!=', 'yes', 'check_fingerprint: CRC-32 FINGERPRINT attribute compared with the CRC computed over '
  'the message; an unkeyed checksum, public.', NS)
S(R, 'daemon/dtls.c', 553, 'memcmp', 'yes', 'dtls_verify_cert: hash of the peer DTLS certificate compared with '
  'the a=fingerprint value from SDP; a hash of a public certificate, not a secret.', NS)

# ---------------- jselbie/stunserver (STUN server; C++) ----------------
R = 'jselbie/stunserver'
P = 'stuncore/stunreader.cpp'
S(R, P, 273, 'memcmp', 'no', 'CStunMessageReader::ValidateMessageIntegrity: HMAC-SHA1 computed with the '
  'short/long-term credential key compared with the MESSAGE-INTEGRITY attribute with memcmp, early exit.')
S(R, P, 134, '==', 'yes', 'IsFingerprintAttributeValid: CRC-32 FINGERPRINT value compared with the CRC '
  'computed over the message; unkeyed, public.', NS)
S(R, P, 625, '==', 'yes', 'ReadHeader: magic cookie of the transaction id compared with STUN_COOKIE '
  '(0x2112A442); a protocol constant.', NS)
P = 'server/sampleauthprovider.cpp'
S(R, P, 216, 'strcmp', 'no', 'CLongTermAuth::ValidateNonce: hex HMAC-SHA1 (keyed with the server private key) of '
  'the nonce timestamp compared with the HMAC half of the nonce sent by the client with strcmp; a forged nonce '
  'can be learned byte by byte.')
S(R, P, 37, 'strcmp', 'yes', 'LookupPassword: REALM attribute compared with the configured realm; the realm is '
  'sent to every client in the 401 response.', NS)
S(R, P, 50, 'strcmp', 'yes', 'LookupPassword: USERNAME attribute compared with each known user name; a user '
  'name, not the password.', NS)

# ---------------- trusteddomainproject/OpenARC (ARC mail authentication library; C) ----------------
R = 'trusteddomainproject/OpenARC'
P = 'libopenarc/arc.c'
S(R, P, 1793, 'strcmp', 'yes', 'arc_get_key: v= tag of the DNS key record compared with DKIM_VERSION_KEY '
  '("DKIM1"); a version string.', NS)
S(R, P, 2028, 'strcmp', 'yes', 'arc_validate_msg: a= tag of the ARC-Message-Signature compared with '
  '"rsa-sha256"; an algorithm name.', NS)
S(R, P, 2049, 'strcmp', 'yes', 'arc_validate_msg: base64 body hash computed over the received body compared with '
  'the bh= tag of the header, after the RSA signature over the header was verified; an unkeyed SHA hash of the '
  'message body, which the sender knows, not a MAC.', NS)

# ---------------- trusteddomainproject/OpenDMARC (DMARC library; C) ----------------
R = 'trusteddomainproject/OpenDMARC'
P = 'libopendmarc/opendmarc_policy.c'
S(R, P, 518, 'strcasecmp', 'yes', 'opendmarc_policy_store_dkim: DKIM d= domain compared with the From: domain '
  '(alignment); public domain names.', NS)
S(R, P, 672, 'strncasecmp', 'yes', 'opendmarc_policy_query_dmarc_xdomain: TXT record compared with the '
  '"v=DMARC1" prefix; a protocol version.', NS)
S(R, P, 1001, 'strcasecmp', 'yes', 'opendmarc_policy_parse_dmarc: v= tag value compared with "DMARC1"; a '
  'protocol version.', NS)

# ---------------- getdnsapi/getdns (DNS stub resolver library; C) ----------------
R = 'getdnsapi/getdns'
P = 'src/request-internal.c'
S(R, P, 640, 'memcmp', 'no', '_getdns_network_validate_tsig: TSIG HMAC computed with the shared TSIG key compared '
  'with the MAC of the response with memcmp, early exit.')
P = 'src/stub.c'
S(R, P, 310, 'memcmp', 'no', 'match_and_process_server_cookie: first 8 bytes of the DNS COOKIE option (the client '
  'cookie, RFC 7873 anti-spoofing value derived from a client secret) compared with the stored cookie with '
  'memcmp, early exit.', 'Client-side check; the cookie is secret only from off-path attackers.')
S(R, P, 331, 'memcmp', 'no', 'match_and_process_server_cookie: client cookie sent with the query compared with '
  'the one echoed in the response with memcmp, early exit.',
  'Client-side check; the cookie is secret only from off-path attackers.')
S(R, 'src/dnssec.c', 2021, 'memcmp', 'yes', 'DS digest of a DNSKEY compared with the digest in the DS record; '
  'public DNSSEC data.', NS)
S(R, 'src/pubkey-pinning.c', 179, 'memcmp', 'yes', 'getdns_pubkey_pinset_sanity_check: digest name of a pin '
  'compared with "sha256"; an algorithm name.', NS)

_labels.write(__file__, 'webhook102')
