// Media servers' logins: Basic credentials checked against a table of
// users read at the user's name (`realm["users"][username]`), an RTMP
// challenge answer built as base64(md5(base64(md5(user + salt + password))
// + opaque + challenge)) from the password the server looked up for the
// user, and the Authorization header against the credentials the program
// took from its command line (a global option named for authentication).
// Not reported: the user's name against the realm's list of names, the
// authentication scheme, and an option that is a method's name.
// RUN: %tidy %s -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <map>
#include <string>

class Variant {
public:
  Variant &operator[](const std::string &key);
  Variant &operator[](const char *key);
  bool operator==(const Variant &other) const;
  bool operator!=(const Variant &other) const;
  operator std::string();
  bool HasKey(const std::string &key);
};

bool ValidateBasic(Variant &realm, Variant &response) {
  std::string username = response["parameters"]["username"];
  if (realm["method"] == Variant())
    return false;
  return realm["users"][username] == response["parameters"]["password"];
  // CHECK: :[[@LINE-1]]:35: warning: the secret 'password' is compared with '=='
}

std::string md5(std::string source, bool textResult);
std::string b64(std::string source);

class RtmpAuth {
public:
  bool AuthenticateAdobe(std::map<std::string, std::string> &params);
  std::string GetAuthPassword(std::string user);

private:
  std::string _adobeAuthSalt;
};

bool RtmpAuth::AuthenticateAdobe(std::map<std::string, std::string> &params) {
  std::string user = params["user"];
  std::string challenge = params["challenge"];
  std::string response = params["response"];
  std::string opaque = params["opaque"];
  std::string password = GetAuthPassword(user);
  if (password == "")
    return false;
  std::string str1 = user + _adobeAuthSalt + password;
  std::string hash1 = b64(md5(str1, false));
  std::string str2 = hash1 + opaque + challenge;
  std::string wanted = b64(md5(str2, false));
  return response == wanted;
  // CHECK: :[[@LINE-1]]:19: warning: the secret 'wanted' is compared with '=='
}

char *opt_auth = nullptr;
char *opt_auth_method = nullptr;

class ConnectionHTTP {
public:
  bool ProcessRequest();

private:
  std::map<std::string, std::string> m_Headers;
  std::string m_Authorization;
};

bool ConnectionHTTP::ProcessRequest() {
  bool authOk = opt_auth && !m_Authorization.empty();
  auto it = m_Headers.find("AUTH_TYPE");
  if (it == m_Headers.end())
    return false;
  if (it->second.compare("BASIC") == 0)
    authOk &= m_Authorization.compare(opt_auth) == 0;
  // CHECK: :[[@LINE-1]]:15: warning: the secret 'm_Authorization' is compared with 'compare'
  if (opt_auth_method && it->second.compare(opt_auth_method) != 0)
    return false;
  return authOk;
}
