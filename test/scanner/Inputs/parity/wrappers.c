#include <curl/curl.h>

/* A project wrapper of curl_easy_setopt: calls through it are setters. */
static void set_long_option(CURL *h, CURLoption o, long v) {
  curl_easy_setopt(h, o, v);
}

static void apply_defaults(CURL *h) {
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, 5000L);
}

void through_wrapper(void) {
  CURL *h = curl_easy_init();
  set_long_option(h, CURLOPT_TIMEOUT_MS, 5000L);
  curl_easy_perform(h);
}

void wrapper_sets_something_else(void) {
  CURL *h = curl_easy_init();
  set_long_option(h, CURLOPT_VERBOSE, 1L);
  curl_easy_perform(h);
}

void wrapper_sets_never(void) {
  CURL *h = curl_easy_init();
  set_long_option(h, CURLOPT_TIMEOUT, 0L);
  curl_easy_perform(h);
}

void helper_after_reset(CURL *shared) {
  curl_easy_reset(shared);
  apply_defaults(shared);
  curl_easy_perform(shared);
}

void reset_after_helper(CURL *shared) {
  apply_defaults(shared);
  curl_easy_reset(shared);
  curl_easy_perform(shared);
}

void caller(void) {
  CURL *h = curl_easy_init();
  helper_after_reset(h);
  reset_after_helper(h);
}
