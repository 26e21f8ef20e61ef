// REQUIRES: httplib-headers
// Webhook receivers that real code writes without a literal route: a
// hand-written router, paths read from configuration, provider event
// headers and payload keys. Over the real cpp-httplib header.
// RUN: %tidy %s -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:' -implicit-check-not='remark:'
// RUN: %tidy %s -config="{CheckOptions: {integration-unverified-webhook.WebhookNamePattern: 'nomatch', integration-unverified-webhook.EventMarkers: 'X-Nothing'}}" -- -std=c++17 2>&1 | FileCheck %s --check-prefix=OPTS -implicit-check-not='warning:'
#include <httplib.h>
#include <cstring>
#include <map>
#include <string>
#include <vector>

void process(const std::string &body);
std::string parse_chat(const std::string &body);

// --- A hand-written router: each `method && path` branch is a handler ------
struct HttpRequest {
  std::string method, path, body;
  std::map<std::string, std::string> headers;
};
struct HttpResponse {
  int status;
  std::string body;
};
bool constant_time_equals(const std::string &a, const std::string &b) {
  unsigned char diff = a.size() != b.size();
  for (size_t i = 0; i < a.size() && i < b.size(); ++i)
    diff |= a[i] ^ b[i];
  return diff == 0;
}
struct Config {
  std::string webhook_secret, admin_path;
};
Config config;
bool secret_valid(const HttpRequest &request) {
  auto it = request.headers.find("x-webhook-secret");
  return it != request.headers.end() &&
         constant_time_equals(it->second, config.webhook_secret);
}

HttpResponse route(const HttpRequest &request) {
  if (request.method == "POST" && request.path == "/webhooks/bank") {
    process(request.body);
    return {202, ""};
  }
  // CHECK: :[[@LINE-4]]:3: warning: webhook handler for POST '/webhooks/bank' never verifies the request's signature{{.*}} [integration-unverified-webhook]
  // OPTS: :[[@LINE-5]]:3: warning: webhook handler for POST '/webhooks/bank' never verifies
  // Verified by a helper that compares in constant time: clean.
  if (request.method == "POST" && request.path == "/webhook") {
    if (!secret_valid(request))
      return {401, "invalid webhook secret"};
    process(request.body);
    return {202, ""};
  }
  // A browser's OAuth return page, not a delivery.
  if (request.method == "GET" && request.path == "/oauth/callback")
    return {200, "ok"};
  // An ordinary API route.
  if (request.path == "/api/orders" && request.method == "POST") {
    process(request.body);
    return {201, ""};
  }
  return {404, ""};
}

// --- A raw-socket server that parses the request line itself: a guard ---
// that rejects everything but one verb and path; the rest of the block
// answers the route.
std::vector<std::string> split(const std::string &text, char by);
void reply(int fd, int status);
void onRequest(int fd, const std::string &raw) {
  std::vector<std::string> requestLine = split(raw, ' ');
  std::string method = requestLine[0];
  std::string path = requestLine[1];
  if (method != "POST" || path.rfind("/webhooks/", 0) != 0) {
    reply(fd, 404);
    return;
  }
  process(raw.substr(raw.find("\r\n\r\n") + 4));
  reply(fd, 200);
}
// CHECK: :[[@LINE-7]]:3: warning: webhook handler for POST '/webhooks/' never verifies the request's signature{{.*}} [integration-unverified-webhook]
// OPTS: :[[@LINE-8]]:3: warning: webhook handler for POST '/webhooks/' never verifies

// The same guard in C style, verb and path handed in side by side.
void onRequestC(int fd, const char *method, const char *path,
                const std::string &raw) {
  if (strcmp(method, "POST") || strncmp(path, "/hook", 5) != 0) {
    reply(fd, 404);
    return;
  }
  process(raw);
}
// CHECK: :[[@LINE-6]]:3: warning: webhook handler for POST '/hook' never verifies the request's signature{{.*}} [integration-unverified-webhook]
// OPTS: :[[@LINE-7]]:3: warning: webhook handler for POST '/hook' never verifies

// ... and with a shared-token check that gates: clean.
void onRequestChecked(int fd, const char *method, const char *path,
                      const std::string &raw, const std::string &token) {
  if (strcmp(method, "POST") || strncmp(path, "/hook", 5) != 0) {
    reply(fd, 404);
    return;
  }
  if (!constant_time_equals(token, config.webhook_secret)) {
    reply(fd, 401);
    return;
  }
  process(raw);
}

// A guard on the verb alone is no route: a status endpoint.
void onStatus(int fd, const std::string &method) {
  if (method != "GET") {
    reply(fd, 405);
    return;
  }
  reply(fd, 200);
}

// --- A server class whose path is set at run time: known by its name -------
class TgWebhookServer {
public:
  explicit TgWebhookServer(std::string path) : path_(std::move(path)) {}
  std::string handle(const std::string &data,
                     const std::map<std::string, std::string> &headers) {
    if (headers.at("_method") == "POST" && headers.at("_path") == path_)
      process(data);
    return "";
  }
  // CHECK: :[[@LINE-4]]:5: warning: webhook handler for POST (route set at run time; a webhook by its name 'TgWebhookServer') never verifies{{.*}} [integration-unverified-webhook]

private:
  std::string path_;
};
// The same shape in a class whose name says nothing: not reported.
class AdminServer {
public:
  std::string handle(const std::string &data,
                     const std::map<std::string, std::string> &headers) {
    if (headers.at("_method") == "POST" && headers.at("_path") == path_)
      process(data);
    return "";
  }

private:
  std::string path_;
};

// --- Routes registered from configuration ----------------------------------
struct Hook {
  std::string name, method, path;
};
struct WebhookManager {
  httplib::Server server;
  std::string prefix;
  void installHooks(const std::vector<Hook> &hooks) {
    for (const Hook &hook : hooks) {
      std::string path = prefix + hook.path;
      auto handler = [](const httplib::Request &req, httplib::Response &) {
        process(req.body);
      };
      if (hook.method == "POST")
        server.Post(path.c_str(), handler);
      // CHECK: :[[@LINE-1]]:16: warning: webhook handler for POST (route set at run time; a webhook by its name 'installHooks') never verifies{{.*}} [integration-unverified-webhook]
      else if (hook.method == "GET")
        server.Get(path.c_str(), handler);
      else if (hook.method == "DELETE")
        server.Delete(path.c_str(), handler);
    }
  }
  // A management API for subscriptions: DELETE is no delivery.
  void installAdmin() {
    server.Delete("/api/webhooks/:id",
                  [](const httplib::Request &, httplib::Response &) {});
    server.Get("/api/webhooks",
               [](const httplib::Request &, httplib::Response &) {});
  }
};
// The same loop in a function whose names say nothing: not reported.
void installRoutes(httplib::Server &server, const std::vector<Hook> &routes,
                   const std::string &base) {
  for (const Hook &r : routes)
    server.Post((base + r.name).c_str(),
                [](const httplib::Request &req, httplib::Response &) {
                  process(req.body);
                });
}

// --- Provider event headers and payload keys -------------------------------
void ci(httplib::Server &server) {
  server.Post("/ci", [](const httplib::Request &req, httplib::Response &res) {
    if (req.get_header_value("X-GitHub-Event") != "push") {
      res.status = 204;
      return;
    }
    process(req.body);
  });
  // CHECK: :[[@LINE-7]]:10: warning: webhook handler for POST '/ci' never verifies{{.*}} [integration-unverified-webhook]
}

// A Telegram update, read in a helper the handler calls.
std::string chat_of(const std::string &body) {
  if (body.find("\"callback_query\"") != std::string::npos)
    return parse_chat(body);
  return parse_chat(body);
}
std::string key_of(const std::string &body) {
  static const std::string key = "callback_query";
  return body.substr(0, key.size());
}
void bot(httplib::Server &server) {
  server.Post("/update", [](const httplib::Request &req, httplib::Response &) {
    process(key_of(req.body));
  });
  // CHECK: :[[@LINE-3]]:10: warning: webhook handler for POST '/update' never verifies{{.*}} [integration-unverified-webhook]
  server.Post("/orders/update",
              [](const httplib::Request &req, httplib::Response &) {
                process(req.body);
              });
}
