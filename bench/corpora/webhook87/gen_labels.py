#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook87). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS, token_location  # noqa: E402

C = {
 'chu11/freeipmi-mirror': '53e7bd2c900eb2128c73e3316212d605b8ad40ca',
 'NagiosEnterprises/nsca': 'c259e1c08d866cb0920bb807d36a174cca15b249',
 'NagiosEnterprises/nrpe': '8db61f6ed06e112d09d136c3887ef06a16200af6',
 'karlheyes/icecast-kh': 'ea3554b5167f6780a8be77f1715f90ed02005665',
 'lfany/monit': 'f547f35103687722c3bdcd70932cac46c291fa2a',
 'dun/munge': '9317fe8a7efe692d8c5547c3b5c83dacb2c26872',
 'bstansell/conserver': '290933b4a7964d56f74d2e3c61f7045c5e0d6bfe',
 'ossec/ossec-hids': '7f06fe0d7047e6b6b4ece86f82248660f89c3dbe',
}
ROOT = '/work/corpora/webhook87/src'

_labels = TokenLabels(ROOT, 'wh87', C)
S = _labels.S


def SA(repo, path, line, tok, at, ct, why, note=''):
    """As S, for a line holding the token more than once: the column is that of `tok` inside `at`."""
    S(repo, path, line, tok, ct, why, note)
    it = _labels.items[-1]
    it['column'], it['line_sha1'] = token_location(ROOT, repo, path, line, tok, at)


CT = 'Constant-time compare.'

# ---------------- chu11/freeipmi-mirror (FreeIPMI: IPMI 1.5 / 2.0 LAN client library; C) ----------------
R = 'chu11/freeipmi-mirror'
P = 'libfreeipmi/util/ipmi-lan-util.c'
S(R, P, 73, '==', 'yes', 'ipmi_lan_check_session_sequence_number: sequence number of the response compared with '
  'the expected one; a public counter.', NS)
S(R, P, 101, '==', 'yes', 'ipmi_lan_check_session_id: session id of the response compared with the session id; '
  'a public session identifier.', NS)
S(R, P, 315, 'memcmp', 'no', 'ipmi_lan_check_session_authentication_code: IPMI 1.5 session authentication code of '
  'the BMC response (MD2/MD5 keyed with the password, or the straight password) compared with the computed one '
  'using memcmp (early exit).')
S(R, P, 503, 'memcmp', 'no', 'ipmi_lan_check_packet_session_authentication_code: authentication code in the raw '
  'packet compared with the one computed from the password (keyed MD2/MD5 or straight password) using memcmp '
  '(early exit).')
S(R, P, 541, '==', 'yes', 'ipmi_lan_check_net_fn: network function code of the response compared with the '
  'expected one; a protocol constant.', NS)
S(R, P, 569, '==', 'yes', 'ipmi_lan_check_rq_seq: requester sequence number compared with the expected one; a '
  'public counter.', NS)
P = 'libfreeipmi/util/ipmi-rmcpplus-util.c'
S(R, P, 864, '!=', 'yes', 'ipmi_rmcpplus_check_payload_pad: confidentiality pad bytes checked against 1, 2, 3, ...; '
  'public padding.', NS)
S(R, P, 1095, 'memcmp', 'no', 'ipmi_rmcpplus_check_rakp_2_key_exchange_authentication_code: RAKP message 2 key '
  'exchange authentication code (HMAC keyed with the user password) compared with the computed HMAC using memcmp '
  '(early exit).')
S(R, P, 1235, 'memcmp', 'no', 'ipmi_rmcpplus_check_rakp_4_integrity_check_value: RAKP message 4 integrity check '
  'value (HMAC keyed with the session integrity key) compared with the computed one using memcmp (early exit).')
S(R, P, 1397, 'memcmp', 'no', 'ipmi_rmcpplus_check_packet_session_authentication_code: per-packet integrity '
  'authcode (HMAC / MD5 keyed with K1 or the password) compared with the computed digest using memcmp (early '
  'exit).')
S(R, P, 1432, '==', 'yes', 'ipmi_rmcpplus_check_payload_type: payload type of the session header compared with the '
  'expected one; a protocol constant.', NS)
S(R, P, 1460, '==', 'yes', 'ipmi_rmcpplus_check_status_code: RMCP+ status code compared with the expected one.', NS)
S(R, P, 1488, '==', 'yes', 'ipmi_rmcpplus_check_message_tag: message tag echoed by the BMC compared with the one '
  'sent; a public request tag.', NS)
S(R, P, 1514, '==', 'yes', 'ipmi_rmcpplus_check_remote_console_session_id: remote console session id compared with '
  'the one the client chose; a public identifier.', NS)
S(R, P, 1543, '==', 'yes', 'ipmi_rmcpplus_check_session_id: session id of the session header compared with the '
  'session id; a public identifier.', NS)

# ---------------- NagiosEnterprises/nsca (Nagios passive check receiver; C) ----------------
R = 'NagiosEnterprises/nsca'
P = 'src/nsca.c'
S(R, P, 1052, 'strncmp', 'yes', 'accept_connection: peer host string checked for the "::ffff:" IPv4-mapped '
  'prefix; an address format.', NS)
S(R, P, 1349, '!=', 'yes', 'handle_connection_read: packet version of the decrypted packet compared with '
  'NSCA_PACKET_VERSION_3; a protocol constant.', NS)
S(R, P, 1363, '!=', 'yes', 'handle_connection_read: CRC32 carried in the packet compared with the CRC32 computed '
  'over it; an unkeyed checksum, not a MAC.', NS)

# ---------------- NagiosEnterprises/nrpe (Nagios remote plugin executor; C) ----------------
R = 'NagiosEnterprises/nrpe'
P = 'src/nrpe.c'
S(R, P, 1207, 'strcmp', 'yes', 'find_command: command name requested by the client compared with the configured '
  'command names; a check command name.', NS)
S(R, P, 1774, 'strcmp', 'yes', 'handle_connection: command name compared with NRPE_HELLO_COMMAND (the version '
  'probe); a protocol keyword.', NS)
S(R, P, 2068, '!=', 'yes', 'read_packet: packet version of the request compared with NRPE_PACKET_VERSION_2/4; a '
  'protocol constant.', NS)
S(R, P, 2770, '!=', 'yes', 'validate_request: CRC32 of the request packet compared with the computed CRC32; an '
  'unkeyed checksum, not a MAC.', NS)
P = 'src/acl.c'
S(R, P, 549, '==', 'yes', 'is_an_allowed_host: client IPv4 address compared with a resolved allowed_hosts '
  'address; a public address.', NS)
S(R, P, 568, 'memcmp', 'yes', 'is_an_allowed_host: client IPv6 address compared with a resolved allowed_hosts '
  'address; a public address.', NS)

# ---------------- karlheyes/icecast-kh (Icecast streaming server fork; C) ----------------
R = 'karlheyes/icecast-kh'
P = 'src/connection.c'
SA(R, P, 1646, 'strcmp', 'strcmp(password', 'no', '_check_pass_http: Basic-auth password compared with the '
   'configured admin / relay / source password using strcmp (early exit); the user name compare before it on the '
   'same line is not a secret.')
S(R, P, 1663, 'strcmp', 'no', '_check_pass_icy: ICY (SHOUTcast) source/admin password compared with the configured '
  'password using strcmp (early exit).')
S(R, P, 1677, 'strcmp', 'no', '_check_pass_ice: ice-password header compared with the configured source password '
  'using strcmp (early exit).')
S(R, P, 1697, 'strcmp', 'yes', 'connection_check_admin_pass: request protocol compared with "ICY"; a protocol '
  'name.', NS)
S(R, P, 1736, 'strcmp', 'yes', 'connection_check_pass: request protocol compared with "ICY"; a protocol name.', NS)
P = 'src/auth_htpasswd.c'
S(R, P, 90, 'strcmp', 'yes', 'compare_users: AVL ordering of htpasswd entries by user name.', NS)
S(R, P, 219, 'strcmp', 'no', 'htpasswd_auth: stored password hash compared with the hash of the listener\'s password '
  'using strcmp (early exit).')
S(R, P, 370, 'strcmp', 'yes', 'htpasswd_deleteuser: user name of a file line compared with the user to delete; a '
  'user name.', NS)

# ---------------- lfany/monit (monit mirror, 2017; C) ----------------
R = 'lfany/monit'
S(R, 'src/util.c', 1620, 'IS', 'yes', 'Util_getUserCredentials: configured user name compared with the client\'s '
  'user name (IS is a case-insensitive Str_isEqual); a user name.', NS)
S(R, 'src/util.c', 1691, 'Str_compareConstantTime', 'yes', 'Util_checkCredentials: cleartext / MD5-crypt / crypt '
  'form of the client password compared with the configured password through Str_compareConstantTime '
  '(libmonit/src/util/Str.c 424: fixed-size buffers, XOR-OR over the whole buffer).', CT)
S(R, 'src/http/processor.c', 450, 'IS', 'yes', 'do_service: HTTP method compared with "GET"; a method '
  'name.', NS)
S(R, 'src/http/processor.c', 777, 'Str_compareConstantTime', 'yes', 'is_authenticated (CSRF): securitytoken '
  'cookie value compared with the form token through Str_compareConstantTime.', CT)
S(R, 'libmonit/src/util/Str.c', 432, '^', 'yes', 'Str_compareConstantTime: the XOR-OR accumulate loop over both '
  'fixed-size buffers (no early exit).', CT)

# ---------------- dun/munge (MUNGE credential daemon; C) ----------------
R = 'dun/munge'
S(R, 'src/munged/dec.c', 372, '!=', 'yes', 'dec_unpack_outer: credential version byte compared with '
  'MUNGE_CRED_VERSION; a format constant.', NS)
S(R, 'src/munged/dec.c', 677, 'crypto_memcmp', 'yes', 'dec_validate_mac: MAC of the credential compared with the '
  'computed HMAC through crypto_memcmp (src/common/crypto.c 437: CRYPTO_memcmp).', CT)
S(R, 'src/common/crypto.c', 440, 'CRYPTO_memcmp', 'yes', 'crypto_memcmp: OpenSSL CRYPTO_memcmp (the branch '
  'compiled with HAVE_CRYPTO_MEMCMP).', CT)

# ---------------- bstansell/conserver (serial console server; C) ----------------
R = 'bstansell/conserver'
P = 'conserver/group.c'
S(R, P, 807, 'strcmp', 'no', 'CheckPass: crypt(3) of the password the client typed compared with the passwd / '
  'shadow hash using strcmp (early exit).')
S(R, P, 1489, 'strcmp', 'yes', 'CheckPasswd: user field of a conserver.passwd line compared with the "*any*" '
  'keyword.', NS)
S(R, P, 1490, 'strcmp', 'yes', 'CheckPasswd: user field of a conserver.passwd line compared with the client\'s user '
  'name.', NS)
S(R, P, 1500, 'strcmp', 'yes', 'CheckPasswd: password field of the conserver.passwd line compared with the '
  '"*passwd*" marker (use the system password); a configuration keyword, no client input.', NS)
S(R, P, 1503, 'strcmp', 'no', 'CheckPasswd: crypt(3) of the password the client typed compared with the '
  'conserver.passwd hash using strcmp (early exit).')
P = 'conserver/readcfg.c'
S(R, P, 5163, 'strcmp', 'yes', 'ReReadCfg: password file name compared with the configured passwdfile; a path, not '
  'a secret.', NS)

# ---------------- ossec/ossec-hids (host IDS manager/agent; C) ----------------
R = 'ossec/ossec-hids'
P = 'src/os_auth/auth_conn.c'
S(R, P, 159, 'strncmp', 'yes', 'auth_connection_worker (ossec-authd): request checked for the "OSSEC PASS: " prefix; a '
  'protocol keyword.', NS)
S(R, P, 162, 'strncmp', 'no', 'auth_connection_worker (ossec-authd): enrollment password sent by the agent compared with authd.pass using '
  'strncmp (early exit).')
S(R, P, 179, 'strncmp', 'yes', 'auth_connection_worker (ossec-authd): request checked for the "OSSEC A:\'" prefix; a protocol '
  'keyword.', NS)
P = 'src/os_auth/check_cert.c'
S(R, P, 196, 'memcmp', 'yes', 'check_ipaddr: IPv4 subjectAltName of the manager certificate compared with the '
  'manager address; a public address.', NS)
S(R, P, 200, 'memcmp', 'yes', 'check_ipaddr: IPv6 subjectAltName of the manager certificate compared with the '
  'manager address; a public address.', NS)
S(R, 'src/os_crypto/shared/keys.c', 393, 'strcmp', 'yes', 'OS_IsAllowedName: agent name compared with the names of '
  'client.keys entries; a public agent name.', NS)

_labels.write(__file__, 'webhook87')
