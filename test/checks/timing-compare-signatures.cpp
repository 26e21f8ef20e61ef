// Signatures of payment and device APIs: a `sign` parameter checked
// against a function named like signing (`heartSign(t, key)`), or against
// a hash computed here (`md5(pid + key)`), is a signature compare; so are
// one-time backup codes and a webhook's key. A password checked against
// the row the server looked up by the client's name is one; the owner id
// of a key against the caller's is not, and neither is a plain hash of a
// file against its published digest nor a sign bit.
// RUN: %tidy %s -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <map>
#include <string>

namespace Md5Utils {
std::string md5(const std::string &data);
inline std::string heartSign(const std::string &t, const std::string &key) {
  return md5(t + key);
}
} // namespace Md5Utils
std::string getSetting(const char *name);
std::string getParam(const char *name);
void reject();

void appHeart() {
  std::string t = getParam("t"), sign = getParam("sign");
  std::string key = getSetting("device_key");
  if (Md5Utils::heartSign(t, key) != sign)
    // CHECK: :[[@LINE-1]]:35: warning: the computed MAC 'Md5Utils::heartSign()' is compared with '!='{{.*}} [integration-timing-unsafe-compare]
    reject();
}

void checkOrder(const std::string &pid, const std::string &sign) {
  std::string key = getSetting("key");
  if (Md5Utils::md5(pid + key) != sign)
    // CHECK: :[[@LINE-1]]:32: warning: the secret 'sign' is compared with '!='{{.*}} [integration-timing-unsafe-compare]
    reject();
}

bool verifyEpay(const std::string &params, const std::string &key,
                const std::string &reqSign) {
  return Md5Utils::md5(params + "&key=" + key) == reqSign;
  // CHECK: :[[@LINE-1]]:48: warning: the secret 'reqSign' is compared with '=='{{.*}} [integration-timing-unsafe-compare]
}

using Row = std::map<std::string, std::string>;
Row queryOne(const char *sql, const std::string &arg);
bool login(const std::string &username, const std::string &password) {
  Row agent = queryOne("SELECT id,password FROM agent WHERE username=?",
                       username);
  return password == agent["password"];
  // CHECK: :[[@LINE-1]]:19: warning: the secret 'password' is compared with '=='{{.*}} [integration-timing-unsafe-compare]
}

struct User {
  std::string backup_code;
};
bool useBackupCode(const std::string &presented_code, const User &user) {
  return presented_code == user.backup_code;
  // CHECK: :[[@LINE-1]]:25: warning: the secret 'backup_code' is compared with '=='{{.*}} [integration-timing-unsafe-compare]
}

extern std::string webhookKey;
bool keyAccepted(const std::string &provided_key) {
  return provided_key == webhookKey;
  // CHECK: :[[@LINE-1]]:23: warning: the secret 'webhookKey' is compared with '=='{{.*}} [integration-timing-unsafe-compare]
}

// Not secrets.
bool ownsKey(const std::string &id, const std::string &presented_subject) {
  Row api_key = queryOne("SELECT user FROM api_key WHERE id=?", id);
  std::string userId = presented_subject;
  return api_key["user"] == userId;
}
bool publishedDigest(const std::string &file, const std::string &digest) {
  return Md5Utils::md5(file) == digest;
}
// The settings page shows a stored key masked: a client's value equal to
// the mask keeps the stored one.
bool keepsStoredKey(const std::string &presented_api_key) {
  return presented_api_key == "********";
}
bool sameSign(int sign, int other_sign) { return sign == other_sign; }
std::string designName();
bool design(const std::string &name) { return designName() == name; }
