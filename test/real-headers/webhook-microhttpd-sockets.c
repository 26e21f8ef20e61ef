// REQUIRES: microhttpd-headers
// Webhooks in C on libmicrohttpd (one access handler for every path, which
// tests the URL itself) and on bare POSIX sockets (the function an accepted
// connection is handed to, when it speaks HTTP), over the real headers.
// RUN: %tidy %s -- -std=c11 2>&1 | FileCheck %s -implicit-check-not='warning:' -implicit-check-not='remark:'
#include <microhttpd.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define HOOK_TOKEN "s3cr3t-hook-token"
#define TOKEN_HEADER "X-Hook-Token"

void process_update(const char *body, size_t len);
void deploy(void);
void report_status(struct MHD_Connection *c);
int reply(struct MHD_Connection *c, unsigned code);

// --- libmicrohttpd -----------------------------------------------------------
static enum MHD_Result on_request(void *cls, struct MHD_Connection *conn,
                                  const char *url, const char *method,
                                  const char *version, const char *upload,
                                  size_t *upload_size, void **state) {
  if (strcmp(url, "/status") == 0) {
    report_status(conn);
    return MHD_YES;
  }
  if (strcmp(method, "POST") == 0 && strcmp(url, "/telegram/webhook") == 0) {
    // CHECK: :[[@LINE-1]]:3: warning: webhook handler for POST '/telegram/webhook' never verifies{{.*}} [integration-unverified-webhook]
    process_update(upload, *upload_size);
    return reply(conn, 200) ? MHD_YES : MHD_NO;
  }
  return reply(conn, 404) ? MHD_YES : MHD_NO;
}

// The token is a macro: still the server's secret.
static enum MHD_Result on_hook(void *cls, struct MHD_Connection *conn,
                               const char *url, const char *method,
                               const char *version, const char *upload,
                               size_t *upload_size, void **state) {
  const char *token =
      MHD_lookup_connection_value(conn, MHD_HEADER_KIND, TOKEN_HEADER);
  if (token == NULL || strcmp(token, HOOK_TOKEN) != 0)
    // CHECK: :[[@LINE-1]]:24: warning: the secret 'token' is compared with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
    return reply(conn, 403) ? MHD_YES : MHD_NO;
  // A route below the check: the check at the top guards it.
  if (strcmp(url, "/hooks/deploy") == 0)
    deploy();
  return reply(conn, 200) ? MHD_YES : MHD_NO;
}

void start_daemons(void) {
  MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD, 8080, NULL, NULL,
                   &on_request, NULL, MHD_OPTION_END);
  MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD, 8081, NULL, NULL,
                   &on_hook, NULL, MHD_OPTION_END);
}

// --- POSIX sockets -----------------------------------------------------------
static void serve_client(int fd) {
  char buf[8192];
  ssize_t n = recv(fd, buf, sizeof buf - 1, 0);
  if (n <= 0)
    return;
  buf[n] = '\0';
  if (strstr(buf, "POST /github-push") != NULL) {
    // CHECK: :[[@LINE-1]]:3: warning: webhook handler for POST '/github-push' never verifies{{.*}} [integration-unverified-webhook]
    deploy();
  }
  const char *ok = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n";
  send(fd, ok, strlen(ok), 0);
}

void run_webhook_server(int listener) {
  for (;;) {
    int client = accept(listener, NULL, NULL);
    if (client < 0)
      continue;
    serve_client(client);
    close(client);
  }
}

// A connection handed to a thread; the handler checks the token first.
static void *serve_checked(void *arg) {
  int fd = *(int *)arg;
  char buf[4096];
  ssize_t n = recv(fd, buf, sizeof buf - 1, 0);
  if (n <= 0)
    return NULL;
  buf[n] = '\0';
  const char *token = strstr(buf, "X-Gitlab-Token: ");
  if (token == NULL ||
      strncmp(token + 16, HOOK_TOKEN, strlen(HOOK_TOKEN)) != 0) {
    // CHECK: :[[@LINE-1]]:7: warning: the secret 'token' is compared with 'strncmp'{{.*}} [integration-timing-unsafe-compare]
    close(fd);
    return NULL;
  }
  if (strstr(buf, "POST /gitlab/hook"))
    deploy();
  return NULL;
}

void run_checked_server(int listener) {
  for (;;) {
    int client = accept(listener, NULL, NULL);
    pthread_t t;
    // (As old servers write it: the start routine cast.)
    pthread_create(&t, NULL, (void *(*)(void *))serve_checked, &client);
  }
}

// A TCP server that speaks no HTTP is no inbound HTTP route.
static void echo(int fd) {
  char buf[256];
  ssize_t n = read(fd, buf, sizeof buf);
  if (n > 0)
    write(fd, buf, (size_t)n);
}

void run_echo_hook_server(int listener) {
  int client = accept(listener, NULL, NULL);
  echo(client);
}

// Started as a thread through a cast start routine, unverified.
static void *serve_unchecked(void *arg) {
  int fd = (int)(long)arg;
  char buf[4096];
  ssize_t n = recv(fd, buf, sizeof buf - 1, 0);
  if (n <= 0)
    return NULL;
  buf[n] = '\0';
  if (strstr(buf, "POST /hooks/build") != NULL)
    // CHECK: :[[@LINE-1]]:3: warning: webhook handler for POST '/hooks/build' never verifies{{.*}} [integration-unverified-webhook]
    deploy();
  return NULL;
}

void run_thread_server(int listener) {
  for (;;) {
    int client = accept(listener, NULL, NULL);
    pthread_t t;
    pthread_create(&t, NULL, (void *(*)(void *))serve_unchecked,
                   (void *)(long)client);
  }
}
