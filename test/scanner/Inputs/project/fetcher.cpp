#include "fetcher.h"

Fetcher::Fetcher() : handle_(curl_easy_init()) {
  curl_easy_setopt(handle_, CURLOPT_TIMEOUT_MS, 5000L);
}

// Built here too, but never given a timeout.
Uploader::Uploader() : handle_(curl_easy_init()) {
  curl_easy_setopt(handle_, CURLOPT_UPLOAD, 1L);
}
