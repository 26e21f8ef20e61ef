// REQUIRES: httplib-headers, openssl-headers
// Webhook receivers on cpp-httplib with OpenSSL, over the real headers.
// RUN: %tidy %s -config="{CheckOptions: {integration-unverified-webhook.ReportMissingReplayProtection: true}}" -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:' -implicit-check-not='remark:'
#include <ctime>
#include <functional>
#include <httplib.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <set>
#include <string>

static const std::string Secret = "from-the-environment";

std::string to_hex(const unsigned char *p, unsigned n) {
  static const char *d = "0123456789abcdef";
  std::string s;
  for (unsigned i = 0; i < n; ++i) {
    s += d[p[i] >> 4];
    s += d[p[i] & 15];
  }
  return s;
}

std::string sign(const std::string &body) {
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned len = 0;
  HMAC(EVP_sha256(), Secret.data(), (int)Secret.size(),
       (const unsigned char *)body.data(), body.size(), mac, &len);
  return "sha256=" + to_hex(mac, len);
}

void process(const std::string &body);
std::set<std::string> seen_events;

void routes(httplib::Server &srv) {
  // Never verified.
  srv.Post("/webhooks/stripe", [](const httplib::Request &req, httplib::Response &res) {
    process(req.body);
  });
  // CHECK: :[[@LINE-3]]:7: warning: webhook handler for POST '/webhooks/stripe' never verifies the request's signature{{.*}} [integration-unverified-webhook]

  // Verified in constant time, with de-duplication: clean.
  srv.Post("/github/events", [](const httplib::Request &req, httplib::Response &res) {
    std::string expected = sign(req.body);
    std::string got = req.get_header_value("X-Hub-Signature-256");
    if (got.size() != expected.size() ||
        CRYPTO_memcmp(got.data(), expected.data(), got.size()) != 0) {
      res.status = 401;
      return;
    }
    if (!seen_events.insert(req.get_header_value("X-GitHub-Delivery")).second)
      return;
    process(req.body);
  });

  // Compared with != (timing-unsafe), no replay protection.
  srv.Post("/hooks/gitlab", [](const httplib::Request &req, httplib::Response &res) {
    std::string expected = sign(req.body);
    std::string got = req.get_header_value("X-Hub-Signature-256");
    if (got != expected) {
      res.status = 401;
      return;
    }
    process(req.body);
  });
  // CHECK: :[[@LINE-9]]:7: remark: webhook handler for POST '/hooks/gitlab' verifies the signature but has no replay protection{{.*}} [integration-unverified-webhook]
  // CHECK: :[[@LINE-7]]:13: warning: the computed MAC 'expected' is compared with '!=', which stops at the first differing byte{{.*}} [integration-timing-unsafe-compare]

  // A mismatch is only logged: the request is processed anyway.
  srv.Post("/payments/callback", [](const httplib::Request &req, httplib::Response &) {
    std::string expected = sign(req.body);
    if (CRYPTO_memcmp(expected.data(), req.get_header_value("X-Signature").data(),
                      expected.size()) != 0)
      fprintf(stderr, "bad signature\n");
    process(req.body);
  });
  // CHECK: :[[@LINE-7]]:7: warning: webhook handler for POST '/payments/callback' computes a signature but processes the request whatever the result{{.*}} [integration-unverified-webhook]

  // Not a webhook: an ordinary API route.
  srv.Post("/api/orders", [](const httplib::Request &req, httplib::Response &) {
    process(req.body);
  });

  // A webhook by its header, on a path that does not say so; verified with
  // a timestamp tolerance: clean.
  srv.Post("/in", [](const httplib::Request &req, httplib::Response &res) {
    long ts = std::stol(req.get_header_value("X-Slack-Request-Timestamp"));
    if (std::time(nullptr) - ts > 300) {
      res.status = 401;
      return;
    }
    std::string expected = sign(req.body);
    std::string got = req.get_header_value("X-Slack-Signature");
    if (got.size() != expected.size() ||
        CRYPTO_memcmp(got.data(), expected.data(), got.size()) != 0) {
      res.status = 401;
      return;
    }
    process(req.body);
  });
}

// A shared token compared with == outside any handler: timing-unsafe. The
// message names the server's secret, not the value the client provided.
bool tokenMatches(const std::string &provided_token, const std::string &api_token) {
  return provided_token == api_token;
  // CHECK: :[[@LINE-1]]:25: warning: the secret 'api_token' is compared with '=='{{.*}} [integration-timing-unsafe-compare]
}

// The only secret is a token in the URL path (Telegram's /bot<token>
// style): verified, since a wrong token is rejected, but compared with '=='.
struct PathTokenBot {
  std::string bot_token;
  void routes(httplib::Server &srv) {
    srv.Post(R"(/telegram/(\w+))", [this](const httplib::Request &req,
                                          httplib::Response &res) {
      if (!(req.matches[1] == bot_token)) {
        res.status = 404;
        return;
      }
      process(req.body);
    });
    // CHECK: :[[@LINE-8]]:9: remark: webhook handler for POST '/telegram/(\w+)' verifies the signature but has no replay protection{{.*}} [integration-unverified-webhook]
    // CHECK: :[[@LINE-7]]:28: warning: the secret 'bot_token' is compared with '=='{{.*}} [integration-timing-unsafe-compare]
  }
};

// Verification through an interface: it counts when an implementation in
// view verifies; a placeholder that returns true does not.
struct Adapter {
  virtual ~Adapter() = default;
  virtual bool verify_signature(const std::string &sig,
                                const std::string &body) = 0;
};
struct PlaceholderAdapter : Adapter {
  bool verify_signature(const std::string &, const std::string &) override {
    return true; // to be done
  }
};
void adapterRoutes(httplib::Server &srv, Adapter &adapter) {
  srv.Post("/webhook/feishu", [&](const httplib::Request &req,
                                  httplib::Response &res) {
    if (!adapter.verify_signature(req.get_header_value("X-Signature"),
                                  req.body)) {
      res.status = 401;
      return;
    }
    process(req.body);
  });
  // CHECK: :[[@LINE-9]]:7: warning: webhook handler for POST '/webhook/feishu' never verifies the request's signature{{.*}} [integration-unverified-webhook]
}
struct Verifying {
  virtual ~Verifying() = default;
  virtual bool check(const std::string &sig, const std::string &body) = 0;
};
struct HmacVerifying : Verifying {
  bool check(const std::string &sig, const std::string &body) override {
    unsigned char mac[32];
    unsigned int len = 0;
    HMAC(EVP_sha256(), Secret.data(), (int)Secret.size(),
         (const unsigned char *)body.data(), body.size(), mac, &len);
    return sig.size() == len && CRYPTO_memcmp(sig.data(), mac, len) == 0;
  }
};
void verifyingRoutes(httplib::Server &srv, Verifying &v) {
  srv.Post("/webhook/dingtalk", [&](const httplib::Request &req,
                                    httplib::Response &res) {
    if (!v.check(req.get_header_value("X-Signature"), req.body)) {
      res.status = 401;
      return;
    }
    if (!seen_events.insert(req.get_header_value("X-Event-Id")).second)
      return;
    process(req.body);
  });
}

// An SDK's embedded server hands the whole request (headers and body) to a
// callback the application sets: whether it verifies is the callback's
// matter, so no warning (the inventory says "left to a callback"). A
// callback given only the body cannot verify anything: reported.
struct WebhookRequest {
  std::string body;
  httplib::Headers headers;
};
class SdkServer {
public:
  std::function<void(const WebhookRequest &)> on_webhook;
  std::function<void(const std::string &)> on_event_body;
  void listen(httplib::Server &srv) {
    srv.Post("/smartapp/webhook",
             [this](const httplib::Request &req, httplib::Response &res) {
               WebhookRequest forwarded{req.body, req.headers};
               on_webhook(forwarded);
             });
    srv.Post("/events/webhook",
             [this](const httplib::Request &req, httplib::Response &res) {
               on_event_body(req.body);
             });
    // CHECK: :[[@LINE-4]]:9: warning: webhook handler for POST '/events/webhook' never verifies{{.*}} [integration-unverified-webhook]
  }
};
