// Includes no HTTP library: its calls of the client are integration points
// all the same.
#include "client.h"

int place_order(PaymentClient &client, const char *order) {
  return client.charge(order);
}

int cancel_order(PaymentClient &client, const char *order) {
  return client.refund(order);
}
