/* Hand-written, declaration-only stand-in for a header of couchbase/platform (or gsl-lite), which Debian 12 does
 * not package: only what the kv_engine cbsasl files of the webhook107 corpus name. Not the real header. */
#pragma once
#include <cstddef>
#include <cstdint>
namespace cb {
class RandomGenerator {
public:
    RandomGenerator();
    uint64_t next();
    bool getBytes(void* dest, std::size_t size);
};
} // namespace cb
