// A route that answers WebSub's or Meta's subscription handshake
// (`hub.challenge`, `hub.verify_token`) is where the provider then posts its
// deliveries: a webhook whatever its path. The verify token only guards the
// handshake; the deliveries still need their signature checked. The verify
// token compared with one written into the code is a secret compare too.
// RUN: %tidy %s -- -std=c++17 -isystem %inputs/webfw 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <crow.h>
#include <string>

void respond(const std::string &body);
bool verify_hub_signature(const std::string &body, const std::string &sig);

crow::response handleGet(const crow::request &req) {
  std::string challenge, token;
  if (req.url_params.get("hub.challenge") != nullptr)
    challenge = req.url_params.get("hub.challenge");
  if (req.url_params.get("hub.verify_token") != nullptr)
    token = req.url_params.get("hub.verify_token");
  std::string response;
  if (token == "anagraman")
    // CHECK: :[[@LINE-1]]:13: warning: the secret 'token' is compared with '=='{{.*}} [integration-timing-unsafe-compare]
    response = challenge;
  else
    response = "Invalid Token";
  return crow::response{response};
}

crow::response handlePost(const crow::request &req) {
  respond(req.body);
  return crow::response(200);
}

void messengerRoutes(crow::SimpleApp &app) {
  CROW_ROUTE(app, "/facebook")
      .methods(crow::HTTPMethod::Get, crow::HTTPMethod::Post)(
          [](const crow::request &req) {
            if (req.method == crow::HTTPMethod::Get)
              return handleGet(req);
            return handlePost(req);
          });
  // CHECK: :[[@LINE-7]]:3: warning: webhook handler for GET,POST '/facebook' never verifies{{.*}} [integration-unverified-webhook]
}

// The deliveries' signature is checked: no warning.
void verifiedRoutes(crow::SimpleApp &app) {
  CROW_ROUTE(app, "/messenger-in")
      .methods(crow::HTTPMethod::Get, crow::HTTPMethod::Post)(
          [](const crow::request &req) {
            if (req.method == crow::HTTPMethod::Get)
              return handleGet(req);
            if (!verify_hub_signature(
                    req.body, req.get_header_value("X-Hub-Signature-256")))
              return crow::response(401);
            return handlePost(req);
          });
}

// A form that posts and reads no handshake parameter is no webhook.
void profileRoutes(crow::SimpleApp &app) {
  CROW_ROUTE(app, "/profile")
      .methods(crow::HTTPMethod::Get, crow::HTTPMethod::Post)(
          [](const crow::request &req) {
            respond(req.body);
            return crow::response(200);
          });
}

// Sentinels are no secret's value.
bool hasToken(const crow::request &req) {
  std::string token = req.get_header_value("X-Token");
  return token != "null" && token != "";
}
