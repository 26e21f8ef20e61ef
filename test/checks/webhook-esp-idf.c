// Webhooks on ESP-IDF's HTTP server (mock esp_http_server.h): a route is
// an `httpd_uri_t` initializer, in a static table (the finding is at its
// `.handler`) or a local handed to httpd_register_uri_handler (the finding
// is at that call). What the
// handler reads with httpd_req_recv and httpd_req_get_hdr_value_str is
// request data. A function named like a constant-time comparison, and a
// verification kept in a variable, verify.
// RUN: %tidy %s -- -std=c11 -isystem %inputs/esp-idf 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <esp_http_server.h>
#include <stdlib.h>
#include <string.h>

extern const char *webhook_token;
extern const char *relay_password;
void queue_alarm(const char *body, int len);
int ct_equal(const char *a, const char *b, size_t n);
int github_verify_hmac(const char *body, int len, const char *sig);

static esp_err_t notify_handler(httpd_req_t *req) {
  // CHECK: :[[@LINE-1]]:18: warning: webhook handler for POST '/notify' never verifies the request's signature{{.*}} [integration-unverified-webhook]
  char body[512];
  int len = httpd_req_recv(req, body, sizeof(body));
  queue_alarm(body, len);
  return httpd_resp_send(req, "ok", 2);
}

// A body received into a malloc'd buffer is request data too: the
// password it carries is compared with strcmp.
static esp_err_t relay_handler(httpd_req_t *req) {
  char *body = malloc(req->content_len + 1);
  size_t got = 0;
  while (got < req->content_len)
    got += httpd_req_recv(req, body + got, req->content_len - got);
  body[got] = 0;
  if (strcmp(body, relay_password) != 0) {
    // CHECK: :[[@LINE-1]]:7: warning: the secret 'relay_password' is compared
    // with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
    free(body);
    return httpd_resp_send_err(req, HTTPD_401_UNAUTHORIZED, "bad password");
  }
  free(body);
  return ESP_OK;
}

static esp_err_t status_handler(httpd_req_t *req) {
  return httpd_resp_send(req, "up", 2);
}

// A shared token compared with strcmp: verified, but in variable time.
static esp_err_t deploy_handler(httpd_req_t *req) {
  char token[64];
  httpd_req_get_hdr_value_str(req, "X-Hook-Token", token, sizeof(token));
  if (strcmp(token, webhook_token) != 0)
    // CHECK: :[[@LINE-1]]:7: warning: the secret 'webhook_token' is compared
    // with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
    return httpd_resp_send_err(req, HTTPD_401_UNAUTHORIZED, "bad token");
  char body[256];
  int len = httpd_req_recv(req, body, sizeof(body));
  queue_alarm(body, len);
  return ESP_OK;
}

// ... and one compared in constant time.
static esp_err_t github_handler(httpd_req_t *req) {
  char token[64];
  httpd_req_get_hdr_value_str(req, "X-Hook-Token", token, sizeof(token));
  if (!ct_equal(token, webhook_token, sizeof(token)))
    return httpd_resp_send_err(req, HTTPD_401_UNAUTHORIZED, "bad token");
  return ESP_OK;
}

// The verification's outcome kept in a variable, then tested: verified.
static esp_err_t signed_handler(httpd_req_t *req) {
  char sig[80], body[512];
  httpd_req_get_hdr_value_str(req, "X-Hub-Signature-256", sig, sizeof(sig));
  int len = httpd_req_recv(req, body, sizeof(body));
  int valid = github_verify_hmac(body, len, sig);
  if (!valid)
    return httpd_resp_send_err(req, HTTPD_401_UNAUTHORIZED, "bad signature");
  queue_alarm(body, len);
  return ESP_OK;
}

// The device's own settings of the webhooks it sends (a verb after the
// hooks' segment): an operator's API, not a delivery.
static esp_err_t update_webhook_handler(httpd_req_t *req) {
  char body[512];
  int len = httpd_req_recv(req, body, sizeof(body));
  queue_alarm(body, len);
  return ESP_OK;
}

static httpd_uri_t routes[] = {
    {.uri = "/api/webhook/update", .method = HTTP_POST,
     .handler = update_webhook_handler},
    {.uri = "/webhooks/send", .method = HTTP_POST,
     .handler = update_webhook_handler},
    {.uri = "/api/status", .method = HTTP_GET, .handler = status_handler},
    {.uri = "/hooks/deploy", .method = HTTP_POST, .handler = deploy_handler},
    {.uri = "/hooks/github", .method = HTTP_POST, .handler = github_handler},
    {.uri = "/hooks/signed", .method = HTTP_POST, .handler = signed_handler},
    {.uri = "/relay", .method = HTTP_POST, .handler = relay_handler},
};

void start_server(httpd_handle_t server) {
  for (size_t i = 0; i < sizeof(routes) / sizeof(routes[0]); i++)
    httpd_register_uri_handler(server, &routes[i]);
  httpd_uri_t notify = {
      .uri = "/notify",
      .method = HTTP_POST,
      .handler = notify_handler,
  };
  httpd_register_uri_handler(server, &notify);
}

// A route struct filled field by field (as C++ code does, where designated
// initializers are newer than the code): one variable, two routes.
static esp_err_t uptime_handler(httpd_req_t *req) {
  return httpd_resp_send(req, "up", 2);
}
static esp_err_t event_handler(httpd_req_t *req) {
  // CHECK: :[[@LINE-1]]:18: warning: webhook handler for POST '/events' never verifies the request's signature{{.*}} [integration-unverified-webhook]
  char body[256];
  int len = httpd_req_recv(req, body, sizeof(body));
  queue_alarm(body, len);
  return httpd_resp_send(req, "ok", 2);
}
void start_event_server(httpd_handle_t server) {
  httpd_uri_t uri = {0};
  uri.uri = "/status";
  uri.method = HTTP_POST;
  uri.handler = uptime_handler;
  httpd_register_uri_handler(server, &uri);
  uri.uri = "/events";
  uri.handler = event_handler;
  httpd_register_uri_handler(server, &uri);
}

// Registered in another file (a route table there): a handler by its
// request type, a webhook by Google's push-notification header.
esp_err_t google_push_handler(httpd_req_t *req) {
  // CHECK: :[[@LINE-1]]:11: warning: webhook handler for (route read at run time) never verifies the request's signature{{.*}} [integration-unverified-webhook]
  char state[16], body[256];
  httpd_req_get_hdr_value_str(req, "X-Goog-Resource-State", state,
                              sizeof(state));
  int len = httpd_req_recv(req, body, sizeof(body));
  if (strcmp(state, "sync") != 0)
    queue_alarm(body, len);
  return httpd_resp_send(req, "thanks", 6);
}

// A hook on the developer's machine pings the device with a plain GET
// (`curl http://device/notify`): a `notify` path takes deliveries whatever
// the verb. A GET on an OAuth `callback` or an `events` listing does not.
static esp_err_t done_handler(httpd_req_t *req) {
  // CHECK: :[[@LINE-1]]:18: warning: webhook handler for GET '/notify/done' never verifies the request's signature{{.*}} [integration-unverified-webhook]
  queue_alarm("done", 4);
  return httpd_resp_sendstr(req, "OK\n");
}
static esp_err_t oauth_return_handler(httpd_req_t *req) {
  char query[128];
  httpd_req_get_url_query_str(req, query, sizeof(query));
  queue_alarm(query, (int)strlen(query));
  return httpd_resp_sendstr(req, "signed in");
}
static esp_err_t event_list_handler(httpd_req_t *req) {
  return httpd_resp_sendstr(req, "[]");
}
void start_hook_server(httpd_handle_t server) {
  static const httpd_uri_t done = {
      .uri = "/notify/done", .method = HTTP_GET, .handler = done_handler};
  static const httpd_uri_t back = {
      .uri = "/callback", .method = HTTP_GET, .handler = oauth_return_handler};
  static const httpd_uri_t list = {
      .uri = "/events", .method = HTTP_GET, .handler = event_list_handler};
  httpd_register_uri_handler(server, &done);
  httpd_register_uri_handler(server, &back);
  httpd_register_uri_handler(server, &list);
}
