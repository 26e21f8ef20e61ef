#include "notifier.h"

#include <curl/curl.h>

// Shared set-up of every notification handle.
static void applyDefaults(CURL *h) {
  curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, 5L);
}

void notifyShipping(const std::string &orderId) {
  CURL *h = curl_easy_init();
  applyDefaults(h);
  curl_easy_setopt(h, CURLOPT_URL, ("http://shipping.internal/orders/" + orderId).c_str());
  curl_easy_perform(h); // only a connect timeout: the transfer can hang
  curl_easy_cleanup(h);
}

void notifyAudit(const std::string &orderId) {
  CURL *h = curl_easy_init();
  applyDefaults(h);
  curl_easy_setopt(h, CURLOPT_URL, ("https://audit.example.com/events/" + orderId).c_str());
  curl_easy_setopt(h, CURLOPT_TIMEOUT, 0L); // "no limit"
  curl_easy_perform(h);
  curl_easy_cleanup(h);
}
