#include "util.h"
#include <string.h>

struct http_request {
  const char *secret_header;
  size_t secret_header_len;
  const char *authorization;
  const char *signature;
};

extern const char *api_secret;
extern const char *api_token;
extern const char *webhook_secret;
void process(const struct http_request *req);

int handle(const struct http_request *req) {
  if (val_cmp_n2(api_secret, strlen(api_secret), req->secret_header,
                 req->secret_header_len) != 0)
    return 401;
  if (!tokens_equal(api_token, req->authorization))
    return 401;
  if (!str_match(webhook_secret, req->signature))
    return 401;
  process(req);
  return 200;
}
