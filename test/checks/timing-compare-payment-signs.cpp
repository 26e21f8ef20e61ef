// Payment callbacks signed with MD5 over the request's parameters and the
// merchant's key: the server hashes text it built with the key it keeps
// (`getApiKey()`), so the hash is what it expects, even though request data
// went in; the request's `sign` compared with it through `c_str()` leaks.
// Not a secret compare: a checksum of the request's own parameters (no key
// went in) against a field of the same request.
// RUN: %tidy %s -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <string>
#include <strings.h>

struct CMyString : std::string {
  CMyString() {}
  CMyString(const char *fmt, ...);
};
struct CMD5Wrapper {
  static CMyString encode(const char *text);
};
namespace http {
struct CHttpRequest {
  CMyString getParam(const char *key) const;
  CMyString http_str() const;
};
} // namespace http
struct CGame {
  CMyString getApiKey() const;
};

bool validCreditParam(http::CHttpRequest &req, CGame *pGame) {
  CMyString strSign1 = req.getParam("sign");
  CMyString str1 = req.http_str();
  CMyString str2("%s&merchantKey=%s", str1.c_str(), pGame->getApiKey().c_str());
  CMyString strSign2 = CMD5Wrapper::encode(str2.c_str());
  if (strcasecmp(strSign1.c_str(), strSign2.c_str()) != 0)
    // CHECK: :[[@LINE-1]]:7: warning: the secret 'strSign2' is compared with 'strcasecmp'
    return false;
  return true;
}

bool validChecksum(http::CHttpRequest &req) {
  CMyString strSum = req.getParam("checksum");
  CMyString str1 = req.http_str();
  CMyString strSign2 = CMD5Wrapper::encode(str1.c_str());
  if (strcasecmp(strSum.c_str(), strSign2.c_str()) != 0)
    return false;
  return true;
}
