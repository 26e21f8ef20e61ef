// Mock of the protobuf RPC service surface brpc builds on.
#pragma once
namespace google {
namespace protobuf {
class Message {};
class MethodDescriptor {};
class Closure {
public:
  virtual ~Closure() = default;
  virtual void Run() = 0;
};
class RpcController {
public:
  virtual ~RpcController() = default;
  virtual bool Failed() const = 0;
};
class RpcChannel {
public:
  virtual ~RpcChannel() = default;
  virtual void CallMethod(const MethodDescriptor *method,
                          RpcController *controller, const Message *request,
                          Message *response, Closure *done) = 0;
};
} // namespace protobuf
} // namespace google
