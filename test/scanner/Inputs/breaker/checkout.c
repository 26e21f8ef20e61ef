/* The guarded calls. */
#include "payments.h"

int checkout(const char *order) {
  if (!cb_allow(&payments_breaker))
    return -1;
  int rc = payments_charge(order);
  cb_record(&payments_breaker, rc == 0);
  ledger_post(order);
  return rc;
}
