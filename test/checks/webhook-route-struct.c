// A route described by a struct given to a library with no model (a local,
// or an entry of a table at file scope): a field
// named like a route holding a path or a URL (its path counts), and a
// field holding a function that takes a request or parses one (reported
// at that field). A table of
// outbound calls (its callback reads a response) is no route.
// RUN: %tidy %s -- -std=c11 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <stddef.h>

typedef struct http_req {
  char *method, *path, *post_data;
} http_req;
typedef struct http_resp {
  int status;
  char *body;
} http_resp;
typedef struct epoll_event_data {
  char *data;
  size_t len;
} epoll_event_data;

http_req *parse_request(const char *data, size_t len);
void handle_update(const char *json);
void note_status(int status);

struct bot_webhook_setup {
  int port;
  unsigned : 4; // no initializer of its own
  void (*msg_handle)(epoll_event_data *);
  const char *route;
  const char *cert_path;
};
void set_webhook(void *bot, struct bot_webhook_setup *setup);

struct outbound_call {
  const char *url;
  void (*on_response)(http_resp *);
};
void schedule(struct outbound_call *call);

static void on_update(epoll_event_data *v) {
  http_req *req = parse_request(v->data, v->len);
  if (req)
    handle_update(req->post_data);
}

static void on_reply(http_resp *resp) { note_status(resp->status); }

void start(void *bot) {
  struct bot_webhook_setup setup = {
      .port = 8443,
      .msg_handle = on_update,
      .route = "https://bot.example.org:8443/hook",
      .cert_path = "/etc/ssl/bot.pem",
  };
  // CHECK: :[[@LINE-4]]:21: warning: webhook handler for '/hook' never verifies{{.*}} [integration-unverified-webhook]
  set_webhook(bot, &setup);
  struct outbound_call poll = {.url = "https://api.example.org/notify",
                               .on_response = on_reply};
  schedule(&poll);
}

// A table of route structs at file scope: each entry is a route.
struct route {
  const char *path;
  void (*handle)(epoll_event_data *);
};
static void on_status(epoll_event_data *v) {
  http_req *req = parse_request(v->data, v->len);
  if (req)
    note_status(200);
}
static void on_update_again(epoll_event_data *v) {
  http_req *req = parse_request(v->data, v->len);
  handle_update(req->post_data);
}
static const struct route routes[] = {
    {"/status", on_status},
    {"/hooks/gitea", on_update_again},
    // CHECK: :[[@LINE-1]]:22: warning: webhook handler for '/hooks/gitea' never verifies{{.*}} [integration-unverified-webhook]
};
