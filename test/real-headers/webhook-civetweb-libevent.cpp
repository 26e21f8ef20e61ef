// REQUIRES: civetweb-headers, libevent-headers
// Webhooks on CivetWeb (a handler object per URI, answered by its
// handlePost) and libevent's evhttp (a callback per path, or one for every
// path), over the real Debian headers.
// RUN: %tidy %s -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:' -implicit-check-not='remark:'
#include <CivetServer.h>
#include <event2/http.h>
#include <event2/keyvalq_struct.h>
#include <cstring>
#include <string>

void process(const std::string &);

// --- CivetWeb -----------------------------------------------------------------
class TelegramWebHook : public CivetHandler {
public:
  bool handlePost(CivetServer *server, struct mg_connection *conn) override {
    // CHECK: :[[@LINE-1]]:8: warning: webhook handler for route '/telegramNewUpdate' never verifies{{.*}} [integration-unverified-webhook]
    process(server->getPostData(conn));
    return true;
  }
};

bool constant_time_equals(const std::string &a, const std::string &b) {
  unsigned char diff = a.size() != b.size();
  for (size_t i = 0; i < a.size() && i < b.size(); ++i)
    diff |= a[i] ^ b[i];
  return diff == 0;
}
std::string gitlab_token;

// Checks GitLab's shared token in constant time: clean.
class GitlabHook : public CivetHandler {
public:
  bool handlePost(CivetServer *server, struct mg_connection *conn) override {
    const char *token = server->getHeader(conn, "X-Gitlab-Token");
    if (!token || !constant_time_equals(token, gitlab_token)) {
      mg_send_http_error(conn, 401, "%s", "bad token");
      return true;
    }
    process(server->getPostData(conn));
    return true;
  }
};

// An ordinary page.
class StatusPage : public CivetHandler {
public:
  bool handleGet(CivetServer *server, struct mg_connection *conn) override {
    mg_printf(conn, "HTTP/1.1 200 OK\r\n\r\nok");
    return true;
  }
};

void civet() {
  CivetServer server({"listening_ports", "8080"});
  TelegramWebHook telegram;
  server.addHandler("/telegramNewUpdate", telegram);
  GitlabHook gitlab;
  server.addHandler("/gitlab/hook", gitlab);
  StatusPage status;
  server.addHandler("/status", status);
}

// --- libevent -----------------------------------------------------------------
// One callback for every path: a webhook because it reads GitHub's event
// header, and it checks no signature.
static void on_request(struct evhttp_request *req, void *) {
  struct evkeyvalq *headers = evhttp_request_get_input_headers(req);
  const char *event = evhttp_find_header(headers, "X-GitHub-Event");
  if (!event) {
    evhttp_send_error(req, HTTP_BADREQUEST, "not a GitHub delivery");
    return;
  }
  process(event);
  evhttp_send_reply(req, HTTP_OK, "OK", nullptr);
}

static void on_status(struct evhttp_request *req, void *) {
  evhttp_send_reply(req, HTTP_OK, "OK", nullptr);
}

void libevent(struct evhttp *http) {
  evhttp_set_cb(http, "/status", on_status, nullptr);
  evhttp_set_gencb(http, on_request, nullptr);
  // CHECK: :[[@LINE-1]]:3: warning: webhook handler for route (route read at run time) never verifies{{.*}} [integration-unverified-webhook]
}
