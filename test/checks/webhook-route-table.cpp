// Routes registered through a home-made route table, or a server library
// with no model, are found by their shape: a path literal and a handler
// whose function takes a request (a type named like one). The verb comes
// from an argument or from the callee's name. A handler that answers with
// an HTML page serves a browser. A hash over data that holds a secret is a
// MAC (FreeKassa's md5 signature).
// RUN: %tidy %s -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:' -implicit-check-not='remark:'
#include <functional>
#include <string>

struct HttpRequest {
  std::string method, path, body, form;
};
struct HttpResponse {
  int status = 200;
  std::string body, content_type;
};
enum class HttpMethod { GET, POST };
using Handler = std::function<HttpResponse(const HttpRequest &)>;
class RequestHandler {
public:
  bool registerRoute(const std::string &path, HttpMethod method, Handler h);
};
void process(const std::string &);
std::string md5(const std::string &);
std::string field(const std::string &form, const char *name);
std::string secret_word;

HttpResponse onWebhook(const HttpRequest &request) {
  process(request.body);
  return {};
}
HttpResponse onHealth(const HttpRequest &) { return {200, "ok"}; }
HttpResponse onPayment(const HttpRequest &request) {
  std::string sign = md5(field(request.form, "MERCHANT_ID") + ":" +
                         field(request.form, "AMOUNT") + ":" + secret_word);
  if (sign != field(request.form, "SIGN"))
    return {403, "bad signature"};
  // CHECK: :[[@LINE-2]]:12: warning: the computed MAC 'sign' is compared with '!='{{.*}} [integration-timing-unsafe-compare]
  process(request.body);
  return {};
}
// The admin page that lists the hooks this service calls.
HttpResponse onWebhooksPage(const HttpRequest &request) {
  process(request.body);
  return {200, "<html>...</html>", "text/html; charset=UTF-8"};
}

void routes(RequestHandler &table) {
  table.registerRoute("/webhook", HttpMethod::POST, onWebhook);
  // CHECK: :[[@LINE-1]]:9: warning: webhook handler for POST '/webhook' never verifies{{.*}} [integration-unverified-webhook]
  table.registerRoute("/health", HttpMethod::GET, onHealth);
  table.registerRoute("/payment/notify", HttpMethod::POST, onPayment);
  table.registerRoute("/webhooks", HttpMethod::POST, onWebhooksPage);
}

// A server library with no model: the verb is the callee's name, the
// handler a generic lambda.
namespace mini {
struct Response {
  void end(const std::string &);
};
struct Request {
  std::string header(const std::string &) const;
  std::string body() const;
};
struct App {
  App &post(const std::string &pattern,
            std::function<void(Response *, Request *)> handler);
  App &get(const std::string &pattern,
           std::function<void(Response *, Request *)> handler);
};
} // namespace mini

void mini_app(mini::App &app) {
  app.post("/stripe/events", [](auto *res, auto *req) {
    process(req->body());
    res->end("ok");
  });
  // CHECK: :[[@LINE-4]]:7: warning: webhook handler for POST '/stripe/events' never verifies{{.*}} [integration-unverified-webhook]
  app.get("/hooks", [](auto *res, auto *req) { res->end("[]"); });
}

// A route table keyed by a path built at run time (`"/" + token`, as a
// Telegram bot library keys its webhook by the bot's token) and a handler
// given as an object and its method: the route is unknown, so the names
// around the handler tell.
namespace qtlike {
struct ServerRequest {
  std::string url, content;
};
template <typename T> struct Delegate {
  template <typename C> Delegate(C *object, void (C::*method)(T, int));
};
struct HttpServer {
  void addRewriteRule(std::string host, std::string path,
                      Delegate<ServerRequest> handler);
};
} // namespace qtlike

class TelegramBot {
public:
  void listen(qtlike::HttpServer &server) {
    server.addRewriteRule(host, "/" + apiKey,
                          {this, &TelegramBot::handleServerWebhookResponse});
    // CHECK: :[[@LINE-2]]:12: warning: webhook handler for '/?' (route set at run time; a webhook by its name 'TelegramBot') never verifies{{.*}} [integration-unverified-webhook]
    server.addRewriteRule(host, "/" + apiKey + "/status",
                          {this, &TelegramBot::handleStatus});
  }
  void handleServerWebhookResponse(qtlike::ServerRequest request, int) {
    process(request.content);
  }
  void handleStatus(qtlike::ServerRequest request, int) {}

private:
  std::string host, apiKey;
};

// A route table keyed by a path pattern and a verb, filled by assignment
// (Simple-Web-Server's `resource`); a request type abbreviated as `Req`
// (wfrest's `HttpReq`).
#include <map>
#include <memory>
namespace SimpleWeb {
template <class Socket> class Server {
public:
  struct Response {
    void write(const std::string &);
  };
  struct Request {
    std::string path;
    std::string content_string();
  };
  std::map<std::string,
           std::map<std::string, std::function<void(std::shared_ptr<Response>,
                                                    std::shared_ptr<Request>)>>>
      resource;
  std::map<std::string, std::string> default_headers;
};
struct HTTP {};
} // namespace SimpleWeb
namespace wfrest {
class HttpReq {
public:
  const std::string &body() const;
};
class HttpResp {
public:
  void String(const std::string &);
};
class HttpServer {
public:
  void POST(const char *route,
            std::function<void(const HttpReq *, HttpResp *)> handler);
  void GET(const char *route,
           std::function<void(const HttpReq *, HttpResp *)> handler);
};
} // namespace wfrest

using WebServer = SimpleWeb::Server<SimpleWeb::HTTP>;
void simple_web(WebServer &server, wfrest::HttpServer &svr) {
  server.resource["^/webhook/gitlab$"]["POST"] =
      [](std::shared_ptr<WebServer::Response> response,
         std::shared_ptr<WebServer::Request> request) {
        process(request->content_string());
        response->write("ok");
      };
  // CHECK: :[[@LINE-6]]:3: warning: webhook handler for POST '^/webhook/gitlab$' never verifies{{.*}} [integration-unverified-webhook]
  server.resource["^/info$"]["GET"] =
      [](std::shared_ptr<WebServer::Response> response,
         std::shared_ptr<WebServer::Request>) { response->write("up"); };
  server.default_headers["/webhook"] = "no-store";
  svr.POST("/payments/notify",
           [](const wfrest::HttpReq *req, wfrest::HttpResp *resp) {
             process(req->body());
             resp->String("success");
           });
  // CHECK: :[[@LINE-5]]:7: warning: webhook handler for POST '/payments/notify' never verifies{{.*}} [integration-unverified-webhook]
  svr.GET("/ping", [](const wfrest::HttpReq *, wfrest::HttpResp *resp) {
    resp->String("pong");
  });
}

// A table of route structs at file scope in a namespace and an
// `extern "C"` block: each entry is a route.
namespace routing {
struct Route {
  const char *path;
  HttpResponse (*handle)(const HttpRequest &);
};
HttpResponse health(const HttpRequest &) { return HttpResponse(); }
HttpResponse onSquare(const HttpRequest &request) {
  process(request.body);
  return HttpResponse();
}
const Route table[] = {
    {"/healthz", health},
    {"/square/webhook", onSquare},
    // CHECK: :[[@LINE-1]]:25: warning: webhook handler for '/square/webhook' never verifies{{.*}} [integration-unverified-webhook]
};
} // namespace routing
extern "C" {
HttpResponse onPaddle(const HttpRequest &request) {
  process(request.body);
  return HttpResponse();
}
const routing::Route c_table[] = {{"/paddle/webhook", onPaddle}};
// CHECK: :[[@LINE-1]]:55: warning: webhook handler for '/paddle/webhook' never verifies{{.*}} [integration-unverified-webhook]
}
