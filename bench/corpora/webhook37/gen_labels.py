#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook37). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file, and the script fails if the line lacks the token
# or if two labels of one file are less than 3 lines apart.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'CZ-NIC/bird': '639423360c8006aef492a25444535320a882a8b3',
 'pjsip/pjproject': 'b7317ffcaf1d20a38eb231cf15b7b65c4734dbb4',
 'gstrauss/hostap': '4d6ad78d07856bd5787c975043829d044df21d40',
 'acassen/keepalived': '9cbce3e2117fd7dfbddf3cd4c45dad6283189176',
 'NLnetLabs/ldns': '310ae27b23e071b20e5010b6916d73ba0435ab79',
 'tarantool/tarantool': '574ca42d7c1a5fc557e0e0117b367aacca39d39a',
 'luanti-org/luanti': 'ecda1027f3c501eb9c2274a1815e1997831300af',
 'Exim/exim': '13835a3c1e057efad7da269c0f93bf2eac850205',
}
ROOT = '/work/corpora/webhook37/src'

_labels = TokenLabels(ROOT, 'wh37', C)
S = _labels.S
CT = 'Constant-time compare.'
WRAP = ('The compare is inside a project verify helper whose body uses memcmp (early exit); the call site '
        'is labelled as a non-constant-time compare of the MAC/password (see Doubts).')

# ---------------- CZ-NIC/bird (BIRD 2.19 routing daemon: OSPF / RIP / BFD / Babel authentication) ----------------
R = 'CZ-NIC/bird'
S(R, 'lib/mac.c', 303, 'memcmp', 'no', 'mac_verify: the MAC computed over the received packet with the configured '
  'key (mac_final) compared with the MAC received in the packet using memcmp; shared by OSPF, RIP and BFD.')
S(R, 'nest/password.c', 69, 'password_verify', 'no', 'password_find_by_value (RIP plain-text auth): each configured '
  'password compared with the password received in the packet via password_verify (nest/password.h: memcmp).',
  WRAP)
P = 'proto/ospf/packet.c'
S(R, P, 204, 'password_verify', 'no', 'ospf_pkt_checkauth OSPF_AUTH_SIMPLE: the configured password compared with '
  'the 8-byte password from the received OSPF header via password_verify (inline memcmp).', WRAP)
S(R, P, 219, '!=', 'yes', 'ospf_pkt_checkauth: length field of the received cryptographic trailer compared with the '
  'MAC length of the algorithm; a length, not the MAC.', NS)
S(R, P, 223, '<', 'yes', 'ospf_pkt_checkauth: received cryptographic sequence number compared with the neighbour\'s '
  'last one (replay check on a public counter).', NS)
S(R, P, 243, 'mac_verify', 'no', 'ospf_pkt_checkauth OSPF_AUTH_CRYPT: keyed MD5 / HMAC over the packet checked '
  'against the received auth data with mac_verify (lib/mac.c:303 memcmp).', WRAP)
S(R, P, 375, 'mac_verify', 'no', 'ospf3_pkt_checkauth (OSPFv3 RFC 7166 trailer): HMAC over the packet checked against '
  'the received auth data with mac_verify (memcmp).', WRAP)
P = 'proto/bfd/packets.c'
S(R, P, 226, 'memcmp', 'no', 'bfd_check_authentication BFD_AUTH_SIMPLE: password from the received BFD packet '
  'compared with the configured password using memcmp.')
S(R, P, 244, '!=', 'yes', 'bfd_check_authentication: received auth section length compared with the expected '
  'length for the hash; a length.', NS)
S(R, P, 268, 'mac_verify', 'no', 'bfd_check_authentication keyed MD5/SHA1: digest over the packet with the password '
  'put in checked against the received digest with mac_verify (memcmp).', WRAP)
P = 'proto/babel/packets.c'
S(R, P, 968, 'bytes_equal', 'yes', 'babel_write_update: prefix bytes compared with the default prefix to compress '
  'the update (early-exit byte loop, but on public route prefixes).', NS)
S(R, P, 1990, 'memcmp', 'no', 'babel_auth_check_mac: MAC TLV from the received packet compared with the HMAC/Blake2 '
  'MAC computed with each configured key using memcmp.')
P = 'proto/rip/packets.c'
S(R, P, 343, '!=', 'yes', 'rip_decode_auth: received authentication type compared with the configured type.', NS)
S(R, P, 352, 'password_find_by_value', 'no', 'rip_decode_auth RIP_AUTH_PLAIN: the plain-text password from the '
  'packet looked up by value among the configured passwords (password_verify/memcmp per entry).', WRAP)
S(R, P, 385, '!=', 'yes', 'rip_decode_auth: authentication trailer markers (0xffff / 0x0001) of the packet checked; '
  'constants.', NS)
S(R, P, 409, 'mac_verify', 'no', 'rip_decode_auth RIP_AUTH_CRYPTO: keyed MD5 / HMAC over the packet checked against '
  'the received auth data with mac_verify (memcmp).', WRAP)

# ---------------- pjsip/pjproject (SIP digest server auth, STUN MESSAGE-INTEGRITY) ----------------
R = 'pjsip/pjproject'
P = 'pjsip/src/pjsip/sip_auth_server.c'
S(R, P, 88, 'pj_stricmp', 'yes', 'pjsip_auth_verify: authorization scheme of the request compared with "Digest".', NS)
S(R, P, 124, 'pj_strcmp', 'yes', 'pjsip_auth_verify: user name (line 124) and realm (line 126, merged) of the '
  'Authorization header compared with the credential\'s; public identifiers.', NS)
S(R, P, 150, 'pj_stricmp', 'no', 'pjsip_auth_verify: digest response computed from the stored password / HA1 '
  '(pjsip_auth_create_digest2) compared with the response from the client\'s Authorization header using '
  'pj_stricmp (early exit).')
S(R, P, 193, 'pj_stricmp', 'yes', 'pjsip_auth_srv_verify: realm of each Authorization header compared with the '
  'server\'s realm to pick the header.', NS)
S(R, P, 211, 'pj_stricmp', 'yes', 'pjsip_auth_srv_verify: authorization scheme compared with "Digest".', NS)
P = 'pjnath/src/pjnath/stun_auth.c'
S(R, P, 322, 'pj_strcmp', 'yes', 'pj_stun_authenticate_request: USERNAME attribute compared with the static '
  'credential\'s user name.', NS)
S(R, P, 390, 'pj_stricmp', 'yes', 'pj_stun_authenticate_request: REALM attribute compared with the server realm.', NS)
S(R, P, 435, 'pj_strcmp', 'yes', 'pj_stun_authenticate_request: NONCE attribute compared with the nonce the server '
  'sent in its 401 (public, stale-nonce check).', NS)
S(R, P, 483, 'pj_memcmp', 'no', 'pj_stun_authenticate_request: HMAC-SHA1 of the request computed with the '
  'credential key compared with the MESSAGE-INTEGRITY attribute using pj_memcmp.')
S(R, P, 626, 'pj_memcmp', 'no', 'pj_stun_authenticate_response: HMAC-SHA1 of the response computed with the key '
  'compared with the MESSAGE-INTEGRITY attribute of the response using pj_memcmp.')
P = 'pjsip/src/pjsip/sip_auth_client.c'
S(R, P, 1901, 'pj_memcmp', 'yes', 'pjsip_auth_clt_async_send_req: 4-byte "signature" magic of an async token '
  'compared with the constant AUTH_TOKEN_SIGNATURE (a structure tag, not a cryptographic signature).', NS)
S(R, P, 1938, 'pj_memcmp', 'yes', 'pjsip_auth_clt_async_abandon: same token magic check against the constant '
  'AUTH_TOKEN_SIGNATURE.', NS)

# ---------------- gstrauss/hostap (hostapd: RADIUS, EAP server methods, WPS) ----------------
R = 'gstrauss/hostap'
P = 'src/radius/radius.c'
S(R, P, 618, 'os_memcmp_const', 'yes', 'radius_msg_verify_acct_req: Request Authenticator MD5 (shared secret) '
  'compared with os_memcmp_const (src/utils/os_unix.c, XOR-OR loop).', CT)
S(R, P, 646, 'os_memcmp_const', 'yes', 'radius_msg_verify_das_req: Request Authenticator compared with '
  'os_memcmp_const.', CT)
S(R, P, 651, '==', 'yes', 'radius_msg_verify_das_req: attribute type compared with '
  'RADIUS_ATTR_MESSAGE_AUTHENTICATOR to find the attribute; a type code.', NS)
S(R, P, 683, 'os_memcmp_const', 'yes', 'radius_msg_verify_das_req: Message-Authenticator HMAC-MD5 compared with '
  'os_memcmp_const.', CT)
S(R, P, 983, 'os_memcmp_const', 'yes', 'radius_msg_verify_msg_auth: Message-Authenticator HMAC-MD5 compared with '
  'os_memcmp_const.', CT)
S(R, P, 1034, 'os_memcmp_const', 'yes', 'radius_msg_verify: Response Authenticator MD5 compared with '
  'os_memcmp_const.', CT)
S(R, P, 1331, 'os_memcmp', 'yes', 'radius_msg_get_cisco_keys: vendor attribute prefix compared with the literal '
  '"leap:session-key="; the key itself is decrypted afterwards, not compared.', NS)
P = 'src/eap_server/eap_server_ttls.c'
S(R, P, 543, 'os_memcmp_const', 'yes', 'eap_ttls_process_phase2_pap: user password compared with os_memcmp_const.',
  CT)
S(R, P, 593, 'os_memcmp_const', 'yes', 'eap_ttls_process_phase2_chap: CHAP challenge derived from the TLS keying '
  'material compared with os_memcmp_const.', CT)
S(R, P, 607, 'os_memcmp_const', 'yes', 'eap_ttls_process_phase2_chap: CHAP MD5 response compared with '
  'os_memcmp_const.', CT)
S(R, P, 679, 'os_memcmp_const', 'yes', 'eap_ttls_process_phase2_mschap: NT-Response compared with os_memcmp_const.',
  CT)
S(R, P, 798, 'os_memcmp_const', 'yes', 'eap_ttls_process_phase2_mschapv2: NT-Response compared with '
  'os_memcmp_const.', CT)
P = 'src/eap_server/eap_server_gpsk.c'
S(R, P, 298, 'os_memcmp', 'yes', 'eap_gpsk_process_gpsk_2: ID_Server echoed by the peer compared with the '
  'configured server ID (public identity).', NS)
S(R, P, 323, 'os_memcmp', 'yes', 'eap_gpsk_process_gpsk_2: RAND_Server echoed by the peer compared with the nonce '
  'sent in GPSK-1 (public).', NS)
S(R, P, 350, 'os_memcmp', 'yes', 'eap_gpsk_process_gpsk_2: CSuite_List echoed by the peer compared with the list '
  'sent (public).', NS)
S(R, P, 453, 'os_memcmp_const', 'yes', 'eap_gpsk_process_gpsk_2: MIC compared with os_memcmp_const.', CT)
S(R, P, 522, 'os_memcmp_const', 'yes', 'eap_gpsk_process_gpsk_4: MIC compared with os_memcmp_const.', CT)
P = 'src/eap_server/eap_server_pwd.c'
S(R, P, 597, 'os_memcmp', 'yes', 'eap_pwd_process_id_resp: token echoed by the peer compared with the random token '
  'the server sent in its EAP-pwd-ID request (in clear; a session identifier, not a secret).', NS)
S(R, P, 844, 'os_memcmp_const', 'yes', 'eap_pwd_process_confirm_resp: peer confirm value compared with '
  'os_memcmp_const.', CT)
P = 'src/eap_server/eap_server_mschapv2.c'
S(R, P, 382, 'os_memcmp', 'yes', 'eap_mschapv2_process_response: user name from the response compared with the '
  'EAP identity.', NS)
S(R, P, 414, 'os_memcmp_const', 'yes', 'eap_mschapv2_process_response: NT-Response compared with os_memcmp_const.',
  CT)
P = 'src/wps/wps_attr_process.c'
S(R, P, 45, 'os_memcmp_const', 'yes', 'wps_process_authenticator: HMAC-SHA256 Authenticator compared with '
  'os_memcmp_const.', CT)
S(R, P, 75, 'os_memcmp_const', 'yes', 'wps_process_key_wrap_auth: Key Wrap Authenticator compared with '
  'os_memcmp_const.', CT)

# ---------------- acassen/keepalived (VRRPv2 authentication) ----------------
R = 'acassen/keepalived'
P = 'keepalived/vrrp/vrrp.c'
S(R, P, 579, 'memcmp_constant_time', 'yes', 'vrrp_in_chk_ipsecah: IPSEC-AH HMAC-MD5 ICV compared with '
  'memcmp_constant_time (lib/utils.c, XOR-OR loop).', CT)
S(R, P, 1085, '!=', 'yes', 'vrrp_in_chk: configured auth type compared with the auth type of the received packet.',
  NS)
S(R, P, 1098, 'memcmp_constant_time', 'yes', 'vrrp_in_chk VRRP_AUTH_PASS: simple password from the packet '
  'compared with memcmp_constant_time.', CT)

# ---------------- NLnetLabs/ldns (TSIG) ----------------
R = 'NLnetLabs/ldns'
P = 'tsig.c'
S(R, P, 137, 'strcasecmp', 'yes', 'ldns_digest_function: TSIG algorithm name compared with "hmac-sha512.".', NS)
S(R, P, 149, 'strcasecmp', 'yes', 'ldns_digest_function: TSIG algorithm name compared with "hmac-sha256.".', NS)
S(R, P, 352, '!=', 'yes', 'ldns_pkt_tsig_verify_next: length of the received MAC compared with the length of the '
  'computed one; a length.', NS)
S(R, P, 359, 'CRYPTO_memcmp', 'yes', 'ldns_pkt_tsig_verify_next: computed TSIG MAC compared with the packet\'s MAC '
  'using OpenSSL CRYPTO_memcmp (HAVE_CRYPTO_MEMCMP is set by configure; the memcmp of line 361 is the inactive '
  '#else branch).', CT)

# ---------------- tarantool/tarantool (chap-sha1 scramble) ----------------
R = 'tarantool/tarantool'
S(R, 'src/scramble.c', 113, 'memcmp', 'no', 'scramble_check: SHA1 of (scramble XOR SHA1(salt, hash2)) compared with '
  'the stored hash2 = SHA1(SHA1(password)) using memcmp; the scramble comes from the client\'s AUTH request.')

# ---------------- luanti-org/luanti (SRP auth, util/srp.cpp) ----------------
R = 'luanti-org/luanti'
P = 'src/util/srp.cpp'
S(R, P, 739, 'memcmp', 'no', 'srp_verifier_verify_session (server): expected client proof M compared with the '
  'client\'s M from TOSERVER_SRP_BYTES_M using memcmp.')
S(R, P, 953, 'memcmp', 'no', 'srp_user_verify_session (client): expected server proof H(A, M, K) compared with the '
  'server\'s HAMK using memcmp.')

# ---------------- Exim/exim (CRAM-MD5 and SPA/NTLM server authenticators) ----------------
R = 'Exim/exim'
P = 'src/src/auths/cram_md5.c'
S(R, P, 208, '!=', 'yes', 'auth_cram_md5_server: length of the hex digest part of the client response compared '
  'with 32; a length.', NS)
S(R, P, 248, '!=', 'no', 'auth_cram_md5_server: each byte of the client\'s hex CRAM-MD5 digest compared with the '
  'HMAC-MD5(secret, challenge) computed by the server, returning FAIL at the first difference.')
S(R, 'src/src/auths/spa.c', 263, 'memcmp', 'no', 'auth_spa_server: NT response computed from the configured '
  'spa_serverpassword and the challenge compared with the client\'s NT response using memcmp.')

# labels of one file at least 3 lines apart (the scorer pairs within +-2 lines)
_seen = {}
for it in _labels.items:
    for ln in _seen.get(it['path'], []):
        assert abs(ln - it['line']) >= 3, (it['path'], ln, it['line'])
    _seen.setdefault(it['path'], []).append(it['line'])

_labels.write(__file__, 'webhook37')
