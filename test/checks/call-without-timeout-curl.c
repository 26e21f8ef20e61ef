// RUN: %tidy %s -- -isystem %inputs/curl 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <curl/curl.h>

void missing(void) {
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_URL, "https://example.com");
  curl_easy_perform(h);
  // CHECK: :[[@LINE-1]]:3: warning: 'curl_easy_perform' on handle 'h' has no timeout; set CURLOPT_TIMEOUT_MS (or CURLOPT_LOW_SPEED_LIMIT with CURLOPT_LOW_SPEED_TIME) [integration-call-without-timeout]
  // CHECK: :[[@LINE-4]]:9: note: handle 'h' is declared here; no timeout reaches it
}

void present(void) {
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, 5000L);
  curl_easy_perform(h);
}

void infinite(void) {
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_TIMEOUT, 0L);
  curl_easy_perform(h);
  // CHECK: :[[@LINE-1]]:3: warning: 'curl_easy_perform' on handle 'h' has an infinite timeout (CURLOPT_TIMEOUT turns the limit off)
  // CHECK: :[[@LINE-3]]:3: note: CURLOPT_TIMEOUT switches the timeout off here
}

void connect_only(void) {
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, 2000L);
  curl_easy_perform(h);
  // CHECK: :[[@LINE-1]]:3: warning: 'curl_easy_perform' on handle 'h' has no timeout (only CURLOPT_CONNECTTIMEOUT_MS is set, which does not bound this call)
}

void stall_bound(void) {
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_LOW_SPEED_LIMIT, 10L);
  curl_easy_setopt(h, CURLOPT_LOW_SPEED_TIME, 30L);
  curl_easy_perform(h);
}

void half_stall_bound(void) {
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_LOW_SPEED_TIME, 30L);
  curl_easy_perform(h);
  // CHECK: :[[@LINE-1]]:3: warning: 'curl_easy_perform' on handle 'h' has no timeout
}

void set_after_the_call(void) {
  CURL *h = curl_easy_init();
  curl_easy_perform(h);
  // CHECK: :[[@LINE-1]]:3: warning: 'curl_easy_perform' on handle 'h' has no timeout
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, 5000L);
}

void reset_forgets(void) {
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, 5000L);
  curl_easy_reset(h);
  curl_easy_perform(h);
  // CHECK: :[[@LINE-1]]:3: warning: 'curl_easy_perform' on handle 'h' has no timeout
}

static void configure(CURL *h) { curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, 3000L); }
static void configure_twice_removed(CURL *h) { configure(h); }

void helper(void) {
  CURL *h = curl_easy_init();
  configure_twice_removed(h);
  curl_easy_perform(h);
}

static CURL *make_handle(void) {
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_TIMEOUT, 10L);
  return h;
}

void factory(void) {
  CURL *h = make_handle();
  curl_easy_perform(h);
}

struct conn { CURL *curl; };
void conn_setup(struct conn *c) {
  c->curl = curl_easy_init();
  curl_easy_setopt(c->curl, CURLOPT_TIMEOUT, 10L);
}
void conn_use(struct conn *c) { curl_easy_perform(c->curl); }

void multi(void) {
  CURLM *m = curl_multi_init();
  CURL *a = curl_easy_init();
  CURL *b = curl_easy_init();
  curl_easy_setopt(b, CURLOPT_TIMEOUT_MS, 1000L);
  curl_multi_add_handle(m, a);
  // CHECK: :[[@LINE-1]]:3: warning: 'curl_multi_add_handle' on handle 'a' has no timeout
  curl_multi_add_handle(m, b);
}

void suppressed(void) {
  CURL *h = curl_easy_init();
  curl_easy_perform(h); // NOLINT(integration-call-without-timeout)
  // NOLINTNEXTLINE
  curl_easy_perform(h);
}

/* Handles travel through void * and casts. */
static int on_data(void *userdata) {
  CURL *h = (CURL *)userdata;
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, 1000L);
  return 0;
}

void through_casts(void) {
  CURL *h = curl_easy_init();
  on_data((void *)h);
  curl_easy_perform(h);
}

void duplicated(void) {
  CURL *base = curl_easy_init();
  curl_easy_setopt(base, CURLOPT_TIMEOUT_MS, 1000L);
  CURL *copy = curl_easy_duphandle(base);
  curl_easy_perform(copy);
}

// A request configured in its own function and reset after the call: the
// timeout conn_setup gives the shared handle is gone by then.
void conn_auth(struct conn *c) {
  curl_easy_setopt(c->curl, CURLOPT_URL, "https://api.example.com/auth");
  curl_easy_setopt(c->curl, CURLOPT_CONNECTTIMEOUT, 10L);
  curl_easy_perform(c->curl);
  // CHECK: :[[@LINE-1]]:3: warning: 'curl_easy_perform' on handle 'c->curl' has no timeout (only CURLOPT_CONNECTTIMEOUT is set, which does not bound this call)
  curl_easy_reset(c->curl);
}
