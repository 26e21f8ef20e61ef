// Retries in C++: httplib requests, gRPC stubs, retry helpers taking a
// lambda, exceptions, 429 with Retry-After, a gRPC retryPolicy.
// RUN: %tidy %s -- -std=c++17 -isystem %inputs/httplib -isystem %inputs/grpc 2>&1 | FileCheck %s -implicit-check-not='warning:' -implicit-check-not='remark:'
// RUN: %tidy %s -config="{CheckOptions: {integration-unsafe-retry.ReportFixedBackoff: true}}" -- -std=c++17 -isystem %inputs/httplib -isystem %inputs/grpc 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CHECK,FIXED -implicit-check-not='warning:' -implicit-check-not='remark:'
// RUN: %tidy %s -config="{CheckOptions: {integration-non-idempotent-retry.IdempotentRpcPattern: '^(Get|Create)'}}" -- -std=c++17 -isystem %inputs/httplib -isystem %inputs/grpc 2>&1 \
// RUN:   | FileCheck %s --check-prefix=PATTERN -implicit-check-not='CreateOrder'
#include <chrono>
#include <grpcpp/grpcpp.h>
#include <httplib.h>
#include <random>
#include <stdexcept>
#include <string>
#include <thread>

std::string new_uuid();
int parse_seconds(const char *);

httplib::Client &client() {
  static httplib::Client cli("https://pay.example.com");
  cli.set_read_timeout(5);
  cli.set_connection_timeout(2);
  return cli;
}

void postRetried() {
  std::mt19937 rng(42);
  std::uniform_int_distribution<int> jitter(0, 100);
  for (int attempt = 0; attempt < 4; ++attempt) {
    auto res = client().Post("/charges", "{}", "application/json");
    if (res)
      break;
    std::this_thread::sleep_for(
        std::chrono::milliseconds((100 << attempt) + jitter(rng)));
  }
  // CHECK: :[[@LINE-6]]:25: warning: 'Client::Post' (POST) is retried by the loop and no idempotency key is sent: {{.*}} [integration-non-idempotent-retry]
}

// Clean: one key, made before the first attempt, on every attempt.
void postWithKey() {
  std::mt19937 rng(42);
  std::uniform_int_distribution<int> jitter(0, 100);
  const std::string key = new_uuid();
  httplib::Headers headers{{"Idempotency-Key", key.c_str()}};
  for (int attempt = 0; attempt < 4; ++attempt) {
    if (client().Post("/charges", headers, "{}", "application/json"))
      break;
    std::this_thread::sleep_for(
        std::chrono::milliseconds((100 << attempt) + jitter(rng)));
  }
}

void keyPerAttempt() {
  for (int attempt = 0; attempt < 4; ++attempt) {
    httplib::Headers headers{{"Idempotency-Key", new_uuid().c_str()}};
    if (client().Post("/charges", headers, "{}", "application/json"))
      break;
    std::this_thread::sleep_for(std::chrono::milliseconds(100 << attempt));
  }
  // CHECK: :[[@LINE-4]]:18: warning: 'Client::Post' (POST) is retried by the loop and its idempotency key is generated anew for every attempt, so the server cannot recognise the repeat{{.*}} [integration-non-idempotent-retry]
  // FIXED: :[[@LINE-5]]:18: remark: 'Client::Post' is retried by the loop, which has no jitter; add random jitter to the wait [integration-unsafe-retry]
}

// Clean: a 429 means the request was not processed; the server says when.
void tooManyRequests() {
  for (int attempt = 0; attempt < 3; ++attempt) {
    auto res = client().Post("/orders", "{}", "application/json");
    if (res && res->status == 429) {
      std::this_thread::sleep_for(
          std::chrono::seconds(parse_seconds("Retry-After")));
      continue;
    }
    break;
  }
}

// A PUT is idempotent; a fixed wait is reported only on request.
void putFixedWait() {
  for (int attempt = 0; attempt < 3; ++attempt) {
    if (client().Put("/items/7", "{}", "application/json"))
      break;
    std::this_thread::sleep_for(std::chrono::seconds(1));
  }
  // FIXED: :[[@LINE-4]]:18: remark: 'Client::Put' is retried by the loop, which waits a fixed time that does not grow and has no jitter; wait between attempts with exponential backoff and add random jitter to the wait [integration-unsafe-retry]
}

// An exception caught inside the loop; success leaves it.
void throwingClient() {
  for (int attempt = 0;; ++attempt) {
    try {
      auto res = client().Get("/health");
      if (!res)
        throw std::runtime_error("down");
      break;
    } catch (const std::exception &) {
    }
  }
  // CHECK: :[[@LINE-7]]:27: warning: 'Client::Get' is retried by the loop, which has no limit on attempts or time and does not wait between attempts{{.*}} [integration-unsafe-retry]
}

// A confirmation by a person is not a loop: no retry here.
bool askUser();
void sendOnce() {
  if (!client().Post("/orders", "{}", "application/json") && askUser())
    client().Post("/orders", "{}", "application/json");
}

// --- gRPC through a retry helper -------------------------------------------
struct Req {};
struct Resp {};
class Orders {
public:
  class Stub {
  public:
    grpc::Status CreateOrder(grpc::ClientContext *context, const Req &request,
                             Resp *response);
    grpc::Status GetOrder(grpc::ClientContext *context, const Req &request,
                          Resp *response);
  };
};

template <typename Fn> grpc::Status Retry(Fn fn, int attempts) {
  grpc::Status s;
  for (int i = 0; i < attempts; ++i) {
    s = fn();
    if (s.ok())
      return s;
    std::this_thread::sleep_for(std::chrono::milliseconds(50 << i));
  }
  return s;
}

void viaHelper(Orders::Stub &stub) {
  Req req;
  Resp resp;
  Retry(
      [&] {
        grpc::ClientContext ctx;
        ctx.set_deadline(std::chrono::system_clock::now() +
                         std::chrono::seconds(2));
        return stub.CreateOrder(&ctx, req, &resp);
      },
      3);
  // CHECK: :[[@LINE-3]]:21: warning: 'Stub::CreateOrder' (RPC CreateOrder) is retried by the retry helper 'Retry' and no idempotency key is sent{{.*}} [integration-non-idempotent-retry]
  // CHECK: :[[@LINE-9]]:3: note: retried by this retry helper 'Retry'
  // FIXED: :[[@LINE-5]]:21: remark: 'Stub::CreateOrder' is retried by the retry helper 'Retry', which has no jitter; add random jitter to the wait [integration-unsafe-retry]
  Retry(
      [&] {
        grpc::ClientContext ctx;
        ctx.set_deadline(std::chrono::system_clock::now() +
                         std::chrono::seconds(2));
        return stub.GetOrder(&ctx, req, &resp);
      },
      3);
  // FIXED: :[[@LINE-3]]:21: remark: 'Stub::GetOrder' is retried by the retry helper 'Retry', which has no jitter; add random jitter to the wait [integration-unsafe-retry]
}
// PATTERN-NOT: warning: 'Stub::CreateOrder'

// --- A retry loop in a function template --------------------------------
// Read in its instantiation, which shares its `continue` with the pattern.
template <typename Client> void postOrder(Client &c) {
  for (int i = 0; i < 3; ++i) {
    auto res = c.Post("/orders", "{}", "application/json");
    if (!res) {
      std::this_thread::sleep_for(std::chrono::seconds(1 << i));
      continue;
    }
    return;
  }
}
// CHECK: :[[@LINE-8]]:18: warning: 'Client::Post' (POST) is retried by the loop and no idempotency key is sent{{.*}} [integration-non-idempotent-retry]
// CHECK: :[[@LINE-10]]:3: note: retried by this loop
// FIXED: :[[@LINE-10]]:18: remark: 'Client::Post' is retried by the loop, which has no jitter; add random jitter to the wait [integration-unsafe-retry]
void placeOrder() { postOrder(client()); }

// --- A retryPolicy in the service config ------------------------------------
void channelArgs(grpc::ChannelArguments &args) {
  args.SetServiceConfigJSON(R"({"methodConfig": [{
      "name": [{"service": "shop.Orders", "method": "CreateOrder"}],
      "retryPolicy": {"maxAttempts": 4, "initialBackoff": "0.1s",
                      "maxBackoff": "1s", "backoffMultiplier": 2,
                      "retryableStatusCodes": ["UNAVAILABLE", "DEADLINE_EXCEEDED"]}}]})");
  // CHECK: :[[@LINE-5]]:8: warning: the gRPC retryPolicy repeats non-idempotent calls (RPC CreateOrder); it also retries DEADLINE_EXCEEDED, after which the server may have run the call{{.*}} [integration-non-idempotent-retry]
}

// Clean: only reads are retried.
void readOnlyPolicy(grpc::ChannelArguments &args) {
  args.SetServiceConfigJSON(R"({"methodConfig": [{
      "name": [{"service": "shop.Orders", "method": "GetOrder"}],
      "retryPolicy": {"maxAttempts": 4, "initialBackoff": "0.1s",
                      "maxBackoff": "1s", "backoffMultiplier": 2,
                      "retryableStatusCodes": ["UNAVAILABLE"]}}]})");
}

// A schedule of delays: bounded, growing (no jitter: a note on request).
void schedule() {
  using namespace std::chrono_literals;
  for (auto delay : {100ms, 400ms, 1600ms}) {
    if (client().Get("/status"))
      break;
    std::this_thread::sleep_for(delay);
  }
  // FIXED: :[[@LINE-4]]:18: remark: 'Client::Get' is retried by the loop, which has no jitter; add random jitter to the wait [integration-unsafe-retry]
}

// Fail-over: each host once, not a retry.
void failover(const char *const *hosts, int n) {
  for (const char *host : {"a.example.com", "b.example.com"}) {
    httplib::Client c(host);
    c.set_read_timeout(2);
    c.set_connection_timeout(2);
    if (c.Post("/orders", "{}", "application/json"))
      break;
  }
}

// A retry loop in a thread's lambda is the lambda's own (curlinho's
// detached retry thread): the call runs again while its last result failed.
void retriedInThread() {
  std::thread([] {
    auto r = client().Post("/events", "{}", "application/json");
    for (int retry = 0; retry < 3; retry++) {
      if (!r || r->status != 200) {
        std::this_thread::sleep_for(std::chrono::seconds(1 << retry));
        r = client().Post("/events", "{}", "application/json");
      }
    }
  }).detach();
  // CHECK: :[[@LINE-4]]:22: warning: 'Client::Post' (POST) is retried by the loop and no idempotency key is sent: {{.*}} [integration-non-idempotent-retry]
  // FIXED: :[[@LINE-5]]:22: remark: 'Client::Post' is retried by the loop, which has no jitter; add random jitter to the wait [integration-unsafe-retry]
}

void reissuedWhileFailed() {
  auto r = client().Get("/status");
  while (true) {
    if (!r || r->status != 200)
      r = client().Get("/status");
    // CHECK: :[[@LINE-1]]:20: warning: 'Client::Get' is retried by the loop, which has no limit on attempts or time and does not wait between attempts{{.*}} [integration-unsafe-retry]
  }
}

// Clean: asked again only after a success (polling), and a second request
// guarded by the first one's failure (no loop-carried retry of itself).
void pollWhileFine() {
  auto r = client().Get("/status");
  for (int i = 0; i < 3; i++) {
    if (r && r->status == 200)
      r = client().Get("/status");
  }
}
