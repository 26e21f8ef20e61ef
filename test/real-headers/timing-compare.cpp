// REQUIRES: httplib-headers, openssl-headers
// Secrets compared in data-dependent time, and comparisons that only look
// like it, over the real cpp-httplib and OpenSSL headers. C++20 rewrites
// `a != b` as `!(a == b)`: the message still names the operator written.
// RUN: %tidy %s -checks='-*,integration-timing-unsafe-compare' -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:'
// RUN: %tidy %s -checks='-*,integration-timing-unsafe-compare' -- -std=c++20 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <httplib.h>
#include <map>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <string>
#include <vector>

std::string to_hex(const std::string &raw);
void process(const std::string &body);

namespace Secrets {
std::string salt(const char *purpose);
}

class ApiAuth {
public:
  bool validate(const httplib::Request &req) const {
    const std::string prefix = "Bearer ";
    const std::string &auth = req.get_header_value("Authorization");
    // The scheme, a constant: not a secret.
    if (auth.size() > prefix.size() && auth.substr(0, prefix.size()) == prefix)
      return auth.substr(prefix.size()) == api_key_;
    // CHECK: :[[@LINE-1]]:41: warning: the secret 'api_key_' is compared with '=='{{.*}} [integration-timing-unsafe-compare]
    return req.get_header_value("X-API-Key") == api_key_;
    // CHECK: :[[@LINE-1]]:46: warning: the secret 'api_key_' is compared with '=='{{.*}} [integration-timing-unsafe-compare]
  }

private:
  std::string api_key_;
  std::string secret_token_;

public:
  void routes(httplib::Server &srv) {
    srv.Post("/tg", [this](const httplib::Request &req, httplib::Response &res) {
      if (req.get_header_value("X-Telegram-Bot-Api-Secret-Token") !=
          secret_token_) {
        res.status = 403;
        return;
      }
      process(req.body);
    });
    // CHECK: :[[@LINE-7]]:67: warning: the request's signature 'X-Telegram-Bot-Api-Secret-Token' is compared with '!='{{.*}} [integration-timing-unsafe-compare]
  }
};

void accounts(httplib::Server &srv) {
  // A password and its confirmation, both typed by the user: no secret of
  // the server's is compared.
  srv.Post("/register", [](const httplib::Request &req, httplib::Response &res) {
    std::string password = req.get_param_value("password");
    std::string password_confirm = req.get_param_value("password_confirm");
    if (password != password_confirm)
      res.status = 400;
  });
  // A token from the query against one derived from the server's secret.
  srv.Get("/api/add_points", [](const httplib::Request &req, httplib::Response &res) {
    const std::string &token_content = req.get_param_value("token");
    if (token_content != Secrets::salt("ACCESS2"))
      res.status = 403;
  });
  // CHECK: :[[@LINE-3]]:23: warning: the secret 'Secrets::salt()' is compared with '!='{{.*}} [integration-timing-unsafe-compare]
}

// A token in the JSON body, checked per item (TradingView alerts cannot
// set headers).
struct Alerts {
  std::string secret;
  void each(const std::vector<std::map<std::string, std::string>> &items) {
    auto one = [this](const std::map<std::string, std::string> &data) {
      if (data.at("secret_key") != secret)
        return;
      process(data.at("ticker"));
    };
    // CHECK: :[[@LINE-4]]:33: warning: the secret 'secret_key' is compared with '!='{{.*}} [integration-timing-unsafe-compare]
    for (const auto &item : items)
      one(item);
  }
};

// Against a constant of unknown origin: nothing says a client sent it.
bool hardCoded(const std::map<std::string, std::string> &query) {
  return query.at("token") == "secret_9f8a7b6c5d4e";
}
// The request's credential against one written into the code: the time a
// rejection takes leaks the hard-coded secret just the same.
bool hardCodedHeader(const httplib::Request &req) {
  return req.get_header_value("X-Token") == std::string("secret9f8a7b6c5d4e");
  // CHECK: :[[@LINE-1]]:42: warning: the secret 'X-Token' is compared with '=='{{.*}} [integration-timing-unsafe-compare]
}
// Sentinels, schemes and algorithm names are no secret's value.
bool placeholderToken(const httplib::Request &req) {
  std::string token = req.get_header_value("X-Token");
  return token == "null" || token == "undefined" || token == "";
}
bool hmacMethod(const httplib::Request &req) {
  std::string signature_method = req.get_param_value("signature_method");
  return signature_method == "HMAC-SHA1";
}
// A secret looked up by a literal that may be its value: the message never
// quotes such a literal.
std::string lookup(const std::string &name);
bool lookedUp(const httplib::Request &req) {
  return req.get_header_value("X-Token") == lookup("secret_9f8a7b6c5d4e");
  // CHECK: :[[@LINE-1]]:42: warning: the secret 'X-Token' is compared with '=='{{.*}} [integration-timing-unsafe-compare]
}

// The HMAC written through `&out.front()`, hex-encoded, then compared.
bool stripe(const httplib::Request &req, const std::string &key,
            const std::string &v1) {
  std::string out_md;
  out_md.resize(32);
  unsigned int len = 32;
  HMAC(EVP_sha256(), key.c_str(), (int)key.length(),
       (const unsigned char *)req.body.c_str(), req.body.size(),
       (unsigned char *)&out_md.front(), &len);
  std::string expected = to_hex(out_md);
  if (expected != v1)
    return false;
  // CHECK: :[[@LINE-2]]:16: warning: the computed MAC 'expected' is compared with '!='{{.*}} [integration-timing-unsafe-compare]
  return true;
}

// Not secrets: a generic prefix test whose parameter is called `token`, a
// lexer's token list.
template <class Container>
bool is_prefix_of(const Container &token, const Container &xs) {
  return Container(xs.begin(), xs.begin() + token.size()) == token;
}
struct Lexer {
  std::vector<std::string> reference_tokens;
  bool operator==(const Lexer &other) const {
    return reference_tokens == other.reference_tokens;
  }
};

// A token the server holds, searched for in what a caller sent: a substring
// search stops at the first differing byte as `==` does.
class RepoWebhook {
public:
  void callback(std::string_view payload) {
    if (payload.find(token) == std::string_view::npos)
      return;
    // CHECK: :[[@LINE-2]]:29: warning: the secret 'token' is searched for with 'find'{{.*}} [integration-timing-unsafe-compare]
    process(std::string(payload));
  }
  void split(const std::string &line, const std::string &token) {
    // Not secrets: a tokenizer's delimiter, a member searched for in a
    // constant, a header name looked up.
    if (line.find(token) != std::string::npos)
      process(line);
    if (std::string("a,b").find(token) != std::string::npos)
      process(line);
    if (line.find("X-Token") != std::string::npos)
      process(line);
    std::map<std::string, int> keys;
    if (keys.find(api_key) == keys.end())
      process(line);
  }

private:
  std::string token;
  std::string api_key;
};

// A member's decoration (`m_authorization`) does not hide a secret; nor
// does a template, where the server's secret is read through a dependent
// type and the request's through an iterator found by its header name.
class VoteWebhook {
public:
  bool accepts(const httplib::Request &request) const {
    const auto authorization = request.headers.find("Authorization");
    return authorization != request.headers.end() &&
           authorization->second == m_authorization;
    // CHECK: :[[@LINE-1]]:34: warning: the secret {{.*}} is compared with '=='{{.*}} [integration-timing-unsafe-compare]
  }

private:
  std::string m_authorization;
  std::string m_authorization_url; // not a secret: never compared here
};

template <typename Context> struct AuthServer {
  std::shared_ptr<Context> context;
  bool accepts(const httplib::Request &request) const {
    if (const auto header = request.headers.find("Authorization");
        header == request.headers.end() ||
        header->second != context->config->get_auth_key())
      // CHECK: :[[@LINE-1]]:24: warning: the secret {{.*}} is compared with '!='{{.*}} [integration-timing-unsafe-compare]
      return false;
    // Not a secret: the request's content type, in the same template.
    return request.get_header_value("Content-Type") !=
           context->config->get_content_type();
  }
};
