// A web toolkit's password hash functions: `verify` hashes what the user
// typed with the stored salt and compares it with the stored hash. A value
// computed with a salt is a password hash, whatever the function is called
// (`compute`); bcrypt's reentrant crypt (`wt_crypt_rn`) fills a buffer that
// is then compared with the stored setting it was given. Hash-table code
// that salts its integer hashes compares no secret; nor does a search for a
// literal word in a token's scope.
// RUN: %tidy %s -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <cstring>
#include <string>

extern "C" char *wt_crypt_rn(const char *key, const char *setting, void *data,
                             int size);

class HashFunction {
public:
  virtual ~HashFunction();
  virtual std::string compute(const std::string &msg,
                              const std::string &salt) const = 0;
  virtual bool verify(const std::string &msg, const std::string &salt,
                      const std::string &hash) const;
};

bool HashFunction::verify(const std::string &msg, const std::string &salt,
                          const std::string &hash) const {
  return compute(msg, salt) == hash;
  // CHECK: :[[@LINE-1]]:29: warning: {{.*}}[integration-timing-unsafe-compare]
}

class BCryptHashFunction : public HashFunction {
public:
  std::string compute(const std::string &msg,
                      const std::string &salt) const override;
  bool verify(const std::string &msg, const std::string &salt,
              const std::string &hash) const override;
};

bool BCryptHashFunction::verify(const std::string &msg,
                                const std::string &salt,
                                const std::string &hash) const {
  char result[64];
  if (!wt_crypt_rn(msg.c_str(), hash.c_str(), result, 64))
    return false;
  return result == hash;
  // CHECK: :[[@LINE-1]]:17: warning: {{.*}}[integration-timing-unsafe-compare]
}

// Negative: the salt of a hash table's seeded hash; the values compared
// are bucket hashes, not secrets.
struct Entry {
  unsigned long hash;
  const char *key;
};
unsigned long seeded_hash(const char *key, unsigned long salt);

bool same_bucket(const Entry &e, const char *key, unsigned long salt) {
  return seeded_hash(key, salt) == e.hash;
}

// Negative: a salt compared with another salt is public.
bool same_salt(const std::string &salt, const std::string &stored_salt) {
  return salt == stored_salt;
}

// Negative: a value computed with a salt compared with a literal is a
// format check.
std::string format_setting(const std::string &prefix, const std::string &salt);
bool is_default(const std::string &salt) {
  return format_setting("$2y$", salt) == "$2y$";
}

// Negative: a search for a public word in an issued token's scope (an
// OAuth token endpoint deciding whether to add an ID token).
class IssuedToken {
public:
  const std::string &value() const;
  const std::string &scope() const;
};
bool wants_id_token(const IssuedToken &authCode) {
  return authCode.scope().find("openid") != std::string::npos;
}

