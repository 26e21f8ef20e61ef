// REQUIRES: libuv-headers, libevent-headers
// HTTP servers on event loops, over the real headers: the callback that
// reads a connection's bytes (libuv's uv_read_start, libevent's
// bufferevent_setcb) is the server when it speaks HTTP. A reader that only
// relays bytes (a TCP proxy) is no HTTP server.
// RUN: %tidy %s -- -std=c11 2>&1 | FileCheck %s -implicit-check-not='warning:' -implicit-check-not='remark:'
// RUN: %tidy %s -- -std=c11 -DUNSIGNED 2>&1 | FileCheck %s --check-prefixes=CHECK,UNSIGNED -implicit-check-not='warning:' -implicit-check-not='remark:'
#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uv.h>

extern const char *hook_secret;
void deliver(const char *text);
void answer(uv_stream_t *stream, int status);
void answer_bev(struct bufferevent *bev, int status);
void relay(const char *bytes, size_t n);

// Splits the request into its path, body and signature header (the parts
// the servers below use; no verification here).
static int parse_request(const char *data, size_t n, char *path, char *body,
                         char *signature) {
  const char *end = strstr(data, "\r\n\r\n");
  if (!end || sscanf(data, "POST %255s", path) != 1)
    return 0;
  const char *sig = strstr(data, "X-Signature: ");
  if (sig)
    sscanf(sig + 13, "%127s", signature);
  strncpy(body, end + 4, 4095);
  return 1;
}

// --- libuv: an unverified webhook ---------------------------------------------
static void on_read(uv_stream_t *stream, ssize_t nread, const uv_buf_t *buf) {
  if (nread <= 0 || !strstr(buf->base, "\r\n\r\n"))
    return;
  char path[256], body[4096], signature[128];
  if (!parse_request(buf->base, (size_t)nread, path, body, signature))
    return;
  deliver(body);
  answer(stream, 200);
}

static void on_connection(uv_stream_t *server, int status) {
  uv_tcp_t *client = malloc(sizeof *client);
  uv_tcp_init(uv_default_loop(), client);
  if (uv_accept(server, (uv_stream_t *)client) == 0)
    uv_read_start((uv_stream_t *)client, NULL, on_read);
  // CHECK: :[[@LINE-1]]:5: warning: webhook handler for (route read at run time) never verifies{{.*}} [integration-unverified-webhook]
}

// --- libevent bufferevent: verified (HMAC over the body, constant time), or,
// with UNSIGNED, not
static void on_bev_read(struct bufferevent *bev, void *ctx) {
  char data[8192];
  size_t n = bufferevent_read(bev, data, sizeof data - 1);
  data[n] = 0;
  char path[256], body[4096], signature[128];
  if (!strstr(data, "HTTP/1.1") ||
      !parse_request(data, n, path, body, signature))
    return;
#ifndef UNSIGNED
  unsigned char mac[32], given[32];
  unsigned int len = sizeof mac;
  HMAC(EVP_sha256(), hook_secret, (int)strlen(hook_secret),
       (const unsigned char *)body, strlen(body), mac, &len);
  memcpy(given, signature, sizeof given);
  if (CRYPTO_memcmp(mac, given, sizeof mac) != 0) {
    answer_bev(bev, 401);
    return;
  }
#endif
  deliver(body);
  answer_bev(bev, 200);
}

// --- libuv: a TCP relay speaks no HTTP ------------------------------------------
static void on_relay_read(uv_stream_t *stream, ssize_t nread,
                          const uv_buf_t *buf) {
  if (nread > 0)
    relay(buf->base, (size_t)nread);
}

void start(struct bufferevent *bev, uv_stream_t *relay_client) {
  bufferevent_setcb(bev, on_bev_read, NULL, NULL, NULL);
  // UNSIGNED: :[[@LINE-1]]:3: warning: webhook handler for (route read at run time) never verifies{{.*}} [integration-unverified-webhook]
  uv_read_start(relay_client, NULL, on_relay_read);
}
