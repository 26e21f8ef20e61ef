#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook43). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token or if two labels of one file are less than 3 lines apart.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'eclipse/tinydtls': '8a9e0481201ec9fe0e0b2e526595aa6e510d98ad',
 # parent of the GHSA-vhv8-g2r9-cwcc fixes (6948aea62 relay passwords, e540d7a2c relay/irc PASS, 43a118ac4 TOTP)
 'weechat/weechat': '5dbb96b66a406c895b59dc871ba5c8cee9aceead',
 'irssi/irssi': '43f1727ef9fe1cb51d5031ee2dd0e1965217e4cb',
 'hexchat/hexchat': 'b544ac3350e85d4cc41fe3414cbdb82d75ce5d7a',
 'obgm/libcoap': '92b3db23e99424e9282d57e471dadcfd15ab93f0',
 'MusicPlayerDaemon/MPD': 'ff22bd411bedbda508eb9406e9fe77f1116a2d11',
 'monero-project/monero': '0aa9c51bd8eb53abb0a7023b5c768d9b46ee18a0',
 'quassel/quassel': 'c63fc1eecc4abc130b742ffc678b22f6a852f782',
}
ROOT = '/work/corpora/webhook43/src'

_labels = TokenLabels(ROOT, 'wh43', C)
S = _labels.S
DCT = ('Constant-time compare: equals() (global.h:133, documented constant time: AND-accumulates '
       '(*a++ == *b++) over all len bytes, no early exit).')
SCRAM_CLIENT = ('SCRAM client, last step: the ServerSignature (v=...) sent by the server, base64-decoded, compared '
                'with HMAC(ServerKey, AuthMessage) computed from the salted password using memcmp (early exit); a '
                'MAC derived from the user\'s password compared non-constant-time.')

# ---------------- eclipse/tinydtls (DTLS 1.2 for constrained devices, C) ----------------
R = 'eclipse/tinydtls'
P = 'dtls.c'
S(R, P, 2263, 'memcmp', 'no', 'dtls_0_verify_peer (server, stateless HelloVerifyRequest): the cookie from the '
  'ClientHello (attacker-supplied) compared with mycookie = HMAC(ctx->cookie_secret, client parameters) from '
  'dtls_create_cookie using memcmp; an early-exit compare of a MAC keyed by the server secret, which lets a '
  'spoofing client forge a cookie byte by byte.')
S(R, P, 1641, 'equals', 'yes', 'check_finished: Finished verify_data from the peer compared with the PRF over the '
  'master secret and the handshake hash.', DCT)
S(R, P, 3446, 'memcmp', 'yes', 'check_server_certificate: the fixed ASN.1 SubjectPublicKeyInfo header '
  '(cert_asn1_header) compared with the start of the raw public key; a public constant, not a secret.', NS)
S(R, 'ccm.c', 297, 'equals', 'yes', 'dtls_ccm_decrypt_message: computed CCM MAC X compared with the received '
  'authentication tag.', DCT)
S(R, 'ecc/ecc.c', 650, 'isSame', 'yes', 'ecc_ecdsa_validate: x coordinate of u1*G + u2*Q compared with r of the '
  'ECDSA signature (isSame = memcmp); both come from public data (message hash, public key, signature), so '
  'there is nothing secret to leak.', NS)
P = 'tests/dtls-server.c'
S(R, P, 108, 'memcmp', 'yes', 'get_psk_info (example server): PSK identity sent by the client compared with the '
  'configured identities to pick the key; the identity is public (sent in clear in ClientKeyExchange).', NS)
S(R, P, 164, 'memcmp', 'yes', 'is_command: decrypted application data compared with a command name ("server:exit").',
  NS)

# ---------------- weechat/weechat (relay plugin, IRC SASL, TOTP; C) ----------------
R = 'weechat/weechat'
P = 'src/plugins/relay/relay-auth.c'
S(R, P, 64, 'strcmp', 'yes', 'relay_auth_password_hash_algo_search: hash algorithm name from the client '
  '("sha256", "pbkdf2+sha512", ...) compared with the supported names.', NS)
S(R, P, 130, 'strcmp', 'no', 'relay_auth_check_password_plain: plain-text password from the relay client '
  '("init password=..." / "Authorization: Basic plain:...") compared with the configured relay.network.password '
  'using strcmp. Fixed upstream in 6948aea62 (GHSA-vhv8-g2r9-cwcc, timing attack).')
S(R, P, 330, 'weechat_strncasecmp', 'yes', 'relay_auth_check_salt: hex salt from the client must start with the '
  'server nonce that the server itself sent to this client in the handshake; a public nonce, not a secret.', NS)
S(R, P, 371, 'weechat_strcasecmp', 'no', 'relay_auth_check_hash_sha: SHA-256/512(salt + relay password), '
  'hex-encoded, compared with the hash sent by the client using weechat_strcasecmp (string_strcasecmp in '
  'core-string.c: early exit at the first differing character). Fixed upstream in 6948aea62 (GHSA-vhv8-g2r9-cwcc).')
S(R, P, 411, 'weechat_strcasecmp', 'no', 'relay_auth_check_hash_pbkdf2: PBKDF2(relay password, salt), '
  'hex-encoded, compared with the hash sent by the client using weechat_strcasecmp (early exit). Fixed upstream in '
  '6948aea62 (GHSA-vhv8-g2r9-cwcc).')
S(R, P, 483, '!=', 'yes', 'relay_auth_password_hash: hash algorithm index parsed from the client\'s hash compared '
  'with the one negotiated in the handshake; an enum, not a secret.', NS)
S(R, P, 535, '!=', 'yes', 'relay_auth_password_hash: PBKDF2 iteration count from the client compared with the '
  'configured count; a public parameter.', NS)
P = 'src/plugins/relay/relay-http.c'
S(R, P, 641, 'strcmp', 'yes', 'relay_http_get_auth_status: the string result of info "totp_validate" ("1" or '
  '"0") compared with "1"; the TOTP itself is compared inside weecrypto_totp_validate (core-crypto.c).', NS)
S(R, P, 685, 'weechat_strncasecmp', 'yes', 'Authorization header scheme compared with "basic ".', NS)
S(R, P, 703, 'strncmp', 'yes', 'Sec-WebSocket-Protocol entry compared with the prefix '
  '"base64url.bearer.authorization.weechat."; protocol syntax.', NS)
S(R, P, 738, 'strncmp', 'yes', 'Decoded credentials compared with the prefix "plain:" (selects plain-text vs hash '
  'authentication); the password after it is checked by relay_auth_check_password_plain.', NS)
S(R, P, 755, 'strncmp', 'yes', 'Decoded credentials compared with the prefix "hash:".', NS)
P = 'src/plugins/relay/irc/relay-irc.c'
S(R, P, 1681, 'weechat_strcasecmp', 'yes', 'IRC command name from the relay client compared with "pass".', NS)
S(R, P, 1704, 'strcmp', 'no', 'relay_irc_recv (IRC relay, before registration): password of the client\'s PASS '
  'command compared with the evaluated relay.network.password using strcmp. Fixed upstream in e540d7a2c '
  '(GHSA-vhv8-g2r9-cwcc).')
S(R, P, 1359, 'strcmp', 'yes', 'relay_irc_cap_enabled: info "irc_server_cap" result compared with "1".', NS)
P = 'src/plugins/irc/irc-sasl.c'
S(R, P, 148, 'strcmp', 'yes', 'irc_sasl_mechanism_scram: AUTHENTICATE payload compared with "+" (empty '
  'challenge marker).', NS)
S(R, P, 193, 'strncmp', 'yes', 'SCRAM server-first attribute name compared with "r=" (nonce attribute).', NS)
S(R, P, 263, 'memcmp', 'no', 'irc_sasl_mechanism_scram: ' + SCRAM_CLIENT)
P = 'src/core/core-crypto.c'
S(R, P, 142, 'strcmp', 'yes', 'weecrypto_get_hash_algo: hash algorithm name compared with the supported names.',
  NS)
S(R, P, 667, 'strcmp', 'no', 'weecrypto_totp_validate: TOTP generated from the shared secret for each time step '
  'of the window compared with the OTP sent by the client (relay x-weechat-totp header / "init totp=") using '
  'strcmp, and the loop breaks on the first match. Fixed upstream in 43a118ac4 (GHSA-vhv8-g2r9-cwcc).')

# ---------------- irssi/irssi (IRC client: SASL SCRAM, irssiproxy; C) ----------------
R = 'irssi/irssi'
P = 'src/irc/core/scram.c'
S(R, P, 151, 'strncmp', 'yes', 'SCRAM server-first attribute name compared with "r=".', NS)
S(R, P, 176, 'strncmp', 'yes', 'scram_process_server_first: server nonce must start with the client nonce that the '
  'client sent in the clear; public nonce, not a secret.', NS)
S(R, P, 268, 'memcmp', 'no', 'scram_process_server_final: ' + SCRAM_CLIENT)
P = 'src/irc/proxy/listen.c'
S(R, P, 174, 'g_strcmp0', 'yes', 'handle_client_connect_cmd: command name from the proxy client compared with '
  '"PASS".', NS)
S(R, P, 207, 'g_strcmp0', 'no', 'handle_client_connect_cmd (irssiproxy, a TCP listener IRC clients connect to): '
  'password of the client\'s PASS command compared with the irssiproxy_password setting using g_strcmp0 '
  '(strcmp); a wrong password only disconnects, so it can be retried and timed.')
S(R, P, 244, 'g_strcmp0', 'yes', 'handle_client_cmd: command name compared with "QUIT".', NS)

# ---------------- hexchat/hexchat (IRC client: SASL SCRAM; C) ----------------
R = 'hexchat/hexchat'
P = 'src/common/scram.c'
S(R, P, 163, 'strncmp', 'yes', 'SCRAM server-first attribute name compared with "r=".', NS)
S(R, P, 194, 'strncmp', 'yes', 'process_server_first: server nonce must start with the client nonce (public).', NS)
S(R, P, 291, 'memcmp', 'no', 'process_server_final: ' + SCRAM_CLIENT)

# ---------------- obgm/libcoap (CoAP library, OpenSSL DTLS backend, OSCORE; C) ----------------
R = 'obgm/libcoap'
P = 'src/coap_openssl.c'
S(R, P, 361, 'memcmp', 'yes', 'get_split_conf_entry: keyword of a configuration-file line compared with the '
  'wanted keyword; configuration syntax.', NS)
S(R, P, 740, 'memcmp', 'no', 'coap_dtls_verify_cookie (OpenSSL DTLS cookie-verify callback, server): the cookie '
  'from the ClientHello compared with HMAC(dtls->cookie_hmac key, local and remote address) recomputed by '
  'coap_dtls_generate_cookie using memcmp; an early-exit compare of a MAC keyed by the server\'s cookie secret.')
P = 'src/coap_oscore.c'
S(R, P, 1484, 'memcmp', 'yes', 'coap_oscore_decrypt_pdu (RFC 8613 Appendix B.1.2): Echo option of the decrypted '
  'request compared with rcp_ctx->echo_value; the comparison runs only after the OSCORE AEAD has authenticated the '
  'request, and the Echo value was sent to that same peer, so nothing secret can be timed.', NS)
S(R, P, 1763, 'coap_string_equal', 'yes', 'get_split_entry: encoding name of an OSCORE configuration value '
  'compared with the known names ("ascii", "hex", ...).', NS)
S(R, P, 1802, 'memcmp', 'yes', 'get_split_entry: boolean configuration value compared with "true".', NS)

# ---------------- MusicPlayerDaemon/MPD (music daemon, "password" command; C++) ----------------
R = 'MusicPlayerDaemon/MPD'
P = 'src/Permission.cxx'
S(R, P, 63, '==', 'yes', 'ParsePermission: permission name from the configuration compared with "read", '
  '"add", ...', NS)
S(R, P, 167, 'find', 'no', 'GetPermissionFromPassword (called by the "password" protocol command, '
  'handle_password): the password sent by the network client is looked up in the std::map of configured '
  'passwords; the map\'s std::less<> string comparisons stop at the first differing byte, so the lookup time '
  'depends on how much of a configured password the guess matches (the == on the next line is an iterator test).')

# ---------------- monero-project/monero (epee HTTP digest auth of the daemon / wallet RPC; C++) ----------------
R = 'monero-project/monero'
P = 'contrib/epee/src/http_auth.cpp'
S(R, P, 332, 'equals', 'yes', 'auth_message::verify: user name of the Authorization header compared with the '
  'configured RPC login user name; not a secret.', NS)
S(R, P, 335, 'equals', 'yes', 'auth_message::verify: nonce of the Authorization header compared with the server '
  'nonce that the server sent in WWW-Authenticate; public.', NS)
S(R, P, 536, 'equals', 'no', 'has_valid_response::check (HTTP Digest, server side of --rpc-login): response field '
  'of the client\'s Authorization header compared with the digest H(A1:nonce:...:H(A2)) computed from the '
  'configured RPC password using boost::equals with a case-insensitive predicate (early exit).')
S(R, P, 542, 'starts_with', 'yes', 'Digest algorithm name from the client compared with "MD5".', NS)
S(R, P, 556, 'equals', 'yes', 'qop value from the client compared with "auth".', NS)
S(R, P, 726, 'equals', 'yes', 'http_server_auth::do_get_response: header name compared with "Authorization".', NS)

# ---------------- quassel/quassel (IRC core: user login; C++/Qt) ----------------
R = 'quassel/quassel'
P = 'src/core/storage.cpp'
S(R, P, 67, '==', 'no', 'checkHashedPasswordSha1 (legacy hash version): SHA-1 hex of the password sent by the '
  'client in the login message compared with the hash stored in the database using QString ==.')
S(R, P, 93, '==', 'no', 'checkHashedPasswordSha2_512: SHA-512 hex of (client password + stored salt) compared '
  'with the stored hash using QString == (early exit).')
P = 'src/core/coreauthhandler.cpp'
S(R, P, 265, '==', 'yes', 'handle(Login): authenticator name configured for the user compared with "Database"; '
  'selects the authenticator, not a secret compare.', NS)
P = 'src/core/core.cpp'
S(R, P, 1038, '!=', 'yes', 'Core::createUser (--add-user on the console): the new password and its '
  'confirmation, both typed by the administrator at the terminal, compared with QString !=; no remote party can '
  'time it.', NS)


def _check_spacing(items):
    by = {}
    for it in items:
        by.setdefault((it['repo'], it['path']), []).append(it['line'])
    for k, ls in by.items():
        ls = sorted(ls)
        for a, b in zip(ls, ls[1:]):
            assert b - a >= 3, 'labels closer than 3 lines in %s: %d, %d' % (k, a, b)


_check_spacing(_labels.items)
_labels.write(__file__, 'webhook43')
