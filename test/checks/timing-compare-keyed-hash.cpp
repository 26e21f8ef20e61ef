// Platforms that sign a callback with a hash of its parameters and a key
// the two sides share (`md5(params + app_key)`): the hash is a MAC, also
// when the key is appended to a string first, and when an encoder writes
// it into a `std::string &` output. Old C++ (copies elided, not
// guaranteed) reads the same. An iterator compared with `end()` is no
// secret, nor is a hash over data with no key in it.
// RUN: %tidy %s -- -std=gnu++98 2>&1 | FileCheck %s -implicit-check-not='warning:'
// RUN: %tidy %s -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <map>
#include <string>
#include <utility>
#include <vector>
using std::string;

namespace Crypt {
string Md5Encode(const string &data);
string Sha256(const string &data);
string HmacSha1(const string &data, const string &key);
void Base64Encode(string &out, const string &in);
} // namespace Crypt
string GetConfig(const char *name);
void deliver(const string &order);

int take8_callback(const string &game_id, const string &order_id,
                   const string &vcode) {
  string key = GetConfig("take8_key");
  string osig;
  osig.append(game_id);
  osig.append(order_id);
  osig.append(key);
  string sig = Crypt::Md5Encode(osig);
  if (vcode != sig)
    // CHECK: :[[@LINE-1]]:13: warning: the computed MAC 'sig' is compared with '!=', which stops at the first differing byte{{.*}} [integration-timing-unsafe-compare]
    return -1;
  deliver(order_id);
  return 0;
}

int rockpay_callback(const string &tid, const string &v_code) {
  string appkey = GetConfig("rockpay_app_key");
  string ssig = GetConfig("rockpay_app_id") + tid + appkey;
  string sig = Crypt::Md5Encode(ssig);
  if (v_code != sig)
    // CHECK: :[[@LINE-1]]:14: warning: the computed MAC 'sig' is compared with '!='
    return -1;
  return 0;
}

int qq_deliver(const string &osig, const string &dsig) {
  string appkey = GetConfig("qq_app_key");
  string raw = Crypt::HmacSha1(osig, appkey + "&");
  string nsig;
  Crypt::Base64Encode(nsig, raw);
  if (dsig != nsig)
    // CHECK: :[[@LINE-1]]:12: warning: the computed MAC 'nsig' is compared with '!='
    return -1;
  return 0;
}

namespace String {
void Format(string &out, const char *format, ...);
bool EqualNoCase(const string &a, const string &b); // defined elsewhere
} // namespace String
const string &GetAppKey();

int kw_pay(const string &ts, const string &payid, const string &key) {
  string check;
  String::Format(check, "%s|%s|%s", ts.c_str(), payid.c_str(),
                 GetAppKey().c_str());
  string checkKey = Crypt::Md5Encode(check);
  if (!String::EqualNoCase(key, checkKey))
    // CHECK: :[[@LINE-1]]:8: warning: the computed MAC 'checkKey' is compared with 'EqualNoCase'
    return -1;
  return 0;
}

// Not secrets: a hash with no key (a checksum), loops over parameters.
int firmware_ok(const string &image, const string &expected_sha) {
  string digest = Crypt::Sha256(image);
  return digest == expected_sha;
}

string oauth_query(const std::map<string, string> &params,
                   const string &consumer_secret) {
  string base;
  for (std::map<string, string>::const_iterator itr = params.begin();
       itr != params.end(); ++itr)
    base.append(itr->first + "=" + itr->second);
  std::vector<std::pair<string, string> > signed_params;
  string signature = Crypt::HmacSha1(base, consumer_secret);
  signed_params.push_back(std::make_pair(string("oauth_signature"), signature));
  string query;
  for (std::vector<std::pair<string, string> >::iterator it =
           signed_params.begin();
       it != signed_params.end(); ++it)
    query.append(it->first + "=" + it->second);
  return query;
}

// A hash by its class (`CMD5Wrapper::encode`), against a numbered copy of
// the request's signature; a class's non-hash method is not one.
class CMD5Wrapper {
public:
  static string encode(const char *text);
  static bool selfTest();
};
string getParam(const char *name);
int sogou_callback(const string &app_key) {
  string strSign1 = getParam("auth");
  string text = getParam("amount") + getParam("uid") + app_key;
  string strSign2 = CMD5Wrapper::encode(text.c_str());
  if (strSign1 != strSign2)
    // CHECK: :[[@LINE-1]]:16: warning: {{.*}} is compared with '!='{{.*}} [integration-timing-unsafe-compare]
    return -1;
  deliver(getParam("order"));
  return 0;
}
int wrapper_ok(const string &expected_label) {
  string label = CMD5Wrapper::selfTest() ? "ok" : "broken";
  return label == expected_label;
}
