#include <curl/curl.h>

int fetch_once(const char *url) {
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_URL, url);
  int rc = curl_easy_perform(h);
  curl_easy_perform(h); // NOLINT(integration-call-without-timeout)
  curl_easy_cleanup(h);
  return rc;
}
