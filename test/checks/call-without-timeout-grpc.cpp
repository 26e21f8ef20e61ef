// RUN: %tidy %s -- -std=c++17 -isystem %inputs/grpc 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <grpcpp/grpcpp.h>

struct Req {};
struct Resp {};
struct Point {};
struct Deadline {};

namespace helloworld {
// What protoc's grpc plugin generates, in the user's namespace.
class Greeter {
public:
  class Stub {
  public:
    grpc::Status SayHello(grpc::ClientContext *context, const Req &request, Resp *response);
    grpc::ClientReader<Point> *ListPoints(grpc::ClientContext *context, const Req &request);
    void PrepareAsyncSayHello(grpc::ClientContext *context, const Req &request, grpc::CompletionQueue *cq);
  };
};
} // namespace helloworld

using helloworld::Greeter;

void noDeadline(Greeter::Stub &stub) {
  grpc::ClientContext context;
  Req req;
  Resp resp;
  stub.SayHello(&context, req, &resp);
  // CHECK: :[[@LINE-1]]:8: warning: 'Stub::SayHello' on handle 'context' has no timeout; call context.set_deadline(std::chrono::system_clock::now() + timeout) [integration-call-without-timeout]
}

void withDeadline(Greeter::Stub &stub, const Deadline &d) {
  grpc::ClientContext context;
  context.set_deadline(d);
  Req req;
  Resp resp;
  stub.SayHello(&context, req, &resp);
}

void infiniteDeadline(Greeter::Stub &stub) {
  grpc::ClientContext context;
  context.set_deadline(gpr_inf_future(0));
  Req req;
  Resp resp;
  stub.SayHello(&context, req, &resp);
  // CHECK: :[[@LINE-1]]:8: warning: 'Stub::SayHello' on handle 'context' has an infinite timeout (set_deadline(gpr_inf_future) turns the limit off)
}

static void applyDeadline(grpc::ClientContext *ctx, const Deadline &d) { ctx->set_deadline(d); }

void deadlineFromHelper(Greeter::Stub &stub, const Deadline &d) {
  grpc::ClientContext context;
  applyDeadline(&context, d);
  Req req;
  Resp resp;
  stub.SayHello(&context, req, &resp);
}

void streamInheritsTheContext(Greeter::Stub &stub, const Deadline &d) {
  grpc::ClientContext bounded;
  bounded.set_deadline(d);
  grpc::ClientReader<Point> *ok = stub.ListPoints(&bounded, Req());
  Point p;
  ok->Read(&p);

  grpc::ClientContext unbounded;
  grpc::ClientReader<Point> *reader = stub.ListPoints(&unbounded, Req());
  // CHECK: :[[@LINE-1]]:44: warning: 'Stub::ListPoints' on handle 'unbounded' has no timeout
  while (reader->Read(&p)) {
    // CHECK: :[[@LINE-1]]:18: warning: 'ClientReader::Read' on handle 'reader' has no timeout
  }
}

class Client {
public:
  explicit Client(Greeter::Stub *s) : stub_(s) {}
  void asyncCall() {
    grpc::ClientContext context;
    stub_->PrepareAsyncSayHello(&context, Req(), &cq_);
    // CHECK: :[[@LINE-1]]:12: warning: 'Stub::PrepareAsyncSayHello' on handle 'context' has no timeout (only a CompletionQueue::AsyncNext deadline (it bounds the wait, not the RPC) is set, which does not bound this call)
  }
  void drain(const Deadline &d) {
    void *tag;
    bool ok;
    cq_.AsyncNext(&tag, &ok, d);
  }

private:
  Greeter::Stub *stub_;
  grpc::CompletionQueue cq_;
};

void localQueue(Greeter::Stub &stub, const Deadline &d) {
  grpc::CompletionQueue cq;
  grpc::ClientContext context;
  stub.PrepareAsyncSayHello(&context, Req(), &cq);
  // CHECK: :[[@LINE-1]]:8: warning: 'Stub::PrepareAsyncSayHello' on handle 'context' has no timeout (only a CompletionQueue::AsyncNext deadline (it bounds the wait, not the RPC) is set, which does not bound this call)
  void *tag;
  bool ok;
  cq.AsyncNext(&tag, &ok, d);
}

