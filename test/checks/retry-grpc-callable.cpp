// RUN: %tidy %s -checks='-*,integration-non-idempotent-retry,integration-call-without-timeout' -- -std=c++17 -isystem %inputs/grpc 2>&1 | FileCheck %s -implicit-check-not='warning:'
// A callable handed the ClientContext (std::function, a lambda) wraps an
// RPC; calling it is not an RPC named "operator()".
#include <grpcpp/grpcpp.h>
#include <functional>

struct Req {};
struct Resp {};
class Greeter {
public:
  class Stub {
  public:
    grpc::Status SayHello(grpc::ClientContext *context, const Req &request, Resp *response);
  };
};
struct Deadline {};
unsigned sleep(unsigned seconds);

// A retrier of a project: each attempt gets a fresh context with a
// deadline and hands it to the callable.
grpc::Status withRetries(const std::function<grpc::Status(grpc::ClientContext *)> &rpc,
                         const Deadline &d) {
  grpc::Status st;
  for (int attempt = 0; attempt < 3; ++attempt) {
    grpc::ClientContext context;
    context.set_deadline(d);
    st = rpc(&context);
    if (st.ok())
      break;
    sleep(1u << attempt);
  }
  return st;
}

grpc::Status once(Greeter::Stub &stub, const Deadline &d) {
  auto call = [&](grpc::ClientContext *ctx) {
    Resp r;
    return stub.SayHello(ctx, Req(), &r);
  };
  grpc::ClientContext context;
  context.set_deadline(d);
  return call(&context);
}

// The RPC itself, retried where it is written, is judged as ever.
grpc::Status direct(Greeter::Stub &stub, const Deadline &d) {
  grpc::Status st;
  for (int attempt = 0; attempt < 3; ++attempt) {
    grpc::ClientContext context;
    context.set_deadline(d);
    Resp r;
    st = stub.SayHello(&context, Req(), &r);
    // CHECK: :[[@LINE-1]]:15: warning: 'Stub::SayHello' (RPC SayHello) is retried by the loop and no idempotency key is sent{{.*}} [integration-non-idempotent-retry]
    if (st.ok())
      break;
    sleep(1u << attempt);
  }
  return st;
}

// The callable's RPC is the one the retrier repeats: reported where the
// lambda makes it (the std::function temporaries around the lambda are
// looked through).
grpc::Status sayHelloWithRetries(Greeter::Stub &stub, const Deadline &d) {
  return withRetries(
      [&](grpc::ClientContext *ctx) {
        Resp r;
        return stub.SayHello(ctx, Req(), &r);
        // CHECK: :[[@LINE-1]]:21: warning: 'Stub::SayHello' (RPC SayHello) is retried by the retry helper 'withRetries' and no idempotency key is sent{{.*}} [integration-non-idempotent-retry]
      },
      d);
}
