// A webhook on Mongoose, written in C: the listener's event handler answers
// every path, so the names around it (`webhook_listen`) make it a webhook.
// GLib's and C's string comparisons of secrets, and what is not one: a
// presence test against NULL, a provider's event header named by a
// constant.
// RUN: %tidy %s -- -std=c11 -isystem %inputs/mongoose 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <mongoose.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int g_strcmp0(const char *, const char *);
void process(const char *, size_t);
extern const char *shared_secret;
extern const char *api_auth_key;

static void on_event(struct mg_connection *c, int ev, void *ev_data) {
  if (ev != MG_EV_HTTP_MSG)
    return;
  struct mg_http_message *hm = (struct mg_http_message *)ev_data;
  process(hm->body.buf, hm->body.len);
  mg_http_reply(c, 200, "", "ok");
}

void webhook_listen(struct mg_mgr *mgr) {
  mg_http_listen(mgr, "http://0.0.0.0:8080", on_event, NULL);
  // CHECK: :[[@LINE-1]]:3: warning: webhook handler for route (route set at run time; a webhook by its name 'webhook_listen') never verifies{{.*}} [integration-unverified-webhook]
}

static const char *const kGitlabToken = "X-Gitlab-Token";

static void on_gitlab(struct mg_connection *c, int ev, void *ev_data) {
  struct mg_http_message *hm = (struct mg_http_message *)ev_data;
  struct mg_str *token = mg_http_get_header(hm, kGitlabToken);
  if (token == NULL) {
    mg_http_reply(c, 401, "", "no token");
    return;
  }
  if (g_strcmp0(token->buf, shared_secret) != 0) {
    // CHECK: :[[@LINE-1]]:7: warning: the request's signature 'token->buf' is compared with 'g_strcmp0'{{.*}} [integration-timing-unsafe-compare]
    mg_http_reply(c, 401, "", "bad token");
    return;
  }
  process(hm->body.buf, hm->body.len);
}

static void on_api(struct mg_connection *c, int ev, void *ev_data) {
  struct mg_http_message *hm = (struct mg_http_message *)ev_data;
  struct mg_str *key = mg_http_get_header(hm, "Authorization");
  if (key == NULL || strcmp(key->buf, api_auth_key) != 0) {
    // CHECK: :[[@LINE-1]]:22: warning: the secret 'api_auth_key' is compared with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
    mg_http_reply(c, 401, "", "");
    return;
  }
  process(hm->body.buf, hm->body.len);
}

void gitlab_listen(struct mg_mgr *mgr) {
  // Verified by its shared token (read through a constant): no webhook
  // warning.
  mg_http_listen(mgr, "http://0.0.0.0:8081", on_gitlab, NULL);
}

// An API on its own listener, not named like a webhook.
void api_listen(struct mg_mgr *mgr) {
  mg_http_listen(mgr, "http://0.0.0.0:8082", on_api, NULL);
}

// Mongoose's own comparison over `mg_str`, against a secret set by a macro
// (as a bot's config header does), rejecting with a goto to the cleanup.
#define BOT_WEBHOOK_SECRET "change-me"

static void on_telegram(struct mg_connection *c, int ev, void *ev_data) {
  int result = 200;
  struct mg_http_message *hm = (struct mg_http_message *)ev_data;
  struct mg_str *value =
      mg_http_get_header(hm, "X-Telegram-Bot-Api-Secret-Token");
  if (value == NULL) {
    result = 400;
    goto done;
  }
  if (mg_strcmp(*value, mg_str(BOT_WEBHOOK_SECRET))) {
    // CHECK: :[[@LINE-1]]:7: warning: the request's signature is compared with 'mg_strcmp'{{.*}} [integration-timing-unsafe-compare]
    result = 400;
    goto done;
  }
  process(hm->body.buf, hm->body.len);
done:
  mg_http_reply(c, result, "", "");
}

void telegram_listen(struct mg_mgr *mgr) {
  // Verified by the secret token: no webhook warning.
  mg_http_listen(mgr, "http://0.0.0.0:8443", on_telegram, NULL);
}

// A QQ bot's event receiver (go-cqhttp's reverse HTTP) on a bare socket:
// the bytes of each connection are an event (a `post_type` until one is
// read); nothing checks who sent it.
void handle_event_json(const char *json);
void receive_events(int listen_fd) {
  // CHECK: :[[@LINE-1]]:6: warning: webhook handler for {{.*}} never verifies{{.*}} [integration-unverified-webhook]
  char buf[8192];
  for (;;) {
    strcpy(buf, "{\"post_type\":\"undefined\"}");
    int client = accept(listen_fd, NULL, NULL);
    ssize_t n = recv(client, buf, sizeof buf - 1, 0);
    close(client);
    if (n <= 0)
      continue;
    buf[n] = 0;
    handle_event_json(buf);
  }
}

// A line protocol of its own on a bare socket: no HTTP, no provider's
// event, so no webhook.
void run_command(const char *line);
void serve_commands(int listen_fd) {
  char buf[256];
  for (;;) {
    int client = accept(listen_fd, NULL, NULL);
    ssize_t n = recv(client, buf, sizeof buf - 1, 0);
    close(client);
    if (n <= 0)
      continue;
    buf[n] = 0;
    run_command(buf);
  }
}
