#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook91). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'mongodb/mongo-c-driver': 'a047e0bc10f1a1e1419ac6ae2b87386d8c8ec9d3',
 'mariadb-corporation/mariadb-connector-c': '53243b8a7a3d8125d86004b1b784e40f75298d6b',
 'savoirfairelinux/opendht': 'd676aef027b0d585bce719ee9e2f3ca93fa6996d',
 'arvidn/libtorrent': '069017e3348e8998ad585c86a5b7eba035d47006',
 'SChernykh/p2pool': '14b6a63c10244e7aeb652d79d2c5d264411be4e4',
 'nayutaco/ptarmigan': '40a6d18e0e8c754058e62eab06646a27f0543603',
}
ROOT = '/work/corpora/webhook91/src'

_labels = TokenLabels(ROOT, 'wh91', C)
S = _labels.S
CT = 'Constant-time compare.'

# ---------------- mongodb/mongo-c-driver (MongoDB wire-protocol client, SCRAM / MONGODB-AWS auth; C) ----------------
R = 'mongodb/mongo-c-driver'
P = 'src/libmongoc/src/mongoc/mongoc-scram.c'
S(R, P, 176, 'strcmp', 'no', '_mongoc_scram_cache_has_presecrets: hashed password of the current SCRAM conversation '
  'compared with the hashed password of each process-wide cache entry using strcmp (early exit); the hashed '
  'password is the secret the SCRAM keys are derived from.')
S(R, P, 261, 'memcmp', 'no', '_mongoc_scram_cache_insert: SaltedPassword (the SCRAM key material) of the conversation '
  'compared with a cache entry\'s using memcmp (early exit).')
S(R, P, 671, 'mongoc_memcmp', 'yes', '_mongoc_scram_step2: server nonce checked to start with the client nonce '
  '(sent in clear in the client-first message) using mongoc_memcmp; a public nonce, and the compare is '
  'constant time anyway.', NS)
S(R, P, 708, '!=', 'yes', '_mongoc_scram_step2: decoded salt length compared with the expected length; a length.', NS)
S(R, P, 839, 'mongoc_memcmp', 'yes', '_mongoc_scram_verify_server_signature: base64 ServerSignature = HMAC(ServerKey, '
  'AuthMessage) compared with the server\'s v= value using mongoc_memcmp (mongoc-memcmp.c: XOR-OR over all bytes, '
  'no early exit).', CT)
S(R, 'src/libmongoc/src/mongoc/mongoc-memcmp.c', 27, '^', 'yes', 'mongoc_memcmp: ORs the XOR of every byte pair into '
  'an accumulator, no early exit.', CT)
P = 'src/libmongoc/src/mongoc/mongoc-cluster-aws.c'
S(R, P, 1062, '!=', 'yes', '_mongoc_cluster_auth_node_aws: server reply nonce length compared with 64; a '
  'length.', NS)
S(R, P, 1066, 'memcmp', 'yes', '_mongoc_cluster_auth_node_aws: first 32 bytes of the server nonce compared with '
  'the client nonce the driver sent in clear in saslStart; a public nonce.', NS)

# ---------------- mariadb-corporation/mariadb-connector-c (MySQL/MariaDB protocol client; C) ----------------
R = 'mariadb-corporation/mariadb-connector-c'
P = 'plugins/auth/my_auth.c'
S(R, P, 98, 'strcmp', 'yes', 'is_local_host (TLS without a CA): host name compared with "localhost" / loopback '
  'names; a host name.', NS)
S(R, P, 739, 'strcmp', 'yes', 'run_plugin_auth: auth plugin name named by the server compared with the plugin '
  'chosen by the client; a plugin name.', NS)
S(R, P, 887, 'strcmp', 'no', 'run_plugin_auth (self-signed server certificate check): hex SHA-256 of the password '
  'hash, the scramble and the certificate fingerprint (proof that the server knows the password hash) compared '
  'with the signature sent in the OK packet using strcmp (early exit).')
S(R, 'libmariadb/ma_tls.c', 283, '!=', 'yes', 'ma_pvio_tls_compare_fp: configured certificate fingerprint compared '
  'byte by byte (early exit) with the fingerprint of the server certificate; a fingerprint of a public '
  'certificate.', NS)
S(R, 'plugins/auth/ref10/open.c', 31, 'crypto_verify_32', 'yes', 'crypto_sign_open (ed25519 auth): recomputed R '
  'compared with the signature\'s R using crypto_verify_32 (= crypto_verify in ref10/verify.c: XOR-OR of all 32 '
  'bytes, no early exit).', CT)

# ---------------- savoirfairelinux/opendht (Kademlia DHT; C++17) ----------------
R = 'savoirfairelinux/opendht'
P = 'src/dht.cpp'
S(R, P, 1691, '!=', 'yes', 'Dht::tokenMatch: write token length compared with TOKEN_SIZE; a length.', NS)
S(R, P, 1693, '==', 'no', 'Dht::tokenMatch: announce/put token presented by a node compared with the token made '
  'from the node secret and the node address (std::vector ==, early exit): lets a node forge tokens byte by '
  'byte.')
S(R, P, 1695, '==', 'no', 'Dht::tokenMatch: token compared with the one made from the previous node secret '
  '(std::vector ==, early exit).')
P = 'src/crypto.cpp'
S(R, P, 219, 'std::equal', 'no', 'aesDecrypt: AES-GCM tag computed over the ciphertext compared with the received tag '
  'using std::equal (early exit): a MAC check.')
S(R, P, 1700, 'memcmp', 'yes', 'OcspResponse::verifyDirect: nonce of the OCSP response compared with the nonce of '
  'the request (anti-replay); a public nonce.', NS)

# ---------------- arvidn/libtorrent (BitTorrent library: DHT and peer protocol; C++17) ----------------
R = 'arvidn/libtorrent'
P = 'src/kademlia/node.cpp'
S(R, P, 153, '!=', 'yes', 'node::verify_token: announce token length compared with write_token_size; a '
  'length.', NS)
S(R, P, 172, 'std::equal', 'no', 'node::verify_token: DHT write token from an announce_peer / put compared with '
  'SHA-1(address, current secret, info hash) using std::equal (early exit).')
S(R, P, 180, 'std::equal', 'no', 'node::verify_token: write token compared with SHA-1(address, previous secret, '
  'info hash) using std::equal (early exit).')
S(R, P, 1081, '!=', 'yes', 'node::incoming_request (put): "cas" sequence number compared with the stored item\'s '
  'sequence number; a public counter.', NS)
P = 'src/bt_peer_connection.cpp'
S(R, P, 3009, '==', 'yes', 'on_receive_impl (MSE handshake): HASH("req2", info hash) of each torrent compared '
  'with the de-obfuscated hash sent by the peer, to find the torrent; hashes of public info hashes.', NS)
S(R, P, 3031, 'std::equal', 'yes', 'on_receive_impl (MSE handshake): decrypted verification constant compared '
  'with eight zero bytes; a protocol constant.', NS)
S(R, P, 3486, 'std::equal', 'yes', 'on_receive_impl (handshake): info hash from the peer compared with the '
  'torrent\'s v2 info hash; a public identifier.', NS)
S(R, P, 3492, 'std::equal', 'yes', 'on_receive_impl (handshake): info hash from the peer compared with the '
  'torrent\'s info hash; a public identifier.', NS)

# ---------------- SChernykh/p2pool (Monero P2Pool node; C++17) ----------------
R = 'SChernykh/p2pool'
S(R, 'src/console_commands.cpp', 467, 'memcmp', 'no', 'ConsoleCommands::process_input: random cookie that must '
  'prefix every command on the local console/API TCP port compared with the start of the received line using '
  'memcmp (early exit).')
S(R, 'src/wallet.cpp', 179, 'memcmp', 'yes', 'Wallet::decode: 4-byte Keccak checksum of a Monero address compared '
  'with the checksum in the address; public data.', NS)
S(R, 'src/tcp_server.cpp', 1397, 'memcmp', 'yes', 'TCPServer::Client::read_proxy_v2 (PROXY protocol v2 header): '
  'first 12 bytes compared with the protocol signature; a magic number.', NS)

# ---------------- nayutaco/ptarmigan (Lightning Network node; C) ----------------
R = 'nayutaco/ptarmigan'
S(R, 'ln/ln_onion.c', 297, 'memcmp', 'no', 'ln_onion_read_packet: HMAC of the onion routing info (key mu derived '
  'from the ECDH shared secret) compared with the packet\'s HMAC using memcmp (early exit).')
S(R, 'ln/ln_onion.c', 502, 'memcmp', 'no', 'ln_onion_failure_read: HMAC of an onion error packet (key um from the '
  'hop\'s shared secret) compared with the received HMAC using memcmp (early exit).')
S(R, 'ln/ln_establish.c', 214, 'memcmp', 'yes', 'open_channel handler: chain hash of the message compared with the '
  'genesis hash; a public block hash.', NS)
S(R, 'ln/ln_establish.c', 773, 'memcmp', 'no', 'channel_reestablish (option_data_loss_protect): '
  'your_last_per_commitment_secret sent by the peer compared with our own per-commitment secret using memcmp '
  '(early exit).')
S(R, 'ln/ln_derkey.c', 353, 'memcmp', 'no', 'ln_derkey_remote_storage_insert_per_commitment_secret (shachain): '
  'secret derived from the new per-commitment secret compared with each stored secret using memcmp (early '
  'exit).')
S(R, 'ln/ln_normalope.c', 212, 'memcmp', 'yes', 'update_fulfill_htlc handler: SHA-256 of the received preimage '
  'compared with the HTLC\'s payment hash; the payment hash is public (it is in the invoice and the HTLC).', NS)
S(R, 'ln/ln_normalope.c', 416, 'memcmp', 'yes', 'revoke_and_ack handler: public point of the revealed '
  'per-commitment secret compared with the stored per-commitment point; public keys.', NS)
S(R, 'ln/ln_anno.c', 192, 'memcmp', 'yes', 'channel_announcement handler: chain hash compared with the genesis hash; '
  'a public block hash.', NS)

_labels.write(__file__, 'webhook91')
