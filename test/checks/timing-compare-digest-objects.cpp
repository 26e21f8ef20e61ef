// Digest objects of C++ projects, fed with method calls or `<<`: a game's
// login server hashes the session key with the client's values and
// compares the proof (a keyed hash, a MAC); a SIP proxy's web admin hashes
// `user:realm:password` and compares it with the stored HA1; a SIP
// stack reads the response from the request it is handed, whatever the
// class's name. Not secrets: a hash of the client's own values checked
// against the client's proof (no key of the server's went in), the auth
// scheme held by a global named after its text.
// RUN: %tidy %s -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <cstring>
#include <map>
#include <string>

typedef unsigned char uint8;
class BigNumber {
public:
  int GetNumBytes();
  void SetBinary(const uint8 *bytes, int len);
};
class Sha1Hash {
public:
  void Initialize();
  void UpdateData(const std::string &text);
  void UpdateData(const uint8 *data, int len);
  void UpdateBigNumbers(BigNumber *a, ...);
  void Finalize();
  uint8 *GetDigest();
  static int GetLength();
};
class SRP6 {
public:
  BigNumber GetStrongSessionKey();
};
struct ReconnectProof {
  uint8 R1[16];
  uint8 R2[20];
  uint8 R3[20];
};

class AuthSocket {
  SRP6 srp;
  std::string login;
  BigNumber reconnectProof;

public:
  bool handleReconnectProof(const ReconnectProof *lp) {
    BigNumber K = srp.GetStrongSessionKey();
    BigNumber t1;
    t1.SetBinary(lp->R1, 16);
    Sha1Hash sha;
    sha.Initialize();
    sha.UpdateData(login);
    sha.UpdateBigNumbers(&t1, &reconnectProof, &K, nullptr);
    sha.Finalize();
    return memcmp(sha.GetDigest(), lp->R2, Sha1Hash::GetLength()) == 0;
    // CHECK: :[[@LINE-1]]:12: warning: the computed MAC {{.*}}[integration-timing-unsafe-compare]
  }
  bool verifyVersion(const uint8 *a, int aLength, const uint8 *versionProof,
                     const uint8 *buildHash) {
    Sha1Hash version;
    version.UpdateData(a, aLength);
    version.UpdateData(buildHash, 20);
    version.Finalize();
    return memcmp(versionProof, version.GetDigest(), Sha1Hash::GetLength()) ==
           0;
  }
  // The account's PIN, as digits, hashed with the server's salt and then
  // the client's: what the client's hash must match.
  bool verifyPinData(unsigned number, const uint8 *serverSalt,
                     const uint8 *clientSalt, const uint8 *clientHash) {
    uint8 pinBytes[10];
    int n = 0;
    for (; number != 0 && n < 10; number /= 10)
      pinBytes[n++] = number % 10 + 0x30;
    Sha1Hash sha;
    sha.UpdateData(serverSalt, 16);
    sha.UpdateData(pinBytes, n);
    sha.Finalize();
    uint8 first[20];
    memcpy(first, sha.GetDigest(), 20);
    sha.Initialize();
    sha.UpdateData(clientSalt, 16);
    sha.UpdateData(first, 20);
    sha.Finalize();
    return !memcmp(sha.GetDigest(), clientHash, 20);
    // CHECK: :[[@LINE-1]]:13: warning: the computed MAC {{.*}}[integration-timing-unsafe-compare]
  }
};

class Data {
public:
  Data(const char *text);
  bool operator==(const Data &other) const;
  bool operator<(const Data &other) const;
  bool empty() const;
};
bool isEqualNoCase(const Data &a, const Data &b);
class DigestStream {
public:
  DigestStream &operator<<(const Data &text);
  Data getHex();
};

class WebAdmin {
  std::map<Data, Data> mUsers;
  Data mRealm;

public:
  bool authenticate(const Data &pUser, const Data &pPassword) {
    Data dbA1("");
    std::map<Data, Data>::iterator it = mUsers.find(pUser);
    if (it != mUsers.end())
      dbA1 = it->second;
    if (dbA1.empty())
      return false;
    DigestStream a1;
    a1 << pUser << Data(":") << mRealm << Data(":") << pPassword;
    Data compA1 = a1.getHex();
    return dbA1 == compA1;
    // CHECK: :[[@LINE-1]]:17: warning: {{.*}}[integration-timing-unsafe-compare]
  }
};

struct ParamTag {};
extern ParamTag p_realm, p_nonce, p_response;
struct AuthParam {
  Data param(const ParamTag &which) const;
  Data scheme() const;
};
class SipMessage {
public:
  const AuthParam &header(int which) const;
};
Data makeResponseDigestWithA1(const Data &a1, const Data &method,
                              const Data &uri, const Data &nonce) {
  DigestStream a2;
  a2 << method << Data(":") << uri;
  DigestStream r;
  r << a1 << Data(":") << nonce << Data(":") << a2.getHex();
  return r.getHex();
}
static Data digest("digest");

bool authenticateRequest(const SipMessage &request, const Data &realm,
                         const Data &ha1) {
  const AuthParam &auth = request.header(0);
  if (!(auth.param(p_realm) == realm))
    return false;
  if (!isEqualNoCase(auth.scheme(), digest))
    return false;
  return auth.param(p_response) ==
         makeResponseDigestWithA1(ha1, Data("INVITE"), Data("sip:x"),
                                  auth.param(p_nonce));
  // CHECK: :[[@LINE-3]]:33: warning: {{.*}}[integration-timing-unsafe-compare]
}

// A private tracker's passkey from the announce URL against the site's.
class Worker {
  std::string site_password;

public:
  bool update(const std::string &passkey) { return passkey == site_password; }
  // CHECK: :[[@LINE-1]]:60: warning: {{.*}}[integration-timing-unsafe-compare]
};

// A tracker's torrent pass: the first bytes of a SHA-1 object built in
// place from the tracker's private key and the user's values, against the
// pass in the announce URL. Negative: the same object built from public
// values (an info hash's hex).
class Csha1 {
public:
  explicit Csha1(const std::string &text);
  std::string read();
};
struct TrackerConfig {
  std::string torrent_pass_private_key_;
};
extern TrackerConfig g_config;
std::string hex_decode(const std::string &text);

bool passMatches(const std::string &pass, int uid) {
  return Csha1(g_config.torrent_pass_private_key_ + std::to_string(uid))
             .read()
             .substr(0, 12) == hex_decode(pass.substr(8, 24));
  // CHECK: :[[@LINE-1]]:29: warning: the computed MAC {{.*}}[integration-timing-unsafe-compare]
}
bool infoHashMatches(const std::string &given, const std::string &name) {
  return Csha1(name).read().substr(0, 12) == hex_decode(given);
}

// APOP: the MD5 of the challenge and the stored secret, in hex, against the
// digest the client sent. Negative: the MD5 of the challenge alone.
class MD5 {
public:
  static MD5 hash(const std::string &text);
  std::string hex() const;
};
class Apop {
public:
  std::string challenge;
  std::string storedSecret() const;
  std::string secret() const;
  bool verify() const {
    std::string s(challenge);
    s.append(storedSecret());
    return MD5::hash(s).hex() == secret();
    // CHECK: :[[@LINE-1]]:31: warning: the computed MAC is compared with '=='
  }
  bool sameChallenge(const std::string &echoed) const {
    return MD5::hash(challenge).hex() == echoed;
  }
};

// A game server's rcon login: the console password, a server setting, hashed
// with the per-client digest the server sent, against the client's answer.
// Negative: the MD5 of a file the server offers against the one the client
// asked for (both public).
class cvar_t {
public:
  const char *cstring() const;
};
extern cvar_t rcon_password;
std::string MD5SUM(std::string in);
std::string MSG_ReadString();
struct client_t {
  bool allow_rcon;
  std::string digest;
  std::string download_md5;
};
void logLine(const char *text);
void rconPassword(client_t *cl) {
  std::string challenge = MSG_ReadString();
  std::string password = rcon_password.cstring();
  if (cl->allow_rcon)
    return;
  if (!password.empty() && MD5SUM(password + cl->digest) == challenge) {
    // CHECK: :[[@LINE-1]]:58: warning: the computed MAC {{.*}}[integration-timing-unsafe-compare]
    cl->allow_rcon = true;
    logLine("rcon login");
  } else {
    logLine("rcon login failure");
  }
}
bool continuesDownload(client_t *cl) {
  std::string md5 = MSG_ReadString();
  return cl->download_md5 == md5;
}
