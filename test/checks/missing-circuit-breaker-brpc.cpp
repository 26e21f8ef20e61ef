// brpc: a channel initialised with ChannelOptions::enable_circuit_breaker
// guards every call on it (and on the stubs built over it); calls to the
// same service through a channel without it are reported.
// RUN: %tidy %s -checks='-*,integration-missing-circuit-breaker' -- -std=c++17 -isystem %inputs/brpc 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <brpc/channel.h>
#include <rank.pb.h>

int rank_guarded(const example::RankRequest &req, example::RankResponse &resp) {
  brpc::ChannelOptions options;
  options.timeout_ms = 200;
  options.enable_circuit_breaker = true;
  brpc::Channel channel;
  if (channel.Init("list://ranking.example.com:8000", "rr", &options) != 0)
    return -1;
  example::RankService_Stub stub(&channel);
  brpc::Controller cntl;
  stub.Rank(&cntl, &req, &resp, nullptr);
  return cntl.Failed() ? -1 : 0;
}

int rank_without_breaker(const example::RankRequest &req,
                         example::RankResponse &resp) {
  brpc::ChannelOptions options;
  options.timeout_ms = 200;
  brpc::Channel channel;
  if (channel.Init("list://ranking.example.com:8000", "rr", &options) != 0)
    return -1;
  example::RankService_Stub stub(&channel);
  brpc::Controller cntl;
  stub.Rank(&cntl, &req, &resp, nullptr);
  // CHECK: :[[@LINE-1]]:8: warning: call to brpc {{.*}} is not guarded by a circuit breaker, but the same system is guarded by 'brpc::Channel::Init (enable_circuit_breaker)' at missing-circuit-breaker-brpc.cpp:13
  return cntl.Failed() ? -1 : 0;
}

int rank_breaker_off(const example::RankRequest &req,
                     example::RankResponse &resp) {
  brpc::ChannelOptions options;
  options.enable_circuit_breaker = false;
  brpc::Channel channel;
  if (channel.Init("list://ranking.example.com:8000", "rr", &options) != 0)
    return -1;
  brpc::Controller cntl;
  channel.CallMethod(nullptr, &cntl, &req, &resp, nullptr);
  // CHECK: :[[@LINE-1]]:11: warning: call to brpc {{.*}} is not guarded by a circuit breaker
  return cntl.Failed() ? -1 : 0;
}

// A client class: the channel member is initialised once with the breaker;
// its calls in other methods are guarded.
class RankClient {
public:
  int Init() {
    brpc::ChannelOptions options;
    options.enable_circuit_breaker = true;
    return channel_.Init("list://ranking.example.com:8000", "rr", &options);
  }
  int Rank(const example::RankRequest &req, example::RankResponse &resp) {
    example::RankService_Stub stub(&channel_);
    brpc::Controller cntl;
    cntl.set_timeout_ms(100);
    stub.Rank(&cntl, &req, &resp, nullptr);
    return cntl.Failed() ? -1 : 0;
  }

private:
  brpc::Channel channel_;
};
