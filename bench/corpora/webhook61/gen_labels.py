#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook61). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'tbamud/tbamud': '03d7ba7a48495b270e113821bc59b3cbde43c4b0',
 'twitter/twemproxy': '60aaf855ba2e15e20d0efbe440c8ff071b719580',
 'jedisct1/dsvpn': 'f5c52dcb96917152b279cc8e1ea9cb8126973b99',
 'openiked/openiked-portable': '4a71216cf3c6372a13451574d0ceb85c892e7376',
 'coova/coova-chilli': 'e0c7d7af95066eff2b58ad4dca77a2dc85c64188',
 'pennmush/pennmush': 'e15120473393b196e0ff135a9e30c463484c1d08',
}
ROOT = '/work/corpora/webhook61/src'

_labels = TokenLabels(ROOT, 'wh61', C)
S = _labels.S
CT = 'Constant-time compare.'

# ---------------- tbamud/tbamud (MUD server; C) ----------------
R = 'tbamud/tbamud'
P = 'src/interpreter.c'
PW = ('crypt(3) of the typed password (CRYPT, salt = stored hash) compared with the stored password hash '
      'GET_PASSWD using strncmp (early exit)')
S(R, P, 1509, 'strncmp', 'no', 'nanny CON_PASSWORD (login of a known player): ' + PW + '.')
S(R, P, 1758, 'strncmp', 'no', 'nanny CON_CHPWD_GETOLD (change password, old password check): ' + PW + '.')
S(R, P, 1770, 'strncmp', 'no', 'nanny CON_DELCNF1 (delete character, password check): ' + PW + '.')
S(R, P, 1782, 'strcmp', 'yes', 'nanny CON_DELCNF2: the typed confirmation compared with the word "yes"; a '
  'confirmation word, not a secret.', NS)
S(R, P, 645, 'str_cmp', 'yes', 'do_alias: the alias name compared with the command word "alias"; a command name.', NS)

# ---------------- twitter/twemproxy (Redis/memcached proxy; C) ----------------
R = 'twitter/twemproxy'
P = 'src/proto/nc_redis.c'
S(R, P, 3117, 'memcmp', 'no', 'redis_handle_auth_req: password of the client AUTH command compared with the '
  'pool\'s redis_auth password using memcmp (early exit).')
S(R, P, 736, 'str4icmp', 'yes', 'redis_parse_req: the request command name compared with "auth" (str4icmp macro) '
  'to classify the command; a protocol keyword.', NS)

# ---------------- jedisct1/dsvpn (VPN; C) ----------------
R = 'jedisct1/dsvpn'
P = 'src/vpn.c'
KX = ('uc_hash with the key-exchange state uc_kx_st, which load_key_file initialises from the shared key '
      '(a keyed MAC)')
S(R, P, 193, 'memcmp', 'no', 'server_key_exchange: tag of the client\'s first packet compared with the ' + KX +
  ' using memcmp (early exit).')
S(R, P, 285, 'memcmp', 'no', 'client_key_exchange: tag of the server\'s reply compared with the ' + KX +
  ' using memcmp (early exit).')
S(R, P, 247, 'memcmp', 'yes', 'tcp_accept: numeric IP string of the new client compared with the active '
  'session\'s client IP; a public address.', NS)
S(R, P, 305, 'strcmp', 'yes', 'client_connect: current default gateway IP compared with the saved one; a public '
  'address.', NS)
S(R, P, 571, 'strcmp', 'yes', 'main: first command-line argument compared with "server" (mode word).', NS)
S(R, 'src/charm.c', 303, 'equals', 'yes', 'uc_decrypt: authentication tag of the message compared with the '
  'computed tag through equals() (charm.c 206-215: OR of the XORs of every byte, no early exit, branch-free '
  'result).', CT)
S(R, 'src/charm.c', 213, '^', 'yes', 'equals: the XOR-OR accumulate loop itself (no early exit).', CT)

# ---------------- openiked/openiked-portable (IKEv2 daemon; C) ----------------
R = 'openiked/openiked-portable'
S(R, 'iked/crypto.c', 1192, 'memcmp', 'no', 'dsa_verify_final (PSK / shared-key AUTH payload): HMAC from the peer '
  'compared with the HMAC computed with the pre-shared key using memcmp (early exit).')
S(R, 'iked/ikev2.c', 3848, 'memcmp', 'no', 'ikev2_resp_ike_eap_mschap (EAP-MSCHAPv2): NT-Response of the peer compared with '
  'the response computed from the configured user password using memcmp (early exit).')
S(R, 'iked/ikev2_msg.c', 632, 'memcmp', 'no', 'ikev2_msg_decrypt: integrity checksum (keyed HMAC with the SA '
  'integrity key) of the encrypted payload compared with the received one using memcmp (early exit).')
S(R, 'iked/ca.c', 1177, 'memcmp', 'yes', 'ca_by_subjectpubkey: digest of a CA certificate\'s public key compared '
  'with the CERTREQ hash to find the CA; public key hashes.', NS)
S(R, 'iked/ikev2.c', 753, 'memcmp', 'yes', 'ikev2_recv: a new IKE_SA_INIT compared with the first message of a '
  'closed SA to tell retransmits from new requests; public message bytes.', NS)
S(R, 'iked/ikev2.c', 4431, 'memcmp', 'yes', 'ikev2_nonce_cmp: the two exchange nonces ordered with memcmp '
  '(simultaneous rekey tie-break); nonces are sent in clear.', NS)
S(R, 'iked/ikev2_pld.c', 1087, 'memcmp', 'yes', 'ikev2_pld_notify NAT_DETECTION_*_IP: received hash compared with '
  'the SHA-1 of SPIs, address and port (unkeyed, public inputs) to detect NAT.', NS)
S(R, 'iked/ikev2_msg.c', 84, 'memcmp', 'yes', 'ikev2_msg_cb: the four zero bytes of the NAT-T non-ESP marker '
  'compared with the datagram start; a protocol constant.', NS)
S(R, 'iked/crypto.c', 906, 'memcmp', 'yes', '_dsa_verify_init: signature algorithm OID of the AUTH payload '
  'compared with the known scheme OIDs; a format identifier.', NS)
S(R, 'iked/policy.c', 254, 'memcmp', 'yes', 'policy_test: peer ID of the SA compared with a policy\'s peer ID to '
  'select the policy; a public identity.', NS)
S(R, 'compat/timingsafe_bcmp.c', 30, '^', 'yes', 'timingsafe_bcmp (compat copy of the OpenBSD one): OR of the '
  'XORs of every byte, no early exit.', CT)

# ---------------- coova/coova-chilli (captive portal / RADIUS client; C) ----------------
R = 'coova/coova-chilli'
S(R, 'src/radius.c', 1746, 'memcmp', 'no', 'radius_authcheck: Response Authenticator of the reply compared with '
  'MD5(packet || request authenticator || shared secret) using memcmp (early exit).')
S(R, 'src/radius.c', 1775, 'memcmp', 'no', 'radius_acctcheck: Request Authenticator of an accounting request '
  'compared with MD5(packet with zero authenticator || shared secret) using memcmp (early exit).')
S(R, 'src/redir.c', 3138, 'strcmp', 'no', 'is_local_user (PAP): password the user sent compared with the password '
  'of the localusers file entry using strcmp (early exit).')
S(R, 'src/redir.c', 3149, 'memcmp', 'no', 'is_local_user (CHAP): CHAP response of the user compared with '
  'MD5(ident || local password || challenge) using memcmp (early exit).')
S(R, 'src/redir.c', 3132, 'strncmp', 'yes', 'is_local_user: user name of the login compared with the user name of '
  'a localusers line to find the entry; a user name.', NS)
S(R, 'src/redir.c', 2238, 'strcmp', 'yes', 'redir_getreq: request path compared with "logon" to route the UAM '
  'request; a URL path keyword.', NS)
S(R, 'src/chilli.c', 4128, 'memcmp', 'yes', 'config_radius_session: CoovaChilli-Config attribute value compared '
  'with "require-uam-auth"; a configuration keyword.', NS)
S(R, 'src/chilli.c', 1282, 'memcmp', 'yes', 'maccmp: client MAC address compared with the macallowed list; a '
  'public hardware address.', NS)

S(R, 'src/chilli.c', 3641, 'memcmp', 'yes', 'access_request (RADIUS proxy): User-Name of the proxied request '
  'compared with the user name of the already authenticated session; a user name.', NS)
S(R, 'src/chilli.c', 6232, 'strcmp', 'yes', 'find_app_conn (chilli_query command socket): session id of the query '
  'compared with each session\'s Acct-Session-Id to find the session; an accounting identifier, not a credential.',
  NS)

# ---------------- pennmush/pennmush (MUSH server; C) ----------------
R = 'pennmush/pennmush'
P = 'src/player.c'
S(R, P, 189, 'strcmp', 'no', 'password_check (old crypt(3) format, HAVE_CRYPT): crypt() of the typed password '
  'compared with the stored password attribute using strcmp (early exit).')
S(R, P, 198, 'strcmp', 'no', 'password_check (plaintext fallback): stored password attribute compared with the '
  'typed password using strcmp (early exit).')
S(R, P, 292, 'password_check', 'no', 'connect_player: login password checked through the project helper '
  'password_check (strcmp at player.c 189/198, and password_comp / check_mux_password in mycrypt.c, early exit).')
S(R, P, 633, 'password_check', 'no', 'do_password (@password): old password checked through the project helper '
  'password_check (strcmp / memcmp inside, early exit).')
S(R, P, 107, 'strncmp', 'yes', 'check_fails: client IP address compared with the recorded failed-login IPs; a '
  'public address.', NS)
S(R, P, 412, 'strcasecmp', 'yes', 'email_register_player: e-mail address given at registration compared with the '
  'REGISTERED_EMAIL attribute to decide whether to resend; an e-mail address, not a credential.', NS)
S(R, P, 662, 'strncmp', 'yes', 'check_last: date part of the LAST connect time compared with today (daily '
  'paycheck); a timestamp.', NS)
P = 'src/mycrypt.c'
S(R, P, 292, 'memcmp', 'no', 'check_mux_password: stored (base64-decoded) MUX password digest compared with the '
  'digest of salt + typed password using memcmp (early exit).')
S(R, P, 424, 'strcmp', 'no', 'password_comp: stored password hash (version 1/2 format) compared with the hash of '
  'the typed password using strcmp (early exit).')
S(R, P, 402, 'strcmp', 'yes', 'password_comp: version field of the stored password string compared with "1"; a '
  'format tag.', NS)
S(R, P, 404, 'strcmp', 'yes', 'password_comp: version field of the stored password string compared with "2"; a '
  'format tag.', NS)

_labels.write(__file__, 'webhook61')
