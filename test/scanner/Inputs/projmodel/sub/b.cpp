#include "acme/http.h"
int again() {
  acme::HttpClient c("https://pay.example.com");
  return c.send("/x");
}
