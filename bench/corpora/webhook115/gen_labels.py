#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook115). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'esnet/iperf': 'c9b74229d0d9bfec6d2307b66b43c29a7665ad0b',
 'janvidar/uhub': '579f0da444c5ec572717704903b8709480b27941',
 'SCST-project/scst': 'aa5cc2dd70f9c2d0dfd30d2d8821986023c34aba',
 'tomaszmrugalski/dibbler': 'bb6e00b99361ae60d354061f7ca33fd93603863d',
 'cminyard/ser2net': 'c784389f50be880b35503ac11530c50bcc22ee57',
 'CESNET/libnetconf2': '284ee667445c34402ebbe83c5b38344d6283d6ce',
 'openwrt/odhcp6c': '10a52220aec9d45803518d8cc4d63e552484ed61',
}
ROOT = '/work/corpora/webhook115/src'

_labels = TokenLabels(ROOT, 'wh115', C)
S = _labels.S
N = _labels.N
CT = 'Constant-time compare.'
XOR = ' ORs the XOR of every byte pair into an accumulator over a fixed length, no early exit.'

# ---------------- esnet/iperf (network measurement daemon; C) ----------------
R = 'esnet/iperf'
P = 'src/iperf_auth.c'
S(R, P, 71, '>', 'yes', 'check_authentication: client timestamp compared with the server clock against the skew '
  'threshold (replay window); a public time value.', NS)
S(R, P, 103, 'strcmp( passwordHash', 'no', 'check_authentication: SHA-256 of "{user}password" sent by the client '
  'compared with the stored hash from the credentials file using strcmp (early exit). The user name compare on '
  'the same line is not secret.')
S(R, 'src/iperf_tcp.c', 161, 'strncmp', 'no', 'iperf_tcp_accept: cookie read from a new data connection compared '
  'with the test\'s cookie (the random session cookie that admits streams to the running test) using strncmp.')
S(R, 'src/iperf_sctp.c', 134, 'strncmp', 'no', 'iperf_sctp_accept: session cookie of a new SCTP data connection '
  'compared with the test\'s cookie using strncmp (early exit).')
S(R, 'src/iperf_udp.c', 777, '!=', 'yes', 'iperf_udp_connect: 4-byte reply of the server compared with the '
  'UDP_CONNECT_REPLY magic numbers; a protocol constant.', NS)

# ---------------- janvidar/uhub (ADC hub; C) ----------------
R = 'janvidar/uhub'
P = 'src/core/auth.c'
S(R, P, 775, '^', 'yes', 'const_time_equal_ci: case-folded password response vs expected Tiger digest;' + XOR, CT)
S(R, P, 788, '!=', 'yes', 'acl_password_verify_raw: length of the client\'s response compared with MAX_CID_LEN; '
  'a length.', NS)
S(R, P, 809, 'const_time_equal_ci', 'yes', 'acl_password_verify_raw: Tiger(password+challenge) response compared '
  'with the computed one via const_time_equal_ci (XOR-OR loop, no early exit).', CT)
P = 'src/core/hbri.c'
S(R, P, 74, '^', 'yes', 'hbri_const_time_equal: HBRI token MAC vs expected MAC;' + XOR, CT)
S(R, P, 182, '!=', 'yes', 'hbri_token_check: token length compared with HBRI_TOKEN_LEN; a length.', NS)
S(R, P, 187, '!=', 'yes', 'hbri_token_check: SID prefix of the token compared with the user\'s SID; a public '
  'session id sent in clear on the hub.', NS)
S(R, P, 191, 'hbri_const_time_equal', 'yes', 'hbri_token_check: MAC part of the token compared with the MAC '
  'computed with the per-hub secret via hbri_const_time_equal (no early exit).', CT)
P = 'src/core/link.c'
S(R, P, 33, '^', 'yes', 'link_const_time_equal: hub-link auth response vs expected;' + XOR, CT)
S(R, P, 64, '!=', 'yes', 'link_auth_verify: response length compared with LINK_AUTH_RESPONSE_LEN; a length.', NS)
S(R, P, 68, 'link_const_time_equal', 'yes', 'link_auth_verify: Tiger(link_secret+nonce) response of the peer '
  'hub compared with the expected one via link_const_time_equal (no early exit).', CT)
P = 'src/core/metrics.c'
S(R, P, 95, '^', 'yes', 'token_equal: bearer token vs configured metrics token; ORs the XOR over the common '
  'length into an accumulator (length difference folded in), no early exit.', CT)
S(R, P, 353, 'strncmp', 'yes', 'metrics_classify_request: request line compared with "GET "; an HTTP method.', NS)
S(R, P, 369, 'strcmp', 'yes', 'metrics_classify_request: request path compared with the configured metrics path; '
  'a URL path.', NS)
S(R, P, 380, 'strncasecmp', 'yes', 'metrics_classify_request: header line compared with "Authorization:"; a '
  'header name.', NS)
S(R, P, 389, 'strncasecmp', 'yes', 'metrics_classify_request: auth scheme compared with "Bearer"; a scheme name.',
  NS)
S(R, P, 405, 'token_equal', 'yes', 'metrics_classify_request: bearer token of the scrape request compared with '
  'the configured metrics_token via token_equal (XOR-OR loop, no early exit).', CT)
N(R, P, 421, 'metrics_handle_request', 'uhub-metrics', 'GET <metrics_path> (Prometheus scrape endpoint)',
  'Prometheus metrics endpoint served by the hub, polled by a monitoring scraper with a bearer token; a pull API, '
  'not a callback pushed by another system.')
P = 'src/seeder/grant.c'
S(R, P, 132, '^', 'yes', 'grant_const_time_equal: seeder grant token vs presented token;' + XOR, CT)
S(R, P, 144, 'grant_const_time_equal', 'yes', 'grant_secret_equal: grant token compared via grant_const_time_equal '
  'after an (intentionally public) length check; no early exit.', CT)

# ---------------- SCST-project/scst (iSCSI target daemon iscsi-scstd; C) ----------------
R = 'SCST-project/scst'
P = 'iscsi-scst/usr/chap.c'
S(R, P, 438, 'strcmp', 'yes', 'chap_initiator_auth_create_challenge: CHAP_A algorithm offered by the initiator '
  'compared with "5" (MD5); an algorithm id.', NS)
S(R, P, 603, 'memcmp', 'no', 'chap_initiator_auth_check_response: CHAP response of the initiator compared with '
  'the digest computed from the configured CHAP secret using memcmp (early exit).')
S(R, P, 712, 'memcmp', 'yes', 'chap_target_auth_create_response: challenge sent by the initiator compared with '
  'the target\'s own challenge (reflection check); challenges travel in clear.', NS)
S(R, 'iscsi-scst/usr/iscsid.c', 246, 'strcmp', 'yes', 'text_scan_security: AuthMethod value compared '
  'with "CHAP"; an auth method name.', NS)

# ---------------- tomaszmrugalski/dibbler (DHCPv6 server/client/relay; C++) ----------------
R = 'tomaszmrugalski/dibbler'
P = 'Messages/Msg.cpp'
S(R, P, 310, '!=', 'yes', 'TMsg::validateAuthInfo: AUTH option protocol compared with AUTH_PROTO_DELAYED; a '
  'protocol number.', NS)
S(R, P, 315, '!=', 'yes', 'TMsg::validateAuthInfo: AUTH option algorithm compared with 1 (HMAC-MD5); an '
  'algorithm id.', NS)
S(R, P, 330, '==', 'yes', 'TMsg::validateAuthInfo: SPI (key id sent in clear) compared with 0.', NS)
S(R, P, 354, 'memcmp', 'no', 'TMsg::validateAuthInfo (delayed auth): HMAC-MD5 of the message with the shared key '
  'compared with the received digest using memcmp (early exit).')
S(R, P, 375, '!=', 'yes', 'TMsg::validateAuthInfo (reconfigure-key): algorithm compared with 1; an algorithm id.',
  NS)
S(R, P, 385, '!=', 'yes', 'TMsg::validateAuthInfo: reconfigure key size compared with RECONFIGURE_KEY_SIZE; a '
  'length.', NS)
S(R, P, 409, 'memcmp', 'no', 'TMsg::validateAuthInfo (reconfigure-key): HMAC-MD5 with the reconfigure key '
  'compared with the digest of the RECONFIGURE message using memcmp (early exit).')
S(R, P, 427, '==', 'yes', 'TMsg::validateAuthInfo: digest type of the message compared with the accepted digest '
  'types; an algorithm id.', NS)
S(R, P, 486, 'memcmp', 'no', 'TMsg::validateAuthInfo (dibbler auth): HMAC of the message with the key of the SPI '
  'compared with the received digest using memcmp (early exit).')

# ---------------- cminyard/ser2net (serial-to-network daemon; C) ----------------
R = 'cminyard/ser2net'
P = 'auth.c'
S(R, P, 109, 'strcmp', 'yes', 'is_user_present: remote user name compared with the allowed user list; a user '
  'name.', NS)
S(R, P, 281, 'strcmp', 'no', 'handle_password: password sent by the remote compared with the one read from '
  '<authdir>/<user>/password using strcmp (early exit).')

# ---------------- CESNET/libnetconf2 (NETCONF server library; C) ----------------
R = 'CESNET/libnetconf2'
P = 'src/session_server_ssh.c'
S(R, P, 647, 'strcmp', 'no', 'nc_server_ssh_compare_password: cleartext ("$0$") stored password compared with the '
  'received password using strcmp (early exit).')
S(R, P, 660, 'strcmp', 'no', 'nc_server_ssh_compare_password: crypt_r hash of the received password compared with '
  'the stored hash using strcmp (early exit).')
S(R, P, 1532, 'strcmp', 'yes', 'nc_server_ssh_auth: SSH user name compared with the configured clients\' names; a '
  'user name.', NS)
S(R, P, 1592, 'strcmp', 'yes', 'nc_server_ssh_auth: user name of a later auth request compared with the first one '
  '(username change check); a user name.', NS)
P = 'src/session_server_tls.c'
S(R, P, 381, 'strncmp', 'yes', 'nc_server_tls_cert_to_name: cert-to-name fingerprint prefix compared with "01" '
  '(MD5); a hash algorithm id.', NS)
S(R, P, 388, 'strcasecmp', 'yes', 'nc_server_tls_cert_to_name: configured certificate fingerprint compared with '
  'the MD5 of the peer certificate; fingerprints of public certificates.', NS)

# ---------------- openwrt/odhcp6c (DHCPv6 client daemon; C) ----------------
R = 'openwrt/odhcp6c'
P = 'src/dhcpv6.c'
S(R, P, 1092, 'memcmp', 'yes', 'dhcpv6_response_is_valid: transaction id of the reply compared with the request\'s; '
  'a public transaction nonce.', NS)
S(R, P, 1120, 'memcmp', 'yes', 'dhcpv6_response_is_valid: client id (DUID) option compared with our DUID; a public '
  'identifier.', NS)
S(R, P, 1126, 'memcmp', 'yes', 'dhcpv6_response_is_valid: server id option compared with the stored server DUID; '
  'a public identifier.', NS)
S(R, P, 1142, '!=', 'yes', 'dhcpv6_response_is_valid: AUTH option length / protocol / algorithm / RKAP type '
  'compared with constants; protocol fields.', NS)
S(R, P, 1152, '<=', 'yes', 'dhcpv6_response_is_valid: replay detection counter compared with the last accepted '
  'one; a public counter.', NS)
S(R, P, 1182, 'memcmp', 'no', 'dhcpv6_response_is_valid: HMAC-MD5 of the RECONFIGURE with the reconfigure key '
  'compared with the server\'s digest using memcmp (early exit).')
S(R, P, 1188, '!=', 'yes', 'dhcpv6_response_is_valid: AUTH protocol / algorithm compared with the token '
  'constants; protocol fields.', NS)
S(R, P, 1192, '!=', 'yes', 'dhcpv6_response_is_valid: length of the configured auth token compared with the '
  'option length; a length.', NS)
S(R, P, 1195, 'memcmp', 'no', 'dhcpv6_response_is_valid: authentication token from the AUTH option compared with '
  'the configured auth_token using memcmp (early exit).')

_labels.write(__file__, 'webhook115')
