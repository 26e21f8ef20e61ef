#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook107). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'couchbase/kv_engine': 'eba4298981505cdc3371abbfb8be213236f7875a',
 'Lede-Inc/cetus': '9ba02363850f7a05d2f81781d111652d5674f5aa',
 'Meituan-Dianping/DBProxy': '3165f6b58a244d72c80684c54e34be59160819d3',
 'pgmoneta/pgmoneta': '200fc35d849220462cd837751aca224359f2089e',
 'pgexporter/pgexporter': 'cfa0e298f58555215b93ca3d94ed49eeb294c1b0',
 'OpenAtomFoundation/pikiwidb': 'f3e09b84d3ef475c0893f5455f0cff618fc1102e',
 'apache/qpid-proton': 'caf0f45c5652d1576ca5af882fbc2be9b53800c0',
 'RedisLabs/redis-cluster-proxy': 'adc7252dc207b0e6a536cd2de3a73136595d19a7',
}
ROOT = '/work/corpora/webhook107/src'

_labels = TokenLabels(ROOT, 'wh107', C)
S = _labels.S
CT = 'Constant-time compare.'
GSE = ' g_string_equal (GLib) compares the lengths, then the bytes with an early exit.'

# ---------------- couchbase/kv_engine (memcached-based data service; cbsasl SASL server; C++) ----------------
R = 'couchbase/kv_engine'
S(R, 'cbsasl/strcmp.cc', 23, '^', 'yes', 'cbsasl_secure_compare: ORs the XOR of every byte pair into an accumulator, no '
  'early exit (a length mismatch throws; lengths are public).', CT)
P = 'cbsasl/plain/check_password.cc'
S(R, P, 24, '==', 'yes', 'check_password (SASL PLAIN): password-hash algorithm name of the user entry compared with '
  '"argon2id"; an algorithm name.', NS)
S(R, P, 42, '!=', 'yes', 'check_password: length of the stored password hash compared with the length of the '
  'generated hash; lengths.', NS)
S(R, P, 47, 'cbsasl_secure_compare', 'yes', 'check_password: hash of the PLAIN password compared with the stored '
  'password hash using cbsasl_secure_compare (XOR-OR accumulator, cbsasl/strcmp.cc).', CT)
P = 'cbsasl/scram-sha/scram-sha-server.cc'
S(R, P, 58, 'starts_with', 'yes', 'ServerBackend::start: client-first-message checked for the "n," GS2 header (no '
  'channel binding); a protocol prefix.', NS)
S(R, P, 151, '!=', 'yes', 'ServerBackend::step: nonce echoed in the client-final-message compared with the '
  'combined client+server nonce; both halves travelled in clear in the first two messages, not a secret.', NS)
S(R, P, 173, '!=', 'yes', 'ServerBackend::step: length of the decoded ClientProof compared with the length of the '
  'ClientSignature; lengths.', NS)
S(R, P, 188, 'cbsasl_secure_compare', 'yes', 'ServerBackend::step: H(ClientProof XOR ClientSignature) compared with '
  'the StoredKey using cbsasl_secure_compare (XOR-OR accumulator, no early exit).', CT)

# ---------------- Lede-Inc/cetus (MySQL proxy; C) ----------------
R = 'Lede-Inc/cetus'
S(R, 'src/cetus-users.c', 258, 'g_string_equal', 'no', 'cetus_users_authenticate_client: mysql_native_password '
  'scramble response of the client compared with the expected scramble computed from the stored password.' + GSE)
P = 'plugins/admin/admin-plugin.c'
S(R, P, 181, 'g_strcmp0', 'yes', 'server_read_auth (admin port): auth plugin name of the handshake response compared '
  'with "mysql_native_password"; a plugin name.', NS)
S(R, P, 224, 'strleq', 'yes', 'server_read_auth (admin port): user name of the handshake response compared with the '
  'configured admin user name; a user name.', NS)
S(R, P, 239, 'g_string_equal', 'no', 'server_read_auth (admin port): expected scramble of the admin password '
  'compared with the client\'s auth response.' + GSE)

# ---------------- Meituan-Dianping/DBProxy (MySQL proxy, Atlas-derived; C) ----------------
R = 'Meituan-Dianping/DBProxy'
P = 'plugins/admin/admin-plugin.c'
S(R, P, 279, 'strleq', 'yes', 'server_read_auth (admin port): user name of the handshake response compared with '
  'the admin user name; a user name.', NS)
S(R, P, 290, 'g_string_equal', 'no', 'server_read_auth (admin port): expected scramble of the admin password '
  'compared with the client\'s auth response.' + GSE)
S(R, 'plugins/proxy/proxy-plugin.c', 1158, 'g_string_equal', 'no', 'do_read_auth: expected mysql_native_password '
  'scramble (from the stored password hash and the challenge) compared with the client\'s auth response.' + GSE)
S(R, 'src/network-mysqld-proto.c', 1085, 'strleq', 'no', 'network_mysqld_proto_password_check: SHA1 of the '
  'unscrambled password compared with the stored double-hashed password; strleq (src/glib-ext.c) compares the '
  'lengths, then memcmp (early exit).')

# ---------------- pgmoneta/pgmoneta (PostgreSQL backup server; C) ----------------
R = 'pgmoneta/pgmoneta'
P = 'src/libpgmoneta/security.c'
S(R, P, 233, 'strcmp', 'yes', 'pgmoneta_remote_management_auth: database of the startup message compared with '
  '"admin"; a database name.', NS)
S(R, P, 609, 'memcmp', 'no', 'SCRAM-SHA-256 login to PostgreSQL (server_scram256 path): ServerSignature received in '
  'the SASL final message compared with the computed one using memcmp (early exit).')
S(R, P, 958, 'memcmp', 'no', 'client_scram256 (remote management server side): ClientProof sent by the client '
  'compared with the computed ClientProof using memcmp (early exit).')
S(R, P, 1569, 'memcmp', 'no', 'SCRAM-SHA-256 login to PostgreSQL (second client path): ServerSignature received '
  'compared with the computed one using memcmp (early exit).')
S(R, P, 1649, 'pgmoneta_compare_string', 'yes', 'get_admin_password: configured admin user name compared with the '
  'user name of the startup message; a user name.', NS)
S(R, P, 2186, 'strncmp', 'yes', 'get_scram_attribute: SCRAM attribute compared with the "<a>=" key prefix; a '
  'format prefix.', NS)
P = 'src/libpgmoneta/aes.c'
S(R, P, 2028, 'memcmp', 'yes', 'AES stream decrypt: salt read from the stream header compared with the salt of the '
  'cached key (re-derive?); a salt stored in clear, not a secret.', NS)
S(R, P, 2757, 'memcmp', 'yes', 'pgmoneta_cbc_decrypt_salted_buffer: buffer start compared with the "Salted__" '
  'magic; a format marker.', NS)

# ---------------- pgexporter/pgexporter (PostgreSQL Prometheus exporter; C) ----------------
R = 'pgexporter/pgexporter'
P = 'src/libpgexporter/security.c'
S(R, P, 215, 'strcmp', 'yes', 'pgexporter_remote_management_auth: database of the startup message compared with '
  '"admin"; a database name.', NS)
S(R, P, 584, 'memcmp', 'no', 'SCRAM-SHA-256 login to PostgreSQL: ServerSignature received compared with the '
  'computed one using memcmp (early exit).')
S(R, P, 914, 'memcmp', 'no', 'client_scram256 (remote management server side): ClientProof sent by the client '
  'compared with the computed ClientProof using memcmp (early exit).')
S(R, P, 1539, 'memcmp', 'no', 'SCRAM-SHA-256 login to PostgreSQL (second client path): ServerSignature received '
  'compared with the computed one using memcmp (early exit).')
S(R, P, 1619, 'strcmp', 'yes', 'get_admin_password: configured admin user name compared with the user name of the '
  'startup message; a user name.', NS)
S(R, P, 2056, 'strncmp', 'yes', 'get_scram_attribute: SCRAM attribute compared with the "<a>=" key prefix; a format '
  'prefix.', NS)

# ---------------- OpenAtomFoundation/pikiwidb (Redis-compatible server; C++) ----------------
R = 'OpenAtomFoundation/pikiwidb'
S(R, 'src/config.cc', 217, '==', 'no', 'PConfig::CheckPassword: requirepass compared with the password given by '
  'the client using std::string == (early exit).')

# ---------------- apache/qpid-proton (AMQP 1.0 library; SASL layer; C) ----------------
R = 'apache/qpid-proton'
P = 'c/src/sasl/default_sasl.c'
S(R, P, 196, 'strcmp', 'yes', 'default_sasl_process_init (server): selected mechanism compared with "ANONYMOUS"; a '
  'mechanism name.', NS)
S(R, P, 204, 'strcmp', 'yes', 'default_sasl_process_init (server): selected mechanism compared with "EXTERNAL"; a '
  'mechanism name.', NS)
P = 'c/src/sasl/cyrus_sasl.c'
S(R, P, 483, 'strcmp', 'yes', 'cyrus_sasl_process_init (server): selected mechanism compared with "ANONYMOUS"; a '
  'mechanism name.', NS)
S(R, P, 486, 'strcmp', 'yes', 'cyrus_sasl_process_init (server): selected mechanism compared with "CRAM-MD5"; a '
  'mechanism name.', NS)

# ---------------- RedisLabs/redis-cluster-proxy (Redis Cluster proxy; C) ----------------
R = 'RedisLabs/redis-cluster-proxy'
S(R, 'src/proxy.c', 792, 'strcmp', 'yes', 'authCommand: user name of AUTH compared with the proxy\'s --auth-user '
  '(does the client need a private connection?); a user name. The password is only forwarded to the cluster.', NS)

_labels.write(__file__, 'webhook107')
