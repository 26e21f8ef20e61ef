/* The in-house payments client and the project's breaker. */
#ifndef PAYMENTS_H
#define PAYMENTS_H
struct circuit_breaker;
extern struct circuit_breaker payments_breaker;
int cb_allow(struct circuit_breaker *cb);
void cb_record(struct circuit_breaker *cb, int ok);
int payments_charge(const char *body);
int ledger_post(const char *body);
int audit_send(const char *body);
#endif
