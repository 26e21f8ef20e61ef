#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook45). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token or if two labels of one file are less than 3 lines apart.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'pgpool/pgpool2': '243463af09513be0413f52917a1045836f50f339',
 'SoftEtherVPN/SoftEtherVPN': 'cf559617b1845e0892e51f41d0c67e7382f02c4c',
 'rofl0r/microsocks': '96bf8a87408c36951b73b7957687f42904e620f8',
 'emikulic/darkhttpd': 'beac1fc725d37a5b346513e5473b3d30d59b4805',
}
ROOT = '/work/corpora/webhook45/src'

_labels = TokenLabels(ROOT, 'wh45', C)
S = _labels.S
SECMP = ('Cmp() is Mayaqua\'s memcmp wrapper (src/Mayaqua/Memory.c:4000: NULL/size checks, then '
         'return memcmp(p1, p2, size)), so it exits at the first differing byte.')
SECPW = ('SoftEther password login: the client sends SecurePassword = SHA-0(HashedPassword || server random); the '
         'server recomputes it with SecurePassword() from the stored hash and its own per-connection random.')

# ---------------- pgpool/pgpool2 (PostgreSQL connection pooler, C) ----------------
R = 'pgpool/pgpool2'
P = 'src/auth/pool_auth.c'
S(R, P, 195, 'strncmp', 'yes', 'pool_do_auth (pgpool as client of the backend, md5 method): checks whether the '
  'configured password string starts with the literal "md5" (already an md5 hash) to decide whether to hash it; '
  'a fixed 3-byte type prefix compared with a constant, nothing an attacker can time.', NS)
S(R, P, 1015, 'memcmp', 'no', 'authenticate_frontend_clear_text: the clear-text password sent by the client '
  '(md5(password+user) when pool_passwd holds an md5 hash) compared with the password stored in pool_passwd '
  '(or its AES-decrypted form) using memcmp; an early-exit compare of a stored secret against attacker input.')
S(R, P, 1127, 'memcmp', 'no', 'do_clear_text_password, connection reuse (reauth): the password the client just '
  'sent (frontend->password / pool_passwd entry) compared with the password saved on the pooled backend '
  'connection (backend->password) using memcmp; the saved password of another session is the secret.')
S(R, P, 1278, 'strcmp', 'yes', 'SASL initial response: mechanism name chosen by the client compared with '
  '"SCRAM-SHA-256".', NS)
S(R, P, 1386, 'strcasecmp', 'yes', 'authenticate_frontend_cert: user name compared with the CN of the verified '
  'client certificate; both are public identifiers.', NS)
S(R, P, 1483, 'strcmp', 'no', 'authenticate_frontend_md5: the md5 response from the client compared with '
  'encbuf = md5(stored md5 hash + the server\'s random salt) using strcmp (early exit). The salt is fresh per '
  'attempt, which makes a byte-by-byte timing attack harder, but it is still a digest derived from the stored '
  'password compared non-constant-time.')
S(R, P, 2016, 'strcmp', 'yes', 'SASL mechanism list sent by the backend compared with "SCRAM-SHA-256".', NS)
P = 'src/auth/auth-scram.c'
S(R, P, 522, 'memcmp', 'no', 'scram_verify_plain_password: ServerKey computed from the clear-text password the '
  'client sent (SaltedPassword with the verifier\'s salt and iterations) compared with the ServerKey of the '
  'stored SCRAM verifier using memcmp.')
S(R, P, 563, 'strcmp', 'yes', 'parse_scram_verifier: scheme field of the stored verifier compared with '
  '"SCRAM-SHA-256".', NS)
S(R, P, 941, 'memcmp', 'yes', 'verify_final_nonce: the nonce echoed in client-final-message compared with the '
  'client nonce and (line 943, same label) the server nonce; both nonces travel in clear in the earlier '
  'messages, so they are not secret.', NS)
S(R, P, 984, 'memcmp', 'no', 'verify_client_proof (server side): StoredKey recovered from the client\'s '
  'ClientProof (ClientProof XOR HMAC(StoredKey, AuthMessage), hashed) compared with the StoredKey of the '
  'verifier using memcmp; the stored secret against attacker-derived bytes, early exit.')
S(R, P, 1097, 'strcmp', 'yes', 'read_client_final_message: channel-binding attribute compared with the fixed '
  'base64 strings "biws" / "eSws" (line 1098).', NS)
S(R, P, 1479, 'memcmp', 'yes', 'read_server_first_message (pgpool as SCRAM client of the backend): nonce from the '
  'server must start with our client nonce, which we sent in clear; not secret.', NS)
S(R, P, 1638, 'memcmp', 'no', 'verify_server_signature (pgpool as SCRAM client): ServerSignature sent by the '
  'backend, base64-decoded, compared with HMAC(ServerKey, AuthMessage) computed from the salted password using '
  'memcmp; a MAC derived from the password compared non-constant-time.')
P = 'src/auth/pool_passwd.c'
S(R, P, 233, 'strcmp', 'yes', 'pool_get_passwd: user name looked up in the pool_passwd file; the password is '
  'only read after the name matches.', NS)
S(R, P, 604, 'strncmp', 'yes', 'get_password_type: stored password compared with the "md5" type prefix; a '
  'constant prefix, only the first bytes are examined and the answer (the password type) is not secret.', NS)
S(R, P, 612, 'strncmp', 'yes', 'get_password_type: stored password compared with the "SCRAM-SHA-256$" prefix '
  '(lines 610 "AES" and 614 "TEXT" covered by this label).', NS)

# ---------------- SoftEtherVPN/SoftEtherVPN (VPN server, C) ----------------
R = 'SoftEtherVPN/SoftEtherVPN'
P = 'src/Cedar/Sam.c'
S(R, P, 955, 'StrCmpi', 'yes', 'SamAuthUserByPassword: user name compared with "Administrator" to pick the hub '
  'admin password.', NS)
S(R, P, 959, 'Cmp', 'no', 'SamAuthUserByPassword, hub administrator: SecurePassword(hub->SecurePassword, random) '
  'compared with the secure_password sent by the client. ' + SECPW, SECMP)
S(R, P, 985, 'Cmp', 'no', 'SamAuthUserByPassword, user password: SecurePassword(auth->HashedKey, random) compared '
  'with the secure_password sent by the client. ' + SECPW, SECMP)
S(R, P, 1012, 'Cmp', 'no', 'SamAuthUserByPassword, MS-CHAPv2 via PPP/L2TP/SSTP: the NT response computed from the '
  'stored NtLmSecureHash and the challenges compared with the client\'s 24-byte MsChapV2_ClientResponse.', SECMP)
P = 'src/Cedar/Admin.c'
S(R, P, 1000, 'Cmp', 'yes', 'JSON-RPC HTTP Basic login: is the stored server admin password the hash of the '
  'empty string? Compares the stored hash with a public constant (SHA-0 of ""), not with anything the client '
  'sent; the result only says whether a password is set.', NS)
S(R, P, 1006, 'StrCmpi', 'yes', 'JSON-RPC login: HTTP Basic user name compared with "administrator".', NS)
S(R, P, 1009, 'Cmp', 'no', 'JSON-RPC HTTP Basic login: HashAdminPassword(password from the Authorization '
  'header) compared with the stored server admin HashedPassword.', SECMP)
S(R, P, 1032, 'Cmp', 'no', 'JSON-RPC HTTP Basic login, hub admin: hash of the Basic password compared with the '
  'hub\'s HashedPassword (the empty-hash check on line 1030 lies in this label\'s window).', SECMP)
S(R, P, 15305, 'Cmp', 'yes', 'AdminAccept: the client\'s secure_password compared with SecurePassword(hash of "", '
  'c->Random) to detect an empty password; the connection random is sent to the client, so the client can '
  'compute this value itself: nothing secret is compared.', NS)
S(R, P, 15394, 'Cmp', 'no', 'AdminCheckPassword, server admin: SecurePassword(server HashedPassword, random) '
  'compared with the client\'s secure_password. ' + SECPW, SECMP)
S(R, P, 15439, 'Cmp', 'no', 'AdminCheckPassword, hub admin: SecurePassword(hub HashedPassword, random) compared '
  'with the client\'s secure_password.', SECMP)
S(R, P, 15681, 'Cmp', 'yes', 'SiIsEmptyPassword: stored hash compared with SHA-0("") to tell whether a password '
  'is set; a public constant, no attacker input.', NS)
P = 'src/Cedar/Protocol.c'
S(R, P, 930, 'Cmp', 'no', 'ChangePasswordAccept: SecurePassword(stored HashedKey, random) compared with the '
  'old password proof sent by the client before a password change; a wrong guess is timed.', SECMP)
S(R, P, 1877, 'Cmp', 'yes', 'ServerAccept, after a successful login: the client\'s secure_password compared with '
  'SecurePassword(HashPassword(user, ""), c->Random) to flag an empty password; the client knows both inputs.',
  NS)
S(R, P, 3369, 'StrCmpi', 'yes', 'ServerAccept: protocol method name compared with "additional_connect".', NS)
S(R, P, 3598, 'Cmp', 'no', 'farm_connect (cluster member joins the controller): secure_password from the Pack '
  'compared with SecurePassword(server HashedPassword, c->Random). ' + SECPW, SECMP)
P = 'src/Cedar/Proto_OpenVPN.c'
S(R, P, 409, 'Cmp', 'no', 'OvsDecrypt, data channel without AEAD: HMAC computed over the received packet '
  '(MdProcess with the session\'s HMAC key) compared with the HMAC carried in the packet.', SECMP)
S(R, P, 738, 'Cmp', 'yes', 'OpenVPN keep-alive: payload compared with the fixed public ping_signature '
  'bytes.', NS)
P = 'src/Cedar/Proto_PPP.c'
S(R, P, 976, 'Cmp', 'yes', 'LCP option parsing: authentication protocol option data compared with the '
  'MS-CHAPv2 code bytes.', NS)
S(R, P, 4498, 'Cmp', 'no', 'MsChapV2VerityPassword: NT response computed from a password candidate compared '
  'with the client\'s MsChapV2_ClientResponse. Called from MsChapV2DoBruteForce (anonymous MS-CHAPv2 login, '
  'Protocol.c:1794), whose candidates include the server\'s IPsec pre-shared key (IPsec_Secret): a '
  'secret-derived response compared with attacker input, early exit.', SECMP)
P = 'src/Cedar/Proto_IKE.c'
S(R, P, 501, 'Cmp', 'no', 'ProcIPsecEspPacketRecv: HMAC computed over the received ESP packet with the SA\'s '
  'HashKey compared with the ICV at the end of the packet.', SECMP)

# ---------------- rofl0r/microsocks (SOCKS5 server, C) ----------------
R = 'rofl0r/microsocks'
P = 'sockssrv.c'
S(R, P, 212, 'memcmp', 'yes', 'is_authed: client IP address compared with an address that authenticated '
  'before (auth_ips whitelist); addresses are public.', NS)
S(R, P, 316, 'strcmp', 'no', 'check_credentials: SOCKS5 username/password request (RFC 1929) from the client '
  'compared with the configured -u/-P credentials with strcmp; the second strcmp compares the password '
  '(auth_pass) and exits at the first differing byte (the user name strcmp on the same line is public).')

# ---------------- emikulic/darkhttpd (static HTTP server, C) ----------------
R = 'emikulic/darkhttpd'
P = 'darkhttpd.c'
S(R, P, 1428, 'strcasecmp', 'yes', 'log_connection: client address compared with the --trusted-ip address (to '
  'trust X-Forwarded-For); public.', NS)
S(R, P, 2381, 'strcmp', 'yes', 'process_get: If-Modified-Since header compared with the file\'s Last-Modified '
  'date.', NS)
S(R, P, 2504, '^', 'yes', 'password_equal: XOR-accumulate loop over the whole user input (out |= user_input[i] '
  '^ secret[j], length checked after the loop); the project\'s constant-time compare.',
  'Constant-time compare (XOR-accumulate, no early exit).')
S(R, P, 2534, 'password_equal', 'yes', 'process_request: the Authorization header compared with auth_key = '
  '"Basic base64(user:password)" from --auth, through password_equal (constant time).',
  'Constant-time compare (call site of the XOR-accumulate password_equal).')
S(R, P, 2538, 'strcmp', 'yes', 'process_request: HTTP method compared with "GET".', NS)

# labels of one file must be >= 3 lines apart (the scorer matches within +-2 lines)
_seen = {}
for _l in _labels.items:
    for _o in _seen.get((_l['repo'], _l['path']), []):
        assert abs(_o - _l['line']) >= 3, (_l['path'], _o, _l['line'])
    _seen.setdefault((_l['repo'], _l['path']), []).append(_l['line'])
_labels.write(__file__, 'webhook45')
