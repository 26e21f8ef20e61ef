// REQUIRES: httplib-headers
// A check inside a branch that only answers a handshake and returns (a
// subscription's verify token, a "confirmation" request) guards the
// handshake, not the deliveries the handler goes on to process after it.
// A check inside a branch that itself processes (one per event type, or a
// POST branch) does guard them.
// RUN: %tidy %s -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:' -implicit-check-not='remark:'
#include <httplib.h>
#include <string>

void process(const std::string &);
void on_push(const std::string &);
void on_issue(const std::string &);
bool constant_time_equals(const std::string &a, const std::string &b) {
  unsigned char diff = a.size() != b.size();
  for (size_t i = 0; i < a.size() && i < b.size(); ++i)
    diff |= a[i] ^ b[i];
  return diff == 0;
}
std::string verify_token, webhook_secret;

void confirm(const httplib::Request &req, httplib::Response &res) {
  if (!constant_time_equals(req.get_param_value("secret"), webhook_secret)) {
    res.status = 403;
    return;
  }
  res.set_content(req.get_param_value("challenge"), "text/plain");
}

void routes(httplib::Server &server) {
  // The verify token is checked in the subscription handshake only; every
  // event after it is processed unchecked.
  server.Post("/messenger/webhook",
              [](const httplib::Request &req, httplib::Response &res) {
                if (req.has_param("hub.mode")) {
                  if (!constant_time_equals(req.get_param_value("hub.verify_token"),
                                            verify_token)) {
                    res.status = 403;
                    return;
                  }
                  res.set_content(req.get_param_value("hub.challenge"), "text/plain");
                  return;
                }
                process(req.body);
              });
  // CHECK: :[[@LINE-13]]:10: warning: webhook handler for POST '/messenger/webhook' never verifies{{.*}} [integration-unverified-webhook]

  // The same through a helper called in the confirmation branch.
  server.Post("/vk/callback",
              [](const httplib::Request &req, httplib::Response &res) {
                if (req.get_param_value("type") == "confirmation") {
                  confirm(req, res);
                  return;
                }
                process(req.body);
              });
  // CHECK: :[[@LINE-8]]:10: warning: webhook handler for POST '/vk/callback' never verifies{{.*}} [integration-unverified-webhook]

  // Checked in each event's branch, which processes it: verified.
  server.Post("/github/webhook",
              [](const httplib::Request &req, httplib::Response &res) {
                std::string sig = req.get_header_value("X-Gitlab-Token");
                if (req.get_header_value("X-GitHub-Event") == "push") {
                  if (!constant_time_equals(sig, webhook_secret))
                    return;
                  on_push(req.body);
                  return;
                }
                if (!constant_time_equals(sig, webhook_secret))
                  return;
                on_issue(req.body);
              });

  // Checked in the one branch that takes deliveries: verified.
  server.Post("/hooks/deploy",
              [](const httplib::Request &req, httplib::Response &res) {
                if (req.get_header_value("Content-Type") == "application/json") {
                  if (!constant_time_equals(req.get_header_value("X-Token"),
                                            webhook_secret)) {
                    res.status = 401;
                    return;
                  }
                  process(req.body);
                  return;
                }
                res.status = 415;
              });
}

// WhatsApp's Cloud API: the handshake answered by a GET handler of its own,
// the events posted to the same path by another. The POST handler is the
// webhook, whatever it reads; the verify token guards only the handshake.
void verifySubscription(const httplib::Request &req, httplib::Response &res) {
  if (req.get_param_value("hub.mode") == "subscribe" &&
      constant_time_equals(req.get_param_value("hub.verify_token"),
                           verify_token)) {
    res.set_content(req.get_param_value("hub.challenge"), "text/plain");
    return;
  }
  res.status = 403;
}

void onEvent(const httplib::Request &req, httplib::Response &res) {
  // CHECK: :[[@LINE-1]]:6: warning: webhook handler for POST '/' never verifies{{.*}} [integration-unverified-webhook]
  process(req.body);
  res.status = 200;
}

void onVerifiedEvent(const httplib::Request &req, httplib::Response &res) {
  if (!constant_time_equals(req.get_header_value("X-Hub-Signature-256"),
                            webhook_secret)) {
    res.status = 401;
    return;
  }
  process(req.body);
}

// A form posted to another path of the same server is no webhook.
void onFeedback(const httplib::Request &req, httplib::Response &res) {
  process(req.body);
}

void whatsappRoutes(httplib::Server &server, httplib::Server &other) {
  server.Get("/", verifySubscription);
  server.Post("/", onEvent);
  server.Post("/feedback", onFeedback);
  other.Get("/wa", verifySubscription);
  other.Post("/wa", onVerifiedEvent);
}
