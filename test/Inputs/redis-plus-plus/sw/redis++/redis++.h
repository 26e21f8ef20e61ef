// Declaration-only stand-in for redis-plus-plus 1.3 (sw::redis), which
// Debian 12 does not package: the names and signatures the tests use.
#pragma once
#include <chrono>
#include <initializer_list>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace sw {
namespace redis {

template <typename T> class Optional {
public:
  explicit operator bool() const;
  const T &operator*() const;
  const T *operator->() const;
};
using OptionalString = Optional<std::string>;
using OptionalLongLong = Optional<long long>;

class Error {
public:
  const char *what() const noexcept;
};
class TimeoutError : public Error {};
class IoError : public Error {};

enum class UpdateType { EXIST, NOT_EXIST, ALWAYS };

struct ConnectionOptions {
  std::string host;
  int port = 6379;
  std::string path;
  std::string user = "default";
  std::string password;
  int db = 0;
  bool keep_alive = false;
  std::chrono::milliseconds connect_timeout{0};
  std::chrono::milliseconds socket_timeout{0};
};

struct ConnectionPoolOptions {
  std::size_t size = 1;
  std::chrono::milliseconds wait_timeout{0};
  std::chrono::milliseconds connection_lifetime{0};
};

class Subscriber {
public:
  void subscribe(const std::string &channel);
  void consume();
};

class PipelineImpl;
class TransactionImpl;

template <typename Impl> class QueuedRedis {
public:
  QueuedRedis &set(const std::string &key, const std::string &val);
  QueuedRedis &get(const std::string &key);
  QueuedRedis &incr(const std::string &key);
  QueuedRedis &del(const std::string &key);
  void exec();
  void discard();
};
using Pipeline = QueuedRedis<PipelineImpl>;
using Transaction = QueuedRedis<TransactionImpl>;

class Redis {
public:
  explicit Redis(const ConnectionOptions &connection_opts,
                 const ConnectionPoolOptions &pool_opts = {});
  explicit Redis(const std::string &uri);
  Redis(Redis &&) = default;

  Pipeline pipeline(bool new_connection = true);
  Transaction transaction(bool piped = false, bool new_connection = true);
  Subscriber subscriber();

  std::string ping();
  OptionalString get(const std::string &key);
  bool set(const std::string &key, const std::string &val,
           const std::chrono::milliseconds &ttl = std::chrono::milliseconds(0),
           UpdateType type = UpdateType::ALWAYS);
  void setex(const std::string &key, long long ttl, const std::string &val);
  long long del(const std::string &key);
  long long exists(const std::string &key);
  bool expire(const std::string &key, long long timeout);
  long long incr(const std::string &key);
  long long incrby(const std::string &key, long long increment);
  long long decr(const std::string &key);
  long long sadd(const std::string &key, const std::string &member);
  long long srem(const std::string &key, const std::string &member);
  bool sismember(const std::string &key, const std::string &member);
  OptionalString hget(const std::string &key, const std::string &field);
  bool hset(const std::string &key, const std::string &field,
            const std::string &val);
  long long lpush(const std::string &key, const std::string &val);
  long long rpush(const std::string &key, const std::string &val);
  OptionalString lpop(const std::string &key);
  long long publish(const std::string &channel, const std::string &message);
  template <typename Input>
  std::string xadd(const std::string &key, const std::string &id,
                   Input first, Input last);
  template <typename Result, typename... Args>
  Result command(const std::string &cmd, Args &&...args);
};

class RedisCluster {
public:
  explicit RedisCluster(const ConnectionOptions &connection_opts,
                        const ConnectionPoolOptions &pool_opts = {});
  explicit RedisCluster(const std::string &uri);

  Pipeline pipeline(const std::string &hash_tag, bool new_connection = true);
  OptionalString get(const std::string &key);
  bool set(const std::string &key, const std::string &val,
           const std::chrono::milliseconds &ttl = std::chrono::milliseconds(0),
           UpdateType type = UpdateType::ALWAYS);
  long long del(const std::string &key);
  long long incr(const std::string &key);
  long long publish(const std::string &channel, const std::string &message);
};

} // namespace redis
} // namespace sw
