// REQUIRES: httplib-headers
// HTTP Basic authentication with credentials the server holds is a secret
// shared with the sender: a pre-routing handler that checks it, and rejects
// a mismatch with 401, verifies every route of its server. The middleware
// is a generic lambda (`const auto &req`) calling a member function: its
// body is judged as instantiated. Comparing the password with `==` is still
// timing-unsafe.
// RUN: %tidy %s -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:' -implicit-check-not='remark:'
#include <httplib.h>
#include <string>

void process(const std::string &);
std::string base64_decode(const std::string &);

struct Credentials {
  std::string path, username, password;
};

class HookServer {
public:
  void install() {
    server.set_pre_routing_handler([this](const auto &req, auto &res) {
      return authorize(req, res);
    });
    server.Post("/hooks/deploy",
                [](const httplib::Request &req, httplib::Response &) {
                  process(req.body);
                });
  }

private:
  httplib::Server::HandlerResponse authorize(const httplib::Request &req,
                                             httplib::Response &res) {
    if (req.has_header("Authorization")) {
      std::string auth = base64_decode(req.get_header_value("Authorization").substr(6));
      std::string username = auth.substr(0, auth.find(':'));
      std::string password = auth.substr(auth.find(':') + 1);
      if (username == creds.username && password == creds.password)
        return httplib::Server::HandlerResponse::Unhandled;
      // CHECK: :[[@LINE-2]]:50: warning: the secret 'password' is compared with '=='{{.*}} [integration-timing-unsafe-compare]
    }
    res.status = 401;
    return httplib::Server::HandlerResponse::Handled;
  }

  httplib::Server server;
  Credentials creds;
};
