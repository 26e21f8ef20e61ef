// Mock of Cesanta Mongoose's HTTP server API (declarations only).
#include <stddef.h>
struct mg_str {
  const char *buf;
  size_t len;
};
struct mg_mgr {
  int unused;
};
struct mg_connection {
  void *fn_data;
};
struct mg_http_message {
  struct mg_str method, uri, body;
};
enum { MG_EV_HTTP_MSG = 11 };
typedef void (*mg_event_handler_t)(struct mg_connection *, int, void *);
struct mg_connection *mg_http_listen(struct mg_mgr *, const char *url,
                                     mg_event_handler_t fn, void *fn_data);
struct mg_str *mg_http_get_header(struct mg_http_message *, const char *name);
void mg_http_reply(struct mg_connection *, int status, const char *headers,
                   const char *fmt, ...);
void mg_mgr_init(struct mg_mgr *);
struct mg_str mg_str(const char *s);
int mg_strcmp(const struct mg_str str1, const struct mg_str str2);
