// Webhook routes on frameworks without Debian packages (mock headers):
// Crow (CROW_ROUTE), Drogon (registerHandler), Qt (QHttpServer::route).
// RUN: %tidy %s -config="{CheckOptions: {integration-unverified-webhook.ReportMissingReplayProtection: true}}" -- -std=c++17 -isystem %inputs/webfw 2>&1 | FileCheck %s -implicit-check-not='warning:' -implicit-check-not='remark:'
// RUN: %tidy %s -config="{CheckOptions: {integration-unverified-webhook.WebhookPathPattern: 'inbound'}}" -- -std=c++17 -isystem %inputs/webfw 2>&1 | FileCheck %s --check-prefix=PATTERN -implicit-check-not='warning:'
// RUN: %tidy %s -- -std=c++17 -isystem %inputs/webfw 2>&1 | FileCheck %s --check-prefix=DEFAULT -implicit-check-not='no replay protection'
// DEFAULT: warning: webhook handler
#include <QHttpServer>
#include <crow.h>
#include <drogon/drogon.h>

void process(const std::string &);
bool verify_signature(const std::string &body, const std::string &sig);
bool requireCsrf(const drogon::HttpRequestPtr &req);

void crowRoutes(crow::SimpleApp &app) {
  CROW_ROUTE(app, "/telegram/webhook").methods(crow::HTTPMethod::Post)([](const crow::request &req) {
    process(req.body);
    return crow::response(200);
  });
  // CHECK: :[[@LINE-4]]:3: warning: webhook handler for POST '/telegram/webhook' never verifies{{.*}} [integration-unverified-webhook]
  // PATTERN-NOT: /telegram/webhook

  // Verified by a helper defined elsewhere (its name says so): clean.
  CROW_ROUTE(app, "/slack/events").methods(crow::HTTPMethod::Post)([](const crow::request &req) {
    if (!verify_signature(req.body, req.get_header_value("X-Slack-Signature")))
      return crow::response(401);
    if (req.get_header_value("X-Slack-Retry-Num") != "")
      return crow::response(200);
    process(req.body);
    return crow::response(200);
  });
  // CHECK: :[[@LINE-8]]:3: remark: webhook handler for POST '/slack/events' verifies the signature but has no replay protection{{.*}} [integration-unverified-webhook]

  // No methods(): Crow answers GET only, so an OAuth return page on a
  // `callback` path is no webhook delivery.
  CROW_ROUTE(app, "/auth/github/callback")([](const crow::request &req) {
    process(req.body);
    return crow::response(302);
  });
}

void drogonRoutes() {
  drogon::app().registerHandler(
      "/inbound/discord",
      [](const drogon::HttpRequestPtr &req,
         std::function<void(const drogon::HttpResponsePtr &)> &&cb) {
        process(req->body());
      });
  // PATTERN: :[[@LINE-6]]:17: warning: webhook handler for route '/inbound/discord' never verifies{{.*}} [integration-unverified-webhook]
  // CHECK: :[[@LINE-7]]:17: warning: webhook handler for route '/inbound/discord' never verifies{{.*}} [integration-unverified-webhook]

  // A CORS answer that names the CSRF header checks nothing: still a
  // delivery.
  drogon::app().registerHandler(
      "/stripe/webhook",
      [](const drogon::HttpRequestPtr &req,
         std::function<void(const drogon::HttpResponsePtr &)> &&cb) {
        process("Access-Control-Allow-Headers: Content-Type, X-CSRF-Token");
        process(req->body());
      },
      {drogon::Post});
  // CHECK: :[[@LINE-8]]:17: warning: webhook handler for POST '/stripe/webhook' never verifies{{.*}} [integration-unverified-webhook]

  // The form that connects a Telegram bot checks the browser's CSRF token:
  // a user's request, not a delivery, whatever its path says.
  drogon::app().registerHandler(
      "/api/v1/telegram/bots/connect",
      [](const drogon::HttpRequestPtr &req,
         std::function<void(const drogon::HttpResponsePtr &)> &&cb) {
        if (!requireCsrf(req))
          return;
        process(req->body());
      },
      {drogon::Post});
}

// Drogon controllers: ADD_METHOD_TO binds a member function.
class Hooks : public drogon::HttpController<Hooks> {
public:
  METHOD_LIST_BEGIN
  ADD_METHOD_TO(Hooks::paypal, "/paypal/notify", drogon::Post);
  ADD_METHOD_TO(Hooks::orders, "/api/orders", drogon::Post);
  METHOD_LIST_END
  void paypal(const drogon::HttpRequestPtr &req,
              // CHECK: :[[@LINE-1]]:8: warning: webhook handler for POST '/paypal/notify' never verifies{{.*}} [integration-unverified-webhook]
              std::function<void(const drogon::HttpResponsePtr &)> &&cb) {
    process(req->body());
  }
  void orders(const drogon::HttpRequestPtr &req,
              std::function<void(const drogon::HttpResponsePtr &)> &&cb) {
    process(req->body());
  }
};

void qtRoutes(QHttpServer &server) {
  server.route("/api/users", [](const QHttpServerRequest &req) {
    return 200;
  });
  server.route("/github/hook", [](const QHttpServerRequest &req) {
    process("x");
    return 200;
  });
  // CHECK: :[[@LINE-4]]:10: warning: webhook handler for route '/github/hook' never verifies{{.*}} [integration-unverified-webhook]
}
