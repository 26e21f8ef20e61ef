// REQUIRES: httplib-headers
// A function that builds a server for one route (`setWebhookServer`
// serving POST "/"): the path says nothing, the function's name says who
// calls it. A server built by a function of another name, or a GET page,
// is no webhook.
// RUN: %tidy %s -checks='-*,integration-unverified-webhook' -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <httplib.h>
#include <string>

void handle_update(const std::string &body);
void store_item(const std::string &body);

bool setWebhookServer(int port) {
  httplib::Server server;
  server.Post("/", [&](const httplib::Request &req, httplib::Response &) {
    // CHECK: :[[@LINE-1]]:10: warning: webhook handler for POST '/' never verifies the request's signature{{.*}} [integration-unverified-webhook]
    handle_update(req.body);
  });
  server.Get("/", [](const httplib::Request &, httplib::Response &res) {
    res.set_content("up", "text/plain");
  });
  return server.listen("0.0.0.0", port);
}

bool startApiServer(int port) {
  httplib::Server server;
  server.Post("/", [&](const httplib::Request &req, httplib::Response &) {
    store_item(req.body);
  });
  return server.listen("0.0.0.0", port);
}
