// Secret compares of C servers: a Basic credential read through a
// libwebsockets connection; credentials in a request struct; a signature a
// project function writes and a `*_verify` function checks; a value copied
// byte by byte from a request whose type is an anonymous struct's typedef.
// RUN: %tidy %s -- -std=c11 -D_DEFAULT_SOURCE 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

// libwebsockets (declared here as its header does).
struct lws;
enum lws_token_indexes { WSI_TOKEN_HTTP_AUTHORIZATION = 9 };
int lws_hdr_copy(struct lws *wsi, char *dest, int len,
                 enum lws_token_indexes h);
struct server_config {
  char *credential; // the encoded Basic credential
  char *credential_type;
};
static struct server_config *server;

static bool check_auth(struct lws *wsi) {
  char buf[256];
  int len = lws_hdr_copy(wsi, buf, sizeof(buf), WSI_TOKEN_HTTP_AUTHORIZATION);
  return len >= 7 && strstr(buf, "Basic ") && !strcmp(buf + 6, server->credential);
  // CHECK: :[[@LINE-1]]:48: warning: the secret 'credential' is compared with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
}
static bool basic_kind(void) {
  const char *kind = getenv("AUTH_KIND");
  return kind && strcmp(kind, server->credential_type) == 0;
}

// A request struct's credentials against the configured ones.
struct request {
  char *credentials;
};
struct config {
  char *credentials;
};
static int serve(struct request *req, struct config *conf) {
  if (conf->credentials != NULL &&
      (req->credentials == NULL || strcmp(conf->credentials, req->credentials) != 0))
    // CHECK: :[[@LINE-1]]:36: warning: the secret 'credentials' is compared with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
    return 401;
  return 200;
}

// A signature computed by the project's `*_sign` and checked by its
// `*_verify`, whose text parameters are what the client sent.
int do_md_sign(const char *in, size_t n, int type, char **out);
bool do_md_verify(const char *inb, size_t sz_in, const char *strsign, int type) {
  char *outb = NULL;
  if (do_md_sign(inb, sz_in, type, &outb))
    return false;
  bool ok = !strcasecmp(strsign, outb);
  // CHECK: :[[@LINE-1]]:14: warning: the computed MAC 'outb' is compared with 'strcasecmp'{{.*}} [integration-timing-unsafe-compare]
  free(outb);
  return ok;
}
// `assign` and `signal` are no signing.
int assign_value(const char *in, char **out);
bool same_value(const char *a, const char *b) {
  char *copy = NULL;
  assign_value(a, &copy);
  return strcmp(copy, b) == 0;
}

// A query parameter copied byte by byte, against the health secret.
typedef struct {
  char path[256];
} http_request_t;
int health(http_request_t *req) {
  const char *secret = getenv("HEALTH_SECRET");
  int full_ok = 0;
  if (secret && strstr(req->path, "full=") != NULL) {
    const char *q = strstr(req->path, "full=") + 5;
    char val[128];
    size_t n = 0;
    while (n < sizeof(val) - 1 && q[n] && q[n] != '&') {
      val[n] = q[n];
      n++;
    }
    val[n] = '\0';
    if (strcmp(val, secret) == 0)
      // CHECK: :[[@LINE-1]]:9: warning: the secret 'secret' is compared with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
      full_ok = 1;
  }
  return full_ok;
}

// nginx's HTTP Digest module: the scheme named in the Authorization header
// is no secret, though the literal, cast to nginx's byte type, says
// "Digest".
typedef unsigned char u_char;
int ngx_strncasecmp(u_char *s1, u_char *s2, size_t n);
typedef struct {
  size_t len;
  u_char *data;
} ngx_str_t;
typedef struct {
  ngx_str_t *authorization;
} ngx_http_headers_in_t;
typedef struct ngx_http_request_s {
  ngx_http_headers_in_t headers_in;
} ngx_http_request_t;
int digest_scheme(ngx_http_request_t *r) {
  ngx_str_t *auth = r->headers_in.authorization;
  return ngx_strncasecmp(auth->data, (u_char *)"Digest", 6) == 0;
}
