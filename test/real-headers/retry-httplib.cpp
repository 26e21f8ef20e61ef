// REQUIRES: httplib-headers
// Retries over the real cpp-httplib header.
// RUN: %tidy %s -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:' -implicit-check-not='remark:'
#include <chrono>
#include <httplib.h>
#include <random>
#include <thread>

httplib::Client &api();

void chargeRetried(const std::string &body) {
  std::mt19937 rng{std::random_device{}()};
  std::uniform_int_distribution<int> jitter(0, 250);
  for (int attempt = 0; attempt < 5; ++attempt) {
    auto res = api().Post("/v1/charges", body, "application/json");
    if (res && res->status < 500)
      break;
    std::this_thread::sleep_for(
        std::chrono::milliseconds((200 << attempt) + jitter(rng)));
  }
  // CHECK: :[[@LINE-6]]:22: warning: 'Client::Post' (POST) is retried by the loop and no idempotency key is sent{{.*}} [integration-non-idempotent-retry]
}

// Clean: a stable key, bounded exponential backoff with jitter.
void chargeWithKey(const std::string &body, const std::string &key) {
  std::mt19937 rng{std::random_device{}()};
  std::uniform_int_distribution<int> jitter(0, 250);
  httplib::Headers headers = {{"Idempotency-Key", key}};
  for (int attempt = 0; attempt < 5; ++attempt) {
    auto res = api().Post("/v1/charges", headers, body, "application/json");
    if (res && res->status < 500)
      break;
    std::this_thread::sleep_for(
        std::chrono::milliseconds((200 << attempt) + jitter(rng)));
  }
}

// Clean: a GET, bounded, exponential backoff with jitter.
void readRetried() {
  std::mt19937 rng{std::random_device{}()};
  std::uniform_int_distribution<int> jitter(0, 250);
  auto delay = std::chrono::milliseconds(100);
  for (int attempt = 0; attempt < 5; ++attempt) {
    if (auto res = api().Get("/v1/balance"))
      break;
    std::this_thread::sleep_for(delay + std::chrono::milliseconds(jitter(rng)));
    delay *= 2;
  }
}

void hammer() {
  while (!api().Get("/v1/health")) {
  }
  // CHECK: :[[@LINE-2]]:17: warning: 'Client::Get' is retried by the loop, which has no limit on attempts or time and does not wait between attempts{{.*}} [integration-unsafe-retry]
}
