#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook82). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'OLSR/OONF': '1551b86d02869ca4cea4f10893928ac51ed92ace',
 'ClusterLabs/booth': 'eed109074850760094952bfd14f768b78a9e7f3e',
 'OpenSIPS/opensips': '8f4f1e1b4015a52f88953e6c16758f800bd0e9fb',
 'USNavalResearchLaboratory/ospf-mdr': '7c9e891d3904acfcb5fcb8a74c0d6fca5cb03725',
 'corosync/corosync': '5d625cefe820c71d14ec851fc6bb5fd640515d89',
}
ROOT = '/work/corpora/webhook82/src'

_labels = TokenLabels(ROOT, 'wh82', C)
S = _labels.S

# ---------------- OLSR/OONF (olsrd2 framework, RFC 7182 packet/message signatures; C) ----------------
R = 'OLSR/OONF'
P = 'src/crypto/rfc7182_provider/rfc7182_provider.c'
S(R, P, 290, '!=', 'yes', '_cb_validate_by_sign: length of the received signature compared with the length of the '
  'locally computed one; a length, not the signature bytes.', NS)
S(R, P, 299, 'memcmp', 'no', '_cb_validate_by_sign (the default validate callback of every RFC 7182 crypto '
  'function without its own, e.g. the HMAC ones): received ICV compared with the ICV computed with the shared key '
  'using memcmp (early exit).')
S(R, 'src/crypto/sharedkey_sig/sharedkey_sig.c', 279, 'memcmp', 'yes', '_cb_verify_id: key id carried in the '
  'signature TLV compared with the configured key id to pick the shared key; a public key identifier.', NS)

# ---------------- ClusterLabs/booth (cluster ticket manager; C) ----------------
R = 'ClusterLabs/booth'
S(R, 'src/auth.c', 157, 'memcmp', 'no', 'verify_hmac (gcrypt backend): HMAC-SHA1 of a booth message computed with '
  'the authkey compared with the HMAC carried in the message using memcmp (early exit).')

# ---------------- OpenSIPS/opensips (SIP server; C) ----------------
R = 'OpenSIPS/opensips'
BH = (' bcmp_hex128 (lib/digest_auth/dauth_hexops.h 55-83) hex-encodes our hash and compares it with the client\'s '
      'hex with bcmp, returning on the first differing block (early exit).')
S(R, 'lib/digest_auth/dauth_calc_md5.c', 176, 'bcmp_hex128', 'no', 'response_hash_bcmp (MD5): the Digest '
  'response the UA sent compared with the response computed from the stored HA1.' + BH)
S(R, 'lib/digest_auth/dauth_calc_sha256.c', 233, 'bcmp_hex128', 'no', 'response_hash_bcmp (SHA-256): the Digest '
  'response the UA sent compared with the response computed from the stored HA1.' + BH)
S(R, 'lib/digest_auth/dauth_calc_sha512t256.c', 207, 'bcmp_hex128', 'no', 'response_hash_bcmp (SHA-512/256): '
  'the Digest response the UA sent compared with the response computed from the stored HA1.' + BH)
P = 'modules/auth/api.c'
S(R, P, 53, 'memcmp', 'yes', 'strip_realm: configured realm_prefix compared with the start of the realm to strip '
  'it; a domain name.', NS)
S(R, P, 119, 'strncasecmp', 'yes', 'find_credentials: realm of an Authorization header compared with the expected '
  'realm to pick the credentials; a domain name.', NS)
S(R, P, 312, '!=', 'yes', 'check_response: length of the client\'s response compared with the hex length of the '
  'digest algorithm; a length.', NS)
S(R, 'modules/auth/auth_mod.c', 388, 'strncasecmp', 'yes', 'auth_get_ha1: user name from the username_spec '
  'variable compared with the user name of the credentials; a user name.', NS)
S(R, 'modules/auth/common.c', 50, 'memcmp', 'yes', 'get_realm: request method compared with "REGISTER"; a SIP '
  'method name.', NS)
S(R, 'forward.c', 273, 'memcmp', 'yes', 'Via branch parameter compared with the RFC 3261 magic cookie "z9hG4bK" '
  '(MCOOKIE); a protocol constant.', NS)

# ---------------- USNavalResearchLaboratory/ospf-mdr (Quagga-based routing suite; C) ----------------
R = 'USNavalResearchLaboratory/ospf-mdr'
P = 'ospfd/ospf_packet.c'
S(R, P, 349, '>', 'yes', 'ospf_check_md5_digest: neighbour\'s last cryptographic sequence number compared with the '
  'one in the packet (replay check); an ordering of public counters.', NS)
S(R, P, 366, 'memcmp', 'no', 'ospf_check_md5_digest: keyed-MD5 digest appended to the OSPF packet compared with '
  'MD5(packet || interface key) using memcmp (early exit).')
S(R, P, 1176, '==', 'yes', 'ospf_db_desc_is_dup: DD sequence number of the packet compared with the last one '
  'received; a sequence number.', NS)
S(R, P, 2302, '!=', 'yes', 'ospf_check_auth (simple): authentication type configured on the interface compared '
  'with the type of the packet; an enum value.', NS)
S(R, P, 2309, 'memcmp', 'no', 'ospf_check_auth (simple): the 8-byte cleartext password of the packet compared with '
  'the interface\'s authentication key using memcmp (early exit).')
S(R, P, 2341, '!=', 'yes', 'ospf_check_auth (cryptographic): key id of the packet compared with the key id of the '
  'last configured key; a public key identifier.', NS)
P = 'ripd/ripd.c'
S(R, P, 836, 'strncmp', 'no', 'rip_auth_simple_password: 16-byte RIPv2 cleartext password of the packet compared '
  'with the interface authentication string using strncmp (early exit).')
S(R, P, 878, '!=', 'yes', 'rip_auth_md5: authentication type of the interface and of the packet compared with '
  'RIP_AUTH_MD5; protocol constants.', NS)
S(R, P, 885, '==', 'yes', 'rip_auth_md5: authentication data length compared with the MD5 sizes; a length.', NS)
S(R, P, 936, 'memcmp', 'no', 'rip_auth_md5: keyed-MD5 digest of the packet compared with MD5(packet || key) using '
  'memcmp (early exit).')
P = 'lib/keychain.c'
S(R, P, 66, 'strcmp', 'yes', 'keychain_lookup: key chain name compared with the configured chain names; a '
  'configuration name.', NS)
S(R, P, 132, '==', 'yes', 'key_lookup: key index compared with the requested key id; a public key identifier.', NS)
S(R, P, 174, '<=', 'yes', 'key_match_for_accept: accept lifetime start compared with the current time; a '
  'timestamp ordering.', NS)
S(R, P, 176, 'strncmp', 'no', 'key_match_for_accept (used by ripd for RIPv2 simple-password key chains): key string '
  'compared with the password of the packet using strncmp (early exit).')
P = 'isisd/isis_pdu.c'
S(R, P, 87, 'memcmp', 'yes', 'area_match: area address of the neighbour compared with the local area addresses; '
  'public area ids.', NS)
S(R, P, 180, '!=', 'yes', 'authentication_check: local vs remote password type (cleartext / HMAC-MD5); an enum '
  'value.', NS)
S(R, P, 194, 'memcmp', 'no', 'authentication_check (cleartext): IS-IS password TLV of the PDU compared with the '
  'configured area/domain/circuit password using memcmp (early exit).')
S(R, P, 211, 'memcmp', 'no', 'authentication_check (HMAC-MD5): HMAC-MD5 computed over the PDU with the configured '
  'password compared with the one in the PDU using memcmp (early exit).')
S(R, P, 1006, 'memcmp', 'yes', 'process_lan_hello: SNPA (Ethernet MAC address) of the circuit compared with the '
  'source SNPA to drop our own IIH; a hardware address, not a message authentication code.', NS)
S(R, P, 1067, 'memcmp', 'yes', 'process_lan_hello: designated IS id of the circuit compared with the LAN id of the '
  'hello; a public system identifier.', NS)
S(R, P, 1369, 'memcmp', 'yes', 'process_lsp: LSP id compared with our own system id; a public system '
  'identifier.', NS)

# ---------------- corosync/corosync (cluster engine v2.4.6, totem crypto; C) ----------------
R = 'corosync/corosync'
P = 'exec/totemcrypto.c'
S(R, P, 591, 'strcmp', 'yes', 'string_to_crypto_hash_type: configured crypto_hash name compared with "sha256"; a '
  'configuration keyword.', NS)
S(R, P, 764, '<=', 'yes', 'authenticate_nss_2_3: received buffer length compared with the HMAC length; a '
  'length.', NS)
S(R, P, 773, 'memcmp', 'no', 'authenticate_nss_2_3: HMAC (NSS, keyed with the cluster authkey) computed over the '
  'totem packet compared with the HMAC at its end using memcmp (early exit).')
S(R, P, 892, '!=', 'yes', 'crypto_authenticate_and_decrypt: cipher type byte of the crypto header compared with '
  'CRYPTO_CIPHER_TYPE_2_3; a protocol constant.', NS)
S(R, P, 915, '!=', 'yes', 'crypto_authenticate_and_decrypt: hash type byte of the crypto header compared with '
  'CRYPTO_HASH_TYPE_2_3; a protocol constant.', NS)

_labels.write(__file__, 'webhook82')
