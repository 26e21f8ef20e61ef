// REQUIRES: curl-headers
// Retries over the real libcurl headers.
// RUN: %tidy %s -- 2>&1 | FileCheck %s -implicit-check-not='warning:' -implicit-check-not='remark:'
#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static CURL *make(const char *url) {
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_URL, url);
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, 5000L);
  return h;
}

int submit(const char *json) {
  CURL *h = make("https://api.example.com/orders");
  curl_easy_setopt(h, CURLOPT_POSTFIELDS, json);
  CURLcode rc;
  int tries = 0;
  do {
    rc = curl_easy_perform(h);
    if (rc != CURLE_OK)
      sleep(1u << tries);
  } while (rc != CURLE_OK && ++tries < 5);
  // CHECK: :[[@LINE-4]]:10: warning: 'curl_easy_perform' (POST) is retried by the loop and no idempotency key is sent{{.*}} [integration-non-idempotent-retry]
  return rc == CURLE_OK ? 0 : -1;
}

/* Clean: the key goes out with every attempt. */
int submitWithKey(const char *json, const char *key) {
  char line[128];
  snprintf(line, sizeof line, "Idempotency-Key: %s", key);
  struct curl_slist *hdrs = curl_slist_append(NULL, line);
  CURL *h = make("https://api.example.com/orders");
  curl_easy_setopt(h, CURLOPT_HTTPHEADER, hdrs);
  curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, "PATCH");
  curl_easy_setopt(h, CURLOPT_POSTFIELDS, json);
  for (int tries = 0; tries < 5; ++tries) {
    if (curl_easy_perform(h) == CURLE_OK)
      return 0;
    usleep((100000u << tries) + (unsigned)(rand() % 50000));
  }
  return -1;
}

void pollForever(void) {
  CURL *h = make("https://api.example.com/events");
  for (;;) {
    CURLcode rc = curl_easy_perform(h);
    if (rc == CURLE_OPERATION_TIMEDOUT || rc == CURLE_COULDNT_CONNECT)
      continue;
    if (rc == CURLE_OK)
      break;
  }
  // CHECK: :[[@LINE-6]]:19: warning: 'curl_easy_perform' is retried by the loop, which has no limit on attempts or time and does not wait between attempts{{.*}} [integration-unsafe-retry]
}
