// What protoc generates for `service RankService { rpc Rank(...) }`.
#pragma once
#include <google/protobuf/service.h>
namespace example {
class RankRequest : public google::protobuf::Message {};
class RankResponse : public google::protobuf::Message {};
class RankService {
public:
  virtual ~RankService() = default;
  virtual void Rank(google::protobuf::RpcController *controller,
                    const RankRequest *request, RankResponse *response,
                    google::protobuf::Closure *done);
};
class RankService_Stub : public RankService {
public:
  explicit RankService_Stub(google::protobuf::RpcChannel *channel);
  void Rank(google::protobuf::RpcController *controller,
            const RankRequest *request, RankResponse *response,
            google::protobuf::Closure *done) override;
};
} // namespace example
