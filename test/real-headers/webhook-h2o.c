// REQUIRES: h2o-headers
// A git host's push hooks posted to a listener on H2O: the path comes from
// the configuration, the handler is set on the path's `on_req`; the names
// around it say it takes hooks. It never checks a signature. A handler
// that checks the X-Hub-Signature-256 header in constant time is verified;
// the index page is no webhook.
// RUN: %tidy %s -- -std=gnu11 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <h2o.h>
#include <string.h>

void process_push(const char *json, size_t len);
int hmac_sha256_hex_equal(const char *secret, const char *body, size_t n,
                          const char *given, size_t given_len);
extern const char *hook_secret;

static h2o_pathconf_t *register_handler(h2o_hostconf_t *hostconf,
                                        const char *path,
                                        int (*on_req)(h2o_handler_t *,
                                                      h2o_req_t *)) {
  h2o_pathconf_t *pathconf = h2o_config_register_path(hostconf, path, 0);
  h2o_handler_t *handler = h2o_create_handler(pathconf, sizeof(*handler));
  handler->on_req = on_req;
  return pathconf;
}

int hook_listener(h2o_handler_t *self, h2o_req_t *req) {
  // CHECK: :[[@LINE-1]]:5: warning: webhook handler {{.*}}never verifies{{.*}} [integration-unverified-webhook]
  static h2o_generator_t generator = {NULL, NULL};
  if (!h2o_memis(req->method.base, req->method.len, H2O_STRLIT("POST")))
    return -1;
  process_push(req->entity.base, req->entity.len);
  h2o_iovec_t body = h2o_strdup(&req->pool, H2O_STRLIT("Accepted"));
  req->res.status = 202;
  req->res.reason = "Accepted";
  h2o_start_response(req, &generator);
  h2o_send(req, &body, 1, 1);
  return 0;
}

int signed_hook_listener(h2o_handler_t *self, h2o_req_t *req) {
  static h2o_generator_t generator = {NULL, NULL};
  ssize_t i = h2o_find_header_by_str(&req->headers,
                                     H2O_STRLIT("x-hub-signature-256"), -1);
  if (i == -1 ||
      !hmac_sha256_hex_equal(hook_secret, req->entity.base, req->entity.len,
                             req->headers.entries[i].value.base,
                             req->headers.entries[i].value.len)) {
    h2o_send_error_403(req, "Forbidden", "bad signature", 0);
    return 0;
  }
  process_push(req->entity.base, req->entity.len);
  h2o_iovec_t body = h2o_strdup(&req->pool, H2O_STRLIT("Accepted"));
  req->res.status = 202;
  req->res.reason = "Accepted";
  h2o_start_response(req, &generator);
  h2o_send(req, &body, 1, 1);
  return 0;
}

int index_handler(h2o_handler_t *self, h2o_req_t *req) {
  static h2o_generator_t generator = {NULL, NULL};
  h2o_iovec_t body = h2o_strdup(&req->pool, H2O_STRLIT("claw\n"));
  req->res.status = 200;
  req->res.reason = "OK";
  h2o_start_response(req, &generator);
  h2o_send(req, &body, 1, 1);
  return 0;
}

void setup(h2o_hostconf_t *hostconf, const char *listen_path,
           const char *signed_path) {
  register_handler(hostconf, listen_path, hook_listener);
  register_handler(hostconf, signed_path, signed_hook_listener);
  register_handler(hostconf, "/", index_handler);
}
