#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook85). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'ShadowsocksR-Live/shadowsocksr-native': '17677abc3c3c0992244b732c7b62397022dbbe79',
 'yukixz/ss5': '7f999f1923b8e74d43701d98c078d69f3d65107b',
 'confluentinc/librdkafka': '4c3b017c3de8d9c10de12b9eec0ea688e8d5787d',
 'zeromq/czmq': 'b669c7eb60cb8f587071ac6ece7cd68d30ac4017',
 'apache/trafficserver': '1372b5efba2508e82252799e1242bd1b7ab121f5',
 'nats-io/nats.c': '2d4db4a36ecf5cbdf04c836fb823696dd5c2a7fb',
 'zeromq/libzmq': '6b708e4a453a31e240211792f42e4f0c67b7fc03',
 'spawn18/tightsocks': '2b40a945a6c1a868c0b67e877ed99d8c5ad42c00',
}
ROOT = '/work/corpora/webhook85/src'

_labels = TokenLabels(ROOT, 'wh85', C)
S = _labels.S
CT = 'Constant-time compare.'

# ---------------- ShadowsocksR-Live/shadowsocksr-native (SSR proxy obfs/protocol plugins; C) ----------------
R = 'ShadowsocksR-Live/shadowsocksr-native'
P = 'src/obfs/tls1.2_ticket.c'
TH = ('HMAC-SHA1 keyed with the server key (obfs->server_info.key) plus the client id (tls12_sha1_hmac, line 123)')
S(R, P, 414, 'memcmp', 'no', 'tls12_ticket_auth client_decode: HMAC in the fake ServerHello (bytes 33..42) '
  'compared with the ' + TH + ' using memcmp (early exit).')
S(R, P, 427, 'memcmp', 'no', 'tls12_ticket_auth client_decode: trailing HMAC of the whole server handshake '
  'compared with the ' + TH + ' using memcmp (early exit).')
S(R, P, 450, 'memcmp', 'no', 'tls12_ticket_auth client_decode: HMAC of each application-data record compared '
  'with the ' + TH + ' using memcmp (early exit).')
S(R, P, 658, 'memcmp', 'yes', 'tls12_ticket_auth server_decode: TLS application-data record header "\\x17\\x03\\x03" '
  '(a protocol constant).', NS)
S(R, P, 719, 'memcmp', 'yes', 'tls12_ticket_auth server_decode: Finished record header (0x16 + TLS version + 0x00) '
  'compared with the expected bytes; a protocol constant.', NS)
S(R, P, 738, 'memcmp', 'no', 'tls12_ticket_auth server_decode: HMAC of the client Finished message compared with '
  'the ' + TH + ' using memcmp (early exit).')
S(R, P, 772, 'memcmp', 'yes', 'tls12_ticket_auth server_decode: ClientHello record header "\\x16\\x03\\x01" (a '
  'protocol constant).', NS)
S(R, P, 787, 'memcmp', 'yes', 'tls12_ticket_auth server_decode: handshake type/length prefix "\\x01\\x00" (a '
  'protocol constant).', NS)
S(R, P, 800, 'memcmp', 'yes', 'tls12_ticket_auth server_decode: client TLS version compared with the expected '
  'version bytes; public protocol data.', NS)
S(R, P, 832, 'memcmp', 'no', 'tls12_ticket_auth server_decode: 10-byte HMAC in the ClientHello random compared '
  'with the ' + TH + ' using memcmp (early exit); this authenticates the client.')
P = 'src/obfs/auth.c'
S(R, P, 794, '!=', 'yes', 'auth_sha1_v4_client_post_decrypt: CRC32 of the 2-byte length prefix compared with the '
  'received CRC; an unkeyed checksum, not a secret.', NS)
S(R, P, 906, 'memcmp', 'no', 'auth_sha1_v4_server_post_decrypt: HMAC-SHA1 (key: recv IV + server key) of the first '
  'packet compared with its 10-byte tag using memcmp (early exit).')
S(R, P, 955, '!=', 'yes', 'auth_sha1_v4_server_post_decrypt: CRC32 of the 2-byte length prefix compared with the '
  'received CRC; an unkeyed checksum, not a secret.', NS)
S(R, P, 1292, 'memcmp', 'no', 'auth_aes128_sha1_client_post_decrypt: keyed HMAC (user key + packet id) of the '
  'length field compared with the 2-byte tag using memcmp (early exit).')
S(R, P, 1316, 'memcmp', 'no', 'auth_aes128_sha1_client_post_decrypt: keyed HMAC of the packet compared with the '
  '4-byte tag using memcmp (early exit).')
S(R, P, 1420, 'memcmp', 'no', 'auth_aes128_sha1_server_post_decrypt: keyed HMAC (recv IV + server key) of the '
  'first byte compared with the received tag using memcmp (early exit).')
S(R, P, 1433, 'memcmp', 'no', 'auth_aes128_sha1_server_post_decrypt: keyed HMAC of the encrypted auth header '
  'compared with the 4-byte tag using memcmp (early exit).')
S(R, P, 1514, 'memcmp', 'no', 'auth_aes128_sha1_server_post_decrypt: HMAC keyed with the user key of the first '
  'packet compared with its 4-byte tag using memcmp (early exit).')
S(R, P, 1547, 'memcmp', 'no', 'auth_aes128_sha1_server_post_decrypt: keyed HMAC (user key + recv id) of the length '
  'field compared with the 2-byte tag using memcmp (early exit).')
S(R, P, 1565, 'memcmp', 'no', 'auth_aes128_sha1_server_post_decrypt: keyed HMAC of each packet compared with its '
  '4-byte tag using memcmp (early exit).')
S(R, P, 1667, 'memcmp', 'no', 'auth_aes128_sha1_client_udp_post_decrypt: HMAC keyed with the server key of the UDP '
  'datagram compared with its 4-byte tag using memcmp (early exit).')
S(R, P, 1714, 'memcmp', 'no', 'auth_aes128_sha1_server_udp_post_decrypt: HMAC keyed with the user key of the UDP '
  'datagram compared with its 4-byte tag using memcmp (early exit).')
P = 'src/obfs/auth_chain.c'
S(R, P, 695, 'memcmp', 'no', 'auth_chain_a_client_post_decrypt: HMAC-MD5 keyed with the user key + packet id of the '
  'packet compared with its 2-byte tag using memcmp (early exit).')
S(R, P, 797, 'memcmp', 'no', 'auth_chain_a_server_post_decrypt: HMAC-MD5 (key: recv IV + server key) of the first '
  'bytes compared with the received tag using memcmp (early exit).')
S(R, P, 817, 'memcmp', 'no', 'auth_chain_a_server_post_decrypt: HMAC-MD5 keyed with the user key of the auth header '
  'compared with the 4-byte tag using memcmp (early exit).')
S(R, P, 920, 'memcmp', 'no', 'auth_chain_a_server_post_decrypt: HMAC-MD5 keyed with the user key + recv id of each '
  'packet compared with its 2-byte tag using memcmp (early exit).')

# ---------------- yukixz/ss5 (SOCKS 5 proxy server; C) ----------------
R = 'yukixz/ss5'
SQ = ' STREQ is include/SS5Main.h 160: !strncmp(x,y,z), early exit.'
S(R, 'modules/mod_authen/SS5Basic.c', 53, 'STREQ', 'no', 'S5PwdFileCheck: password of the SOCKS5 user/password '
  'request compared with the password of the matching ss5.passwd line.' + SQ)
S(R, 'modules/mod_authen/SS5Mod_authentication.c', 352, 'STREQ', 'yes', 'SrvAuthentication: console request line '
  'compared with the literal "ET /list=AUTHCACHE HTTP/1."; a URL path, not a secret.', NS)
S(R, 'modules/mod_authen/SS5Mod_authentication.c', 392, 'STREQ(p', 'no', 'GetAuthCache: password of the SOCKS5 '
  'request compared with the cached password of an authenticated user (a cache hit authenticates the client; '
  'the user name compare precedes it on the same line).' + SQ)

# ---------------- confluentinc/librdkafka (Kafka client; C) ----------------
R = 'confluentinc/librdkafka'
P = 'src/rdkafka_sasl_scram.c'
S(R, P, 457, 'strncmp', 'yes', 'handle_server_first_message: the server nonce must start with the client nonce the '
  'client sent in clear; a public nonce.', NS)
S(R, P, 565, 'strcmp', 'no', 'handle_server_final_message: ServerSignature (v=) sent by the broker compared with the '
  'locally computed base64 ServerSignature using strcmp (early exit); this is the SCRAM server authentication.')
S(R, P, 750, 'strcmp', 'yes', 'rd_kafka_sasl_scram_client_new: configured mechanism name compared with '
  '"SCRAM-SHA-1".', NS)
S(R, P, 758, 'strcmp', 'yes', 'rd_kafka_sasl_scram_client_new: configured mechanism name compared with '
  '"SCRAM-SHA-512".', NS)

# ---------------- zeromq/czmq (ZAP authenticator zauth; C) ----------------
R = 'zeromq/czmq'
P = 'src/zauth.c'
SE = ' streq is include/czmq_prelude.h 447: (!strcmp ((s1), (s2))), early exit.'
S(R, P, 106, 'streq', 'yes', 's_self_handle_pipe: API command word compared with "ALLOW".', NS)
S(R, P, 255, 'streq', 'yes', 's_zap_request_new: ZAP mechanism name compared with "PLAIN".', NS)
S(R, P, 349, 'streq', 'no', 's_authenticate_plain: PLAIN password from the ZAP request compared with the password '
  'file entry of the user.' + SE)
S(R, P, 465, 'streq', 'yes', 's_self_authenticate: ZAP mechanism name compared with "NULL".', NS)
S(R, P, 472, 'streq', 'yes', 's_self_authenticate: ZAP mechanism name compared with "PLAIN".', NS)

# ---------------- apache/trafficserver (access_control plugin; C++) ----------------
R = 'apache/trafficserver'
A = 'plugins/experimental/access_control/'
S(R, A + 'utils.cc', 236, 'CRYPTO_memcmp', 'yes', 'cryptoMessageDigestEqual: the token HMAC and the computed HMAC '
  'compared with OpenSSL CRYPTO_memcmp (used by KvpAccessToken::validateSignature, access_control.cc 128).', CT)
S(R, A + 'access_control.cc', 149, '<=', 'yes', 'AccessToken::validateTiming: current time compared with the '
  'token not-before timestamp; a time, not a secret.', NS)
S(R, A + 'access_control.cc', 161, '>', 'yes', 'AccessToken::validateTiming: current time compared with the token '
  'expiration timestamp; a time, not a secret.', NS)
S(R, A + 'access_control.cc', 210, '==', 'yes', 'KvpAccessToken::parse: claim name of a key=value pair compared '
  'with the configured subject claim name; a field name.', NS)
S(R, A + 'access_control.cc', 228, '==', 'yes', 'KvpAccessToken::parse: claim name compared with the configured '
  'message-digest claim name (the name of the field that carries the signature, not the signature).', NS)

P = 'plugins/experimental/url_sig/url_sig.cc'
S(R, P, 152, 'strncmp', 'yes', 'TSRemapNewInstance: config line compared with the "key" keyword (the name of a '
  'key line, not the key).', NS)
S(R, P, 638, 'strcmp', 'yes', 'TSRemapDoRemap: client IP from the signed URL (C=) compared with the peer IPv4 '
  'address; a public address.', NS)
S(R, P, 659, 'strcmp', 'yes', 'TSRemapDoRemap: client IP from the signed URL (C=) compared with the peer IPv6 '
  'address; a public address.', NS)
S(R, P, 677, '<', 'yes', 'TSRemapDoRemap: expiration time of the signed URL (E=) compared with the current time; '
  'a timestamp, not a secret.', NS)
S(R, P, 820, 'strncmp', 'no', 'TSRemapDoRemap: signature from the URL (S=) compared with the hex HMAC-SHA1/MD5 of '
  'the signed part keyed with the configured key using strncmp (early exit).')

# ---------------- nats-io/nats.c (NATS client; C) ----------------
R = 'nats-io/nats.c'
S(R, 'src/conn.c', 899, 'strcmp', 'yes', '_processExpectedInfo: first protocol operation from the server compared '
  'with "INFO"; a protocol keyword.', NS)
S(R, 'src/conn.c', 1580, 'strncmp', 'yes', '_respHandler: subject of the reply message compared with the request '
  'muxer inbox prefix; a subject (topic) name, not a secret.', NS)
S(R, 'src/conn.c', 2158, 'strncmp', 'yes', '_sendConnect: reply to the CONNECT/PING compared with "PONG"; a protocol '
  'keyword.', NS)
S(R, 'src/object.c', 2284, 'strcmp', 'yes', '_readInto (object store get): unkeyed SHA-256 digest of the downloaded object '
  'compared with the digest in the object info (an integrity checksum, not a MAC or secret).', NS)

# ---------------- zeromq/libzmq (CURVE mechanism server; C++) ----------------
R = 'zeromq/libzmq'
P = 'src/curve_server.cpp'
S(R, P, 126, 'memcmp', 'yes', 'curve_server_t::process_hello: command name compared with "\\x05HELLO"; a protocol '
  'constant.', NS)
S(R, P, 265, 'memcmp', 'yes', 'curve_server_t::process_initiate: command name compared with "\\x08INITIATE"; a '
  'protocol constant.', NS)
S(R, P, 370, 'memcmp', 'yes', 'curve_server_t::process_initiate: the client short-term public key decrypted from the '
  'vouch box (already authenticated by crypto_box_open) compared with the one from HELLO; a public key.', NS)

# ---------------- spawn18/tightsocks (SOCKS5 proxy; C; pinned at a 2020 commit that still has userpass.c) ----------
R = 'spawn18/tightsocks'
S(R, 'protocol/methods/userpass.c', 15, '==', 'yes', 'method_userpass: version byte of the user/password '
  'sub-negotiation compared with SOCKS_VER; a protocol constant.', NS)
S(R, 'protocol/methods/userpass.c', 27, 'strncmp(PASSWORD', 'no', 'method_userpass: password of the RFC 1929 '
  'request compared with the configured PASSWORD using strncmp (early exit; the user name compare precedes it on '
  'the same line).')
S(R, 'protocol/method_exchange.c', 15, '==', 'yes', 'method_exchange: version byte of the greeting compared with '
  'SOCKS_VER; a protocol constant.', NS)
S(R, 'protocol/method_exchange.c', 24, '==', 'yes', 'method_exchange: offered authentication method id compared '
  'with the preferred method; a public method number.', NS)

_labels.write(__file__, 'webhook85')
