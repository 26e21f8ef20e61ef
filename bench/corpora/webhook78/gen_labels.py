#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook78). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'Snapchat/KeyDB': '603ebb27fb82a27fb98b0feb6749b0f7661a1c4b',
 'mariadb-corporation/MaxScale': 'f72af9927243f59f2b20cc835273dbe6dc158623',
 'yinqiwen/ardb': '9f703a6b9c3430e30aba2286240e44570994efe6',
 'FirebirdSQL/firebird': 'f2a513ef2b3b012307e0c90e0330d0eb04e494cd',
 'scylladb/scylladb': 'f4a4091ca28efb8c06c3422fdaac1d2f02e5614f',
 'rethinkdb/rethinkdb': '8de19b3542e9713331d4cbf62cab5b9c25aa8744',
 'memgraph/memgraph': 'df0f63683b6fb5e543ef4ec31b0affffde7c1109',
 'manticoresoftware/manticoresearch': 'e790cb571cb0338397798d2cd5d716260e148397',
 'mysql/mysql-proxy': 'ca6ad61af9088147a568a079c44d0d322f5bee59',
}
ROOT = '/work/corpora/webhook78/src'

_labels = TokenLabels(ROOT, 'wh78', C)
S = _labels.S
CT = 'Constant-time compare.'

# ---------------- Snapchat/KeyDB (Redis-compatible store; C++) ----------------
R = 'Snapchat/KeyDB'
P = 'src/acl.cpp'
TIS = ('time_independent_strcmp (src/acl.cpp 128-158) copies both strings into zeroed 512-byte buffers and ORs '
       'the XOR of every byte pair and of the lengths, no early exit.')
S(R, P, 154, '^', 'yes', 'time_independent_strcmp: the XOR-OR accumulate loop over the whole fixed-size '
  'buffers (no early exit).', CT)
S(R, P, 229, 'sdscmp', 'yes', 'ACLListMatchSds: list-search callback for a user\'s key / channel patterns; '
  'patterns are ACL rules, not secrets.', NS)
S(R, P, 235, 'time_independent_strcmp', 'yes', 'ACLListMatchSdsSecure: callback used to find a SHA-256 password '
  'hash in a user\'s password list (ACL SETUSER <pass / #hash removal). ' + TIS, CT)
S(R, P, 602, 'memcmp', 'yes', 'ACLDescribeUserCommandRules: the command bitmap rebuilt from the described rules compared with '
  'the user\'s bitmap (a self-check), not a secret.', NS)
S(R, P, 1101, 'time_independent_strcmp', 'yes', 'ACLCheckUserCredentials (AUTH / HELLO): SHA-256 hex hash of the '
  'password the client sent compared with each stored password hash. ' + TIS, CT)
S(R, P, 1574, 'strcmp', 'yes', 'ACLLoadFromFile: first word of an ACL file line compared with the keyword '
  '"user".', NS)
S(R, 'src/replication.cpp', 913, 'strcasecmp', 'yes', 'masterTryPartialResynchronization (PSYNC): replication '
  'id the replica asked for compared with this master\'s replication id; a public history identifier that '
  'INFO replication prints, not a credential.', NS)

# ---------------- mariadb-corporation/MaxScale (MariaDB / PostgreSQL proxy; C++, ref10 in C) ----------------
R = 'mariadb-corporation/MaxScale'
P = 'server/modules/authenticator/MariaDBAuth/mysql_auth.cc'
S(R, P, 188, '==', 'yes', 'MariaDBClientAuthenticator::exchange: authentication plugin name sent by the client '
  'compared with "mysql_clear_password" / "mysql_native_password"; a protocol name.', NS)
S(R, P, 301, 'memcmp', 'no', 'MariaDBClientAuthenticator::authenticate: SHA1(SHA1(password)) recovered from the '
  'client\'s mysql_native_password scramble response compared with the stored password hash from mysql.user '
  'using memcmp (early exit).')
P = 'server/modules/authenticator/Ed25519/ed25519_auth.cc'
S(R, P, 81, '==', 'yes', 'Ed25519AuthenticatorModule::create: ed_mode option value compared with "sha256"; a '
  'configuration keyword.', NS)
S(R, P, 628, '==', 'no', 'sha_check_cleartext_pw: ed25519 public key derived from the cleartext password (sent '
  'RSA-encrypted) compared with the stored public key (the password verifier in mysql.user) with std::string '
  '== (early exit).')
S(R, P, 667, '!=', 'yes', 'Ed25519ClientAuthenticator::exchange: plugin name of the client\'s auth switch '
  'response compared with "client_ed25519"; a protocol name.', NS)
S(R, 'server/modules/authenticator/Ed25519/ref10/open.c', 37, 'crypto_verify_32', 'yes', 'crypto_sign_open '
  '(ed25519 signature of the scramble): recomputed R compared with the signature\'s R via crypto_verify_32 '
  '(ref10/internal/verify.c: ORs the XOR of all 32 byte pairs, branch-free result).', CT)
P = 'server/core/users.cc'
S(R, P, 145, '==', 'yes', 'Users::authenticate: second character of the stored crypt string compared with the '
  'SHA-512 salt marker to pick the hashing function; a format tag.', NS)
S(R, P, 147, '==', 'no', 'Users::authenticate (REST API / maxctrl admin users): crypt(3) hash of the password '
  'compared with the stored hash with std::string == (early exit).')
S(R, P, 359, '==', 'yes', 'json_to_account_type: account type string compared with "basic"; a role name.', NS)
P = 'server/modules/protocol/Postgres/authenticators/password.cc'
S(R, P, 78, '== "md5"', 'yes', 'PasswordClientAuth::authenticate: prefix of the stored rolpassword compared with '
  '"md5" to detect the hash format; a format tag.', NS)
S(R, P, 123, 'memcmp', 'no', 'check_password_md5_hash: hex MD5(password || user name) of the cleartext password '
  'compared with the stored md5 hash using memcmp (early exit).')
S(R, P, 133, '==', 'no', 'check_password_scram_hash: SCRAM ServerKey derived from the cleartext password compared '
  'with the stored ServerKey with std::array == (early exit).')
S(R, P, 140, 'memcmp', 'yes', 'PasswordBackendAuth::exchange: backend packet compared with the fixed '
  'AuthenticationCleartextPassword request bytes; a protocol constant.', NS)
P = 'server/modules/protocol/Postgres/authenticators/scram-sha-256.cc'
S(R, P, 127, '==', 'yes', 'ScramClientAuth::exchange: SASL mechanism name from SASLInitialResponse compared with '
  '"SCRAM-SHA-256".', NS)
S(R, P, 370, '== "c=biws"', 'yes', 'ScramClientAuth: channel-binding attribute of client-final-message compared '
  'with the constant "c=biws"; a protocol constant.', NS)
S(R, P, 431, '==', 'no', 'ScramClientAuth: H(ClientKey) recovered from the client proof compared with the stored '
  'StoredKey with std::array == (early exit).')
S(R, P, 468, 'memcmp', 'yes', 'ScramClientAuth::nonces_match: nonce echoed in client-final-message compared with '
  'the client and server nonces sent in clear earlier; public values.', NS)

# ---------------- yinqiwen/ardb (Redis-compatible store; C++) ----------------
R = 'yinqiwen/ardb'
P = 'src/command/connection.cpp'
S(R, P, 63, 'strcmp', 'yes', 'Ardb::Select: namespace name of SELECT compared with the internal TTL namespace; '
  'a keyspace name.', NS)
S(R, P, 81, '!=', 'no', 'Ardb::Auth: configured requirepass compared with the AUTH argument with std::string != '
  '(early exit).')

# ---------------- FirebirdSQL/firebird (database server; C++) ----------------
R = 'FirebirdSQL/firebird'
S(R, 'src/auth/SecureRemotePassword/server/SrpServer.cpp', 365, '==', 'no', 'SrpServer::authenticate: SRP client '
  'proof (M1) sent by the client compared with the proof the server computes from the verifier and session key '
  'with BigInteger::operator== (common/BigInteger.cpp 173: mp_cmp, early exit).')
P = 'src/auth/SecurityDatabase/LegacyServer.cpp'
S(R, P, 368, '!=', 'no', 'SecurityDatabaseServer::authenticate (Legacy_Auth): salted SHA-1 hash of the login and '
  'password compared with the stored hash from the security database with Firebird::string != (early exit).')
S(R, P, 377, '==', 'no', 'SecurityDatabaseServer::authenticate (LegacyHash = true): DES crypt of the password '
  'compared with the stored hash with Firebird::string == (early exit).')

# ---------------- scylladb/scylladb (database server; C++) ----------------
R = 'scylladb/scylladb'
P = 'auth/passwords.cc'
S(R, P, 27, "== '*'", 'yes', 'verify_hashing_output: first character of crypt_r output compared with \'*\', '
  'crypt\'s failure marker.', NS)
S(R, P, 86, '==', 'no', 'passwords::check (PasswordAuthenticator): crypt hash of the password compared with the '
  'stored salted hash with sstring == (size, then memcmp; early exit).')

# ---------------- rethinkdb/rethinkdb (database server; C++) ----------------
R = 'rethinkdb/rethinkdb'
P = 'src/clustering/administration/auth/scram_authenticator.cc'
S(R, P, 118, '!=', 'yes', 'scram_authenticator_t::next_message: channel-binding attribute compared with the '
  'constant "biws".', NS)
S(R, P, 123, '!=', 'yes', 'scram_authenticator_t::next_message: nonce echoed in client-final-message compared with '
  'the combined nonce sent in clear in server-first-message; a public value.', NS)
S(R, P, 129, '!=', 'no', 'scram_authenticator_t::next_message: SCRAM ClientProof sent by the client (p=) compared '
  'with the base64 proof computed from the stored key with std::string != (early exit).')
S(R, 'src/clustering/administration/auth/plaintext_authenticator.cc', 43, 'compare_equal', 'yes',
  'plaintext_authenticator_t::next_message: PBKDF2 hash of the password compared with the stored hash via '
  'crypto::compare_equal (src/crypto/compare_equal.hpp: CRYPTO_memcmp).', CT)
S(R, 'src/containers/uuid.cc', 66, 'memcmp', 'yes', 'operator==(uuid_u): server / table / database UUIDs '
  'compared with memcmp; public identifiers.', NS)

# ---------------- memgraph/memgraph (graph database; C++) ----------------
R = 'memgraph/memgraph'
P = 'src/auth/crypto.cpp'
S(R, P, 228, '==', 'no', 'SHA::VerifyPassword: salted (multiple-)SHA-256 hash of the password compared with the '
  'stored hash with std::string == (early exit).')
S(R, P, 248, '==', 'yes', 'HashPassword: configured hash algorithm compared with the SHA256 enumerator to pick '
  'the iteration count; an enum.', NS)

# ---------------- manticoresoftware/manticoresearch (search engine; C++) ----------------
R = 'manticoresoftware/manticoresearch'
SE = ('SecretEqual (src/searchdssl.cpp 1009) checks the lengths, then CRYPTO_memcmp (WITH_SSL) or an XOR-OR '
      'loop.')
P = 'src/auth/auth_proto_http.cpp'
S(R, P, 36, 'SecretEqual', 'yes', 'CheckPwd (HTTP Basic): salted SHA-256 of the password compared with the stored '
  'hash. ' + SE, CT)
S(R, P, 60, 'strncasecmp', 'yes', 'StrBeginsN: Authorization header compared with the scheme prefixes "Basic" / '
  '"Bearer"; protocol keywords.', NS)
S(R, P, 121, 'SecretEqual', 'yes', 'CheckBearerMatched (HTTP Bearer): salted SHA-256 of the token compared with '
  'the stored bearer hash. ' + SE, CT)
S(R, P, 221, '==', 'yes', 'CheckAuth: authenticated user name compared with the Buddy service user name; a user '
  'name.', NS)
S(R, 'src/auth/auth_proto_mysql.cpp', 65, 'SecretEqual', 'yes', 'CheckPwd (SphinxQL mysql_native_password): '
  'SHA1(password) recovered from the scramble response compared with the stored SHA1. ' + SE, CT)
S(R, 'src/auth/auth_proto_api.cpp', 231, '!=', 'yes', 'ApiDecrypt: command and version inside the decrypted '
  '(AES-GCM authenticated) body compared with the clear header; protocol fields.', NS)
S(R, 'src/searchdssl.cpp', 1015, 'CRYPTO_memcmp', 'yes', 'SecretEqual: the helper\'s CRYPTO_memcmp (WITH_SSL build).',
  CT)

# ---------------- mysql/mysql-proxy (MySQL proxy; C) ----------------
R = 'mysql/mysql-proxy'
P = 'src/network-mysqld-proto.c'
S(R, P, 88, '==', 'yes', 'network_mysqld_proto_peek_lenenc_type: first byte of a length-encoded integer compared '
  'with the 0xfe marker; a protocol constant.', NS)
S(R, P, 1128, 'strleq', 'no', 'network_mysqld_proto_password_check: SHA1(SHA1(password)) recovered from the '
  'client\'s scramble response compared with the stored double hash through the generic helper strleq '
  '(src/glib-ext.c 111: length check, then memcmp; early exit).')

_labels.write(__file__, 'webhook78')
