// A project's own string class compared with its equality methods (IRC
// services' `Anope::string::equals_cs`, `equals_ci`): a crypt(3) hash
// against the stored one, an operator's clear-text password, a password
// reset code, an account's stored password (looked up by the account the
// client names) against the client's encrypted one. Not secrets: the name of a hash method (also cut from the
// stored hash), an account's name; nor is a new password compared with the
// user's nick (a strength rule).
// RUN: %tidy %s -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <string>
#include <vector>

extern "C" char *crypt(const char *key, const char *salt);

namespace Anope {
class string {
  std::string text;

public:
  string(const char *s) : text(s) {}
  string(const std::string &s) : text(s) {}
  template <class InputIterator>
  string(InputIterator first, InputIterator last) : text(first, last) {}
  std::string::iterator begin() { return text.begin(); }
  std::string::iterator end() { return text.end(); }
  long find(char c) const { return (long)text.find(c); }
  bool equals_cs(const string &other) const { return text == other.text; }
  bool equals_ci(const string &other) const;
  bool empty() const { return text.empty(); }
  const char *c_str() const { return text.c_str(); }
};
} // namespace Anope

struct IdentifyRequest {
  Anope::string GetAccount() const;
  Anope::string GetPassword() const;
  void Success();
};
struct NickCore {
  Anope::string pass;
};
struct Oper {
  Anope::string name;
  Anope::string password;
};
struct ResetInfo {
  Anope::string code;
  long time;
};

// crypt(3) of what the client sent, salted with the stored hash, against
// that hash.
void check_posix(IdentifyRequest *req, const Anope::string &pass_hash) {
  if (pass_hash.equals_cs(crypt(req->GetPassword().c_str(), pass_hash.c_str())))
    // CHECK: :[[@LINE-1]]:7: warning: {{.*}} is compared with 'equals_cs'
    req->Success();
}

// An operator's clear-text password from the configuration against the
// one given.
bool compare_password(const Oper *o, const Anope::string &password) {
  return o->password.equals_cs(password);
  // CHECK: :[[@LINE-1]]:10: warning: {{.*}} is compared with 'equals_cs'
}

// The hash method's name and the account's name are public.
bool uses_method(const Anope::string &hash_method,
                 const Anope::string &wanted) {
  return hash_method.equals_cs(wanted);
}
bool is_account(const Oper *o, IdentifyRequest *req) {
  return o->name.equals_ci(req->GetAccount());
}

// The scheme in front of the stored hash (`posix:...`), cut from it.
struct NickAlias {
  NickCore *nc;
  static NickAlias *Find(const Anope::string &account);
};
void check_scheme(IdentifyRequest *req) {
  const auto *na = NickAlias::Find(req->GetAccount());
  if (!na)
    return;
  NickCore *nc = na->nc;
  auto pos = nc->pass.find(':');
  if (pos < 0)
    return;
  Anope::string hash_method(nc->pass.begin(), nc->pass.begin() + pos);
  if (!hash_method.equals_cs("posix"))
    return;
  Anope::string pass_hash(nc->pass.begin() + pos + 1, nc->pass.end());
  if (pass_hash.equals_cs(crypt(req->GetPassword().c_str(), pass_hash.c_str())))
    // CHECK: :[[@LINE-1]]:7: warning: {{.*}} is compared with 'equals_cs'
    req->Success();
}

// "Please choose a more obscure password": the new password against the
// user's own nick.
bool obscure_enough(const Anope::string &pass, const Anope::string &u_nick) {
  return !pass.equals_ci(u_nick);
}

// The account's stored password, found by the name the client gave,
// against the client's password run through the module's hash.
namespace Anope {
string operator+(const char *prefix, const string &rest);
string Hex(const string &raw);
} // namespace Anope
struct Provider {
  Anope::string Encrypt(const Anope::string &plain);
};
void check_md5(IdentifyRequest *req, Provider &md5provider) {
  const auto *na = NickAlias::Find(req->GetAccount());
  if (!na)
    return;
  NickCore *nc = na->nc;
  auto enc = "md5:" + Anope::Hex(md5provider.Encrypt(req->GetPassword()));
  if (nc->pass.equals_cs(enc))
    // CHECK: :[[@LINE-1]]:7: warning: {{.*}} is compared with 'equals_cs'
    req->Success();
}

// The code mailed to reset a password, against the one the user typed.
struct CommandSource {
  NickCore *nc;
  void Reply(const char *text);
};
ResetInfo *reset_of(NickCore *nc);
void reset_password(CommandSource &source,
                    const std::vector<Anope::string> &params) {
  ResetInfo *ri = reset_of(source.nc);
  const Anope::string &passcode = params[1];
  if (ri && passcode.equals_cs(ri->code))
    // CHECK: :[[@LINE-1]]:13: warning: the secret 'passcode' is compared with 'equals_cs'
    source.Reply("Your password has been reset.");
}

// A country code is no code that admits anyone.
bool same_country(const Anope::string &country_code, const ResetInfo *ri) {
  return country_code.equals_ci(ri->code);
}

// thttpd's cache of the last login: the user's name, cut from the decoded
// Authorization header, against the cached name is no secret compare; the
// password is checked by crypt(3).
struct http_conn {
  char *authorization;
  char prevuser[64];
  char prevcryp[128];
};
extern "C" int strcmp(const char *a, const char *b);
extern "C" char *strchr(const char *s, int c);
int b64_decode(const char *str, unsigned char *space, int size);
bool cached_login(http_conn *hc) {
  char authinfo[500];
  int l = b64_decode(&(hc->authorization[6]), (unsigned char *)authinfo,
                     sizeof(authinfo) - 1);
  authinfo[l] = '\0';
  char *authpass = strchr(authinfo, ':');
  if (!authpass)
    return false;
  *authpass++ = '\0';
  if (strcmp(authinfo, hc->prevuser) != 0)
    return false;
  return strcmp(crypt(authpass, hc->prevcryp), hc->prevcryp) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: {{.*}} is compared with 'strcmp'
}
