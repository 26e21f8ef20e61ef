// A route whose path names a provider that delivers webhooks (VK's Callback
// API, Viber, WhatsApp, Gitea, Alertmanager, Mailgun, Razorpay, ...) is a
// webhook; a path that only contains such letters inside a word is not.
// So is the WeMo switch action an Alexa hub posts to a device that
// emulates one (`/upnp/control/basicevent1`); its description pages and
// event-service XML are not.
// RUN: %tidy %s -- -std=c++17 -isystem %inputs/webfw 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <crow.h>
#include <string>

void process(const std::string &);

void providerRoutes(crow::SimpleApp &app) {
  CROW_ROUTE(app, "/api/vkontakte").methods(crow::HTTPMethod::Post)([](const crow::request &req) {
    process(req.body);
    return crow::response(200);
  });
  // CHECK: :[[@LINE-4]]:3: warning: webhook handler for POST '/api/vkontakte' never verifies{{.*}} [integration-unverified-webhook]
  CROW_ROUTE(app, "/alertmanager").methods(crow::HTTPMethod::Post)([](const crow::request &req) {
    process(req.body);
    return crow::response(200);
  });
  // CHECK: :[[@LINE-4]]:3: warning: webhook handler for POST '/alertmanager' never verifies{{.*}} [integration-unverified-webhook]
  CROW_ROUTE(app, "/payments/razorpay").methods(crow::HTTPMethod::Post)([](const crow::request &req) {
    process(req.body);
    return crow::response(200);
  });
  // CHECK: :[[@LINE-4]]:3: warning: webhook handler for POST '/payments/razorpay' never verifies{{.*}} [integration-unverified-webhook]
  CROW_ROUTE(app, "/upnp/control/basicevent1").methods(crow::HTTPMethod::Post)([](const crow::request &req) {
    process(req.body);
    return crow::response(200);
  });
  // CHECK: :[[@LINE-4]]:3: warning: webhook handler for POST '/upnp/control/basicevent1' never verifies{{.*}} [integration-unverified-webhook]
  CROW_ROUTE(app, "/eventservice.xml")([](const crow::request &req) {
    process(req.body);
    return crow::response(200);
  });
  // An ordinary API route.
  CROW_ROUTE(app, "/api/viewer").methods(crow::HTTPMethod::Post)([](const crow::request &req) {
    process(req.body);
    return crow::response(200);
  });
}
