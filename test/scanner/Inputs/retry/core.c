#include <curl/curl.h>
#include "api.h"

static int perform(const char *url) {
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_URL, url);
  curl_easy_setopt(h, CURLOPT_TIMEOUT, 30L);
  return curl_easy_perform(h) == CURLE_OK ? 0 : -1;
}

int core_get_updates(int offset) { return perform("https://api.example.org/getUpdates"); }
