#include <mongoose.h>
void handle_stripe_webhook(struct mg_connection *c, struct mg_http_message *hm);
void handle_shop_webhook(struct mg_connection *c, struct mg_http_message *hm);
