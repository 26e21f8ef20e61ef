#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook41). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file, and the script fails if the line lacks the token
# or if two labels of one file are less than 3 lines apart.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'lwip-tcpip/lwip': '3d896ba0a37ff3ce73270ca5e230707fe47f60e3',
 'linux-pam/linux-pam': 'ddab692c8409c9a3b5613bd21638dea404ba4edf',
 'OpenSMTPD/OpenSMTPD': '3153385b02a0a155690061767491ca4009ccd4ee',
 'torproject/tor': '3cb6a690be60fcdab60130402ff88dcfc0657596',
 'ddnet/ddnet': '28baa427bad88b7dd0b04eca370ab8c9daed9a7c',
 'PowerDNS/pdns': '20096dc7c96883e6f92ed91ce8fa6e911f50bca0',
}
ROOT = '/work/corpora/webhook41/src'

_labels = TokenLabels(ROOT, 'wh41', C)
S = _labels.S
CT = 'Constant-time compare.'
LCT = ('Constant-time compare: lwip_memcmp_consttime (src/core/def.c:274, XOR-OR accumulate over all len bytes, '
       'declared in lwip/def.h).')
PCT = ('Constant-time compare: pam_consttime_streq (libpam/include/pam_inline.h:235, volatile XOR-OR accumulate '
       'over the whole user input, no early exit).')
TCT = ('Constant-time compare: tor_memeq / tor_memneq (src/lib/ctime/di_ops.c, data-independent XOR-accumulate; '
       'tor_memneq is !tor_memeq).')
PDCT = ('Constant-time compare: constantTimeStringEquals (pdns/misc.cc:1741, length check then CRYPTO_memcmp).')

# ---------------- lwip-tcpip/lwip (PPP CHAP / MS-CHAP / EAP / L2TP, PAP, SNMPv3) ----------------
R = 'lwip-tcpip/lwip'
P = 'src/netif/ppp/chap-md5.c'
S(R, P, 85, 'memcmp', 'no', 'chap_md5_verify_response (PPP server): MD5(id, shared CHAP secret, challenge) computed '
  'locally compared with the peer\'s CHAP response using memcmp.')
P = 'src/netif/ppp/chap_ms.c'
S(R, P, 282, 'memcmp', 'no', 'chapms_verify_response (MS-CHAPv1 server): NT response computed by ChapMS from the '
  'secret and challenge compared with the peer\'s NT response using memcmp.')
S(R, P, 336, 'memcmp', 'no', 'chapms2_verify_response (MS-CHAPv2 server): NT response computed by ChapMS2 from the '
  'secret compared with the peer\'s response using memcmp.')
S(R, P, 405, 'strncmp', 'yes', 'chapms2_check_success: Success packet compared with the fixed prefix "S=" (message '
  'syntax).', NS)
S(R, P, 413, 'memcmp', 'no', 'chapms2_check_success (MS-CHAPv2 client): Authenticator Response of the server\'s '
  'Success packet compared with the one computed from our secret (private_) using memcmp (mutual authentication; '
  'see README, Doubts).')
P = 'src/netif/ppp/eap.c'
S(R, P, 1894, 'BCMP', 'no', 'eap_response EAPT_MD5CHAP (EAP server): MD5(id, secret, challenge) compared with the '
  'peer\'s EAP-MD5 response using BCMP (ppp_impl.h: #define BCMP memcmp).')
P = 'src/netif/ppp/pppol2tp.c'
S(R, P, 660, 'memcmp', 'no', 'pppol2tp_dispatch_control_packet: L2TP Challenge Response AVP from the LNS compared '
  'with MD5(SCCRP, tunnel secret, our random challenge) using memcmp.')
P = 'src/netif/ppp/auth.c'
S(R, P, 1016, 'lwip_memcmp_consttime', 'yes', 'auth_check_passwd (PAP server): PAP password from the peer compared '
  'with the configured password using lwip_memcmp_consttime (line 1015, the user name with the same function, '
  'is merged into this label).', LCT)
P = 'src/apps/snmp/snmp_msg.c'
S(R, P, 979, 'memcmp', 'yes', 'snmp_parse_inbound_frame: msgAuthoritativeEngineID of the request compared with the '
  'agent\'s engine ID (a public identifier, discovered by any manager).', NS)
S(R, P, 1060, 'lwip_memcmp_consttime', 'yes', 'snmp_parse_inbound_frame: msgAuthenticationParameters of the SNMPv3 '
  'request compared with the HMAC computed by snmpv3_auth over the message.', LCT)

# ---------------- linux-pam/linux-pam (pam_unix, pam_userdb, pam_pwhistory, pam_get_authtok) ----------------
R = 'linux-pam/linux-pam'
P = 'modules/pam_unix/passverify.c'
S(R, P, 100, 'pam_consttime_streq', 'yes', 'verify_pwd_hash: Goodcrypt_md5(password, hash) compared with the stored '
  '$1$ hash (falls back to Brokencrypt_md5 on mismatch).', PCT)
S(R, P, 169, 'pam_consttime_streq', 'yes', 'verify_pwd_hash: crypt(password, stored hash) compared with the '
  'stored hash ("the moment of truth").', PCT)
S(R, P, 187, 'strcmp', 'yes', 'is_pwd_shadowed: pw_passwd compared with "x" (the shadow marker, not a hash).', NS)
P = 'modules/pam_unix/pam_unix_passwd.c'
S(R, P, 349, 'strcmp', 'no', 'check_old_password: Goodcrypt_md5(new password, old hash from /etc/security/opasswd) '
  'compared with that stored old hash using strcmp (password-history check; see README, Doubts).')
S(R, P, 541, 'strcmp', 'yes', '_pam_unix_approve_pass: new password compared with the old password, both typed by '
  'the same user in this conversation (a "same password" policy check; nothing stored is compared).', NS)
P = 'modules/pam_userdb/pam_userdb.c'
S(R, P, 300, 'memcmp', 'no', 'user_lookup (crypt mode): stored password hash from the Berkeley DB compared with '
  'crypt(password from the login, stored hash) using memcmp.')
S(R, P, 338, 'pam_consttime_streq', 'yes', 'user_lookup (plain-text mode): password from the login compared with '
  'the stored password (line 336, the case-insensitive pam_consttime_strcaseeq variant, is merged into this '
  'label).', PCT)
S(R, P, 386, 'memcmp', 'yes', 'user_lookup (key_only mode): user part of the "user-password" DB key compared with '
  'the caller-supplied user name (the code notes it leaks nothing secret).', NS)
S(R, P, 398, 'pam_consttime_streq', 'yes', 'user_lookup (key_only mode): password part of the DB key compared '
  'with the password from the login (line 396, the case-insensitive variant, is merged into this label).', PCT)
P = 'modules/pam_pwhistory/opasswd.c'
S(R, P, 136, 'strcmp', 'no', 'compare_password: crypt(new password, old hash from the history file) compared with '
  'that stored old hash using strcmp (password-history check; see README, Doubts).')
P = 'libpam/pam_get_authtok.c'
S(R, P, 189, 'strcmp', 'yes', 'pam_get_authtok_internal: new password compared with its retyped copy, both typed '
  'by the same user (typo check, nothing secret is on the other side).', NS)
S(R, P, 271, 'strcmp', 'yes', 'pam_get_authtok_verify: new password compared with the retyped one (typo check).',
  NS)

# ---------------- OpenSMTPD/OpenSMTPD (system auth backends, crypt_checkpass compat, PROXY, libtls) -------------
R = 'OpenSMTPD/OpenSMTPD'
P = 'usr.sbin/smtpd/smtpd.c'
S(R, P, 2292, 'strcmp', 'no', 'parent_auth_getspnam: sp_pwdp from /etc/shadow compared with crypt(password from '
  'SMTP AUTH, sp_pwdp) using strcmp.')
S(R, P, 2319, 'strcmp', 'no', 'parent_auth_pwd: pw_passwd from getpwnam compared with crypt(password from SMTP '
  'AUTH, pw_passwd) using strcmp.')
P = 'openbsd-compat/crypt_checkpass.c'
S(R, P, 27, 'strcmp', 'no', 'crypt_checkpass (portable replacement, built because configure finds no '
  'crypt_checkpass on Linux): crypt(password, good hash) compared with the stored hash from the credentials table '
  'using strcmp; called by lka.c:778 for SMTP AUTH against table credentials.')
P = 'usr.sbin/smtpd/proxy.c'
S(R, P, 283, 'memcmp', 'yes', 'proxy_header_validate: PROXY protocol v2 header "sig" compared with the fixed '
  '12-byte v2 signature (a magic string, not a cryptographic signature).', NS)
P = 'openbsd-compat/libtls/tls_server.c'
S(R, P, 162, 'timingsafe_memcmp', 'yes', 'tls_server_ticket_key: key name of a TLS session ticket compared with '
  'the configured ticket keys using timingsafe_memcmp (openbsd-compat/timingsafe_memcmp.c).', CT)
P = 'openbsd-compat/libtls/tls_signer.c'
S(R, P, 304, 'strcmp', 'yes', 'tls_signer_sign: hash of the public key that selects the signing key compared with '
  'the registered keys\' hashes (a public-key fingerprint, a lookup key).', NS)

# ---------------- torproject/tor (control-port cookie / password, ExtORPort, handshakes, onion services) --------
R = 'torproject/tor'
P = 'src/feature/control/control_auth.c'
S(R, P, 99, 'strcmpstart', 'yes', 'decode_hashed_passwords: HashedControlPassword config value compared with the '
  'format prefix "16:" (the encoding marker, not the hash).', NS)
S(R, P, 264, 'strcmp', 'yes', 'handle_control_authenticate: keyword of the AUTHENTICATE argument compared with "" '
  '(argument syntax).', NS)
S(R, P, 304, 'tor_memneq', 'yes', 'handle_control_authenticate: SAFECOOKIE client hash (HMAC of the cookie and '
  'nonces) compared with the controller\'s response.', TCT)
S(R, P, 333, 'tor_memneq', 'yes', 'handle_control_authenticate: authentication cookie compared with the one sent '
  'by the controller.', TCT)
P = 'src/feature/relay/ext_orport.c'
S(R, P, 378, 'tor_memneq', 'yes', 'connection_ext_or_auth_handle_client_hash: expected ExtORPort client hash (HMAC '
  'over the auth cookie and nonces) compared with the hash sent by the transport proxy.', TCT)
P = 'src/core/crypto/onion_fast.c'
S(R, P, 131, 'tor_memneq', 'yes', 'fast_client_handshake: derived key hash compared with the one in the CREATED_FAST '
  'reply.', TCT)
P = 'src/core/crypto/onion_ntor.c'
S(R, P, 314, 'tor_memneq', 'yes', 'onion_skin_ntor_client_handshake: ntor AUTH value computed from the shared secret '
  'compared with the server\'s auth_candidate (accumulated into bad).', TCT)
P = 'src/lib/crypt_ops/crypto_pwbox.c'
S(R, P, 184, 'tor_memneq', 'yes', 'crypto_unpwbox: HMAC over the encrypted box, keyed from the passphrase, compared '
  'with the stored HMAC.', TCT)
P = 'src/lib/crypt_ops/crypto_s2k.c'
S(R, P, 519, 'tor_memeq', 'yes', 'secret_to_key_check: key derived from the secret compared with the stored key.',
  TCT)
P = 'src/feature/hs/hs_cell.c'
S(R, P, 911, 'tor_memeq', 'yes', 'get_introduce2_keys_and_verify_mac: INTRODUCE2 MAC computed with each intro key '
  'compared with the MAC in the cell (then a time-invariant conditional copy).', TCT)
P = 'src/feature/hs/hs_intropoint.c'
S(R, P, 142, 'tor_memneq', 'yes', 'verify_establish_intro_cell: ESTABLISH_INTRO handshake MAC computed over the '
  'circuit key material compared with the cell\'s handshake_mac.', TCT)
P = 'src/feature/hs/hs_descriptor.c'
S(R, P, 1609, 'tor_memeq', 'yes', 'decrypt_desc_layer: MAC of the encrypted descriptor layer compared with the MAC '
  'in the descriptor.', TCT)
P = 'src/feature/dircache/consdiffmgr.c'
S(R, P, 905, 'fast_memneq', 'yes', 'consdiffmgr_validate: SHA3-256 digest recorded for a cached consensus compared '
  'with the digest of its body using fast_memneq (di_ops.h: memcmp); both are digests of a public consensus.', NS)
P = 'src/feature/dirauth/shared_random.c'
S(R, P, 211, 'fast_memneq', 'yes', 'verify_commit_and_reveal: hash of an authority\'s published reveal compared with '
  'the hashed_reveal of its earlier published commit using fast_memneq (memcmp); both values are public vote '
  'data (commit-reveal), nothing secret to time.', NS)
P = 'src/lib/crypt_ops/crypto_ed25519.c'
S(R, P, 722, 'fast_memneq', 'yes', 'ed25519_impl_spot_check: Ed25519 signature made with the RFC test key compared '
  'with the published known-answer signature alicesig (a self-test on public test vectors).', NS)

# ---------------- ddnet/ddnet (server password, reserved slots, econ, rcon keys) ----------------
R = 'ddnet/ddnet'
P = 'src/engine/server/server.cpp'
S(R, P, 1651, 'str_comp', 'no', 'CServer::CheckReservedSlotAuth: sv_reserved_slots_pass compared with the password '
  'in the client\'s connect info using str_comp (base/str.cpp: strcmp).')
S(R, P, 2040, 'str_comp', 'yes', 'CServer::ProcessClientPacket (NETMSG_INFO): client network version compared with '
  'the server\'s and with "0.7 802f1be60a05665f" (a public net-version string, the hex is a protocol hash, not a '
  'secret).', NS)
S(R, P, 2053, 'str_comp', 'no', 'CServer::ProcessClientPacket (NETMSG_INFO): server password (config password) '
  'compared with the password sent by the joining client using str_comp (strcmp).')
S(R, P, 2807, 'str_comp', 'yes', 'CServer::SendServerInfo / register JSON: hex SHA-256 of sv_official_tutorial '
  'compared with a hard-coded digest; both sides are derived from local configuration and a public constant, '
  'there is no attacker input to time.', NS)
P = 'src/engine/shared/econ.cpp'
S(R, P, 111, 'str_comp', 'no', 'CEcon::Update: line received on the external console (telnet) compared with '
  'ec_password using str_comp (strcmp).')
P = 'src/engine/server/authmanager.cpp'
S(R, P, 132, 'str_comp', 'yes', 'CAuthManager::FindKey: rcon key identity (user name) compared with the name from '
  'the client.', NS)
S(R, P, 142, '==', 'no', 'CAuthManager::CheckKey: stored salted MD5 of the rcon password compared with '
  'HashPassword(password from the client, salt) using MD5_DIGEST operator== (base/hash.h -> md5_comp -> mem_comp, '
  'a memcmp).')
P = 'src/engine/shared/network_server.cpp'
S(R, P, 493, 'mem_comp', 'yes', 'CNetServer::OnConnCtrlMsg: CONNECT payload compared with SECURITY_TOKEN_MAGIC '
  '("TKEN", a protocol magic marking token support, not the token).', NS)
P = 'src/engine/shared/network_conn.cpp'
S(R, P, 464, 'mem_comp', 'yes', 'CNetConnection::Feed: CONNECTACCEPT payload compared with SECURITY_TOKEN_MAGIC '
  '(protocol magic, not the token).', NS)

# ---------------- PowerDNS/pdns (TSIG, API/webserver credentials, DNS cookies, control socket) ----------------
R = 'PowerDNS/pdns'
P = 'pdns/dnssecinfra.cc'
S(R, P, 927, 'constantTimeStringEquals', 'yes', 'validateTSIG: HMAC computed with the TSIG key over the message '
  'compared with the MAC of the TSIG record.', PDCT)
P = 'pdns/misc.cc'
S(R, P, 1358, '==', 'yes', 'getTSIGHashEnum: TSIG algorithm name (DNSName) compared with "hmac-md5.sig-alg.reg.int" '
  'etc. (algorithm names).', NS)
S(R, P, 1748, 'CRYPTO_memcmp', 'yes', 'constantTimeStringEquals: the helper itself, CRYPTO_memcmp after a length '
  'check.', CT)
P = 'pdns/credentials.cc'
S(R, P, 248, 'constantTimeStringEquals', 'yes', 'verifyPassword (binary): scrypt of the password compared with the '
  'stored hash.', PDCT)
S(R, P, 310, '!=', 'yes', 'parseHashed: length of the decoded stored hash compared with pwhash_output_size (a '
  'length, not the hash).', NS)
S(R, P, 336, 'constantTimeStringEquals', 'yes', 'verifyPassword (encoded): scrypt of the password compared with the '
  'hash parsed from the "$scrypt$..." string.', PDCT)
S(R, P, 434, 'constantTimeStringEquals', 'yes', 'CredentialsHolder::matches (plain-text credential, API key / '
  'webserver password): password from the request compared with the configured one.', PDCT)
P = 'pdns/ednscookies.cc'
S(R, P, 119, '!=', 'yes', 'EDNSCookiesOpt::isValid: lengths of the server and client cookies compared with 16 / 8 '
  '(lengths, not the cookie).', NS)
S(R, P, 148, 'constantTimeStringEquals', 'yes', 'EDNSCookiesOpt::isValid: SipHash of the client cookie, timestamp '
  'and source keyed by the server secret compared with the server cookie hash from the query.', PDCT)
P = 'pdns/dynlistener.cc'
S(R, P, 272, 'constantTimeStringEquals', 'yes', 'DynListener::getLine: password line from the TCP control socket '
  'compared with tcp-control-secret.', PDCT)
P = 'pdns/zonemd.cc'
S(R, P, 287, 'constantTimeStringEquals', 'yes', 'Zonemd::verify: ZONEMD SHA-384 digest from the zone compared with '
  'the digest computed over the zone (public data; constant time anyway).', PDCT)


def _check_spacing(items):
    by = {}
    for it in items:
        by.setdefault((it['repo'], it['path']), []).append(it['line'])
    for k, ls in by.items():
        ls = sorted(ls)
        for a, b in zip(ls, ls[1:]):
            assert b - a >= 3, 'labels closer than 3 lines in %s: %d, %d' % (k, a, b)


_check_spacing(_labels.items)
_labels.write(__file__, 'webhook41')
