// RUN: %tidy %s -- -isystem %inputs/curl 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <curl/curl.h>

void insecure(void) {
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, 5000L);
  curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 0L);
  // CHECK: :[[@LINE-1]]:3: warning: TLS certificate verification is turned off (CURLOPT_SSL_VERIFYPEER 0): any machine in the path can impersonate the server; keep it on and point CURLOPT_CAINFO at the server's CA [integration-tls-verification-disabled]
  curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 0L);
  // CHECK: :[[@LINE-1]]:3: warning: TLS certificate verification is turned off (CURLOPT_SSL_VERIFYHOST 0)
  curl_easy_perform(h);
}

void secure(void) {
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, 5000L);
  curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
  curl_easy_setopt(h, CURLOPT_CAINFO, "/etc/ssl/private-ca.pem");
  curl_easy_perform(h);
}

void decided_at_run_time(long verify) {
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, 5000L);
  curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, verify);
  curl_easy_perform(h);
}

void suppressed(void) {
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 0L); // NOLINT(integration-tls-verification-disabled)
}
