// REQUIRES: curl-headers
// The check's options: MaxTimeoutMs, ReportLibraryDefaults and ModelFiles,
// and NOLINT.
//
// RUN: %tidy %s -- -std=c++17 2>&1 | FileCheck %s --check-prefix=DEFAULT -implicit-check-not='warning:'
// RUN: %tidy %s -config="{CheckOptions: {integration-call-without-timeout.MaxTimeoutMs: '1000'}}" -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=DEFAULT,MAX -implicit-check-not='warning:'
// RUN: %tidy %s -config="{CheckOptions: {integration-call-without-timeout.ModelFiles: '%S/Inputs/acme-http.yaml'}}" -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=DEFAULT,MODEL -implicit-check-not='warning:'
// RUN: %tidy %s -config="{CheckOptions: {integration-call-without-timeout.ModelFiles: '%S/Inputs/missing.yaml'}}" -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --check-prefix=BADMODEL

#include <curl/curl.h>

namespace acme {
class HttpClient {
public:
  void setDeadlineMs(long Ms);
  int send(const char *Body);
};
} // namespace acme

void tenSeconds() {
  CURL *H = curl_easy_init();
  curl_easy_setopt(H, CURLOPT_TIMEOUT_MS, 10000L);
  curl_easy_perform(H);
  // MAX: :[[@LINE-1]]:3: warning: 'curl_easy_perform' on handle 'H' has a timeout of 10 s, above the limit of 1 s (MaxTimeoutMs) [integration-call-without-timeout]
}

void halfSecond() {
  CURL *H = curl_easy_init();
  curl_easy_setopt(H, CURLOPT_TIMEOUT_MS, 500L);
  curl_easy_perform(H); // within every limit
}

void none() {
  CURL *H = curl_easy_init();
  curl_easy_perform(H);
  // DEFAULT: :[[@LINE-1]]:3: warning: 'curl_easy_perform' on handle 'H' has no timeout; set CURLOPT_TIMEOUT_MS
  curl_easy_perform(H); // NOLINT(integration-call-without-timeout)
  // NOLINTNEXTLINE(integration-*)
  curl_easy_perform(H);
}

void inHouse(acme::HttpClient &Configured, acme::HttpClient &Bare) {
  Configured.setDeadlineMs(2000);
  Configured.send("a");
  acme::HttpClient Local;
  Local.send("b");
  // MODEL: :[[@LINE-1]]:9: warning: 'HttpClient::send' on handle 'Local' has no timeout; call client.setDeadlineMs(ms) before send() [integration-call-without-timeout]
}

// BADMODEL: missing.yaml: error: cannot open model file
