#ifndef HOOKS_H
#define HOOKS_H
struct th_conn;
void stripe_webhook(struct th_conn *c);
void shop_webhook(struct th_conn *c);
#endif
