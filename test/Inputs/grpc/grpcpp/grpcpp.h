// Mock of gRPC C++: a ClientContext, a status, streams, a completion queue.
#pragma once
namespace gpr { struct timespec {}; }
inline gpr::timespec gpr_inf_future(int) { return {}; }
namespace grpc {
enum class StatusCode { OK = 0, UNAVAILABLE = 14, DEADLINE_EXCEEDED = 4 };
class Status {
public:
  bool ok() const;
  StatusCode error_code() const;
};
class ClientContext {
public:
  template <typename T> void set_deadline(const T &deadline);
};
class ChannelArguments {
public:
  void SetServiceConfigJSON(const char *json);
};
class CompletionQueue {
public:
  template <typename T> int AsyncNext(void **tag, bool *ok, const T &deadline);
  bool Next(void **tag, bool *ok);
};
template <class R> class ClientReaderInterface {
public:
  virtual bool Read(R *msg) = 0;
};
template <class R> class ClientReader final : public ClientReaderInterface<R> {
public:
  bool Read(R *msg) override;
  Status Finish();
};
} // namespace grpc
