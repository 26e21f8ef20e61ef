// A server on POSIX sockets that stores the accepted connection in a
// context for its worker thread, parses the request into a typedef'd
// struct and hands it to a router of its own: the router's path tests are
// the routes. A branch testing several paths is one route; a path tested
// again inside it is part of it; a branch that reads nothing of the request
// processes nothing.
// RUN: %tidy %s -- -std=c11 -D_DEFAULT_SOURCE 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

typedef struct {
  int client_fd;
} client_ctx_t;
typedef struct {
  char method[8];
  char auth_header[256];
  char path[256];
  char body[4096];
  char secret_header[128];
} http_request_t;
void parse_http_request(const char *buf, size_t n, http_request_t *req);
void agent_chat(const char *text);
void answer(int fd, const char *text);
void deliver_report(const char *text);
void send_sms(const char *text);

typedef struct {
  char body[1024];
  size_t body_size;
} response_t;

static void handle_request(const http_request_t *req, response_t *resp) {
  resp->body_size = 0;
  if (strcmp(req->path, "/health") == 0) {
    resp->body_size = (size_t)snprintf(resp->body, sizeof(resp->body), "ok");
  } else if (strcmp(req->path, "/webhook") == 0 || strcmp(req->path, "/webhooks") == 0) {
    resp->body_size = (size_t)snprintf(resp->body, sizeof(resp->body), "{\"paths\":[\"/telegram\",\"/slack\"]}");
  } else if (strncmp(req->path, "/telegram", 9) == 0 || strncmp(req->path, "/slack", 6) == 0) {
    // CHECK: :[[@LINE-1]]:10: warning: webhook handler for '/telegram|/slack' never verifies{{.*}} [integration-unverified-webhook]
    if (strncmp(req->path, "/slack", 6) == 0)
      agent_chat("from slack:");
    agent_chat(req->body);
  } else if (strcmp(req->path, "/dlr") == 0) {
    // An SMS gateway's callbacks (Kannel's dlr-url, a provider's delivery
    // receipts) are webhooks by their path; a download or a send request is
    // no callback.
    // CHECK: :[[@LINE-4]]:10: warning: webhook handler for '/dlr' never verifies{{.*}} [integration-unverified-webhook]
    deliver_report(req->body);
  } else if (strcmp(req->path, "/sms/delivery-receipt") == 0) {
    // CHECK: :[[@LINE-1]]:10: warning: webhook handler for '/sms/delivery-receipt' never verifies{{.*}} [integration-unverified-webhook]
    deliver_report(req->body);
  } else if (strcmp(req->path, "/download") == 0) {
    deliver_report(req->body);
  } else if (strcmp(req->path, "/sms/send") == 0) {
    send_sms(req->body);
  }
}

static void *worker(void *arg) {
  client_ctx_t *ctx = (client_ctx_t *)arg;
  int fd = ctx->client_fd;
  free(ctx);
  char buf[8192];
  ssize_t n = recv(fd, buf, sizeof(buf) - 1, 0);
  if (n <= 0)
    return NULL;
  buf[n] = '\0';
  http_request_t req;
  parse_http_request(buf, (size_t)n, &req);
  response_t resp;
  handle_request(&req, &resp);
  answer(fd, resp.body);
  const char *status = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n";
  send(fd, status, strlen(status), 0);
  close(fd);
  return NULL;
}

// A route whose bearer token is compared in constant time with the one
// the server built from its secret: verified.
static bool ct_str_eq(const char *a, const char *b) {
  size_t la = strlen(a), lb = strlen(b);
  unsigned char diff = (unsigned char)(la != lb);
  for (size_t i = 0; i < la && i < lb; i++)
    diff |= (unsigned char)(a[i] ^ b[i]);
  return diff == 0;
}
void serve_checked(int fd, const http_request_t *req, const char *bearer_token) {
  if (strcmp(req->method, "POST") == 0 && strcmp(req->path, "/webhook") == 0) {
    char expected[256];
    snprintf(expected, sizeof(expected), "Bearer %s", bearer_token);
    if (!ct_str_eq(req->auth_header, expected)) {
      answer(fd, "401");
      return;
    }
    agent_chat(req->body);
  }
}

void serve(int sockfd) {
  for (;;) {
    int client_fd = accept(sockfd, NULL, NULL);
    if (client_fd < 0)
      continue;
    client_ctx_t *ctx = malloc(sizeof(client_ctx_t));
    if (!ctx) {
      close(client_fd);
      continue;
    }
    ctx->client_fd = client_fd;
    pthread_t th;
    if (pthread_create(&th, NULL, worker, ctx) != 0) {
      free(ctx);
      close(client_fd);
    }
  }
}
