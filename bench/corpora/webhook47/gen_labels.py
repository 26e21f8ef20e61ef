#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook47). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token or if two labels of one file are less than 3 lines apart.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'xelerance/xl2tpd': 'd39129278df525db440f0342d303893703064c3d',
 'yarrick/iodine': '517d7298b084fdb82d35ded4ed26bbc00673118a',
 'FRRouting/frr': 'fbfc8222da75dff28696b0d17f257cdf0808ba21',
 'jech/babeld': '118774d0c720cef016c0f3894ef8d24cd9cadd17',
}
ROOT = '/work/corpora/webhook47/src'

_labels = TokenLabels(ROOT, 'wh47', C)
S = _labels.S

# ---------------- xelerance/xl2tpd (L2TP daemon, C) ----------------
R = 'xelerance/xl2tpd'
P = 'control.c'
CHAL = ('L2TP tunnel authentication (RFC 2661 5.1.1): t->chal_them.response = MD5(msg type, shared secret from '
        'l2tp-secrets, our random Challenge) computed by handle_challenge (aaa.c), compared with '
        't->chal_them.reply, the Challenge Response AVP received from the peer, using memcmp (early exit); the '
        'MAC of the shared secret is compared non-constant-time against attacker-supplied bytes.')
S(R, P, 581, 'memcmp', 'no', 'control_finish, case SCCRP (we are the LAC, peer is the LNS). ' + CHAL)
S(R, P, 649, 'memcmp', 'no', 'control_finish, case SCCCN (we are the LNS, peer is the LAC). ' + CHAL)
S(R, P, 691, 'strncmp', 'yes', 'StopCCN handling: peer vendor name AVP compared with "Deterministic Networks '
  'Inc." to work around an MSL2TP client bug; a public string.', NS)
S(R, P, 1140, 'strncmp', 'yes', 'CDN handling: the same vendor-name workaround ("Deterministic Networks Inc.").', NS)
S(R, 'aaa.c', 203, 'strcasecmp', 'yes', 'get_secret: host names of an l2tp-secrets line (our name / peer name or '
  '"*") compared with the tunnel\'s host names to pick the secret; names are public (the peer sends its Host Name '
  'AVP in clear), the secret itself is only copied.', NS)

# ---------------- yarrick/iodine (IP over DNS tunnel, C) ----------------
R = 'yarrick/iodine'
P = 'src/iodined.c'
S(R, P, 214, 'memcmp', 'yes', 'check_user_and_ip: the source IPv4 address of the query compared with the '
  'address stored for the user; public addressing data.', NS)
S(R, P, 407, 'strcmp', 'yes', 'answer_from_dnscache: DNS query name compared with cached query names; public.', NS)
S(R, P, 516, 'memcmp', 'yes', 'qmem_is_cached: the 4-char CMC (cache-busting counter) of the query name compared '
  'with the remembered ones; public.', NS)
S(R, P, 881, 'memcmp', 'no', 'handle_null_request, login (\'L\'): logindata = login_calculate(password, '
  'users[userid].seed) (MD5 of the shared tunnel password XOR the seed sent to the client) compared with the 16 '
  'bytes the client sent using memcmp (early exit); a password-derived hash compared non-constant-time with '
  'attacker-supplied bytes.')
S(R, P, 1973, 'memcmp', 'no', 'handle_raw_login: myhash = login_calculate(password, seed + 1) compared with the '
  'raw UDP login packet using memcmp (early exit); password-derived hash vs attacker data.')
S(R, P, 2044, 'memcmp', 'yes', 'raw_decode: packet start compared with the fixed raw_header magic; public.', NS)
P = 'src/client.c'
S(R, P, 629, 'memcmp', 'yes', 'read_dns_withq: the raw-mode header magic (raw_header) compared with the packet '
  'start; public.', NS)
S(R, P, 1397, 'strncmp', 'yes', 'handshake_login: server reply compared with the status word "LNAK" (login '
  'refused); a public protocol string.', NS)
S(R, P, 1508, 'memcmp', 'no', 'handshake_raw_udp: hash = login_calculate(password, seed - 1), the server\'s '
  'expected proof of the tunnel password, compared with the 16 bytes received from whoever answered the raw UDP '
  'login using memcmp (early exit). Merged label: line 1506 compares the public raw_header magic (a '
  'tricky non-secret in the same && chain, 2 lines above).')

# ---------------- FRRouting/frr (routing suite, C) ----------------
R = 'FRRouting/frr'
P = 'ospfd/ospf_auth.c'
S(R, P, 222, 'memcmp', 'no', 'ospf_auth_check_hmac_sha_digest (RFC 5709): digest = HMAC-SHA-x(key->string, '
  'packet) computed by ospf_auth_compute_hmac_sha compared with the digest appended to the received OSPF packet '
  'using memcmp (early exit).')
S(R, P, 306, 'memcmp', 'no', 'ospf_auth_check_md5_digest (RFC 2328 D.5.3): digest = MD5(packet || auth_key) '
  'keyed with the interface/keychain secret compared with the received digest using memcmp (early exit).')
S(R, P, 468, '!=', 'yes', 'ospf_auth_check_digest: keychain_get_hash_len(algo) compared with the received '
  'auth_data_len; the length of a MAC, not the MAC.', NS)
S(R, P, 672, 'memcmp', 'no', 'ospf_check_auth, OSPF_AUTH_SIMPLE: the configured simple password '
  '(OSPF_IF_PARAM(oi, auth_simple)) compared with the 8-byte password field of the received packet using memcmp '
  '(early exit).')
P = 'ripd/ripd.c'
S(R, P, 832, '!=', 'yes', 'rip_auth_simple_password: checks that the padding of the received password field is '
  'NUL; only the attacker\'s own bytes against \'\\0\', nothing secret.', NS)
S(R, P, 843, 'rte->tag', 'yes', 'rip_auth_simple_password: the RTE tag (authentication type) compared with '
  'RIP_AUTH_SIMPLE_PASSWORD; a public type code.', NS)
S(R, P, 848, 'strncmp', 'no', 'rip_auth_simple_password: the password received in the RIPv2 authentication RTE '
  'compared with the interface password ri->auth_str using strncmp (early exit).')
S(R, P, 859, 'key_match_for_accept', 'no', 'rip_auth_simple_password: call of the project\'s key_match_for_accept (lib/keychain.c:162), whose compare of each configured key string with the received password auth_str is an early-exit strncmp.')
S(R, P, 901, '==', 'yes', 'rip_auth_md5: md5->auth_len compared with RIP_AUTH_MD5_SIZE; the length of the '
  'MAC, not the MAC.', NS)
S(R, P, 959, 'memcmp', 'no', 'rip_auth_md5: digest = MD5(packet || auth_str), auth_str = key-chain or interface '
  'secret, compared with md5data->digest from the received packet using memcmp (early exit).')
P = 'lib/keychain.c'
S(R, P, 61, 'strcmp', 'yes', 'keychain_lookup: key-chain name compared with the configured names; public '
  'configuration identifier.', NS)
S(R, P, 121, '==', 'yes', 'key_lookup: key index (key id, sent in clear in the packet) compared with the '
  'configured ones.', NS)
S(R, P, 162, 'strncmp', 'no', 'key_match_for_accept (called by ripd\'s simple-password check with the received '
  'password): each configured key string (secret) compared with the received password using strncmp (early '
  'exit).')
ALGO = ('keychain_get_algo_id_by_name (CRYPTO_OPENSSL branch): algorithm name from the configuration compared '
        'with "md5", "cleartext", "hmac-sha-1"...; names are public.')
S(R, P, 296, 'strncmp', 'yes', ALGO + ' Covers lines 296-298.', NS)
S(R, P, 300, 'strncmp', 'yes', ALGO + ' Covers lines 300-302.', NS)
S(R, P, 304, 'strncmp', 'yes', ALGO + ' Covers lines 304-306.', NS)
P = 'lib/vty.c'
S(R, P, 514, 'strcmp', 'no', 'vty_auth: the vty login / enable password typed by the (remote telnet) user: with '
  '"service password-encryption", crypt(buf, passwd) compared with the stored crypt hash (514); otherwise the '
  'plain password compared with host.password / host.enable (516). Both use strcmp (early exit); one merged '
  'label for the two lines.')
S(R, P, 554, 'strncmp', 'yes', 'vty_command: command line compared with "echo PING"; not a secret.', NS)
P = 'eigrpd/eigrp_packet.c'
S(R, P, 232, 'memcmp', 'no', 'eigrp_check_md5_digest: digest = MD5(packet || key->string) compared with orig, '
  'the digest copied from the received MD5 authentication TLV, using memcmp (early exit).')
P = 'bfdd/bfd_packet.c'
S(R, P, 1013, '!=', 'yes', 'bfd_check_auth: received auth type compared with the expected auth type; a public '
  'type code.', NS)
S(R, P, 1049, 'memcmp', 'no', 'bfd_check_auth, simple password (RFC 5880 6.7.2): local_pwd (keychain key '
  'string) compared with the password received in the auth section using memcmp (early exit); the length '
  'compare on line 1048 is part of the same condition.')
S(R, P, 1121, 'digest_len', 'yes', 'bfd_check_auth: digest_len compared with KEYCHAIN_MAX_HASH_SIZE and 0; the '
  'length of a MAC, not the MAC.', NS)
S(R, P, 1133, 'memcmp', 'no', 'bfd_check_auth, keyed SHA-1 / HMAC: computed_digest = HMAC(key->string, packet '
  'with digest zeroed) compared with received_digest using memcmp (early exit).')
P = 'ospf6d/ospf6_auth_trailer.c'
S(R, P, 560, '!=', 'yes', 'ospf6_auth_validate_pkt: the authentication trailer length compared with header '
  'size + hash_len; a length, not the MAC.', NS)
S(R, P, 584, 'CRYPTO_memcmp', 'yes', 'ospf6_auth_validate_pkt (RFC 7166): received hash (temp_hash) compared '
  'with the recomputed HMAC in ospf6_auth->data using OpenSSL CRYPTO_memcmp (constant time). The memcmp '
  'fallback on line 586 is in the inactive #else of CRYPTO_OPENSSL and carries no label.')
P = 'isisd/isis_tlvs.c'
S(R, P, 7267, 'memcmp', 'no', 'auth_validator_cleartxt: the IS-IS area/domain/circuit cleartext password '
  '(passwd->passwd) compared with the password TLV of the received PDU using memcmp (early exit).')
S(R, P, 7291, 'memcmp', 'no', 'auth_validator_hmac_md5: digest = HMAC-MD5(passwd, PDU) compared with the '
  'received auth TLV value using memcmp (early exit).')
S(R, P, 7318, '==', 'yes', 'isis_tlvs_auth_is_valid: auth TLV type compared with the configured password type; '
  'a public type code.', NS)

# ---------------- jech/babeld (Babel routing daemon, C) ----------------
R = 'jech/babeld'
P = 'hmac.c'
S(R, P, 49, 'strcmp', 'yes', 'find_key: key id (a configuration name) compared with the configured key ids.',
  NS)
S(R, P, 252, 'memcmp', 'no', 'compare_hmac (RFC 8967): buf = HMAC-SHA256 / BLAKE2s(key, pseudo-header + body) '
  'compared with the MAC TLV of the received packet using memcmp (early exit).')
S(R, P, 278, 'compare_hmac', 'no', 'check_hmac: call of the project\'s compare_hmac, a wrapper whose compare is '
  'the early-exit memcmp on line 252, with the received MAC TLV (packet + i + 2).')
P = 'message.c'
S(R, P, 516, 'memcmp', 'yes', 'parse_packet, challenge reply: the echoed nonce compared with the nonce we sent '
  'in our challenge request; the nonce travels in clear and is only a freshness check (the packet\'s HMAC was '
  'verified before), so it is not secret.', NS)
S(R, P, 543, 'memcmp', 'yes', 'preparse_packet: packet-counter index received in the PC TLV compared with the '
  'neighbour\'s last index; public.', NS)

# ---- sanity: labels of one file at least 3 lines apart ----
seen = {}
for it in _labels.items:
    seen.setdefault((it['repo'], it['path']), []).append(it['line'])
for k, ls in seen.items():
    ls = sorted(ls)
    for a, b in zip(ls, ls[1:]):
        assert b - a >= 3, (k, a, b)
_labels.write(__file__, 'webhook47')
