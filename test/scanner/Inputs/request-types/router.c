#include "hooks.h"
#include "tinyhttp.h"

static void on_stripe(struct th_conn *c) { stripe_webhook(c); }

static void on_shop(struct th_conn *c) { shop_webhook(c); }

void serve(struct th_server *s) {
  th_route(s, "/hooks/stripe", on_stripe);
  th_route(s, "/hooks/shop", on_shop);
}
