// A game server's packet parser: one function handles every message, and
// one local buffer (`text`) holds whatever the message at hand carried. A
// compare of it is judged by what its last write before put there (a
// player's name), not by a write for another message (the server's
// password formatted into it). A length named for a token (`tokenlen`)
// is no key. OAuth's `state` is a CSRF token kept for the redirect.
// RUN: %tidy %s -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <cstdio>
#include <cstring>
#include <string>

struct packetbuf {
  const unsigned char *subbuf(int len);
  int length() const;
  int maxlen;
};
int getint(packetbuf &p);
void getstring(char *t, packetbuf &p, int len = 260);
void filtertext(char *dst, const char *src, int kind);
void copystring(char *d, const char *s, size_t len = 260);
void sendf(int cn, const char *text);

struct clientinfo {
  char name[260];
  char pwd[260];
  int cn;
};
extern char serverpassword[260];

void process(clientinfo *cl, packetbuf &p) {
  char text[260];
  while (p.length() < p.maxlen) {
    switch (getint(p)) {
    case 1: { // the server tells an admin its password
      snprintf(text, sizeof(text), "password: %s", serverpassword);
      sendf(cl->cn, text);
      break;
    }
    case 2: { // connect: name and password
      getstring(text, p);
      filtertext(text, text, 0);
      copystring(cl->name, text);
      getstring(text, p);
      copystring(cl->pwd, text);
      if (strcmp(serverpassword, cl->pwd))
        // CHECK: :[[@LINE-1]]:11: warning: the secret 'serverpassword' is compared with 'strcmp'
        return;
      break;
    }
    case 3: { // a skipped token: its length says nothing secret
      int tokenlen = getint(p);
      p.subbuf(tokenlen);
      break;
    }
    case 4: { // rename: the new name against the old one
      getstring(text, p);
      filtertext(text, text, 0);
      if (strcmp(cl->name, text) != 0)
        copystring(cl->name, text);
      break;
    }
    }
  }
}

// The OAuth redirect's state against the one kept when it was sent.
struct Request {
  const std::string *getParameter(const std::string &name) const;
};
struct AuthProcess {
  std::string oAuthState_;
};
bool handleRedirect(const AuthProcess &process, const Request &request) {
  const std::string *state = request.getParameter("state");
  if (!state || *state != process.oAuthState_)
    // CHECK: :[[@LINE-1]]:24: warning: the secret 'oAuthState_' is compared with '!='
    return false;
  return true;
}
