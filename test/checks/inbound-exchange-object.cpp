// Handlers of an unmodelled framework that take one exchange object (the
// Magic framework's `Safe<Http::HttpSocket>`) handing out both the request
// and the response: their routes come from a configuration file, so the
// names around them, or an event marker they read (GitLab's
// `object_kind`), say whether they are webhooks.
// RUN: %tidy %s -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <memory>
#include <string>

template <typename T> using Safe = std::shared_ptr<T>;
namespace Http {
struct HttpRequest {
  const std::string &getBody() const;
  std::string getHeader(const std::string &name) const;
};
struct HttpResponse {
  HttpResponse *setBody(const std::string &body);
};
struct HttpSocket {
  const Safe<HttpRequest> &getRequest() const;
  const Safe<HttpResponse> &getResponse() const;
  void sendResponse(const Safe<HttpResponse> &response);
};
// Only a connection: no request handed out.
struct TcpSocket {
  std::string read();
  void write(const std::string &text);
};
struct IHttpServlet {};
} // namespace Http

std::string field(const std::string &json, const char *name);
void notify_team(const std::string &kind, const std::string &body);
void save_profile(const std::string &body);
void relay(const std::string &text);
bool constant_time_equals(const std::string &a, const std::string &b);
extern const std::string gitlab_token;

class HookServlet : public Http::IHttpServlet {
public:
  void hook(const Safe<Http::HttpSocket> &socket);
  void verifiedHook(const Safe<Http::HttpSocket> &socket);
};

void HookServlet::hook(const Safe<Http::HttpSocket> &socket) {
  // CHECK: :[[@LINE-1]]:19: warning: webhook handler for (route read at run time) never verifies{{.*}} [integration-unverified-webhook]
  const auto &request = socket->getRequest();
  std::string kind = field(request->getBody(), "object_kind");
  notify_team(kind, request->getBody());
  socket->sendResponse(socket->getResponse());
}

void HookServlet::verifiedHook(const Safe<Http::HttpSocket> &socket) {
  const auto &request = socket->getRequest();
  if (!constant_time_equals(request->getHeader("X-Gitlab-Token"),
                            gitlab_token))
    return;
  notify_team(field(request->getBody(), "object_kind"), request->getBody());
  socket->sendResponse(socket->getResponse());
}

// A route named for nothing in particular that reads GitLab's event field.
class Servlets {
public:
  void receive(const Safe<Http::HttpSocket> &socket) {
    // CHECK: :[[@LINE-1]]:8: warning: webhook handler for {{.*}}never verifies{{.*}} [integration-unverified-webhook]
    const auto &request = socket->getRequest();
    notify_team(field(request->getBody(), "object_kind"), request->getBody());
    socket->sendResponse(socket->getResponse());
  }
  // Not webhooks: a profile form, and a raw connection's echo.
  void profile(const Safe<Http::HttpSocket> &socket) {
    save_profile(socket->getRequest()->getBody());
    socket->sendResponse(socket->getResponse());
  }
  void echo(const Safe<Http::TcpSocket> &socket) { relay(socket->read()); }
};
