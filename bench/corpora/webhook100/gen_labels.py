#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook100). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'isc-projects/bind9': 'bf74540dfe23bcb77afa62f65d1a290535435747',
 'valkey-io/valkey': '55bbbe09a3b37a98c907dbfbc225768ff253e84f',
 'leakingmemory/vtun-embedded': '2ef7c900821ce5e16807e9201fa8f9bd9ebb4665',
 'jedisct1/vtun': 'b54bab7e5bcff8b6373e7e37a1b1c34a0bc24090',
 'netdata/netdata': '04b1cf54270c4e21c02e322e577e7e96d547c9ee',
 'goshhhy/netatalk-classic': '8b6f9b63068b9ae822d53c9fe3abe61bdd397a1d',
}
ROOT = '/work/corpora/webhook100/src'

_labels = TokenLabels(ROOT, 'wh100', C)
S = _labels.S
CT = 'Constant-time compare.'
SAFE = (' isc_safe_memequal (lib/isc/safe.c 20) is !CRYPTO_memcmp, constant time.')

# ---------------- isc-projects/bind9 (DNS server; rndc control channel, TSIG HMAC; C) ----------------
R = 'isc-projects/bind9'
P = 'lib/isccc/cc.c'
S(R, P, 424, '!=', 'yes', 'verify (control channel message): length of the received HMAC-MD5 value compared with '
  'HMD5_LENGTH; a fixed public length.', NS)
S(R, P, 428, 'isc_safe_memequal', 'yes', 'verify: base64 HMAC-MD5 computed with the rndc key compared with the '
  'value from the message _auth section.' + SAFE, CT)
S(R, P, 447, '!=', 'yes', 'verify: algorithm byte carried with the HMAC compared with the expected algorithm id; '
  'a public algorithm identifier.', NS)
S(R, P, 448, 'isc_safe_memequal', 'yes', 'verify: base64 HMAC-SHA* computed with the rndc key compared with the '
  'received value.' + SAFE, CT)
S(R, P, 548, 'strcmp', 'yes', 'table_fromwire: first table key compared with the literal "_auth" to locate the '
  'signed region; a field name.', NS)
S(R, P, 618, '!=', 'yes', 'isccc_cc_fromwire: message version compared with 1; a protocol version.', NS)
P = 'lib/dns/hmac_link.c'
S(R, P, 238, '!=', 'yes', 'hmac_verify (TSIG/SIG(0) HMAC): received signature length compared with the expected '
  '(possibly truncated) length; public lengths.', NS)
S(R, P, 244, 'isc_safe_memequal', 'yes', 'hmac_verify: HMAC digest computed with the TSIG key compared with the '
  'received MAC.' + SAFE, CT)
S(R, 'lib/isc/safe.c', 20, 'CRYPTO_memcmp', 'yes', 'isc_safe_memequal itself: OpenSSL CRYPTO_memcmp, constant '
  'time (used for every MAC / cookie check in BIND).', CT)
P = 'lib/isc/crypto/ossl3.c'
S(R, P, 359, '!=', 'yes', 'isc_hmac_key_equal: lengths of the two HMAC keys compared before the constant-time '
  'byte compare; a key length, not key material.', NS)
S(R, P, 363, 'isc_safe_memequal', 'yes', 'isc_hmac_key_equal: HMAC key secrets compared.' + SAFE, CT)
S(R, 'lib/isc/proxy2.c', 199, 'memcmp', 'yes', 'isc__proxy2_handler_handle_signature: start of a PROXY v2 header '
  'compared with the fixed 12-byte protocol signature; a public magic.', NS)

# ---------------- valkey-io/valkey (key-value server; C) ----------------
R = 'valkey-io/valkey'
P = 'src/acl.c'
S(R, P, 216, '^', 'yes', 'time_independent_strcmp: XOR of every byte pair ORed into an accumulator over a fixed '
  'length, no early exit.', CT)
S(R, P, 1467, 'time_independent_strcmp', 'yes', 'ACLCheckUserCredentials: SHA-256 hex of the AUTH password '
  'compared with each stored password hash via time_independent_strcmp (fixed HASH_PASSWORD_LEN, XOR-OR loop).',
  CT)
S(R, P, 291, 'sdscmp', 'yes', 'ACLListMatchLoadedUser: user name of a loaded ACL definition compared with a user '
  'name; a public identifier.', NS)
S(R, P, 2156, 'strcasecmp', 'yes', 'ACLAppendUserForLoading: first word of an ACL file line compared with the '
  'keyword "user".', NS)
S(R, P, 2873, 'strcmp', 'yes', 'ACL DELUSER: user name compared with "default"; a public user name.', NS)
P = 'src/sentinel.c'
S(R, P, 1442, 'strcmp', 'yes', 'removeMatchingSentinelFromPrimary: run id of a known sentinel compared with the '
  'announced run id; a public instance identifier.', NS)
S(R, P, 2438, 'strncmp', 'yes', 'sentinelRefreshInstanceInfo: run id cached for the instance compared with the '
  'run_id from INFO (reboot detection); a public identifier.', NS)

# ---------------- leakingmemory/vtun-embedded (VTun VPN daemon; C) ----------------
R = 'leakingmemory/vtun-embedded'
S(R, 'auth1.c', 50, 'strcmp', 'yes', 'auth_server_v1: message keyword compared with "CHAL".', NS)
S(R, 'auth1.c', 56, 'memcmp', 'no', 'auth_server_v1: challenge decrypted with the host password compared with '
  'the challenge the server sent (challenge-response authentication of the client) with memcmp, early exit.')
S(R, 'auth2.c', 178, 'strcmp', 'yes', 'auth_server_v2: message keyword compared with "CHAL".', NS)
S(R, 'auth2.c', 184, 'memcmp', 'no', 'auth_server_v2: client response decrypted with the host password compared '
  'with the expected challenge with memcmp, early exit; this is the authentication of the client.')
S(R, 'auth2.c', 236, 'strncmp', 'yes', 'auth_server_v2: client acknowledgement compared with the status word '
  '"OK".', NS)
S(R, 'auth2.c', 320, 'memcmp', 'no', 'auth_client_v2 (bidirectional auth): server response to the client '
  'challenge, decrypted with the shared password, compared with the challenge with memcmp, early exit.')
S(R, 'auth.c', 234, 'strncmp', 'yes', 'do_auth_client: server banner compared with the "VTUN" prefix; a protocol '
  'marker.', NS)

# ---------------- jedisct1/vtun (VTun fork with libsodium; C) ----------------
R = 'jedisct1/vtun'
P = 'auth.c'
S(R, P, 270, 'strcmp', 'yes', 'auth_server: message keyword compared with "CKEY".', NS)
S(R, P, 275, '!=', 'yes', 'auth_server: decoded CKEY length compared with the fixed buffer size; a length.', NS)
S(R, P, 288, 'sodium_memcmp', 'yes', 'auth_server: keyed BLAKE2b MAC (host PSK) over the client key compared with '
  'the MAC sent by the client with sodium_memcmp, constant time.', CT)
S(R, P, 317, 'sodium_memcmp', 'yes', 'auth_server: keyed MAC over "CACK" and the server key compared with the '
  'client acknowledgement with sodium_memcmp.', CT)
S(R, P, 395, 'strcmp', 'yes', 'auth_client: server greeting keyword compared with "VTUN".', NS)
S(R, P, 426, 'sodium_memcmp', 'yes', 'auth_client: keyed MAC over the server key compared with the MAC sent by '
  'the server with sodium_memcmp.', CT)
S(R, P, 459, 'sodium_memcmp', 'yes', 'auth_client: keyed MAC over the flags compared with the received flags '
  'MAC with sodium_memcmp.', CT)

# ---------------- netdata/netdata (monitoring agent; C) ----------------
R = 'netdata/netdata'
S(R, 'src/health/health_silencers.c', 336, 'strcmp', 'no', 'web_client_api_request_v1_mgmt_health: Bearer '
  'token of the request compared with the management API secret (netdata.api.key) with strcmp, early exit.')
S(R, 'src/web/api/mcp_auth.c', 179, 'strcmp', 'no', 'mcp_api_key_verify: API key presented by an MCP client '
  'compared with the developer-preview API key with strcmp, early exit.')
S(R, 'src/web/api/v2/api_v2_claim.c', 101, 'uuid_compare', 'no', 'netdata_random_session_id_matches: claim key '
  '(a random UUID written to a file only the operator can read) compared with the key from the request; '
  'uuid_compare is nd_uuid_compare = memcmp (src/libnetdata/uuid/uuid.h 87), early exit.',
  'The key is regenerated after a failed attempt, which limits but does not remove the leak.')
S(R, 'src/web/api/v2/api_v2_bearer.c', 9, 'strcmp', 'yes', 'verify_host_uuids: machine GUID from the request '
  'compared with the host machine GUID; a public identifier.', NS)
S(R, 'src/web/api/v2/api_v2_bearer.c', 18, 'strcmp', 'yes', 'verify_host_uuids: node id from the request '
  'compared with the host node id; a public identifier.', NS)
S(R, 'src/claim/claim.c', 124, 'UUIDeq', 'yes', 'claim_id_matches: claim id from the request compared with the '
  'agent claim id; an identifier, not a credential.', NS)
S(R, 'src/streaming/protocol/command-claimed_id.c', 36, 'strcmp', 'yes', 'CLAIMED_ID streaming command: machine '
  'GUID in the command compared with the GUID of the connection host; a public identifier.', NS)
S(R, 'src/aclk/mqtt_websockets/ws_client.c', 346, 'strcmp', 'yes', 'ws_client_parse_handshake_resp: '
  'Sec-WebSocket-Accept value compared with the expected value derived from the client nonce; public handshake '
  'data, not a secret.', NS)

# ---------------- goshhhy/netatalk-classic (AFP file server 2.x; C) ----------------
R = 'goshhhy/netatalk-classic'
P = 'etc/uams/uams_passwd.c'
S(R, P, 104, 'strcmp', 'no', 'pwd_login (ClearTxt UAM): crypt() of the typed password compared with the '
  'stored password hash with strcmp, early exit.')
S(R, P, 282, 'strcmp', 'no', 'passwd_printer (ClearTxt UAM, papd): crypt() of the password compared with the '
  'stored hash with strcmp.')
P = 'etc/uams/uams_randnum.c'
S(R, P, 158, 'strncmp', 'yes', 'afppasswd (randnum UAM): user name field of an afppasswd line compared with the login '
  'name; a public user name.', NS)
S(R, P, 356, '!=', 'yes', 'randnum_logincont: session id from the request compared with the id the server '
  'sent in clear (a hash of a pointer); not a secret.', NS)
S(R, P, 370, 'memcmp', 'no', 'randnum_logincont: random number encrypted with the user password (DES) compared '
  'with the client answer with memcmp, early exit.')
S(R, P, 413, 'memcmp', 'no', 'rand2num_logincont: DES-encrypted random number compared with the client answer '
  'with memcmp.')
S(R, P, 470, 'memcmp', 'no', 'randnum_changepw: old password decrypted from the request compared with the '
  'stored password (seskey) with memcmp; verifies the old password before a change.')
P = 'bin/afppasswd/afppasswd.c'
S(R, P, 141, 'strncmp', 'yes', 'update_passwd: user name field of an afppasswd line compared with the user name.',
  NS)
S(R, P, 173, 'strncmp', 'no', 'update_passwd: OLD password typed by a non-root user compared with the stored '
  'afppasswd password with strncmp.')

_labels.write(__file__, 'webhook100')
