// Secrets a server keeps under names and types that do not say "secret"
// outright: camel-case short words (`Conf_ServerPwd`, `GetSID()`), a
// buffer's bytes named by their holder (`sid->buff`), a string class's
// `Compare`, a value computed from the client's data with the server's
// secret (also one element of a range-for), and a MAC a project function
// copies out. Not secrets: what a check given the secret yields, and an
// HMAC result class whose `operator==` compares in constant time.
// RUN: %tidy %s -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:'
// RUN: %tidy %s -- -std=c++20 -DCXX20 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <cstddef>
#include <cstring>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <string>

typedef struct {
  int argc;
  char *argv[15];
} REQUEST;
struct CLIENT;
char Conf_WebircPwd[64];
char Conf_ServerPwd[64];
const char *Conn_Password(CLIENT *c);
int reject(CLIENT *c);

int IRC_WEBIRC(CLIENT *Client, REQUEST *Req) {
  if (!Conf_WebircPwd[0] || strcmp(Req->argv[0], Conf_WebircPwd) != 0)
    // CHECK: :[[@LINE-1]]:29: warning: the secret 'Conf_WebircPwd' is compared with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
    return reject(Client);
  return 0;
}

int Login_User(CLIENT *Client) {
  if (Conf_ServerPwd[0] != 0 &&
      strcmp(Conn_Password(Client), Conf_ServerPwd) != 0)
    // CHECK: :[[@LINE-1]]:7: warning: the secret '{{.*}}' is compared with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
    return reject(Client);
  return 0;
}

// Camel-case words that only look alike: a server's name, a display's PWM.
int Login_Server(CLIENT *Client, const char *ServerName) {
  static const char ConfServerName[] = "irc.example.org";
  char BacklightPwm[8] = "100";
  if (strcmp(ServerName, ConfServerName) != 0 ||
      strcmp(BacklightPwm, "100") != 0)
    return reject(Client);
  return 0;
}

// UPnP GENA: the subscription id is the only credential of an event.
struct token {
  const char *buff;
  size_t size;
};
struct Subscription;
const char *Subscription_get_ActualSID_cstr(const Subscription *s);
bool sameSubscription(const Subscription *s, const token *sid) {
  return memcmp(Subscription_get_ActualSID_cstr(s), sid->buff, sid->size) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the secret '{{.*}}' is compared with 'memcmp'{{.*}} [integration-timing-unsafe-compare]
}

// Neptune's string class: `Compare(s, ignore_case)` returns 0 when equal.
struct NPT_String {
  NPT_String(const char *s);
  int Compare(const char *s, bool ignore_case = false) const;
};
struct Subscriber {
  const char *GetSID() const;
  const char *GetName() const;
};
class FinderBySID {
public:
  explicit FinderBySID(const char *sid) : m_SID(sid) {}
  bool operator()(const Subscriber &sub) const {
    return m_SID.Compare(sub.GetSID(), true) ? false : true;
    // CHECK: :[[@LINE-1]]:12: warning: the secret 'm_SID' is compared with 'Compare'{{.*}} [integration-timing-unsafe-compare]
  }

private:
  NPT_String m_SID;
};
class FinderByName {
public:
  explicit FinderByName(const char *name) : m_Name(name) {}
  bool operator()(const Subscriber &sub) const {
    return m_Name.Compare(sub.GetName(), true) == 0;
  }

private:
  NPT_String m_Name;
};

// A DHT token: the hash of the peer's address and the server's secret.
class TokenTracker {
  unsigned char secret_[2][20];
  std::string generateToken(const unsigned char *infoHash,
                            const unsigned char *secret) const;

public:
  bool validateToken(const std::string &token,
                     const unsigned char *infoHash) const {
    for (auto &elem : secret_) {
      if (generateToken(infoHash, elem) == token)
        // CHECK: :[[@LINE-1]]:41: warning: the secret '{{.*}}generateToken()' is compared with '=='{{.*}} [integration-timing-unsafe-compare]
        return true;
    }
    return false;
  }
};

// A DTLS cookie: a project function runs HMAC() and copies it out.
static unsigned char cookie_secret[16];
static int generate_cookie(const unsigned char *peer, unsigned int peer_len,
                           unsigned char *cookie, unsigned int *cookie_len) {
  unsigned char result[EVP_MAX_MD_SIZE];
  unsigned int resultlength = 0;
  HMAC(EVP_sha1(), cookie_secret, sizeof(cookie_secret), peer, peer_len,
       result, &resultlength);
  memcpy(cookie, result, resultlength);
  *cookie_len = resultlength;
  return 1;
}
int verify_cookie(const unsigned char *peer, unsigned int peer_len,
                  const unsigned char *cookie, unsigned int cookie_len) {
  unsigned int resultlength = 0;
  unsigned char result[EVP_MAX_MD_SIZE];
  generate_cookie(peer, peer_len, result, &resultlength);
  if (cookie_len == resultlength && memcmp(result, cookie, resultlength) == 0)
    // CHECK: :[[@LINE-1]]:37: warning: the computed MAC 'result' is compared with 'memcmp'{{.*}} [integration-timing-unsafe-compare]
    return 1;
  return 0;
}

// What a check given the secret yields: the verified event, not the secret.
struct WebhookEvent {
  std::string event;
};
WebhookEvent verify_webhook(const std::string &body,
                            const std::string &signature,
                            const std::string &secret);
int on_delivery(const std::string &body, const std::string &signature,
                const std::string &secret) {
  auto event = verify_webhook(body, signature, secret);
  return event.event == "listing.upvoted";
}

// An HMAC result class comparing in constant time, in view.
namespace security {
class HMACResult {
public:
  bool operator==(const HMACResult &other) const {
    unsigned char rv = 0;
    for (size_t i = 0; i < sizeof(result_); ++i)
      rv |= result_[i] ^ other.result_[i];
    return rv == 0;
  }
  bool operator!=(const HMACResult &other) const { return !(*this == other); }

private:
  unsigned char result_[32];
};
HMACResult hmacOf(const std::string &s);
} // namespace security
security::HMACResult *tokenExpected_;
bool validateRpcToken(const std::string &token) {
  return *tokenExpected_ == security::hmacOf(token) &&
         !(*tokenExpected_ != security::hmacOf(token));
}

// PgBouncer: a check hashes the password its caller was given and compares
// it with the stored one, or hashes the stored one with the login salt and
// compares it with what the caller was given.
struct PgUser {
  char name[64];
  char passwd[128];
};
bool pg_md5_encrypt(const char *passwd, const char *salt, size_t salt_len,
                    char *buf);
bool check_client_passwd(const char *passwd, const PgUser *user) {
  char md5[36];
  if (!pg_md5_encrypt(passwd, user->name, strlen(user->name), md5))
    return false;
  return strcmp(user->passwd, md5) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the secret 'passwd' is compared with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
}
bool check_salted_passwd(const char *passwd, const PgUser *user,
                         const char *salt) {
  char md5[36];
  const char *stored_passwd = user->passwd;
  if (!pg_md5_encrypt(stored_passwd + 3, salt, 4, md5))
    return false;
  return strcmp(md5, passwd) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the secret 'md5' is compared with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
}
// Which credentials object a pool belongs to: two pointers, no secret.
struct PgCredentials;
struct PgPool {
  PgCredentials *user_credentials;
};
bool same_pool(const PgPool *pool, const PgCredentials *user_credentials) {
  return pool->user_credentials == user_credentials;
}

// A hash the check writes into a buffer named like a secret is still the
// hash of what its caller passed.
void sha256_hex(const char *text, char *out);
extern const char stored_password_hash[65];
bool check_password(const char *pw) {
  char pw_hash[65];
  sha256_hex(pw, pw_hash);
  return strcmp(pw_hash, stored_password_hash) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the computed MAC 'pw_hash' is compared with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
}

// A session or subscription id the server keeps, against a value given to
// the function (an event's fields) or returned by a call. Not: the same
// field refreshed from the event (a change check), a name against a name.
#include <vector>
struct EventMessage {
  int event;
  std::vector<std::string> subject;
};
struct Subscription {
  const std::string &GetSID() const;
};
struct Property {
  std::string EventSID;
};
struct Network {
  std::string GetName() const;
};
std::string pathToken(int n);
class Transport {
public:
  void HandleEventMessage(const EventMessage *msg) {
    if (m_subscription.GetSID() == msg->subject[0] && msg->subject[2] == "AVT") {
      // CHECK: :[[@LINE-1]]:33: warning: the secret 'Subscription::GetSID()' is compared with '=='{{.*}} [integration-timing-unsafe-compare]
      if (msg->subject[0] != m_property.EventSID)
        m_property.EventSID = msg->subject[0];
    }
  }
  bool activeNetwork(const Network *Net) {
    std::string sNetworkName = pathToken(2);
    return sNetworkName == Net->GetName();
  }

private:
  Subscription m_subscription;
  Property m_property;
};

#ifdef CXX20
// C++20 rewrites `a != b` through a constant-time `operator==`.
namespace security20 {
class Digest {
public:
  bool operator==(const Digest &other) const {
    unsigned char rv = 0;
    for (size_t i = 0; i < sizeof(bytes_); ++i)
      rv |= bytes_[i] ^ other.bytes_[i];
    return rv == 0;
  }

private:
  unsigned char bytes_[32];
};
Digest digestOf(const std::string &s);
} // namespace security20
security20::Digest *expectedToken_;
bool rejectRpcToken(const std::string &token) {
  return *expectedToken_ != security20::digestOf(token);
}
#endif

// A digest type's own comparison operators compare its bytes in variable
// time. They are no secret comparison of their own (a torrent's info hash
// is public): where a secret goes through one, the comparison is reported
// there.
namespace torrent {
template <int N> struct digest32 {
  unsigned char bytes[N / 8];
  bool operator==(const digest32 &other) const {
    return memcmp(bytes, other.bytes, sizeof(bytes)) == 0;
  }
};
template <int N> class Digest32 {
public:
  using UnderlyingType = digest32<N>;
  operator UnderlyingType() const { return native_; }

private:
  UnderlyingType native_;
};
template <int N>
bool operator==(const Digest32<N> &left, const Digest32<N> &right) {
  return static_cast<typename Digest32<N>::UnderlyingType>(left) ==
         static_cast<typename Digest32<N>::UnderlyingType>(right);
}
} // namespace torrent
bool samePeerTorrent(const torrent::Digest32<160> &a,
                     const torrent::Digest32<160> &b) {
  return a == b;
}
extern torrent::Digest32<160> expectedSessionToken;
bool sessionValid(const torrent::Digest32<160> &sessionToken) {
  return sessionToken == expectedSessionToken;
  // CHECK: :[[@LINE-1]]:23: warning: the secret 'sessionToken' is compared with '=='{{.*}} [integration-timing-unsafe-compare]
}

// A hash service compares two values it is given (InspIRCd's
// `HashProvider::Compare`): in constant time when its body calls a
// constant-time comparison, in variable time when it uses `==`; the
// provider object is no value compared.
namespace irc {
bool TimingSafeCompare(const std::string &one, const std::string &two);
struct HashProvider {
  virtual ~HashProvider() = default;
  virtual std::string Generate(const std::string &data) = 0;
  virtual bool Compare(const std::string &input, const std::string &hash) {
    return TimingSafeCompare(Generate(input), hash);
  }
};
struct PlainHashProvider {
  std::string Generate(const std::string &data);
  bool Compare(const std::string &input, const std::string &hash) {
    return Generate(input) == hash;
  }
};
} // namespace irc
bool checkOperPassword(irc::HashProvider *hp, const std::string &password,
                       const std::string &passwordhash) {
  return hp->Compare(password, passwordhash);
}
bool checkLinkPassword(irc::PlainHashProvider *hp, const std::string &password,
                       const std::string &passwordhash) {
  return hp->Compare(password, passwordhash);
  // CHECK: :[[@LINE-1]]:10: warning: the secret '{{.*}}' is compared with 'Compare'{{.*}} [integration-timing-unsafe-compare]
}

// LIVE555's RTSP Digest check: an authenticator object given the password
// computes the response expected; the client's, parsed into a reference
// out-parameter, is compared with it. The realm and nonce the same object
// hands out are no secrets.
namespace rtsp {
struct Authenticator {
  void setUsernameAndPassword(const char *username, const char *password);
  const char *realm() const;
  const char *nonce() const;
  const char *computeDigestResponse(const char *cmd, const char *uri) const;
};
struct AuthDB {
  const char *lookupPassword(const char *username);
};
bool parseAuthorizationHeader(const char *buf, const char *&username,
                              const char *&realm, const char *&nonce,
                              const char *&response);
struct ClientConnection {
  Authenticator fCurrentAuthenticator;
  bool authenticationOK(AuthDB *authDB, const char *cmdName,
                        const char *request);
};
bool ClientConnection::authenticationOK(AuthDB *authDB, const char *cmdName,
                                        const char *request) {
  const char *username = nullptr, *realm = nullptr, *nonce = nullptr,
             *response = nullptr;
  if (!parseAuthorizationHeader(request, username, realm, nonce, response) ||
      std::strcmp(realm, fCurrentAuthenticator.realm()) != 0 ||
      std::strcmp(nonce, fCurrentAuthenticator.nonce()) != 0)
    return false;
  const char *password = authDB->lookupPassword(username);
  if (!password)
    return false;
  fCurrentAuthenticator.setUsernameAndPassword(username, password);
  const char *ourResponse =
      fCurrentAuthenticator.computeDigestResponse(cmdName, "/");
  return std::strcmp(ourResponse, response) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the secret 'ourResponse' is compared with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
}
} // namespace rtsp
