#include "verifier.h"
#include <httplib.h>
#include <set>

void process(const std::string &);
std::set<std::string> processed_events;

void routes(httplib::Server &srv) {
  // Verified by a helper in another TU.
  srv.Post("/github/webhook", [](const httplib::Request &req, httplib::Response &res) {
    if (!Verifier::check(req)) {
      res.status = 401;
      return;
    }
    if (!processed_events.insert(req.get_header_value("X-GitHub-Delivery")).second)
      return;
    process(req.body);
  });
  // Never verified.
  srv.Post("/stripe/webhook", [](const httplib::Request &req, httplib::Response &) {
    process(req.body);
  });
  // Handlers defined in verifier.cpp: only the scanner can judge them.
  srv.Post("/gitlab/webhook", gitlab_hook);
  srv.Post("/paypal/ipn", paypal_ipn);
  srv.Post("/events/github", github_events);
}
