#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook99). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'kyanha/hiawatha-webserver': '547414f2fe8e5a52aafe0e77b7144732b913dc70',
 'Qihoo360/Atlas': '5082aa0403caccfdd3820007e20144e3441f8566',
 'eleme/corvus': 'df06ef75644cd100f13ac6224f4cd77c806c3080',
 'alex-sector/dns2tcp': '52935452ba771b96e96f622127e70ec9ef01c0b4',
 'vipshop/vire': 'fdb7db80f875877098cb5e7feaeb618ee2ddbb7b',
}
ROOT = '/work/corpora/webhook99/src'
CT = 'Real constant-time compare of a secret.'

_labels = TokenLabels(ROOT, 'wh99', C)
S = _labels.S

# ---------------- kyanha/hiawatha-webserver (Hiawatha 10.9 web server; C) ----------------
R = 'kyanha/hiawatha-webserver'
P = 'src/httpauth.c'
S(R, P, 98, 'strcmp', 'yes', 'group_oke: authenticated user name compared with the members of a group in the group '
  'file; a user name.', NS)
S(R, P, 153, 'strcmp', 'yes', 'get_password: user name field of a password-file line compared with the login name; '
  'a user name (the password hash is only read here, not compared).', NS)
S(R, P, 200, 'strcmp', 'yes', 'get_A1: realm field of a digest password-file line compared with the realm the client '
  'sent; the realm is public (the server announces it in WWW-Authenticate).', NS)
S(R, P, 241, 'strcmp', 'yes', 'find_algoritm_and_salt: crypt() hash field compared with the "rounds=" keyword while '
  'locating the salt; a hash-format keyword.', NS)
S(R, P, 331, 'strcmp_rtap', 'yes', 'http_basic_auth: crypt() of the password the client sent compared with the stored '
  'hash using strcmp_rtap ("remote timing-attack prevention": OR of XORs over the whole length, no early exit).',
  CT)
S(R, P, 411, 'strcmp', 'yes', 'http_digest_auth: Authorization header parameter name compared with "nonce"; a '
  'protocol keyword.', NS)
S(R, P, 436, 'strcmp', 'yes', 'http_digest_auth: request URI compared with the uri parameter of the digest header; a '
  'URI, public.', NS)
S(R, P, 482, 'strcmp_rtap', 'yes', 'http_digest_auth: digest response from the client compared with the computed '
  'MD5 response using strcmp_rtap (constant time).', CT)
S(R, P, 507, 'strncmp', 'yes', 'http_authentication_result: Authorization header compared with the "Basic " scheme '
  'prefix; a scheme name.', NS)
P = 'src/tomahawk.c'
S(R, P, 270, 'strcmp', 'yes', 'run_tomahawk: admin console command compared with "ban"; a command name.', NS)
S(R, P, 431, 'strcmp', 'no', 'handle_admin: MD5 hex of the password typed on the Tomahawk admin console compared with '
  'the configured admin password hash (Tomahawk = port, password-hash; kept in binding_id) using strcmp (early '
  'exit).')
P = 'src/challenge.c'
S(R, P, 117, 'strcmp', 'yes', 'get_cookie: cookie name from the Cookie header compared with the challenge cookie '
  'name; a cookie name, not its value.', NS)
S(R, P, 268, 'strcmp_rtap', 'yes', 'client_challenged (anti-DoS challenge): cookie the client returned compared with '
  'SHA-256(ip + server secret) using strcmp_rtap (constant time).', CT)

# ---------------- Qihoo360/Atlas (MySQL proxy based on mysql-proxy 0.8; C) ----------------
R = 'Qihoo360/Atlas'
P = 'plugins/admin/admin-plugin.c'
S(R, P, 142, 'g_ascii_strncasecmp', 'yes', 'admin interface: query text compared with "select USER()"; a SQL '
  'command.', NS)
S(R, P, 260, 'strleq', 'yes', 'admin login: user name from the handshake response compared with the configured admin '
  'user name (strleq, a memcmp wrapper); a user name.', NS)
S(R, P, 271, 'g_string_equal', 'no', 'admin login: scrambled password response from the client compared with the '
  'expected scramble of SHA1(admin_password) and the challenge using g_string_equal (early-exit byte compare).')
P = 'plugins/proxy/proxy-plugin.c'
S(R, P, 965, 'g_string_equal', 'no', 'proxy_read_auth: client\'s scrambled password response compared with the '
  'response expected from the configured hashed password and the challenge using g_string_equal (early exit).')
S(R, P, 1109, 'g_string_equal', 'yes', 'modify_user: client user name compared with the backend connection\'s user '
  'name (to decide on COM_CHANGE_USER); user names.', NS)
P = 'src/network-mysqld-proto.c'
S(R, P, 1088, 'strleq', 'no', 'network_mysqld_proto_password_check: SHA1 of the unscrambled password compared with '
  'the stored double-hashed password using strleq (memcmp wrapper, early exit).')

# ---------------- eleme/corvus (Redis cluster proxy; C) ----------------
R = 'eleme/corvus'
P = 'src/command.c'
S(R, P, 523, 'strcmp', 'yes', 'cmd_config_get: CONFIG GET option name compared with "requirepass" (to refuse '
  'revealing it); an option name.', NS)
S(R, P, 629, 'strcmp', 'no', 'cmd_auth: AUTH password from the client compared with the configured requirepass using '
  'strcmp (early exit).')

# ---------------- alex-sector/dns2tcp (TCP over DNS tunnel; C) ----------------
R = 'alex-sector/dns2tcp'
P = 'server/auth.c'
S(R, P, 63, 'strncmp', 'yes', 'connect_resource: resource name the client asked for compared with the configured '
  'resources; a resource name.', NS)
S(R, P, 151, 'strncmp', 'no', 'login_user: client\'s CHAP response compared with the HMAC-SHA1 of the challenge under '
  'the shared key using strncmp (early exit).')

# ---------------- vipshop/vire (multithreaded Redis-compatible server; C) ----------------
R = 'vipshop/vire'
P = 'src/vr_server.c'
S(R, P, 701, 'time_independent_strcmp', 'yes', 'authCommand: AUTH password compared with requirepass using '
  'time_independent_strcmp (fixed 512-byte buffers, OR of XORs, no early exit).', CT)
S(R, P, 719, 'time_independent_strcmp', 'yes', 'adminCommand: ADMIN password compared with adminpass using '
  'time_independent_strcmp (constant time).', CT)
S(R, P, 759, 'strcasecmp', 'yes', 'infoCommand: INFO section name compared with "all"; a section name.', NS)

_labels.write(__file__, 'webhook99')
