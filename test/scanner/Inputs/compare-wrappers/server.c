#include "util.h"
#include <string.h>

struct http_request {
  const char *secret_header;
  size_t secret_header_len;
  const char *authorization;
  const char *signature;
  const unsigned char *body;
  size_t body_len;
  const unsigned char *mac;
};

extern const char *api_secret;
extern const char *api_token;
extern const char *webhook_secret;
extern const unsigned char *hook_key;
void process(const struct http_request *req);

int handle(const struct http_request *req) {
  if (val_cmp_n2(api_secret, strlen(api_secret), req->secret_header,
                 req->secret_header_len) != 0)
    return 401;
  if (!tokens_equal(api_token, req->authorization))
    return 401;
  if (!str_match(webhook_secret, req->signature))
    return 401;
  if (!mac_verify(hook_key, 32, req->body, req->body_len, req->mac))
    return 401;
  if (!digest_check(hook_key, 32, req->body, req->body_len, req->mac))
    return 401;
  if (!token_verify(hook_key, 32, req->mac))
    return 401;
  if (!key_check(api_secret, req->authorization))
    return 401;
  process(req);
  return 200;
}
