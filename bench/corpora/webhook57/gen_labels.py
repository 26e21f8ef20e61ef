#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook57). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'ipmitool/ipmitool': 'be11d948f89b10be094e28d8a0a5e8fb532c7b60',
 'wangyu-/udp2raw': 'e42f0e573221c5e0146c02fd5d71f32aa93c7221',
 'eggheads/eggdrop': '277ec01e0aacfc29c8a0ce3383fe1999ca2414ce',
 'blueness/sthttpd': '2845bf5bff2b820d2336c8c8061cbfc5f271e720',
 'embedthis/goahead': '9b4deb0482a9a68e961c5ae8f3e880a5fcb81d7e',
 'mrash/fwknop': '7605573040604cf899fee4fff21fa0c6e6bc5c37',
 'P-H-C/phc-winner-argon2': 'f57e61e19229e23c4445b85494dbf7c07de721cb',
 'Duncaen/OpenDoas': '9a25a6d7b6be3ed4ffb822c5a3fa178057d18329',
 'paullouisageneau/libjuice': '3c40a3545b6b1b62c7adee7f8f2bd58aa290afd6',
 'Quagga/quagga': '88d6516676cbcefb6ecdc1828cf59ba3a6e5fe7b',
}
ROOT = '/work/corpora/webhook57/src'

_labels = TokenLabels(ROOT, 'wh57', C)
S = _labels.S
CT = 'Constant-time compare.'
EARLY = ' using memcmp (early exit).'

# ---------------- ipmitool/ipmitool (IPMI v2 / RMCP+ client, lanplus; C) ----------------
R = 'ipmitool/ipmitool'
P = 'src/plugins/lanplus/lanplus_crypt.c'
S(R, P, 207, 'memcmp', 'no', 'lanplus_rakp2_hmac_matches: key-exchange authentication code of the BMC\'s RAKP '
  'message 2 compared with the HMAC computed with the user password/Kg (session->authcode)' + EARLY)
S(R, P, 382, 'memcmp', 'no', 'lanplus_rakp4_hmac_matches: integrity check value of RAKP message 4 compared with '
  'the HMAC computed with the session integrity key SIK' + EARLY)
S(R, P, 985, 'memcmp', 'no', 'lanplus_has_valid_auth_code: per-packet AuthCode of a response compared with the '
  'HMAC computed with the session key K1' + EARLY)

# ---------------- wangyu-/udp2raw (UDP tunnel; C++) ----------------
R = 'wangyu-/udp2raw'
P = 'encrypt.cpp'
S(R, P, 193, 'memcmp', 'no', 'auth_hmac_sha1_verify: HMAC-SHA1 (keyed with hmac_key_decrypt, derived from the '
  'shared key) of the received packet compared with the trailing 20 bytes' + EARLY)
S(R, P, 222, 'memcmp', 'yes', 'auth_simple_verify: unkeyed djb2/sdbm checksum (simple_hash) of the packet compared '
  'with the trailing 8 bytes; an integrity checksum anyone can compute, not a secret.', NS)
S(R, P, 370, 'memcmp', 'yes', 'auth_crc32_verify: unkeyed CRC32 of the packet compared with the trailing 4 bytes; a '
  'checksum, not a secret.', NS)

# ---------------- eggheads/eggdrop (IRC bot; C) ----------------
R = 'eggheads/eggdrop'
CV = ' crypto_verify (src/misc.c 1574) ORs the XOR of every byte pair after a length check, no early exit.'
S(R, 'src/dcc.c', 633, 'strcmp', 'no', 'dcc_bot_check_digest: botnet link response MD5(challenge || botnetnick || '
  'bot password) from the remote bot compared (hex) with the locally computed digest using strcmp (early exit).')
S(R, 'src/dcc.c', 712, 'u_pass_match', 'yes', 'dcc_chat_pass: party-line password checked through the project '
  'helper u_pass_match (src/userrec.c 421), whose compares all go through crypto_verify.' + CV, CT)
S(R, 'src/misc.c', 1589, '^', 'yes', 'crypto_verify: the XOR-OR accumulate loop itself (libsodium style, no '
  'early exit).', CT)
S(R, 'src/userrec.c', 445, 'crypto_verify', 'yes', 'u_pass_match: bot link password compared with the stored one.'
  + CV, CT)
S(R, 'src/userrec.c', 462, 'crypto_verify', 'yes', 'u_pass_match: blowfish-encrypted password compared with the '
  'stored PASS entry.' + CV, CT)
S(R, 'src/mod/pbkdf2.mod/pbkdf2.c', 216, 'crypto_verify', 'yes', 'pbkdf2_verify: stored $pbkdf2 hash string '
  'compared with the hash computed from the given password (crypto_verify is the module-table export of '
  'src/misc.c 1574, no early exit).', CT)
S(R, 'src/mod/pbkdf2.mod/pbkdf2.c', 222, 'strcmp', 'yes', 'pbkdf2_verify: digest method name of the stored hash '
  'compared with the configured pbkdf2-method to decide on re-encoding; an algorithm name.', NS)

# ---------------- blueness/sthttpd (thttpd fork, HTTP server; C) ----------------
R = 'blueness/sthttpd'
P = 'src/libhttpd.c'
S(R, P, 1058, 'strcmp', 'yes', 'auth_check2: Basic-auth user name compared with the cached user name; a user '
  'name.', NS)
S(R, P, 1064, 'strcmp', 'no', 'auth_check2 (cache hit): crypt(3) of the Basic-auth password compared with the '
  'cached .htpasswd hash using strcmp (early exit).')
S(R, P, 1108, 'strcmp', 'yes', 'auth_check2: user name field of a .htpasswd line compared with the Basic-auth user '
  'name; a user name.', NS)
S(R, P, 1116, 'strcmp', 'no', 'auth_check2: crypt(3) of the Basic-auth password compared with the .htpasswd hash '
  'using strcmp (early exit).')
S(R, P, 3747, 'strcmp', 'yes', 'really_start_request: requested file name compared with AUTH_FILE (".htpasswd") to '
  'refuse serving it; a file name.', NS)

# ---------------- embedthis/goahead (embedded HTTP server; C) ----------------
R = 'embedthis/goahead'
P = 'src/auth.c'
PM = ' pmatch (src/auth.c 631) ORs the XOR of every byte pair over the longer length, no early exit.'
S(R, P, 108, 'smatch', 'yes', 'websAuthenticate: authentication scheme of the request compared with the route\'s '
  'scheme; a protocol name.', NS)
S(R, P, 598, 'sstarts', 'yes', 'websVerifyPasswordFromFile: stored password checked for the "BF1:" (blowfish hash) '
  'format prefix; a format tag, compared with a constant.', NS)
S(R, P, 615, 'pmatch', 'yes', 'websVerifyPasswordFromFile: digest-auth response compared with the expected '
  'digest.' + PM, CT)
S(R, P, 617, 'pmatch', 'yes', 'websVerifyPasswordFromFile: encoded password compared with the stored password.' +
  PM, CT)
S(R, P, 649, '^', 'yes', 'pmatch: the XOR-OR accumulate loop itself.', CT)
S(R, P, 986, 'smatch', 'yes', 'parseDigestDetails: realm decoded from the nonce compared with the configured realm; '
  'a public realm string.', NS)
S(R, 'src/crypt.c', 1026, '^', 'yes', 'websCheckPassword: blowfish password hash compared with the stored hash by '
  'ORing the XOR of every byte pair (and of the lengths), no early exit.', CT)

# ---------------- mrash/fwknop (single packet authorization; C) ----------------
R = 'mrash/fwknop'
CRC = (' constant_runtime_cmp (common/fko_util.c 89) walks all len bytes counting matches and mismatches, no early '
       'exit.')
S(R, 'lib/fko_hmac.c', 152, 'constant_runtime_cmp', 'yes', 'fko_verify_hmac: HMAC of the SPA packet (from the '
  'data) compared with the HMAC computed with the access.conf HMAC key.' + CRC, CT)
S(R, 'lib/fko_decode.c', 124, 'constant_runtime_cmp', 'yes', 'verify_digest: message digest in the decrypted '
  'SPA data compared with the computed one.' + CRC, CT)
S(R, 'server/replay_cache.c', 449, 'constant_runtime_cmp', 'yes', 'is_replay_file_cache: digest of the incoming '
  'SPA packet compared with the cached digests of earlier packets (replay check of public digests).' + CRC, CT)
S(R, 'server/incoming_spa.c', 814, 'strcmp', 'yes', 'check_username: user name in the SPA data compared with the '
  'REQUIRE_USERNAME of the access stanza; a user name.', NS)

# ---------------- P-H-C/phc-winner-argon2 (password hashing reference; C) ----------------
R = 'P-H-C/phc-winner-argon2'
S(R, 'src/argon2.c', 244, '^', 'yes', 'argon2_compare: the XOR-OR accumulate loop (no early exit).', CT)
S(R, 'src/argon2.c', 349, 'argon2_compare', 'yes', 'argon2_verify_ctx: Argon2 hash decoded from the encoded string '
  'compared with the hash recomputed from the password; argon2_compare (src/argon2.c 239) ORs the XOR of every '
  'byte, no early exit.', CT)
S(R, 'src/encoding.c', 327, 'CC', 'yes', 'decode_string: the type name ("argon2id", ...) at the start of the encoded '
  'hash compared with the expected type (CC is a strncmp macro); a format prefix.', NS)

# ---------------- Duncaen/OpenDoas (doas for Linux; C) ----------------
R = 'Duncaen/OpenDoas'
S(R, 'shadow.c', 97, 'strcmp', 'no', 'shadowauth: crypt(3) of the typed password compared with the shadow(5) hash '
  'using strcmp (early exit).')
S(R, 'doas.c', 121, 'strcmp', 'yes', 'match: command of a doas.conf rule compared with the requested command; a '
  'command name.', NS)

# ---------------- paullouisageneau/libjuice (ICE / STUN / TURN library; C) ----------------
R = 'paullouisageneau/libjuice'
CTM = (' const_time_memcmp (src/const_time.c 11) ORs the XOR of every byte pair, no early exit.')
S(R, 'src/stun.c', 1123, 'const_time_memcmp', 'yes', 'stun_check_integrity: MESSAGE-INTEGRITY HMAC-SHA1 of the '
  'STUN message compared with the computed one.' + CTM, CT)
S(R, 'src/stun.c', 1142, 'const_time_memcmp', 'yes', 'stun_check_integrity: MESSAGE-INTEGRITY-SHA256 HMAC compared '
  'with the computed one.' + CTM, CT)
S(R, 'src/stun.c', 597, 'memcmp', 'yes', 'stun_read: PASSWORD-ALGORITHMS attribute echoed by the client compared '
  'with the list the server offers; a list of algorithm identifiers (RFC 8489 downgrade check).', NS)
S(R, 'src/const_time.c', 16, '^', 'yes', 'const_time_memcmp: the XOR-OR accumulate loop itself.', CT)
S(R, 'src/server.c', 706, 'strcmp', 'yes', 'server_dispatch_stun: realm of the request compared with the configured '
  'realm; a public realm string.', NS)
S(R, 'src/server.c', 718, 'const_time_memcmp', 'yes', 'server_dispatch_stun: USERHASH of the request compared with '
  'each configured credential\'s user hash.' + CTM, CT)
S(R, 'src/server.c', 735, 'const_time_strcmp', 'yes', 'server_dispatch_stun: user name of the request compared with '
  'each configured credential\'s user name with the project\'s const_time_strcmp (src/const_time.c 21, XOR-OR up '
  'to the first NUL).', CT)
S(R, 'src/agent.c', 1285, 'strcmp', 'yes', 'agent_verify_stun_binding: local ICE ufrag in the USERNAME attribute '
  'compared with the agent\'s ufrag; ufrags are public (sent in the SDP), the password check is the HMAC.', NS)
S(R, 'src/agent.c', 2672, 'memcmp', 'yes', 'agent_find_entry_from_transaction_id: STUN transaction id compared with '
  'the pending entries; a public identifier.', NS)

# ---------------- Quagga/quagga (routing suite; C) ----------------
R = 'Quagga/quagga'
S(R, 'ripd/ripd.c', 829, 'strncmp', 'no', 'rip_auth_simple_password: RIPv2 simple password from the packet '
  'compared with the interface authentication string using strncmp (early exit).')
S(R, 'ripd/ripd.c', 841, 'key_match_for_accept', 'no', 'rip_auth_simple_password: RIPv2 simple password checked '
  'against the key chain through the project helper key_match_for_accept (lib/keychain.c 176, strncmp, early '
  'exit).')
S(R, 'ripd/ripd.c', 929, 'memcmp', 'no', 'rip_auth_md5: keyed MD5 digest of the RIPv2 packet compared with the '
  'digest computed with the interface/key-chain key' + EARLY)
S(R, 'lib/keychain.c', 176, 'strncmp', 'no', 'key_match_for_accept: key chain key string compared with the '
  'password received in a RIP packet using strncmp (early exit).')
S(R, 'ospfd/ospf_packet.c', 366, 'memcmp', 'no', 'ospf_check_md5_digest: OSPF cryptographic authentication digest '
  '(MD5 over the packet and the interface key) compared with the computed one' + EARLY)
S(R, 'ospfd/ospf_packet.c', 2304, 'memcmp', 'no', 'ospf_check_auth: OSPF simple password of the packet compared '
  'with the interface\'s auth_simple key' + EARLY)

_labels.write(__file__, 'webhook57')
