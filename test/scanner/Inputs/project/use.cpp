#include "fetcher.h"

std::string Fetcher::get(const char *url) {
  curl_easy_setopt(handle_, CURLOPT_URL, url);
  curl_easy_perform(handle_); // configured in fetcher.cpp: clean
  return "";
}

void Uploader::put(const char *url) {
  curl_easy_setopt(handle_, CURLOPT_URL, url);
  curl_easy_perform(handle_); // never configured: missing
}
