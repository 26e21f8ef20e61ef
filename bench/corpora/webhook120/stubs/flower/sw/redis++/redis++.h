// Hand-written declaration-only stand-in for redis-plus-plus (sw/redis++/redis++.h), which Debian 12 does not
// package. Only what BigBrotherTrade/flower main.cpp uses: Redis(uri), hget/get/setex, subscriber(),
// Subscriber::psubscribe/on_pmessage/consume.
#pragma once
#include <functional>
#include <optional>
#include <string>
namespace sw {
namespace redis {
using OptionalString = std::optional<std::string>;
class Subscriber {
public:
    void psubscribe(const std::string &pattern);
    void on_pmessage(std::function<void(std::string, std::string, std::string)> cb);
    void consume();
};
class Redis {
public:
    explicit Redis(const std::string &uri);
    OptionalString hget(const std::string &key, const std::string &field);
    OptionalString get(const std::string &key);
    bool setex(const std::string &key, long long ttl, const std::string &val);
    Subscriber subscriber();
};
}  // namespace redis
}  // namespace sw
