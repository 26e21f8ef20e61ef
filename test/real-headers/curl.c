// REQUIRES: curl-headers
// RUN: %tidy %s -- 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <curl/curl.h>

void bounded(void) {
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_URL, "https://example.com");
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, 5000L);
  curl_easy_perform(h);
}

void unbounded(void) {
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_URL, "https://example.com");
  curl_easy_perform(h);
  // CHECK: :[[@LINE-1]]:3: warning: 'curl_easy_perform' on handle 'h' has no timeout
}
