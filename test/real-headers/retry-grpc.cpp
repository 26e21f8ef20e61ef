// REQUIRES: grpc-headers
// Retries of RPCs over the real gRPC headers: a helper wrapping every call
// of a client, a helper handed the stub's method, and a retryPolicy in the
// channel's service config.
// RUN: %tidy %s -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:' -implicit-check-not='remark:'
#include <chrono>
#include <google/protobuf/message.h>
#include <grpcpp/grpcpp.h>
#include <string>
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

// --- A helper handed the stub's method ---------------------------------------
// pubsuber's shape: `(*stub.*method)(...)` in a switch on the status code,
// each call site naming the RPC by `&Stub::Method`.
namespace pubsub {
struct Topic : google::protobuf::Message {
  void set_name(const std::string &name);
};
class Publisher {
public:
  class Stub {
  public:
    grpc::Status CreateTopic(grpc::ClientContext *context, const Topic &request,
                             Topic *response);
    grpc::Status DeleteTopic(grpc::ClientContext *context, const Topic &request,
                             Topic *response);
    grpc::Status Publish(grpc::ClientContext *context,
                         const grpc::ByteBuffer &request,
                         grpc::ByteBuffer *response);
  };
};
} // namespace pubsub

template <typename StubPtr, typename Method, typename Request,
          typename Response>
grpc::Status make_call(StubPtr &stub, Method method, const Request &request,
                       Response &response) {
  for (int attempt = 0; attempt < 5; ++attempt) {
    grpc::ClientContext ctx;
    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(3));
    grpc::Status status;
    switch (status = (*stub.*method)(&ctx, request, &response);
            status.error_code()) {
    case grpc::StatusCode::DEADLINE_EXCEEDED:
    case grpc::StatusCode::UNAVAILABLE:
      std::this_thread::sleep_for(std::chrono::milliseconds(100 << attempt));
      continue;
    default:
      return status;
    }
  }
  return grpc::Status(grpc::StatusCode::UNAVAILABLE, "retries exhausted");
}

void publish(std::unique_ptr<pubsub::Publisher::Stub> &stub,
             const grpc::ByteBuffer &message, grpc::ByteBuffer &id) {
  make_call(stub, &pubsub::Publisher::Stub::Publish, message, id);
  // CHECK: :[[@LINE-1]]:45: warning: 'Stub::Publish' (RPC Publish) is retried by the retry helper 'make_call' and no idempotency key is sent{{.*}} [integration-non-idempotent-retry]
}

// A Create that names its resource finds it on a repeat (ALREADY_EXISTS);
// a Delete is idempotent: no finding for either.
void createAndDelete(std::unique_ptr<pubsub::Publisher::Stub> &stub,
                     pubsub::Topic &topic, pubsub::Topic &created,
                     const std::string &name) {
  topic.set_name(name);
  make_call(stub, &pubsub::Publisher::Stub::CreateTopic, topic, created);
  make_call(stub, &pubsub::Publisher::Stub::DeleteTopic, topic, created);
}

// A switch whose success goes round again polls; it retries nothing.
template <typename StubPtr, typename Method>
void drain(StubPtr &stub, Method method, const grpc::ByteBuffer &request,
           grpc::ByteBuffer &response) {
  for (;;) {
    grpc::ClientContext ctx;
    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(3));
    switch ((*stub.*method)(&ctx, request, &response).error_code()) {
    case grpc::StatusCode::OK:
      continue;
    default:
      return;
    }
  }
}

void drainOrders(std::unique_ptr<pubsub::Publisher::Stub> &stub,
                 const grpc::ByteBuffer &request, grpc::ByteBuffer &response) {
  drain(stub, &pubsub::Publisher::Stub::Publish, request, response);
}
