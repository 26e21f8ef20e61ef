// HTTP servers on event loops (mock headers): the callback that reads a
// connection's bytes is the server when it speaks HTTP. A go-cqhttp
// (OneBot) event receiver is a webhook by the `post_type` it reads,
// whatever its path; the same server reading a form is not one; a reader
// that relays bytes is no HTTP server.
// RUN: %tidy %s -- -std=c11 -isystem %inputs/evloop 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <event2/bufferevent.h>
#include <string.h>
#include <uv.h>

// The text after a key (enough for the test; no verification here).
static const char *json_string(const char *json, const char *key) {
  const char *at = strstr(json, key);
  return at ? at + strlen(key) + 3 : "";
}
void handle_group_message(const char *json);
void save_form(const char *body);
void relay(const char *bytes, size_t n);
void reply(uv_stream_t *stream, const char *status_line);
void reply_bev(struct bufferevent *bev, const char *status_line);

static void on_event(uv_stream_t *stream, ssize_t nread, const uv_buf_t *buf) {
  const char *body = strstr(buf->base, "\r\n\r\n");
  if (nread <= 0 || !body)
    return;
  if (strcmp(json_string(body + 4, "post_type"), "message") == 0)
    handle_group_message(body + 4);
  reply(stream, "HTTP/1.1 204 No Content\r\n\r\n");
}

static void on_form(struct bufferevent *bev, void *ctx) {
  char data[4096];
  size_t n = bufferevent_read(bev, data, sizeof data - 1);
  data[n] = 0;
  const char *body = strstr(data, "\r\n\r\n");
  if (body)
    save_form(body + 4);
  reply_bev(bev, "HTTP/1.1 200 OK\r\n\r\n");
}

static void on_relay(uv_stream_t *stream, ssize_t nread, const uv_buf_t *buf) {
  if (nread > 0)
    relay(buf->base, (size_t)nread);
}

void serve(uv_stream_t *events, struct bufferevent *forms,
           uv_stream_t *relayed) {
  uv_read_start(events, 0, on_event);
  // CHECK: :[[@LINE-1]]:3: warning: webhook handler for (route read at run time) never verifies{{.*}} [integration-unverified-webhook]
  bufferevent_setcb(forms, on_form, 0, 0, 0);
  uv_read_start(relayed, 0, on_relay);
}
