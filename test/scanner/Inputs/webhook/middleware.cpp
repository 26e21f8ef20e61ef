#include "verifier.h"
#include <httplib.h>
#include <set>

void process(const std::string &);

// Every route of this server passes the middleware first.
void guarded(httplib::Server &srv) {
  srv.set_pre_routing_handler([](const httplib::Request &req, httplib::Response &res) {
    if (!Verifier::check(req)) {
      res.status = 401;
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });
  srv.Post("/shopify/webhook", [](const httplib::Request &req, httplib::Response &) {
    process(req.body);
  });
}
