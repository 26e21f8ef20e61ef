// State kept across calls: an XMPP client computes the SCRAM
// ServerSignature (an HMAC under the password-derived ServerKey) while it
// answers the challenge, keeps it in a member, and checks the server's
// success message against it in another method; a server's user registry
// finds the stored password through an iterator and compares it with the
// password it was handed. Not secrets: a member holding a plain SHA-1 of
// public data (a capabilities hash), the member MAC compared in constant
// time, a display name found through an iterator.
// RUN: %tidy %s -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <map>
#include <openssl/crypto.h>
#include <string>
#include <vector>

namespace Base64 {
std::string decode64(const std::string &text);
}
std::string hmac(const std::string &key, const std::string &data);
std::string sha1(const std::string &data);

class ClientBase {
  std::string m_serverSignature;
  std::string m_capsHash;
  std::string m_lastCaps;

public:
  void processChallenge(const std::string &saltedPwd,
                        const std::string &authMessage);
  bool processSuccess(const std::string &payload);
  bool processSuccessSafely(const std::string &payload);
  void announce(const std::string &features);
  bool sameCaps(const std::string &ver);
};

void ClientBase::processChallenge(const std::string &saltedPwd,
                                  const std::string &authMessage) {
  std::string serverKey = hmac(saltedPwd, "Server Key");
  m_serverSignature = hmac(serverKey, authMessage);
}

bool ClientBase::processSuccess(const std::string &payload) {
  const std::string decoded = Base64::decode64(payload);
  if (decoded.length() < 3 ||
      Base64::decode64(decoded.substr(2)) != m_serverSignature)
    // CHECK: :[[@LINE-1]]:43: warning: the computed MAC 'm_serverSignature' {{.*}}[integration-timing-unsafe-compare]
    return false;
  return true;
}

bool ClientBase::processSuccessSafely(const std::string &payload) {
  const std::string given = Base64::decode64(payload.substr(2));
  return given.size() == m_serverSignature.size() &&
         CRYPTO_memcmp(given.data(), m_serverSignature.data(), given.size()) ==
             0;
}

// Negative: a hash of the features a client announces is public.
void ClientBase::announce(const std::string &features) {
  m_capsHash = sha1(features);
}
bool ClientBase::sameCaps(const std::string &ver) { return ver == m_capsHash; }

struct JID {
  std::string node;
  bool operator<(const JID &other) const { return node < other.node; }
};
typedef std::vector<unsigned char> SafeByteArray;

class SimpleUserRegistry {
  std::map<JID, SafeByteArray> users;
  std::map<JID, std::string> names;

public:
  bool isValidUserPassword(const JID &user,
                           const SafeByteArray &password) const {
    std::map<JID, SafeByteArray>::const_iterator i = users.find(user);
    return i != users.end() ? i->second == password : false;
    // CHECK: :[[@LINE-1]]:41: warning: the secret 'password' {{.*}}[integration-timing-unsafe-compare]
  }
  // Negative: the name shown for a user is no secret.
  bool hasName(const JID &user, const std::string &name) const {
    auto i = names.find(user);
    return i != names.end() && i->second == name;
  }
};

// A password check of a management interface: the line the client typed,
// kept in a member, against the configured password.
class ManagementClient {
  std::string password;
  std::string in_partial;
  bool password_verified = false;

public:
  bool process_password() {
    if (password == in_partial)
      // CHECK: :[[@LINE-1]]:18: warning: the secret 'password' {{.*}}[integration-timing-unsafe-compare]
      password_verified = true;
    return password_verified;
  }
  // Negative: a command word is no secret.
  bool process_in_line() { return in_partial == "END"; }
};

// A PBX's message bus: the answer a client sent, read by its field's name,
// against a digest built from the password the bus returned; a nonce made
// from a digest object built from text with the server's secret.
class String {
public:
  String();
  String(const char *text);
  String &operator<<(const String &text);
  String &operator<<(unsigned value);
  String substr(int from, int length = -1) const;
  int find(char c) const;
  bool operator==(const String &other) const;
  bool operator!=(const String &other) const;
};
class MD5 {
public:
  explicit MD5(const String &text);
  const String &hexDigest();
};
class Message {
public:
  String *getParam(const char *name);
  const String &getValue(const char *name);
  const String &retValue();
};
class SaslState {
public:
  void buildMD5Digest(String &digest, const String &password, bool client);
};
class SIPEngine {
  String m_nonce;
  String m_nonce_secret;

public:
  void nonceGet(unsigned now) {
    String tmp;
    tmp << m_nonce_secret << now;
    MD5 md5(tmp);
    m_nonce = md5.hexDigest();
  }
  // Negative: the nonce handed out in every challenge is public.
  bool currentNonce(const String &nonce) { return nonce == m_nonce; }
  bool nonceAge(const String &nonce, unsigned t) {
    int dot = nonce.find('.');
    String tmp;
    tmp << m_nonce_secret << "." << t;
    MD5 md5(tmp);
    return nonce.substr(0, dot) != md5.hexDigest();
    // CHECK: :[[@LINE-1]]:33: warning: the computed MAC {{.*}}[integration-timing-unsafe-compare]
  }
};
bool checkSaslResponse(Message &msg, SaslState *sasl) {
  String *rsp = msg.getParam("response");
  String digest;
  sasl->buildMD5Digest(digest, msg.retValue(), true);
  return rsp && *rsp == digest;
  // CHECK: :[[@LINE-1]]:22: warning: {{.*}} 'digest' {{.*}}[integration-timing-unsafe-compare]
}
// Negative: a stream's peer address, whatever its name.
struct JabberID {
  bool operator==(const JabberID &other) const;
};
const JabberID &remote();
bool samePeer(const JabberID &jid) {
  const JabberID &sid = remote();
  return sid == jid;
}

// A backup daemon's CRAM-MD5: the HMAC of the challenge, base64-encoded
// into a pool buffer through its writable c_str(), against the answer.
class PoolMem {
public:
  char *c_str() const;
};
void hmac_md5(const unsigned char *text, int text_len, const unsigned char *key,
              int key_len, unsigned char *hmac);
int BinToBase64(char *buf, int len, const char *bin, int binlen, bool compat);
bool bstrcmp(const char *a, const char *b);
bool cramMd5Challenge(const char *msg, const PoolMem &chal,
                      const char *password_) {
  PoolMem host;
  unsigned char hmac[20];
  hmac_md5((const unsigned char *)chal.c_str(), 16,
           (const unsigned char *)password_, 8, hmac);
  BinToBase64(host.c_str(), 256, (char *)hmac, 16, true);
  return bstrcmp(msg, host.c_str());
  // CHECK: :[[@LINE-1]]:10: warning: the computed MAC {{.*}}[integration-timing-unsafe-compare]
}

// A game server's SRP6: the verifier made from a typed password against
// the account's.
class BigNumber {
public:
  std::string AsHexStr() const;
};
class SRP6 {
  BigNumber v;

public:
  bool ProofVerifier(std::string vC) { return vC == v.AsHexStr(); }
  // CHECK: :[[@LINE-1]]:50: warning: {{.*}}[integration-timing-unsafe-compare]
};

// A message handler's return value, which the auth module set to the
// user's password: handed on as the `password` of a digest builder, so the
// plain answer compared with it is a password compare. Not secrets: the
// same value against the deny marker, the user's name against it.
class AuthMessage {
public:
  std::string &retValue();
  const std::string *getParam(const char *name) const;
  void buildMD5Digest(std::string &dest, const char *password, bool rsp);
  bool check(const std::string &user) {
    if (retValue() == "-")
      return false;
    if (user == retValue())
      return false;
    if (const std::string *rsp = getParam("response")) {
      std::string digest;
      buildMD5Digest(digest, retValue().c_str(), true);
      return *rsp == retValue() || *rsp == digest;
      // CHECK: :[[@LINE-1]]:19: warning: the secret is compared with '=='
      // CHECK: :[[@LINE-2]]:41: warning: the secret 'digest' is compared with '=='
    }
    return false;
  }
};

// An importer hands one JSON value's text to `setPassword`: another
// value's text (a category) is no password.
struct JsonValue {
  std::string toString() const;
};
struct Entry {
  void setPassword(const std::string &password);
};
bool importEntry(Entry &entry, const JsonValue &secretValue,
                 const JsonValue &categoryValue, const std::string &code) {
  entry.setPassword(secretValue.toString());
  const std::string category = categoryValue.toString();
  return category == code;
}
