// What names say about a compared value: a parameter named like what a
// client presented is the client's; a field's name, or a macro whose text
// is a key's name, is no secret; a project function that hashes a shared
// key into a buffer computes a MAC. A setting compared with its reloaded
// value, then set to it, is checked for a change, not for a client.
// RUN: %tidy %s -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

// An API key file read line by line against what the client presented.
static bool read_api_key_file(FILE *filep, const char *presentedApiKey) {
  char workbuf[256];
  while (fgets(workbuf, sizeof(workbuf), filep)) {
    if (strcmp(presentedApiKey, workbuf) == 0)
      // CHECK: :[[@LINE-1]]:9: warning: the secret 'presentedApiKey' is compared with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
      return true;
  }
  return false;
}

// The same compare of an entry the caller has no secret's name for.
static bool read_name_file(FILE *filep, const char *wanted) {
  char workbuf[256];
  while (fgets(workbuf, sizeof(workbuf), filep))
    if (strcmp(wanted, workbuf) == 0)
      return true;
  return false;
}

// Fluent Bit's forward protocol: the server hashes the shared key with the
// client's salt and compares the hex digest with the client's.
static int hash_shared_key(const char *salt, const char *hostname, char *buf,
                           int buflen) {
  snprintf(buf, buflen, "%s%s", salt, hostname);
  return 0;
}
int check_ping(const char *salt, const char *hostname,
               const char *shared_key_digest) {
  char *serverside = (char *)malloc(128);
  if (hash_shared_key(salt, hostname, serverside, 128))
    return -1;
  if (strncmp(serverside, shared_key_digest, 128) != 0)
    // CHECK: :[[@LINE-1]]:7: warning: the computed MAC 'serverside' is compared with 'strncmp'{{.*}} [integration-timing-unsafe-compare]
    return -1;
  return 0;
}

// A hash table's key hashed into a buffer: a cache lookup, no MAC.
static void hash_key(const char *key, char *out);
int cache_hit(const char *cache_key, const char *entry_hash) {
  char buf[65];
  hash_key(cache_key, buf);
  return strcmp(buf, entry_hash) == 0;
}

// JSON field names of a credentials response: the macro's text and the
// parameter name the field a secret is read from.
#define RESPONSE_SECRET_KEY "SecretAccessKey"
int parse_credentials(const char *response, const int *starts, int n,
                      const char *session_token_field) {
  for (int i = 0; i < n; ++i) {
    const char *current_token = &response[starts[i]];
    size_t len = strlen(current_token);
    if (strncmp(current_token, RESPONSE_SECRET_KEY, len) == 0)
      return 1;
    if (strncmp(current_token, session_token_field, len) == 0)
      return 2;
  }
  return 0;
}

// A configured secret reloaded: compared with the fresh value, then set.
std::string read_setting(const char *key);
static std::string api_secret_storage = read_setting("api.secret");
void on_reload() {
  std::string api_secret_storage_tmp = read_setting("api.secret");
  if (api_secret_storage == api_secret_storage_tmp)
    return;
  api_secret_storage = api_secret_storage_tmp;
}
// Without the update it is a compare of two secrets.
bool same_secret(const std::string &secret_a) {
  std::string api_secret_copy = read_setting("api.secret");
  return api_secret_copy == secret_a;
  // CHECK: :[[@LINE-1]]:26: warning: the secret {{.*}} is compared with '=='{{.*}} [integration-timing-unsafe-compare]
}

// A session check: the client's session key against the stored one.
bool lookup_session(unsigned uid, std::string &out);
bool IsLogin(unsigned uid, const std::string &skey) {
  std::string realKey;
  if (!lookup_session(uid, realKey))
    return false;
  if (realKey != skey)
    // CHECK: :[[@LINE-1]]:15: warning: the secret 'skey' is compared with '!='{{.*}} [integration-timing-unsafe-compare]
    return false;
  return true;
}

// An invite code that admits a client is a secret too.
bool inviteCodeAccepted(const std::string &invite_code) {
  const char *expected = getenv("APP_INVITE_CODE");
  return !expected || invite_code == expected;
  // CHECK: :[[@LINE-1]]:35: warning: the secret {{.*}} is compared with '=='{{.*}} [integration-timing-unsafe-compare]
}

// A hash of the password a client sent against the stored one; two values
// of the client's compared with each other are not.
struct HttpRequest {
  std::string param(const char *name) const;
};
std::string sha256(const std::string &text);
std::string stored_hash_for(const std::string &email);
bool sign_in(const HttpRequest &req) {
  std::string email = req.param("email");
  std::string password = req.param("password");
  std::string password_confirm = req.param("password_confirm");
  if (sha256(password) != sha256(password_confirm))
    return false;
  if (stored_hash_for(email) != sha256(password))
    // CHECK: :[[@LINE-1]]:30: warning: the secret {{.*}} is compared with '!='{{.*}} [integration-timing-unsafe-compare]
    return false;
  return true;
}

// A row found by a query that names the password column: the query's text
// names no secret of the compared value.
struct Result {
  const char *at(int row, int col) const;
};
Result exec_params(const char *sql, const std::string &arg);
bool sign_in_sql(const HttpRequest &req) {
  std::string email = req.param("email");
  std::string password = req.param("password");
  Result r = exec_params("SELECT id, password_hash FROM users WHERE email = $1", email);
  if (r.at(0, 1) != sha256(password))
    // CHECK: :[[@LINE-1]]:18: warning: the secret 'password' is compared with '!='{{.*}} [integration-timing-unsafe-compare]
    return false;
  return true;
}

// A request class's own check reads the request itself: the password it is
// given is the server's, its headers are the client's.
namespace http {
class Request {
public:
  bool checkAuthentication(const std::string &username,
                           const std::string &password) const;

private:
  std::string authorization;
  std::string decode(const std::string &) const;
};
bool Request::checkAuthentication(const std::string &username,
                                  const std::string &password) const {
  std::string decoded = decode(authorization);
  size_t colon = decoded.find(':');
  if (decoded.substr(0, colon) != username)
    return false;
  return decoded.substr(colon + 1) == password;
  // CHECK: :[[@LINE-1]]:36: warning: the secret 'password' is compared with '=='{{.*}} [integration-timing-unsafe-compare]
}
} // namespace http

// A password against a passphrase written into the code, and a hash of the
// client's password against a hash written into it; a token against a
// phrase is a message, not a secret.
std::string getMd5(const std::string &text);
bool demo_login(const HttpRequest &req) {
  std::string password = req.param("password");
  std::string passwd = req.param("passwd");
  std::string token = req.param("token");
  if (token == "not set yet")
    return false;
  if (password == "open sesame")
    // CHECK: :[[@LINE-1]]:16: warning: the secret 'password' is compared with '=='{{.*}} [integration-timing-unsafe-compare]
    return true;
  return getMd5("jadsjhdsajkh" + passwd) == "5B5299CF4CEAE2D523315694B82573C9";
  // CHECK: :[[@LINE-1]]:42: warning: the secret {{.*}} is compared with '=='{{.*}} [integration-timing-unsafe-compare]
}

// A hash (a class's `hash`, as Qt's QCryptographicHash::hash) over the
// server's secret and a challenge is a MAC; a table's integer hash is not.
struct CryptoHash {
  static std::string hash(const std::string &data, int algorithm);
};
bool check_challenge_response(const std::string &secret,
                              const std::string &challenge,
                              const std::string &authenticationString) {
  std::string secretAndChallenge;
  secretAndChallenge += secret;
  secretAndChallenge += challenge;
  std::string expected = CryptoHash::hash(secretAndChallenge, 256);
  return authenticationString == expected;
  // CHECK: :[[@LINE-1]]:31: warning: the computed MAC 'expected' is compared with '=='{{.*}} [integration-timing-unsafe-compare]
}
size_t hash(const std::string &key);
bool same_bucket(const std::string &cache_key, size_t bucket) {
  return hash(cache_key) == bucket;
}

// A PIN stored for a login, and a one-time code sent by SMS, against what
// the client typed: secrets. A GPIO pin's name is not.
struct Account {
  std::string pinHash;
  int id;
};
bool authenticate(const std::vector<Account> &accounts,
                  const std::string &pin) {
  for (const Account &a : accounts)
    if (a.pinHash == pin)
      // CHECK: :[[@LINE-1]]:19: warning: the secret 'pinHash' is compared with '=='{{.*}} [integration-timing-unsafe-compare]
      return true;
  return false;
}
struct SessionTag {
  int id;
};
struct CodeStore {
  std::string get(SessionTag session);
};
class VerifyCodes {
  CodeStore verify_code_store;

public:
  bool verify_verify_code(const std::string &verify_code,
                          SessionTag session) {
    return verify_code_store.get(session) == verify_code;
    // CHECK: :[[@LINE-1]]:43: warning: the secret 'verify_code_store' is compared with '=='{{.*}} [integration-timing-unsafe-compare]
  }
};
bool same_led(const std::string &led_pin, const std::string &requested) {
  return led_pin == requested;
}

// A number's sign in a template (Boost.Multiprecision's `a.sign()`) is no
// signature, though its type is not known there.
template <unsigned Bits> struct BigInt {
  bool sign() const;
  void negate();
};
template <unsigned Bits>
void add_magnitudes(BigInt<Bits> &r, const BigInt<Bits> &a,
                    const BigInt<Bits> &b) {
  if (a.sign() != b.sign())
    r.negate();
}

// An ORM's `==` builds a query (ODB's `query::apptoken == token`); it
// compares nothing here.
struct TokenQuery {
  struct Column {};
  static Column apptoken;
};
TokenQuery operator==(TokenQuery::Column, const std::string &);
bool load(const TokenQuery &q);
bool find_app(const std::string &api_token) {
  return load(TokenQuery::apptoken == api_token);
}

// An error category about signatures is no signature (jwt-cpp's
// `ec.category() == signature_verification_error_category()`).
namespace jwtlike {
struct error_category {
  bool operator==(const error_category &Other) const { return this == &Other; }
};
const error_category &signature_verification_error_category();
struct error_code {
  const error_category &category() const;
};
bool isSignatureError(const error_code &ec) {
  return ec.category() == signature_verification_error_category();
}
} // namespace jwtlike
