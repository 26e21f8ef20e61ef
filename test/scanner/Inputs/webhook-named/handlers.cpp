#include "verifiers.h"
#include <httplib.h>

void process(const std::string &);

void routes(httplib::Server &srv) {
  // Its check is a placeholder (placeholders.cpp).
  srv.Post("/slack/events", [](const httplib::Request &req, httplib::Response &res) {
    if (!verify_slack_signature(req)) {
      res.status = 401;
      return;
    }
    process(req.body);
  });
  // Its check reads the body and the signature (checks.cpp).
  srv.Post("/github/webhook", [](const httplib::Request &req, httplib::Response &res) {
    if (!verify_github_signature(req.body, req.get_header_value("X-Hub-Signature-256"))) {
      res.status = 401;
      return;
    }
    process(req.body);
  });
  // Its check is defined in no file of the project: trusted by its name.
  srv.Post("/stripe/webhook", [](const httplib::Request &req, httplib::Response &res) {
    if (!verify_stripe_signature(req.body, req.get_header_value("Stripe-Signature"))) {
      res.status = 400;
      return;
    }
    process(req.body);
  });
  // Through an interface whose only implementation checks nothing.
  srv.Post("/im/webhook", [](const httplib::Request &req, httplib::Response &res) {
    ImAdapter *adapter = adapter_for(req.get_param_value("platform"));
    if (!adapter->verify_signature(req.body, req.get_header_value("X-Signature"))) {
      res.status = 401;
      return;
    }
    process(req.body);
  });
  // Its handler, defined in checks.cpp, answers with an HTML page: no
  // webhook, whatever its path says.
  srv.Post("/webhooks", webhooks_page);
  // A generic check, a placeholder too.
  srv.Post("/hooks/deploy", [](const httplib::Request &req, httplib::Response &res) {
    if (!verifyRequest(req)) {
      res.status = 403;
      return;
    }
    process(req.body);
  });
}
