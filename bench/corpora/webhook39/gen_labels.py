#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook39). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file, and the script fails if the line lacks the token
# or if two labels of one file are less than 3 lines apart.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'haproxy/haproxy': '50872daa6a857e82afc40b1c5161924aef4172d7',
 'squid-cache/squid': '7c20a8a787d1ef399c56515a847610c0f8d12147',
 'CZ-NIC/knot': '242eeaa135f1f4477169c663aa8bd4578009f122',
 'mikebrady/shairport-sync': '08af668a5d17b4714da38981dea4c9039263a4cc',
 'neutrinolabs/xrdp': '514c62c7c1a3f0b9c7bf1b8fe445ff907a65055f',
}
ROOT = '/work/corpora/webhook39/src'

_labels = TokenLabels(ROOT, 'wh39', C)
S = _labels.S
CT = 'Constant-time compare.'
KCT = ('Constant-time compare: knot\'s const_time_memcmp (src/contrib/string.c:127, volatile XOR-OR accumulate over '
       'all n bytes, declared in contrib/string.h).')

# ---------------- haproxy/haproxy (userlist auth, JWT/JWE converters, QUIC, PROXY protocol) ----------------
R = 'haproxy/haproxy'
P = 'src/auth.c'
S(R, P, 268, 'strcmp', 'yes', 'check_user: user name of the request compared with the userlist entry names.', NS)
S(R, P, 300, 'strcmp', 'no', 'check_user: crypt(password from the Authorization header, stored hash) -- or the '
  'plain password for insecure-password users (ep = pass) -- compared with the configured password / hash u->pass '
  'using strcmp.')
P = 'src/cfgparse.c'
S(R, P, 994, 'strcmp', 'yes', 'cfg_parse_users_user: configuration keyword compared with "password" (parser, not a '
  'secret).', NS)
P = 'src/jwt.c'
S(R, P, 44, 'strcmp', 'yes', 'jwt_parse_alg: JOSE "alg" header value compared with "none" (algorithm name).', NS)
S(R, P, 290, 'CRYPTO_memcmp', 'yes', 'jwt_jwsverify_hmac: HMAC over the JOSE header and claims, keyed by the '
  'configured secret, compared with the decoded token signature using CRYPTO_memcmp.', CT)
P = 'src/jwe.c'
S(R, P, 500, 'CRYPTO_memcmp', 'yes', 'build_and_check_tag (JWE AES-CBC-HMAC): authentication tag of the token compared with the '
  'computed HMAC (first half) using CRYPTO_memcmp.', CT)
P = 'src/ssl_sample.c'
S(R, P, 69, 'CRYPTO_memcmp', 'yes', 'sample_conv_secure_memcmp: the secure_memcmp converter, sample compared with a '
  'variable using CRYPTO_memcmp (documented as constant time for equal lengths).', CT)
P = 'src/quic_retry.c'
S(R, P, 362, 'memcmp', 'yes', 'quic_retry_packet_check: Retry Integrity Tag of a received Retry packet compared with '
  'the one computed by quic_tls_generate_retry_integrity_tag; RFC 9001 5.8 computes it with a fixed, published '
  'AES-GCM key and nonce, so the tag is no secret (an integrity check, not authentication).', NS)
P = 'src/connection.c'
S(R, P, 1374, 'memcmp', 'yes', 'conn_recv_proxy: PROXY protocol v2 header "sig" compared with the fixed 12-byte v2 '
  'signature (a magic string, not a cryptographic signature).', NS)

# ---------------- squid-cache/squid (basic / digest auth helpers and scheme, WCCPv2) ----------------
R = 'squid-cache/squid'
P = 'src/auth/basic/NCSA/basic_ncsa_auth.cc'
NCSA = ('basic_ncsa_auth: stored password hash from the htpasswd file (std::string stored_pass) compared with '
        '%s of the password sent by the client, with std::string operator== (early exit at the first '
        'differing byte).')
S(R, P, 129, '==', 'no', NCSA % 'crypt() ($1$/$2a$/$5$/$6$ hashes)')
S(R, P, 134, '==', 'no', NCSA % 'DES crypt() (password <= 8 chars)')
S(R, P, 138, '==', 'no', NCSA % 'DES crypt() (password > 8 chars, to report truncation)')
S(R, P, 145, '==', 'no', NCSA % 'crypt_md5()')
S(R, P, 149, '==', 'no', NCSA % 'plain md5sum() hex')
P = 'src/auth/basic/getpwnam/basic_getpwnam_auth.cc'
S(R, P, 63, 'strcmp', 'no', 'passwd_auth: pw_passwd from /etc/passwd compared with crypt(password from the helper '
  'request, pw_passwd) using strcmp.')
S(R, P, 81, 'strcmp', 'no', 'shadow_auth: sp_pwdp from /etc/shadow compared with crypt(password from the helper '
  'request, sp_pwdp) using strcmp.')
P = 'src/auth/basic/RADIUS/basic_radius_auth.cc'
S(R, P, 185, 'memcmp', 'no', 'result_recv: Response Authenticator of the RADIUS reply compared with '
  'MD5(reply with the request authenticator + shared secret) using memcmp; a keyed digest checked against '
  'network input (a spoofed reply can be timed).')
S(R, P, 229, 'memcmp', 'yes', 'rad_auth_config: config file line compared with the keyword "secret" (parser).', NS)
P = 'src/auth/basic/User.cc'
S(R, P, 68, 'strcmp', 'no', 'Auth::Basic::User::updateCached: password of the cached (already verified) user '
  'compared with the password of the new request for the same user name using strcmp; the result decides whether '
  'the credentials are re-checked, so the cached password can be timed by a client.')
P = 'src/auth/digest/UserRequest.cc'
S(R, P, 111, 'strcasecmp', 'no', 'Auth::Digest::UserRequest::authenticate: "response" of the Authorization header '
  'compared with DigestCalcResponse() (MD5 over the stored HA1, nonce, nc, cnonce, qop, HA2, hex) using '
  'strcasecmp.')
S(R, P, 131, 'strcasecmp', 'no', 'Auth::Digest::UserRequest::authenticate (PostWorkaround): client response '
  'compared with the digest recomputed for method GET using strcasecmp.')
P = 'src/auth/digest/Config.cc'
S(R, P, 929, 'strcmp', 'yes', 'Auth::Digest::Config::decode: algorithm attribute compared with "MD5" / "MD5-sess".',
  NS)
S(R, P, 941, 'strcmp', 'yes', 'Auth::Digest::Config::decode: qop attribute compared with "auth".', NS)
P = 'src/auth/digest/file/text_backend.cc'
S(R, P, 109, 'strncmp', 'yes', 'read_passwd_file: password field prefix compared with the "{HHA1}" marker (format '
  'tag of the stored value, not the secret).', NS)
P = 'src/wccp2.cc'
S(R, P, 650, 'memcmp', 'no', 'wccp2_check_security: MD5(WCCP password + packet) compared with the MD5 security '
  'challenge carried in the received WCCPv2 packet using memcmp.')
S(R, P, 2206, 'strncmp', 'yes', 'parse_wccp2_service: security option: config token compared with '
  '"password=" (keyword).', NS)

# ---------------- CZ-NIC/knot (TSIG, DNS cookies, TLS pins, ZONEMD, DNSSEC) ----------------
R = 'CZ-NIC/knot'
P = 'src/libknot/tsig-op.c'
S(R, P, 57, 'knot_dname_is_equal', 'yes', 'check_key: TSIG key name of the message compared with the '
  'configured key name (public DNS name).', NS)
S(R, P, 567, '!=', 'yes', 'check_digest: MAC length from the TSIG RR compared with the algorithm\'s digest size '
  '(a length, not the MAC).', NS)
S(R, P, 571, 'const_time_memcmp', 'yes', 'check_digest: MAC from the TSIG RR compared with the HMAC computed with '
  'the TSIG key.', KCT)
P = 'src/libknot/cookies.c'
S(R, P, 56, 'const_time_memcmp', 'yes', 'knot_edns_cookie_client_check: client cookie compared with the one '
  'regenerated from the client secret.', KCT)
S(R, P, 148, '!=', 'yes', 'knot_edns_cookie_server_check: length of the server cookie compared with the expected '
  'length.', NS)
S(R, P, 152, 'const_time_memcmp', 'yes', 'knot_edns_cookie_server_check: server cookie hash compared with the one '
  'regenerated from the server secret.', KCT)
P = 'src/knot/updates/acl.c'
S(R, P, 24, 'const_time_memcmp', 'yes', 'cert_pin_check: configured certificate pin compared with the pin of the '
  'TLS/QUIC session.', KCT)
P = 'src/libknot/quic/tls_common.c'
S(R, P, 544, 'const_time_memcmp', 'yes', 'knot_tls_pin_check: pin of the peer certificate compared with each '
  'configured peer pin.', KCT)
P = 'src/knot/zone/digest.c'
S(R, P, 166, 'memcmp', 'yes', 'verify_zonemd: ZONEMD digest published in the zone compared with the '
  'digest computed over the zone contents; both are public (an unkeyed hash of public data).', NS)
P = 'src/libknot/dnssec/sign/sign.c'
S(R, P, 345, 'dnssec_binary_cmp', 'yes', 'dnssec_sign_verify (sign_cmp): RRSIG signature from the zone compared '
  'with a reproducible signature made with the own key over the same public data; a public signature, not a '
  'secret (see README, Doubts).', NS)
P = 'src/utils/kxdpgun/main.c'
S(R, P, 840, 'memcmp', 'yes', 'mac_empty: Ethernet MAC address compared with 00:00:00:00:00:00 ("mac" is a link-layer '
  'address, not a message authentication code).', NS)

# ---------------- mikebrady/shairport-sync (RTSP digest password, HomeKit / fruit SRP pairing) ----------------
R = 'mikebrady/shairport-sync'
P = 'rtsp.c'
S(R, P, 3794, 'strncmp', 'yes', 'rtsp_classic_airplay_auth: Authorization header compared with the scheme prefix '
  '"Digest ".', NS)
S(R, P, 3965, 'strcmp', 'no', 'rtsp_classic_airplay_auth: "response" of the client\'s Digest Authorization header '
  'compared with the hex MD5 digest computed from the configured password (config.password), nonce, method and '
  'uri using strcmp.')
P = 'pair_ap/pair_homekit.c'
S(R, P, 544, 'memcmp', 'no', 'srp_user_verify_session (client side): H_AMK computed from the SRP session key '
  'compared with the server proof received from the device using memcmp.')
S(R, P, 801, 'memcmp', 'no', 'srp_verifier_verify_session (server side, HomeKit pair-setup): SRP proof M computed '
  'from the session key compared with the client\'s proof user_M using memcmp.')
P = 'pair_ap/pair_fruit.c'
S(R, P, 406, 'memcmp', 'no', 'srp_user_verify_session (fruit pairing, client side): H_AMK computed from the SRP '
  'session key compared with the server proof received from the peer using memcmp.')

# ---------------- neutrinolabs/xrdp (sesman crypt() backend, gateway login) ----------------
R = 'neutrinolabs/xrdp'
P = 'sesman/libsesman/verify_user.c'
S(R, P, 80, 'g_strncmp', 'yes', 'auth_userpass: pw_passwd of /etc/passwd compared with "x" (the shadow marker, not '
  'a hash).', NS)
S(R, P, 115, 'g_strcmp', 'no', 'auth_userpass: stored crypt() hash from /etc/shadow or /etc/passwd compared with '
  'crypt(password from the login, hash) using g_strcmp (strcmp wrapper, common/os_calls.c).')
P = 'xrdp/xrdp_mm.c'
S(R, P, 3304, 'g_strcmp', 'yes', 'xrdp_mm_connect_sm (MMCS_GATEWAY_LOGIN): pamusername setting compared with '
  'the keyword "same".', NS)
S(R, P, 3310, 'g_strcmp', 'yes', 'xrdp_mm_connect_sm: pampassword setting compared with the keyword '
  '"same" (a placeholder meaning "reuse the login password", not the password itself).', NS)

_labels.write(__file__, 'webhook39')
