#include "acme/http.h"

int charge() {
  acme::HttpClient c("https://pay.example.com");
  return c.send("/v1/charges");
}

int refund() {
  acme::HttpClient c("https://pay.example.com");
  c.set_timeout_ms(3000);
  return c.send("/v1/refunds");
}
