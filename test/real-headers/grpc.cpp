// REQUIRES: grpc-headers
// A stub shaped like protoc's output, over the real gRPC headers.
// RUN: %tidy %s -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <chrono>
#include <grpcpp/grpcpp.h>

namespace demo {
class Echo {
public:
  class Stub {
  public:
    ::grpc::Status Say(::grpc::ClientContext *context, const ::grpc::ByteBuffer &request, ::grpc::ByteBuffer *response);
  };
};
} // namespace demo

void call(demo::Echo::Stub &stub) {
  grpc::ByteBuffer req, resp;
  grpc::ClientContext bounded;
  bounded.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(2));
  stub.Say(&bounded, req, &resp);

  grpc::ClientContext unbounded;
  stub.Say(&unbounded, req, &resp);
  // CHECK: :[[@LINE-1]]:8: warning: 'Stub::Say' on handle 'unbounded' has no timeout; call context.set_deadline
}
