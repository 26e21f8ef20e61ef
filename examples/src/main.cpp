#include "notifier.h"
#include "payment_client.h"

extern "C" int cache_order(const char *id);
extern "C" int record_sale(const char *orderId);

int main() {
  PaymentClient payments("https://payments.example.com");
  if (!payments.charge("o-1", 4200))
    return 1;
  cache_order("o-1");
  record_sale("o-1");
  notifyShipping("o-1");
  notifyAudit("o-1");
  return 0;
}
