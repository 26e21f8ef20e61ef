#include "client.h"
#include <curl/curl.h>

static int post(const char *url, const char *body, long timeout_ms) {
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_URL, url);
  curl_easy_setopt(h, CURLOPT_POSTFIELDS, body);
  if (timeout_ms > 0)
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, timeout_ms);
  CURLcode rc = curl_easy_perform(h);
  curl_easy_cleanup(h);
  return rc == CURLE_OK ? 0 : -1;
}

// No timeout: reported once, here, not at each caller.
int PaymentClient::charge(const char *body) {
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_URL, "https://pay.example.com/v1/charges");
  curl_easy_setopt(h, CURLOPT_POSTFIELDS, body);
  CURLcode rc = curl_easy_perform(h);
  curl_easy_cleanup(h);
  return rc == CURLE_OK ? 0 : -1;
}

int PaymentClient::refund(const char *body) {
  return post("https://pay.example.com/v1/refunds", body, 3000);
}
