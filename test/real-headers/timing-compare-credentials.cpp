// REQUIRES: httplib-headers, beast-headers
// A credential the request carries (an `Authorization` or `X-API-Key`
// header) compared with any value the server holds, whatever its name
// (`key_`, `adminKey_`): that value is what the server expects, a secret.
// A value looked up by the credential (its role) is not one; a constant
// scheme prefix is not one. A connection class that keeps the request in
// a member reads the request too (Boost.Beast's `_req`).
// RUN: %tidy %s -checks='-*,integration-timing-unsafe-compare' -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <boost/beast/http.hpp>
#include <algorithm>
#include <httplib.h>
#include <map>
#include <vector>
#include <string>

namespace http = boost::beast::http;

class Auth {
public:
  bool authorize(const httplib::Request &req) const {
    auto header = req.get_header_value("Authorization");
    if (header.empty())
      header = req.get_header_value("X-API-Key");
    if (header == key_)
      // CHECK: :[[@LINE-1]]:16: warning: the secret 'header' is compared with '=='{{.*}} [integration-timing-unsafe-compare]
      return true;
    return !adminKey_.empty() && header == "Bearer " + adminKey_;
    // CHECK: :[[@LINE-1]]:41: warning: the secret 'header' is compared with '=='
  }

  // The role found for the key is no secret; nor is the scheme.
  bool hasRole(const httplib::Request &req, const std::string &role) {
    auto apiKey = req.get_header_value("API-Key");
    const std::string scheme = "Bearer ";
    if (apiKey.substr(0, scheme.size()) == scheme)
      apiKey = apiKey.substr(scheme.size());
    return roles_.find(apiKey) != roles_.end() && roles_[apiKey] == role;
  }

  // A key searched for in the list of allowed ones: std::find compares it
  // with each in turn. The events a route takes are no secrets.
  bool allowed(const httplib::Request &req) const {
    const auto key = req.get_header_value("X-API-Key");
    return std::find(allowedKeys_.begin(), allowedKeys_.end(), key) !=
           allowedKeys_.end();
    // CHECK: :[[@LINE-2]]:12: warning: the secret 'key' is compared with 'std::find'{{.*}} [integration-timing-unsafe-compare]
  }
  // A character counted in a credential is parsing.
  bool twoParts(const httplib::Request &req, char sep) const {
    const auto key = req.get_header_value("X-API-Key");
    return std::count(key.begin(), key.end(), sep) == 1;
  }
  bool takes(const httplib::Request &req) const {
    const auto event = req.get_header_value("X-GitHub-Event");
    return std::count(events_.begin(), events_.end(), event) > 0;
  }

private:
  std::string key_, adminKey_;
  std::map<std::string, std::string> roles_;
  std::vector<std::string> allowedKeys_, events_;
};

std::string config_value(const std::string &name);

class Session {
public:
  bool fromTelegram() {
    return _req.target() == "/" + config_value("token");
    // CHECK: :[[@LINE-1]]:26: warning: the secret {{.*}} is compared with '=='
  }

private:
  http::request<http::string_body> _req;
};
