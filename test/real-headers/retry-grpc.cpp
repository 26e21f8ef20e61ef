// REQUIRES: grpc-headers
// Retries of RPCs over the real gRPC headers: a helper wrapping every call
// of a client, and a retryPolicy in the channel's service config.
// RUN: %tidy %s -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:' -implicit-check-not='remark:'
#include <chrono>
#include <grpcpp/grpcpp.h>
#include <thread>

namespace shop {
class Orders {
public:
  class Stub {
  public:
    ::grpc::Status PlaceOrder(::grpc::ClientContext *context,
                              const ::grpc::ByteBuffer &request,
                              ::grpc::ByteBuffer *response);
    ::grpc::Status ListOrders(::grpc::ClientContext *context,
                              const ::grpc::ByteBuffer &request,
                              ::grpc::ByteBuffer *response);
  };
};
} // namespace shop

class OrdersClient {
public:
  template <typename Call> grpc::Status Retry(Call call) {
    grpc::Status status;
    for (int attempt = 0; attempt < 4; ++attempt) {
      status = call();
      if (status.ok() ||
          status.error_code() != grpc::StatusCode::UNAVAILABLE)
        return status;
      std::this_thread::sleep_for(std::chrono::milliseconds(100 << attempt));
    }
    return status;
  }

  grpc::Status Place(const grpc::ByteBuffer &req, grpc::ByteBuffer *resp) {
    return Retry([&] {
      grpc::ClientContext ctx;
      ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(3));
      return stub_->PlaceOrder(&ctx, req, resp);
    });
    // CHECK: :[[@LINE-2]]:21: warning: 'Stub::PlaceOrder' (RPC PlaceOrder) is retried by the retry helper 'Retry' and no idempotency key is sent{{.*}} [integration-non-idempotent-retry]
  }

  grpc::Status List(const grpc::ByteBuffer &req, grpc::ByteBuffer *resp) {
    return Retry([&] {
      grpc::ClientContext ctx;
      ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(3));
      return stub_->ListOrders(&ctx, req, resp);
    });
  }

private:
  std::unique_ptr<shop::Orders::Stub> stub_;
};

std::shared_ptr<grpc::Channel> channel() {
  grpc::ChannelArguments args;
  args.SetServiceConfigJSON(R"({
    "methodConfig": [{
      "name": [{"service": "shop.Orders"}],
      "retryPolicy": {
        "maxAttempts": 5, "initialBackoff": "0.2s", "maxBackoff": "2s",
        "backoffMultiplier": 2,
        "retryableStatusCodes": ["UNAVAILABLE", "DEADLINE_EXCEEDED"]
      }
    }]
  })");
  // CHECK: :[[@LINE-10]]:8: warning: the gRPC retryPolicy repeats non-idempotent calls (RPC PlaceOrder); it also retries DEADLINE_EXCEEDED{{.*}} [integration-non-idempotent-retry]
  return grpc::CreateCustomChannel("orders.example.com:443",
                                   grpc::SslCredentials({}), args);
}
