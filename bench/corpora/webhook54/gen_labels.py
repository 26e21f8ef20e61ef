#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook54). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'h2o/picotls': 'f07f1c8c68b237f1468bc1f1fe1b68aba3ff23b4',
 'utoni/ptunnel-ng': 'b1baa742c0e667b7d4e4965f74ae6f1740f89837',
 'friedrich/hans': '935bd2aefef7bd6e5e802dc0a6af8a8df1457be1',
 'ircd-hybrid/ircd-hybrid': 'c22d5cb26a8e40ebf48a06d1755355843504001e',
 'troglobit/merecat': '57a2ce7c0cca65579f57d248ef89300eb22c2d97',
 'jech/polipo': '4d42ca1b5849518762d110f34b6ce2e03d6df9ec',
 'troglobit/mini-snmpd': '45765e39d52469fd2b5ec5cfb78e042f437c0df4',
}
ROOT = '/work/corpora/webhook54/src'

_labels = TokenLabels(ROOT, 'wh54', C)
S = _labels.S
CT = 'Constant-time compare.'
PME = ('ptls_mem_equal is a volatile function pointer to mem_equal (lib/picotls.c 6611), a volatile XOR-OR '
       'accumulate loop without early exit.')

# ---------------- h2o/picotls (TLS 1.3 library; C) ----------------
R = 'h2o/picotls'
P = 'lib/picotls.c'
S(R, P, 1853, 'ptls_mem_equal', 'yes', 'handle_finished: peer Finished verify_data compared with the HMAC computed '
  'from the handshake traffic secret. ' + PME, CT)
S(R, P, 2646, 'memcmp', 'yes', 'decode_server_hello: ServerHello random compared with the public HelloRetryRequest '
  'magic random (RFC 8446 constant).', NS)
S(R, P, 2851, 'ptls_mem_equal', 'yes', 'client_handle_hello: ECH acceptance confirmation delivered by the server '
  'compared with the value derived from the key schedule. ' + PME, CT)
S(R, P, 2885, 'ptls_mem_equal', 'yes', 'client_handle_hello: legacy_session_id echoed by the server compared with '
  'the one sent (public, sent in clear), done with the constant-time helper anyway. ' + PME, CT)
S(R, P, 4123, 'ptls_mem_equal', 'yes', 'server_handle_hello: second ClientHello random compared with the first one '
  '(public, sent in clear), with the constant-time helper. ' + PME, CT)
S(R, P, 4197, 'memcmp', 'yes', 'try_psk_handshake: PSK identity offered in the ClientHello compared with the '
  'configured external PSK identity; the identity is sent in clear, the secret is not compared here.', NS)
S(R, P, 4240, 'memcmp', 'yes', 'try_psk_handshake: ticket context from the decrypted (authenticated) session '
  'ticket compared with the server\'s ticket context; a context identifier, not a key.', NS)
S(R, P, 4299, 'ptls_mem_equal', 'yes', 'try_psk_handshake: PSK binder from the ClientHello compared with the binder '
  'HMAC computed from the PSK. ' + PME, CT)
S(R, P, 4556, 'memcmp', 'yes', 'server_handle_hello: SNI of the second ClientHello compared with the saved server '
  'name; a public host name.', NS)
S(R, P, 4600, 'ptls_mem_equal', 'yes', 'server_handle_hello: HelloRetryRequest cookie signature from the client '
  'compared with the HMAC computed with the server cookie key. ' + PME, CT)
S(R, P, 6617, '^', 'yes', 'mem_equal: the volatile XOR-OR accumulate loop itself (no early exit).', CT)
P = 'lib/openssl.c'
S(R, P, 2074, 'ptls_mem_equal', 'yes', 'verify_raw_cert: raw public key presented by the peer compared with the '
  'expected public key; public data, compared with the constant-time helper. ' + PME, CT)
S(R, P, 2199, 'ptls_mem_equal', 'yes', 'ptls_openssl_decrypt_ticket: HMAC of the session ticket compared with the '
  'HMAC computed with the ticket key. ' + PME, CT)
S(R, P, 2347, 'ptls_mem_equal', 'yes', 'ptls_openssl_decrypt_ticket_evp (OpenSSL 3 EVP_MAC variant): ticket HMAC '
  'compared with the HMAC computed with the ticket key. ' + PME, CT)

# ---------------- utoni/ptunnel-ng (ICMP tunnel; C) ----------------
R = 'utoni/ptunnel-ng'
P = 'src/challenge.c'
S(R, P, 104, 'memcmp', 'no', 'validate_challenge_md5: MD5(challenge || MD5(password)) computed here compared with '
  'the response from the peer packet using memcmp (early exit).')
S(R, P, 129, 'memcmp', 'no', 'validate_challenge_sha512: SHA-512(challenge || SHA-512(password)) compared with the '
  'peer response using memcmp (early exit).')
S(R, 'src/pkt.c', 248, '!=', 'yes', 'handle_packet: magic number of the received packet compared with the '
  'configured magic; a protocol constant sent in clear.', NS)

# ---------------- friedrich/hans (IP over ICMP; C++) ----------------
R = 'friedrich/hans'
S(R, 'src/server.cpp', 130, 'memcmp', 'no', 'Server::checkChallenge: the response expected for the client\'s '
  'challenge (SHA-1 of password and challenge, Auth::getResponse) compared with the echo payload from the client '
  'using memcmp (early exit).')
S(R, 'src/server.cpp', 164, '!=', 'yes', 'Server::handleEchoData: tunnel header magic compared with the client '
  'magic; a protocol constant (Worker::TunnelHeader::Magic::operator!=).', NS)
S(R, 'src/client.cpp', 98, '!=', 'yes', 'Client::handleEchoData: tunnel header magic compared with the server '
  'magic; a protocol constant.', NS)
S(R, 'src/worker.cpp', 44, 'memcmp', 'yes', 'TunnelHeader::Magic::operator==: memcmp of the 4-byte protocol magic.', NS)
S(R, 'src/worker.cpp', 49, 'memcmp', 'yes', 'TunnelHeader::Magic::operator!=: memcmp of the 4-byte protocol magic.', NS)

# ---------------- ircd-hybrid/ircd-hybrid (IRC server; C) ----------------
R = 'ircd-hybrid/ircd-hybrid'
S(R, 'src/conf.c', 1412, 'strcmp', 'no', 'match_conf_password (auth{}, operator{}, connect{} and webirc{} '
  'passwords): crypt(3) of the client password, or the plain password, compared with the configured password '
  'using strcmp (early exit).')
S(R, 'src/channel.c', 721, 'strcmp', 'no', 'can_join: channel key (+k, the channel password) compared with the key '
  'the joining client sent using strcmp (early exit).')
S(R, 'modules/m_join.c', 123, 'strcmp', 'yes', 'set_final_mode (server JOIN burst): old and new channel key compared '
  'to build the MODE change line; a mode diff between two server-side values, not a password check.', NS)
S(R, 'modules/m_sjoin.c', 121, 'strcmp', 'yes', 'set_final_mode (SJOIN burst): old vs new channel key for the MODE '
  'diff; not a password check.', NS)
S(R, 'modules/m_sjoin.c', 288, 'strcmp', 'yes', 'ms_sjoin: the two keys of a channel merge are ordered with strcmp '
  'to pick the winner deterministically; not a password check.', NS)

# ---------------- troglobit/merecat (thttpd-derived web server; C) ----------------
R = 'troglobit/merecat'
P = 'src/libhttpd.c'
S(R, P, 1656, 'strncmp', 'yes', 'auth_check2: Authorization header compared with the scheme prefix "Basic ".', NS)
S(R, P, 1681, 'strcmp', 'yes', 'auth_check2 cache: .htpasswd path and the user name (same line, strcmp(authinfo, '
  'hc->prevuser)) compared with the cached ones; path and user name, not secrets.', NS)
S(R, P, 1687, 'strcmp', 'no', 'auth_check2: crypt(3) of the client\'s Basic password compared with the cached '
  'crypt hash using strcmp (early exit).')
S(R, P, 1726, 'strcmp', 'yes', 'auth_check2: user name field of an .htpasswd line compared with the user name the '
  'client sent; a user name.', NS)
S(R, P, 1735, 'strcmp', 'no', 'auth_check2: crypt(3) of the client\'s Basic password compared with the hash from '
  '.htpasswd using strcmp (early exit).')

# ---------------- jech/polipo (caching web proxy; C) ----------------
R = 'jech/polipo'
S(R, 'auth.c', 64, 'b64cmp', 'no', 'checkClientAuth: base64 credentials of the client\'s Proxy-Authorization '
  'compared with the configured authCredentials ("user:password") through b64cmp (util.c 642: base64-encodes the '
  'secret, then memcmp, early exit).')
S(R, 'util.c', 655, 'memcmp', 'no', 'b64cmp: the memcmp behind checkClientAuth, base64(authCredentials) vs the '
  'client\'s header value (early exit).')

# ---------------- troglobit/mini-snmpd (SNMP agent; C) ----------------
R = 'troglobit/mini-snmpd'
S(R, 'protocol.c', 932, 'strcmp', 'no', 'snmp: community string of the SNMPv2c request compared with the configured '
  'community (the agent\'s shared secret) using strcmp (early exit).')

_labels.write(__file__, 'webhook54')
