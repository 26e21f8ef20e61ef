#include "handlers.h"
#include <stdio.h>
#include <string.h>

static void on_event(struct mg_connection *c, int ev, void *ev_data) {
  if (ev != MG_EV_HTTP_MSG)
    return;
  struct mg_http_message *hm = (struct mg_http_message *)ev_data;
  char uri[128];
  snprintf(uri, sizeof(uri), "%.*s", (int)hm->uri.len, hm->uri.buf);
  if (strcmp(uri, "/webhooks/stripe") == 0) {
    handle_stripe_webhook(c, hm);
    return;
  }
  if (strcmp(uri, "/webhooks/shop") == 0) {
    handle_shop_webhook(c, hm);
    return;
  }
  mg_http_reply(c, 404, "", "not found\n");
}

void serve(struct mg_mgr *mgr) {
  mg_http_listen(mgr, "http://0.0.0.0:8000", on_event, NULL);
}
