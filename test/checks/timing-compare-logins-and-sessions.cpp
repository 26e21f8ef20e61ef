// Session ids looked up through a session class's id getter, also inside
// a generic lambda whose types show only in its instantiation, or as the
// keys of a list of sessions; login proofs of game servers (a digest keyed
// by the session key of the account record a look-up returned; a proof
// message's M1; the hash of an admin password); and what stays silent: a
// user's id read out of a token, a player's call sign, an id getter of a
// class that is no session or an SDP session's, the keys of a list of
// settings.
// RUN: %tidy %s -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

class Session {
public:
  std::string getID() const;
};

class SessionManager {
  std::vector<std::shared_ptr<Session>> sessions;

public:
  std::shared_ptr<Session> getSession(const std::string &sessionID) const {
    auto It = std::find_if(sessions.begin(), sessions.end(),
                           [=](auto &&S) { return S->getID() == sessionID; });
    // CHECK: :[[@LINE-1]]:62: warning: the secret 'sessionID' is compared with '=='
    return It != sessions.end() ? *It : nullptr;
  }
  void removeSession(const std::string &sessionID) {
    for (const auto &S : sessions)
      if (S->getID() == sessionID)
        // CHECK: :[[@LINE-1]]:22: warning: the secret 'sessionID' is compared with '=='
        return;
  }
};

// A C list of sessions walked from its head: each node's key is a
// session's id.
struct t_list_node {
  char *key;
  long value_i;
  t_list_node *next;
};
struct t_list {
  t_list_node *head;
};
bool session_validate(t_list *session_list, const char *session) {
  t_list_node *current = session_list->head;
  while (current != nullptr) {
    if (strcmp(current->key, session) == 0)
      // CHECK: :[[@LINE-1]]:9: warning: the secret 'key' is compared with 'strcmp'
      return true;
    current = current->next;
  }
  return false;
}
// ... not a list of settings.
bool has_setting(t_list *settings, const char *name) {
  for (t_list_node *current = settings->head; current; current = current->next)
    if (strcmp(current->key, name) == 0)
      return true;
  return false;
}

// An SDP session's id is public: it goes in the offer's origin line.
class SdpSession {
public:
  std::string getId() const;
};
bool sameOffer(const SdpSession &Offer, const std::string &sessionId) {
  return Offer.getId() == sessionId;
}

// An object's id is no session's: a library's items found by their id.
class Item {
public:
  std::string getID() const;
};
bool hasItem(const std::vector<Item> &Items, const std::string &objectID) {
  return std::any_of(Items.begin(), Items.end(),
                     [&](auto &&I) { return I.getID() == objectID; });
}

// A user's id read out of the token the client sent: a claim, checked for
// who the user is, not the credential.
struct Json {
  Json operator[](const char *Key) const;
  operator std::string() const;
  bool operator==(const std::string &Other) const;
};
namespace JWT {
Json get_payload(const std::string &token, const std::string &secret);
}
#define JWT_SECRET_KEY "change-me"
bool ownsAccount(const Json &Body, const Json &User) {
  std::string userid = JWT::get_payload(Body["token"], JWT_SECRET_KEY)["userId"];
  return User["id"] == userid;
}

// A player found by the call sign a command named.
struct Player {
  const char *getCallSign() const;
};
Player *findPlayer(Player **Players, int Count, const std::string &name) {
  for (int I = 0; I < Count; ++I)
    if (strcmp(Players[I]->getCallSign(), name.c_str()) == 0)
      return Players[I];
  return nullptr;
}

// A world server's proof of the session key: the account record a look-up
// returned keys the digest the client's must match.
typedef uint8_t uint8;
class BigNumber {
public:
  void SetBinary(const uint8 *Bytes, int Length);
  uint8 *AsByteArray(int Width);
};
class Sha1Hash {
public:
  void UpdateData(const uint8 *Data, int Length);
  void UpdateData(const std::string &Text);
  void UpdateBigNumbers(BigNumber *First, ...);
  void Finalize();
  uint8 *GetDigest();
};
struct AuthRequest {
  std::string account;
  uint32_t clientSeed;
  uint8 digest[20];
};
struct AuthLookup {
  int status;
  BigNumber sessionKey;
};
struct Gateway {
  AuthLookup LookupAccount(const AuthRequest &Request);
};
bool authenticate(Gateway &Accounts, const AuthRequest &request,
                  uint32_t Seed) {
  AuthLookup lookup = Accounts.LookupAccount(request);
  if (lookup.status != 0)
    return false;
  Sha1Hash sha;
  sha.UpdateData(request.account);
  sha.UpdateData(reinterpret_cast<const uint8 *>(&request.clientSeed), 4);
  sha.UpdateData(reinterpret_cast<const uint8 *>(&Seed), 4);
  sha.UpdateBigNumbers(&lookup.sessionKey, nullptr);
  sha.Finalize();
  return std::memcmp(sha.GetDigest(), request.digest, 20) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the computed MAC 'Sha1Hash::GetDigest()' is compared with 'memcmp'
}

// The login server's proof against the M1 of the client's proof message.
struct sAuthLogonProof_C {
  uint8 A[32];
  uint8 M1[20];
};
bool checkProof(BigNumber &M, const sAuthLogonProof_C &lp) {
  return !memcmp(M.AsByteArray(20), lp.M1, 20);
  // CHECK: :[[@LINE-1]]:11: warning: the secret 'M1' is compared with 'memcmp'
}

// The client's answer against the hash of the admin password, salted with
// the player's number.
extern uint8 adminpassmd5[4][16];
void D_MD5PasswordPass(const uint8 *Buffer, size_t Length, const char *Salt,
                       void *Dest);
bool promote(const uint8 *md5sum, const char *Salt) {
  uint8 finalmd5[16];
  for (int I = 0; I < 4; ++I) {
    D_MD5PasswordPass(adminpassmd5[I], 16, Salt, &finalmd5);
    if (!memcmp(md5sum, finalmd5, 16))
      // CHECK: :[[@LINE-1]]:10: warning: the computed MAC 'finalmd5' is compared with 'memcmp'
      return true;
  }
  return false;
}
