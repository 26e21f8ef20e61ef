// Handlers of a server library Faultline has no model for, found by their
// shape: they take the request and the response and nothing in the file
// calls them. Their route is unknown, so the names around them say
// whether they are webhooks. A hand-written router's check at the top,
// written over locals declared above it, guards each route below.
// RUN: %tidy %s -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <map>
#include <string>
#include <vector>

namespace web {
struct HttpServerRequest {
  std::string path, method, body;
  std::map<std::string, std::string> headers;
  std::string readBody() const;
};
struct HttpServerResponse {
  int status = 200;
  void write(const std::string &text);
};
} // namespace web

std::string json_from(const std::string &text);
std::map<std::string, std::string> parse_json(const std::string &text);
void handle_update(const std::string &update);
void create_user(const std::string &body);
extern const std::string api_token;
std::vector<std::string> split(const std::string &header);
bool constant_time_equals(const std::string &a, const std::string &b);

// A range-for over the request's signatures compares its own iterators:
// no finding.
bool any_signature_matches(const web::HttpServerRequest &req,
                           const std::string &expected_mac) {
  for (const auto &signature : split(req.headers.at("X-Signature")))
    if (constant_time_equals(signature, expected_mac))
      return true;
  return false;
}

class TelegramBot {
public:
  // A bot that answers with a page dumping the request still takes the
  // updates it parses.
  bool handleRequest(web::HttpServerRequest &request,
                     web::HttpServerResponse &response) {
    // CHECK: :[[@LINE-2]]:8: warning: webhook handler for (route set at run
    // time; a webhook by its name 'TelegramBot') never verifies{{.*}}
    // [integration-unverified-webhook]
    handle_update(parse_json(request.readBody())["message"]);
    response.write("<html><body>ok</body></html>");
    answer(request, response);
    return true;
  }

private:
  // Called by the handler: a helper, not a handler.
  void answer(web::HttpServerRequest &request,
              web::HttpServerResponse &response) {
    response.write("text/html; charset=utf-8");
  }
};

// Not a webhook: a server whose names say nothing.
bool onRequest(web::HttpServerRequest &request,
               web::HttpServerResponse &response) {
  create_user(request.readBody());
  return true;
}

void route(const web::HttpServerRequest &req, web::HttpServerResponse &res) {
  auto auth = req.headers.find("Authorization");
  if (auth == req.headers.end() || auth->second != "Bearer " + api_token) {
    // CHECK: :[[@LINE-1]]:49: warning: the secret 'api_token' is compared with
    // '!='{{.*}} [integration-timing-unsafe-compare]
    res.status = 401;
    return;
  }
  if (req.method == "POST" && req.path == "/webhook") {
    handle_update(req.body);
    return;
  }
  res.status = 404;
}

// With no check: the delivery route is reported, the API that manages
// webhooks and the browser's return from an OAuth provider are not.
void open_route(const web::HttpServerRequest &req,
                web::HttpServerResponse &res) {
  if (req.method == "POST" && req.path == "/hooks/deploy") {
    // CHECK: :[[@LINE-1]]:3: warning: webhook handler for POST '/hooks/deploy'
    // never verifies{{.*}} [integration-unverified-webhook]
    handle_update(req.body);
    return;
  }
  if (req.method == "POST" && req.path == "/api/admin/webhooks") {
    create_user(req.body);
    return;
  }
  if (req.path == "/auth/github/callback") {
    create_user(req.body);
    return;
  }
  res.status = 404;
}

// A server of the project's own that parses each request and hands its
// parts to a function named for the request (Celeste's Twitch EventSub
// receiver, connected to its socket server's signal): a handler, a webhook
// by the provider's header it reads. Negatives: the same shape on a
// dashboard that reads no provider's header or field, and a response's
// parts handed to an HTTP client's callback (not named for a request).
void emit_follow(const std::string &event);
class EventSub {
public:
  void ParseRequest(long socketID, const std::string &query,
                    const std::map<std::string, std::string> &headers,
                    const std::string &content) {
    // CHECK: :[[@LINE-3]]:8: warning: webhook handler for (route read at run
    // time{{.*}} never verifies{{.*}} [integration-unverified-webhook]
    auto type = headers.find("Twitch-Eventsub-Subscription-Type");
    if (type == headers.end())
      return;
    emit_follow(parse_json(content)["event"]);
  }
};
class Dashboard {
public:
  void ParseRequest(long socketID,
                    const std::map<std::string, std::string> &headers,
                    const std::string &content) {
    if (headers.count("Cookie"))
      create_user(content);
  }
};
void onResponse(const std::map<std::string, std::string> &headers,
                const std::string &content) {
  if (headers.count("Twitch-Eventsub-Message-Type"))
    handle_update(content);
}
