// A home-automation hub's OAuth2 server and a media server's PINs: a user
// record found by the client's name (`m_users[iUser].Password`) is the
// server's, so a hash of the client's password against it is reported; so
// are an OAuth authorization code and a conference PIN held as text.
// Not secrets: a redirect URI copied from the code's record, a PKCE code
// challenge, a GPIO pin, a kept PIN refreshed from a new setting. A room's
// PIN set when the room had none is a first value, not a refresh: the
// check on the other path is reported. A session found by the hash of the
// client's refresh token is the server's record.
// RUN: %tidy %s -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <map>
#include <string>
#include <vector>

std::string GenerateMD5Hash(const std::string &text);
struct request;
std::string findValue(const request *req, const char *key);

struct WebUser {
  std::string Username;
  std::string Password;
};
struct AccessCode {
  std::string AuthCode;
  std::string RedirectUri;
  std::string CodeChallenge;
};

class IamService {
  std::vector<WebUser> m_users;
  std::vector<AccessCode> m_accesscodes;
  int FindUser(const char *name);

public:
  bool login(const request *req) {
    std::string sPWD = findValue(req, "psw");
    std::string Username = findValue(req, "uname");
    int iUser = FindUser(Username.c_str());
    return iUser != -1 && m_users[iUser].Password == GenerateMD5Hash(sPWD);
    // CHECK: :[[@LINE-1]]:51: warning: {{.*}}[integration-timing-unsafe-compare]
  }
  int token(const request *req) {
    std::string auth_code = findValue(req, "code");
    std::string redirect_uri = findValue(req, "redirect_uri");
    std::string code_verifier = findValue(req, "code_verifier");
    int iUser = 0;
    for (const auto &ac : m_accesscodes) {
      if (ac.AuthCode.compare(auth_code.c_str()) == 0)
        // CHECK: :[[@LINE-1]]:11: warning: {{.*}}[integration-timing-unsafe-compare]
        break;
      iUser++;
    }
    if (iUser >= static_cast<int>(m_accesscodes.size()))
      return -1;
    std::string acRedirectUri = m_accesscodes[iUser].RedirectUri;
    std::string CodeChallenge = m_accesscodes[iUser].CodeChallenge;
    if (acRedirectUri.compare(redirect_uri.c_str()) != 0)
      return -1;
    if (CodeChallenge.compare(GenerateMD5Hash(code_verifier)) != 0)
      return -1;
    return iUser;
  }
};

struct ConferenceRoom {
  std::string adminpin;
  int led_pin;
};
bool checkAdmin(const ConferenceRoom &room, const std::string &adminpin,
                int pin) {
  if (room.led_pin != pin)
    return false;
  return room.adminpin.empty() || room.adminpin == adminpin;
  // CHECK: :[[@LINE-1]]:49: warning: {{.*}}[integration-timing-unsafe-compare]
}

class Conference {
  std::map<std::string, ConferenceRoom> rooms;
  std::string cachedPin;

public:
  ConferenceRoom *getRoom(const std::string &room,
                          const std::string &adminpin) {
    std::map<std::string, ConferenceRoom>::iterator it = rooms.find(room);
    if (it == rooms.end())
      return nullptr;
    if (!it->second.adminpin.empty() && it->second.adminpin != adminpin)
      // CHECK: :[[@LINE-1]]:61: warning: {{.*}}[integration-timing-unsafe-compare]
      return nullptr;
    if (it->second.adminpin.empty())
      it->second.adminpin = adminpin;
    return &it->second;
  }
  void reload(const std::string &adminpin) {
    if (cachedPin != adminpin)
      cachedPin = adminpin;
  }
};

struct StoredSession {
  std::string id;
  std::string auth_token;
};
StoredSession GetSession(const std::string &id);
bool validateRefreshToken(const std::string &refreshtoken) {
  StoredSession session = GetSession(GenerateMD5Hash(refreshtoken));
  return !session.id.empty() && session.auth_token.compare(refreshtoken) == 0;
  // CHECK: :[[@LINE-1]]:33: warning: {{.*}}[integration-timing-unsafe-compare]
}
