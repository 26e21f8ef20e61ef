#include "handlers.h"

int stripe_verify_signature(struct mg_str *sig, struct mg_str body);
void record_payment(struct mg_str body);

/* Rejects a request whose signature does not match. */
void handle_stripe_webhook(struct mg_connection *c,
                           struct mg_http_message *hm) {
  struct mg_str *sig = mg_http_get_header(hm, "Stripe-Signature");
  if (sig == NULL || !stripe_verify_signature(sig, hm->body)) {
    mg_http_reply(c, 400, "", "bad signature\n");
    return;
  }
  record_payment(hm->body);
  mg_http_reply(c, 200, "", "ok\n");
}

/* Checks nothing. */
void handle_shop_webhook(struct mg_connection *c, struct mg_http_message *hm) {
  record_payment(hm->body);
  mg_http_reply(c, 200, "", "ok\n");
}
