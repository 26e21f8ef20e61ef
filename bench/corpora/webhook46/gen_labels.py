#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook46). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token or if two labels of one file are less than 3 lines apart.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'Mbed-TLS/mbedtls': 'c765c831e5c2a0971410692f92f7a81d6ec65ec2',        # tag v3.6.4
 'warmcat/libwebsockets': '1e967537a5855409a958dd2763e17946002696b3',
 'varnishcache/varnish-cache': '27d2ce15b20b94d0a5e452b0d5c29c3145d00b6a',
 'OpenPrinting/cups': 'd19bccfed26ac02b24dac80ba0258588dbeaea61',
}
ROOT = '/work/corpora/webhook46/src'

_labels = TokenLabels(ROOT, 'wh46', C)
S = _labels.S
MCT = 'Constant-time compare: mbedtls_ct_memcmp (library/constant_time.c, OR-accumulates a[i] ^ b[i] over all bytes).'
LCT = ('Constant-time compare: lws_timingsafe_bcmp (lib/core/libwebsockets.c:936, OR-accumulates *pa ^ *pb over '
       'all len bytes, no early exit).')

# ---------------- Mbed-TLS/mbedtls 3.6.4 (TLS/DTLS library, C) ----------------
R = 'Mbed-TLS/mbedtls'
P = 'library/ssl_msg.c'
S(R, P, 1528, 'memcmp', 'yes', 'ssl_parse_record_header / DTLS Connection ID: the CID from the record header compared '
  'with the CID this end chose (transform->in_cid); the CID travels in clear in every record, not a secret.', NS)
S(R, P, 1796, 'mbedtls_ct_memcmp', 'yes', 'mbedtls_ssl_decrypt_buf, Encrypt-then-MAC CBC records: the record MAC '
  'received at the end of the record compared with the HMAC computed over the record.', MCT)
S(R, P, 2069, 'mbedtls_ct_memcmp', 'yes', 'mbedtls_ssl_decrypt_buf, MAC-then-encrypt: the peer\'s MAC (mac_peer, '
  'extracted in constant time) compared with the computed record MAC.', MCT)
P = 'library/ssl_tls.c'
S(R, P, 7712, 'memcmp', 'yes', 'ssl_check_peer_crt_unchanged (renegotiation, MBEDTLS_SSL_KEEP_PEER_CERTIFICATE on '
  'by default): the raw certificate the peer sends now compared with its earlier certificate; public certificates. '
  '(The digest variant at :7744 is inactive under the default config and not labelled.)', NS)
S(R, P, 8518, 'mbedtls_ct_memcmp', 'yes', 'mbedtls_ssl_parse_finished: the peer\'s Finished verify_data compared '
  'with the PRF over the master secret and the handshake hash.', MCT)
S(R, 'library/ssl_cookie.c', 354, 'mbedtls_ct_memcmp', 'yes', 'mbedtls_ssl_cookie_check: the DTLS '
  'HelloVerifyRequest cookie sent back by the client compared with HMAC(cookie key, time || client id).', MCT)
S(R, 'library/ssl_ticket.c', 407, 'memcmp', 'yes', 'ssl_ticket_select_key: the 4-byte key name from the session '
  'ticket compared with the names of the ticket keys to pick the decryption key; the key name is sent in clear in '
  'every ticket, not a secret (the ticket itself is authenticated by AEAD).', NS)
P = 'library/ssl_tls13_server.c'
S(R, P, 383, 'mbedtls_ct_memcmp', 'yes', 'ssl_tls13_offered_psks_check_identity_match: the PSK identity offered by '
  'the client compared with the configured identity (constant-time although the identity is public).', MCT)
S(R, P, 451, 'mbedtls_ct_memcmp', 'yes', 'ssl_tls13_offered_psks_check_binder_match: the PSK binder from the '
  'ClientHello compared with the binder the server computed from the PSK and the transcript.', MCT)
P = 'library/rsa.c'
S(R, P, 2475, 'mbedtls_ct_memcmp', 'yes', 'mbedtls_rsa_rsassa_pkcs1_v15_sign fault-injection countermeasure: '
  'the signature produced by the private-key operation, re-verified with the public key, compared with the '
  'encoded input.', MCT)
S(R, P, 2637, 'memcmp', 'yes', 'mbedtls_rsa_rsassa_pss_verify_ext: H from the decoded (public) signature compared '
  'with H\' recomputed from the message hash and the salt; signature verification over public data, nothing '
  'secret to leak.', NS)

# ---------------- warmcat/libwebsockets (C, OpenSSL backend) ----------------
R = 'warmcat/libwebsockets'
P = 'lib/core-net/lws-srtp.c'
S(R, P, 361, 'memcmp', 'no', 'lws_srtp_unprotect: the SRTP authentication tag at the end of the received packet '
  '(attacker-controlled) compared with HMAC-SHA1(session_auth key, packet || ROC) using memcmp (early exit); '
  'RFC 3711 auth tag, forgeable byte by byte through timing.')
S(R, P, 444, 'memcmp', 'no', 'lws_srtcp_unprotect: the SRTCP authentication tag copied from the received packet '
  'compared with HMAC-SHA1(srtcp_session_auth key, packet) using memcmp (early exit).')
P = 'lib/misc/dht/dht-backend-rpc.c'
S(R, P, 163, 'memcmp', 'no', 'token_match (DHT announce_peer): the token sent by the remote node compared with '
  'make_token() = hash(ctx->secret, node ip, port) using memcmp; the token is a MAC keyed by the local secret, so '
  'an early-exit compare lets a spoofer forge it byte by byte.')
S(R, P, 167, 'memcmp', 'no', 'token_match: same compare against the token made with ctx->oldsecret (previous '
  'secret), memcmp (early exit).')
S(R, 'lib/roles/quic/ops-quic.c', 1697, 'memcmp', 'no', 'QUIC RX stateless reset detection: the last 16 bytes of '
  'a received datagram (attacker-controlled) compared with the peer\'s stateless reset token using memcmp; RFC 9000 '
  '10.3.1 requires this comparison not to leak the token value. Merged: line 1696 compares the same token with '
  'zeros (is it set?), a finding on either line counts here.')
S(R, 'lib/roles/quic/parse-quic.c', 1078, 'memcmp', 'no', 'PATH_RESPONSE frame: the 8 bytes echoed by the peer '
  'compared with the random PATH_CHALLENGE data this end sent, using memcmp; the challenge data is an '
  'unpredictable token that proves on-path reachability (address validation).',
  'Doubt: RFC 9000 does not demand constant time here (unlike stateless reset tokens); labelled no because the '
  'value is a random secret token echoed by an attacker-controlled frame.')
S(R, 'lib/roles/quic/crypto-quic.c', 1312, 'lws_timingsafe_bcmp', 'yes', 'Retry integrity tag check: the tag '
  'from the Retry packet compared with AES-GCM over the pseudo-packet under the fixed RFC 9001 retry key.', LCT)
P = 'lib/jose/jws/jws.c'
S(R, P, 586, 'lws_timingsafe_bcmp', 'yes', 'lws_jws_sig_confirm, HS256/384/512: HMAC over the JOSE header and '
  'payload compared with the decoded signature.', LCT)
S(R, P, 1147, 'strncmp', 'yes', 'lws_jwt_signed_validate: the JOSE "alg" of the token compared with the list of '
  'allowed algorithm names; a public algorithm name.', NS)
S(R, 'lib/roles/ws/client-ws.c', 602, 'strcmp', 'yes', 'ws client handshake: the server\'s Sec-WebSocket-Accept '
  'compared with base64(SHA1(our Sec-WebSocket-Key + GUID)); the key is sent in clear, the accept value is public '
  'and only proves a websocket-aware server.', NS)
P = 'lib/roles/http/server/server.c'
S(R, P, 1188, 'lws_timingsafe_bcmp', 'yes', 'lws_find_string_in_file (HTTP Basic auth against a credentials '
  'file): each "user:password" line compared with the decoded Authorization credentials.', LCT)
S(R, P, 1211, 'lws_timingsafe_bcmp', 'yes', 'lws_find_string_in_file: same compare for the last line without a '
  'newline.', LCT)
S(R, 'lib/tls/lws-genchacha.c', 170, 'lws_timingsafe_bcmp', 'yes', 'ChaCha20-Poly1305 decrypt: computed Poly1305 '
  'tag compared with the received tag.', LCT)

# ---------------- varnishcache/varnish-cache (C) ----------------
R = 'varnishcache/varnish-cache'
S(R, 'bin/varnishd/mgt/mgt_cli.c', 293, 'strcasecmp', 'no', 'mcf_auth (CLI "auth <response>"): '
  'VCLI_AuthResponse = hex SHA-256(challenge + secret file + challenge) compared with the response sent by the CLI '
  'client (av[2]) using strcasecmp (early exit); the expected value is derived from the shared secret.')

# ---------------- OpenPrinting/cups (C, OpenSSL) ----------------
R = 'OpenPrinting/cups'
P = 'cups/jwt.c'
S(R, P, 441, 'memcmp', 'no', 'cupsJWTHasValidSignature, HS256/384/512: HMAC computed by make_signature() with the '
  'JWK secret compared with the signature from the token (attacker-supplied bearer token, e.g. cupsd OAuth) using '
  'memcmp (early exit).')
S(R, P, 723, 'strcmp', 'yes', 'cupsJWTImportString: the "alg" header value compared with the algorithm names '
  '(cups_jwa_strings); public.', NS)
S(R, P, 1602, 'strcmp', 'yes', 'make_signature: the "kid" of each JWK compared with the key id from the token header; '
  'a public key id.', NS)
P = 'cups/oauth.c'
S(R, P, 582, 'strncmp', 'yes', 'cupsOAuthGetAuthorizationCode local redirect listener: request path compared with '
  'the redirect resource path; public.', NS)
S(R, P, 611, 'strcmp', 'no', 'cupsOAuthGetAuthorizationCode: the "state" form value of the redirect request to the '
  'local listener compared with the random state this client generated (CSRF token) using strcmp (early exit).',
  'Doubt: the listener is on localhost for a short time; labelled no because the state is a random secret token '
  'and the other side comes from an unauthenticated HTTP request.')
S(R, P, 1386, 'memcmp', 'yes', 'cupsOAuthGetTokens: SHA-256 of the access token compared with the at_hash claim '
  'of the (already signature-verified) ID token; both come from the same token-endpoint response, nothing an '
  'attacker could time against a secret.', NS)
S(R, 'scheduler/cert.c', 361, 'ctcompare', 'yes', 'cupsdFindCert ("Authorization: Local <certificate>"): the '
  'certificate string from the client compared with each stored root/local certificate.', 'Constant-time compare: '
  'ctcompare (cert.c:434, OR-accumulates *a ^ *b and ORs in the trailing bytes, no early exit).')

# spacing check: distinct labels of one file >= 3 lines apart
seen = {}
for it in _labels.items:
    k = (it['repo'], it['path'])
    for ln in seen.get(k, []):
        assert abs(ln - it['line']) >= 3, (k, ln, it['line'])
    seen.setdefault(k, []).append(it['line'])
_labels.write(__file__, 'webhook46')
