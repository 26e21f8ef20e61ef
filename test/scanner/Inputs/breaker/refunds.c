/* The same wrapper, called without the breaker. */
#include "payments.h"

int refund(const char *order) {
  audit_send(order);
  return payments_charge(order);
}

int refund_guarded(const char *order) {
  if (!cb_allow(&payments_breaker))
    return -1;
  return payments_charge(order);
}
