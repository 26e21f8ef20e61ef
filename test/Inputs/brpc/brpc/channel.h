// Mock of brpc's client surface (src/brpc/channel.h, controller.h).
#pragma once
#include <cstdint>
#include <google/protobuf/service.h>
namespace brpc {
struct ChannelOptions {
  int32_t connect_timeout_ms = 200;
  int32_t timeout_ms = 500;
  int max_retry = 3;
  bool enable_circuit_breaker = false;
};
class Controller : public google::protobuf::RpcController {
public:
  bool Failed() const override;
  int ErrorCode() const;
  void set_timeout_ms(int64_t timeout_ms);
  void set_max_retry(int max_retry);
};
class Channel : public google::protobuf::RpcChannel {
public:
  int Init(const char *server_addr_and_port, const ChannelOptions *options);
  int Init(const char *naming_service_url, const char *load_balancer_name,
           const ChannelOptions *options);
  void CallMethod(const google::protobuf::MethodDescriptor *method,
                  google::protobuf::RpcController *controller,
                  const google::protobuf::Message *request,
                  google::protobuf::Message *response,
                  google::protobuf::Closure *done) override;
};
} // namespace brpc
