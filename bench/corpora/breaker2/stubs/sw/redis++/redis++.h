// Stand-in for redis-plus-plus (sw::redis), which Debian 12 does not package.
// Declares only what happiness-cheng/event_stream_engine uses; signatures follow
// redis-plus-plus 1.3 (sw/redis++/redis.h).
#pragma once
#include <chrono>
#include <string>
#include <string_view>

namespace sw {
namespace redis {

using StringView = std::string_view;
using OptionalString = std::string;

class Error : public std::exception {};

class Redis {
public:
    explicit Redis(const std::string &uri);
    Redis(const Redis &) = delete;
    Redis &operator=(const Redis &) = delete;
    Redis(Redis &&) = default;
    Redis &operator=(Redis &&) = default;

    std::string ping();
    OptionalString get(const StringView &key);
    bool set(const StringView &key, const StringView &val,
             const std::chrono::milliseconds &ttl = std::chrono::milliseconds(0));
    long long sadd(const StringView &key, const StringView &member);
    bool expire(const StringView &key, long long timeout);
    bool expire(const StringView &key, const std::chrono::seconds &timeout);

    template <typename Input>
    std::string xadd(const StringView &key, const StringView &id, Input first, Input last);
};

} // namespace redis
} // namespace sw
