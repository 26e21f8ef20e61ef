// RUN: %tidy %s -- -std=c++17 -isystem %inputs/redis-plus-plus 2>&1 | FileCheck %s -implicit-check-not='warning:'
// redis-plus-plus: commands wait on the socket with no bound unless
// ConnectionOptions::socket_timeout (or ?socket_timeout= in the URI) is set;
// the first command connects, bounded by connect_timeout only.
#include <sw/redis++/redis++.h>
#include <memory>
#include <string>

using namespace sw::redis;
std::string config_uri();

void literalUri() {
  Redis redis("tcp://cache.example.com:6379");
  // CHECK: :[[@LINE-1]]:9: warning: 'Redis' on handle 'redis' has no timeout; add ?socket_timeout=100ms&connect_timeout=100ms to the URI [integration-call-without-timeout]
  redis.set("k", "v");
  // CHECK: :[[@LINE-1]]:9: warning: 'Redis::set' on handle 'redis' has no timeout; set ConnectionOptions::socket_timeout (or add ?socket_timeout=100ms to the URI) [integration-call-without-timeout]
}

void optionsWithoutTimeouts() {
  ConnectionOptions opts;
  opts.host = "cache.example.com";
  Redis redis(opts);
  // CHECK: :[[@LINE-1]]:9: warning: 'Redis' on handle 'redis' has no timeout; set ConnectionOptions::connect_timeout and socket_timeout [integration-call-without-timeout]
  redis.incr("n");
  // CHECK: :[[@LINE-1]]:9: warning: 'Redis::incr' on handle 'redis' has no timeout; {{.*}}[integration-call-without-timeout]
}

// socket_timeout bounds the commands, not the connect of the first one.
void socketTimeoutOnly() {
  ConnectionOptions opts;
  opts.host = "cache.example.com";
  opts.socket_timeout = std::chrono::milliseconds(100);
  Redis redis(opts);
  // CHECK: :[[@LINE-1]]:9: warning: 'Redis' on handle 'redis' has no timeout (only socket_timeout is set, which does not bound this call); {{.*}}[integration-call-without-timeout]
  redis.incr("n");
}

// A pipeline runs on its client's options.
void pipelineWithoutTimeouts() {
  Redis redis("tcp://cache.example.com:6379?connect_timeout=1s");
  auto pipe = redis.pipeline();
  pipe.set("a", "b").incr("n");
  pipe.exec();
  // CHECK: :[[@LINE-1]]:8: warning: 'QueuedRedis::exec' on handle 'pipe' has no timeout (only connect_timeout is set, which does not bound this call); {{.*}}[integration-call-without-timeout]
}

// A client built in a helper from options without timeouts.
struct Store {
  Store() : redis_(make()) {}
  static ConnectionOptions options() {
    ConnectionOptions o;
    o.host = "cache.example.com";
    return o;
  }
  static Redis make() { return Redis(options()); }
  // CHECK: :[[@LINE-1]]:32: warning: 'Redis' has no timeout; {{.*}}[integration-call-without-timeout]
  void put() { redis_.set("k", "v"); }
  // CHECK: :[[@LINE-1]]:23: warning: 'Redis::set' on handle 'redis_' has no timeout; {{.*}}[integration-call-without-timeout]
  Redis redis_;
};

// Clean: both bounds in the URI.
void uriWithTimeouts() {
  Redis redis("tcp://cache.example.com:6379?socket_timeout=50ms&connect_timeout=1s");
  redis.set("k", "v");
}

// Clean: both bounds on the options, through std::make_unique and a
// pipeline of the client.
void optionsWithTimeouts(const std::string &host) {
  ConnectionOptions opts;
  opts.host = host;
  opts.socket_timeout = std::chrono::milliseconds(100);
  opts.connect_timeout = std::chrono::milliseconds(100);
  auto redis = std::make_unique<Redis>(opts);
  redis->incr("n");
  auto pipe = redis->pipeline();
  pipe.set("a", "b");
  pipe.exec();
}

// Clean: the URI comes from a configuration, where its timeouts may be,
// also for a member built with std::make_unique.
void fromConfiguration() {
  Redis redis(config_uri());
  redis.del("k");
}
class Cache {
public:
  explicit Cache(const std::string &addr)
      : redis_(std::make_unique<Redis>(addr)) {}
  void put() { redis_->set("k", "v"); }
  void probe() { redis_->ping(); }

private:
  std::unique_ptr<Redis> redis_;
};

// Clean: NOLINT.
void suppressed() {
  Redis redis("tcp://cache.example.com:6379?socket_timeout=50ms"); // NOLINT(integration-call-without-timeout)
  redis.get("k");
}
