/* The wrappers: each calls libcurl. */
#include "payments.h"
#include <curl/curl.h>

static int post(const char *url, const char *body) {
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_URL, url);
  curl_easy_setopt(h, CURLOPT_POSTFIELDS, body);
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, 2000L);
  CURLcode rc = curl_easy_perform(h);
  curl_easy_cleanup(h);
  return rc == CURLE_OK ? 0 : -1;
}

int payments_charge(const char *body) {
  return post("https://pay.example.com/v1/charges", body);
}

/* Called only from guarded sites (checkout.c): guarded. */
int ledger_post(const char *body) {
  return post("https://ledger.example.com/v1/entries", body);
}

/* No breaker guards the audit system anywhere: not reported. */
int audit_send(const char *body) {
  return post("https://audit.example.com/v1/events", body);
}
